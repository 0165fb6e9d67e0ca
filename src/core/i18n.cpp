#include "core/i18n.h"

#include <algorithm>

namespace histmap {

const char* language_code(Language l) {
  switch (l) {
    case Language::En:
      return "en";
    case Language::Ru:
      return "ru";
    case Language::Kk:
      return "kk";
    case Language::Cs:
      return "cs";
  }
  return "en";
}

const char* language_endonym(Language l) {
  switch (l) {
    case Language::En:
      return "English";
    case Language::Ru:
      return "Русский";
    case Language::Kk:
      return "Қазақша";
    case Language::Cs:
      return "Čeština";
  }
  return "English";
}

std::optional<Language> parse_language(std::string_view code) {
  for (Language l : kLanguages)
    if (code == language_code(l)) return l;
  return std::nullopt;
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string unescape(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '\\' && i + 1 < v.size() && v[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += v[i];
    }
  }
  return out;
}

}  // namespace

Catalog Catalog::parse(std::string_view text, std::vector<std::string>* problems) {
  Catalog c;
  // A byte-order mark from an editor is not part of the first key.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t eq = line.find('=');
    const std::string_view key = eq == std::string_view::npos ? line : trim(line.substr(0, eq));
    if (eq == std::string_view::npos || key.empty()) {
      if (problems)
        problems->push_back("line " + std::to_string(line_no) + ": expected 'key = value'");
      continue;
    }
    c.strings_[std::string(key)] = unescape(trim(line.substr(eq + 1)));
  }
  return c;
}

const std::string* Catalog::find(std::string_view key) const {
  const auto it = strings_.find(key);
  return it == strings_.end() ? nullptr : &it->second;
}

std::vector<std::string> Catalog::keys() const {
  std::vector<std::string> k;
  k.reserve(strings_.size());
  for (const auto& [key, value] : strings_) k.push_back(key);
  std::sort(k.begin(), k.end());
  return k;
}

const DateWords& english_date_words() {
  static const DateWords words = [] {
    DateWords w;
    const char* const months[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};
    for (int i = 0; i < 12; ++i) w.months[i] = w.months_of[i] = months[i];
    const char* const seasons[] = {"spring", "summer", "autumn", "winter"};
    for (int i = 0; i < 4; ++i) w.seasons[i] = seasons[i];
    return w;
  }();
  return words;
}

Translations::Translations() : words_(english_date_words()) {}

void Translations::set_english(Catalog english) {
  english_ = std::move(english);
  rebuild_words();
}

void Translations::set_language(Language lang, Catalog catalog) {
  lang_ = lang;
  current_ = std::move(catalog);
  rebuild_words();
}

const std::string& Translations::tr(std::string_view key) const {
  if (const std::string* s = current_.find(key)) return *s;
  if (const std::string* s = english_.find(key)) return *s;
  missing_.assign(key);
  return missing_;
}

const std::string& Translations::tr_or(std::string_view key, const std::string& fallback) const {
  if (const std::string* s = current_.find(key)) return *s;
  if (const std::string* s = english_.find(key)) return *s;
  return fallback;
}

bool Translations::has(std::string_view key) const {
  return current_.find(key) != nullptr;
}

void Translations::rebuild_words() {
  words_ = english_date_words();
  const auto take = [&](std::string_view key, std::string& into) {
    if (const std::string* s = current_.find(key))
      into = *s;
    else if (const std::string* e = english_.find(key))
      into = *e;
  };
  for (int i = 0; i < 12; ++i) {
    take("date.month." + std::to_string(i + 1), words_.months[i]);
    words_.months_of[i] = words_.months[i];
    take("date.month_of." + std::to_string(i + 1), words_.months_of[i]);
  }
  const char* const seasons[] = {"spring", "summer", "autumn", "winter"};
  for (int i = 0; i < 4; ++i) take(std::string("date.season.") + seasons[i], words_.seasons[i]);
  take("date.day", words_.day);
  take("date.day_number", words_.day_number);
  take("date.both_days", words_.both_days);
  take("date.month", words_.month);
  take("date.season", words_.season);
  take("date.circa", words_.circa);
  if (const std::string* s = current_.find("date.old_style"))
    words_.old_style = " " + *s;
  else if (const std::string* e = english_.find("date.old_style"))
    words_.old_style = " " + *e;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < args.size()) {
        out += *(args.begin() + n);
        i += 2;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

std::string fill_named(std::string_view pattern,
                       std::initializer_list<std::pair<std::string_view, std::string_view>> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        const auto it =
            std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        if (it != args.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace histmap
