// histmap core: the interface in four languages. Each language is a plain UTF-8 file of
// `key = value` lines under assets/translations/ that a translator edits; a string missing
// from it falls back to English, never to its key. Also the words dates are written with
// (month names, "O.S.", patterns such as "{d} {M} {y}"), so a date reads in the language.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace histmap {

enum class Language { En, Ru, Kk, Cs };
inline constexpr Language kLanguages[] = {Language::En, Language::Ru, Language::Kk, Language::Cs};

const char* language_code(Language l);  // "en", "ru", "kk", "cs"
const char* language_endonym(Language l);  // "English", "Русский", "Қазақша", "Čeština"
std::optional<Language> parse_language(std::string_view code);

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// One language's strings.
class Catalog {
 public:
  // "key = value" per line; '#' starts a comment line; "\n" in a value is a line break.
  // Lines that are not of that form are reported in problems as "line N: ..." and skipped.
  static Catalog parse(std::string_view text, std::vector<std::string>* problems = nullptr);
  const std::string* find(std::string_view key) const;
  std::size_t size() const { return strings_.size(); }
  std::vector<std::string> keys() const;  // sorted
  void set(std::string key, std::string value) { strings_[std::move(key)] = std::move(value); }

 private:
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> strings_;
};

// The words dates are written with in one language (built from a catalog's date.* keys).
struct DateWords {
  std::string months[12];                 // nominative: "June", "июнь", "červen"
  std::string months_of[12];              // after a day number: "June", "июня", "června"
  std::string seasons[4];                 // spring, summer, autumn, winter
  std::string day = "{d} {M} {y}";        // one day
  std::string day_number = "{n}";         // how {d} writes a day number ("{n}." in Czech)
  std::string both_days = "{os} ({ns})";  // Old and New Style days of one month
  std::string month = "{M} {y}";
  std::string season = "{S} {y}";
  std::string old_style = " O.S.";  // after a date given in the Julian calendar
  std::string circa = "c. {x}";
};

// English, as the dates were written before translations existed.
const DateWords& english_date_words();

// The active language with English under it.
class Translations {
 public:
  Translations();  // English only, from the built-in date words; tr() returns keys until set
  void set_english(Catalog english);
  void set_language(Language lang, Catalog catalog);
  Language language() const { return lang_; }
  bool has_english() const { return english_.size() > 0; }

  // The string in the active language, else English, else the key itself (a bug the tests
  // catch: every key used has an English string).
  const std::string& tr(std::string_view key) const;
  // As tr(), but `fallback` where neither language has the key (names from the user's data,
  // such as an affiliation the translations do not know).
  const std::string& tr_or(std::string_view key, const std::string& fallback) const;
  bool has(std::string_view key) const;  // in the active language itself, not by fallback
  const DateWords& date_words() const { return words_; }

 private:
  void rebuild_words();
  Language lang_ = Language::En;
  Catalog english_, current_;
  DateWords words_;
  mutable std::string missing_;
};

// Fills "{0}", "{1}" ... in pattern with args; a placeholder with no argument stays as is.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);
// Replaces each "{name}" in pattern by value.
std::string fill_named(std::string_view pattern,
                       std::initializer_list<std::pair<std::string_view, std::string_view>> args);

}  // namespace histmap
