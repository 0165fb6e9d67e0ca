#include "data/text_checks.h"

#include <cstdio>
#include <cstring>

namespace histmap {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skip_space(std::string_view t, std::size_t i) {
  while (i < t.size() && is_space(t[i])) ++i;
  return i;
}

// t[i] is the opening quote; returns the index after the closing one. memchr finds the quotes:
// a megabyte-long name is walked byte by byte in no time only in an optimized build.
std::size_t skip_string(std::string_view t, std::size_t i) {
  for (++i; i < t.size();) {
    const void* q = std::memchr(t.data() + i, '"', t.size() - i);
    if (!q) return npos;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(q) - t.data());
    std::size_t slashes = 0;
    while (at - slashes > i && t[at - slashes - 1] == '\\') ++slashes;
    if (slashes % 2 == 0) return at + 1;
    i = at + 1;
  }
  return npos;
}

// Returns the index after the value that starts at t[i]; iterative, so depth costs no stack.
std::size_t skip_value(std::string_view t, std::size_t i) {
  if (i >= t.size()) return npos;
  const char c = t[i];
  if (c == '"') return skip_string(t, i);
  if (c == '{' || c == '[') {
    std::size_t depth = 0;
    while (i < t.size()) {
      const char ch = t[i];
      if (ch == '"') {
        i = skip_string(t, i);
        if (i == npos) return npos;
        continue;
      }
      if (ch == '{' || ch == '[') {
        ++depth;
      } else if (ch == '}' || ch == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return npos;
  }
  const std::size_t start = i;
  while (i < t.size() && !is_space(t[i]) && t[i] != ',' && t[i] != '}' && t[i] != ']') ++i;
  return i == start ? npos : i;
}

std::string shortened(std::string_view s) {
  constexpr std::size_t kMax = 60;
  if (s.size() <= kMax) return to_valid_utf8(s);
  return to_valid_utf8(s.substr(0, utf8_prefix(s, kMax))) + "...";
}

}  // namespace

JsonType json_type(std::string_view value) {
  if (value.empty()) return JsonType::Invalid;
  switch (value.front()) {
    case '"':
      return JsonType::String;
    case '{':
      return JsonType::Object;
    case '[':
      return JsonType::Array;
    case 't':
    case 'f':
      return JsonType::Boolean;
    case 'n':
      return JsonType::Null;
    default:
      break;
  }
  const char c = value.front();
  if (c == '-' || (c >= '0' && c <= '9') || c == 'N' || c == 'I') return JsonType::Number;
  return JsonType::Invalid;
}

std::vector<std::pair<std::string_view, std::string_view>> json_members(std::string_view t) {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  std::size_t i = skip_space(t, 0);
  if (i >= t.size() || t[i] != '{') return out;
  i = skip_space(t, i + 1);
  while (i < t.size() && t[i] == '"') {
    const std::size_t key_end = skip_string(t, i);
    if (key_end == npos) break;
    const std::string_view key = t.substr(i + 1, key_end - i - 2);
    i = skip_space(t, key_end);
    if (i >= t.size() || t[i] != ':') break;
    i = skip_space(t, i + 1);
    const std::size_t value_end = skip_value(t, i);
    if (value_end == npos) break;
    out.emplace_back(key, t.substr(i, value_end - i));
    i = skip_space(t, value_end);
    if (i >= t.size() || t[i] != ',') break;
    i = skip_space(t, i + 1);
  }
  return out;
}

std::vector<std::string_view> json_elements(std::string_view t) {
  std::vector<std::string_view> out;
  std::size_t i = skip_space(t, 0);
  if (i >= t.size() || t[i] != '[') return out;
  i = skip_space(t, i + 1);
  while (i < t.size() && t[i] != ']') {
    const std::size_t end = skip_value(t, i);
    if (end == npos) break;
    out.push_back(t.substr(i, end - i));
    i = skip_space(t, end);
    if (i >= t.size() || t[i] != ',') break;
    i = skip_space(t, i + 1);
  }
  return out;
}

std::string json_string(std::string_view value) {
  std::string out;
  if (value.size() < 2 || value.front() != '"') return out;
  const std::string_view body = value.substr(1, value.size() - 2);
  const auto hex4 = [&](std::size_t at, unsigned& cp) {
    if (at + 4 > body.size()) return false;
    cp = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      const char c = body[k];
      const unsigned digit = c >= '0' && c <= '9'   ? static_cast<unsigned>(c - '0')
                             : c >= 'a' && c <= 'f' ? static_cast<unsigned>(c - 'a' + 10)
                             : c >= 'A' && c <= 'F' ? static_cast<unsigned>(c - 'A' + 10)
                                                    : 16u;
      if (digit == 16) return false;
      cp = cp * 16 + digit;
    }
    return true;
  };
  const auto append = [&](unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 >= body.size()) {
      out += body[i];
      continue;
    }
    const char e = body[++i];
    switch (e) {
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        unsigned cp = 0;
        if (!hex4(i + 1, cp)) {
          out += "\\u";
          break;
        }
        i += 4;
        if (cp == 0) return out;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          unsigned low = 0;
          if (i + 2 < body.size() && body[i + 1] == '\\' && body[i + 2] == 'u' &&
              hex4(i + 3, low) && low >= 0xDC00 && low <= 0xDFFF) {
            i += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else {
            cp = 0xFFFD;
          }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          cp = 0xFFFD;
        }
        append(cp);
        break;
      }
      default:  // \" \\ \/ and anything else stand for themselves
        out += e;
    }
  }
  return out;
}

std::string describe_json(std::string_view value) {
  switch (json_type(value)) {
    case JsonType::Object:
      return "an object " + shortened(value);
    case JsonType::Array:
      return "a list " + shortened(value);
    case JsonType::Boolean:
    case JsonType::Null:
      return std::string(value);
    case JsonType::Number:
      return "the number " + shortened(value);
    case JsonType::String:
      return "the text " + shortened(value);
    case JsonType::Invalid:
      break;
  }
  return shortened(value);
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace histmap
