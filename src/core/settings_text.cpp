#include "core/settings_text.h"

#include <cmath>
#include <cstdlib>

#include "core/utf8.h"

namespace histmap {

std::string_view trim_text(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_words(std::string_view s) {
  const auto sep = [](char c) { return c == ' ' || c == '\t' || c == ','; };
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && sep(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && !sep(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool parse_number(std::string_view s, double& out) {
  const std::string text(s);
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return !text.empty() && *end == '\0' && std::isfinite(out);
}

std::string quote_short(std::string_view s) {
  // Cut on a letter's boundary, so a message never carries half a Cyrillic letter.
  return s.size() <= 60 ? std::string(s) : std::string(s.substr(0, utf8_prefix(s, 57))) + "...";
}

}  // namespace histmap
