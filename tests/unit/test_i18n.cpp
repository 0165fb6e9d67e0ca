// Unit tests: translations (core/i18n.h) and the translation files under assets/.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/date.h"
#include "core/date_format.h"
#include "core/i18n.h"

namespace histmap {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Catalog load(const char* code) {
  const std::string path = std::string(HISTMAP_TRANSLATIONS) + "/" + code + ".ini";
  std::vector<std::string> problems;
  Catalog c = Catalog::parse(read_text(path), &problems);
  INFO(path);
  CHECK(problems.empty());
  return c;
}

Translations in(Language lang) {
  Translations t;
  t.set_english(load("en"));
  if (lang != Language::En) t.set_language(lang, load(language_code(lang)));
  return t;
}

std::multiset<std::string> placeholders(const std::string& s) {
  std::multiset<std::string> out;
  static const std::regex re(R"(\{[a-z0-9]+\})");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}

}  // namespace

TEST_CASE("i18n: a catalog reads key = value lines, comments, escapes and reports bad lines",
          "[i18n]") {
  std::vector<std::string> problems;
  const Catalog c = Catalog::parse(
      "\xEF\xBB\xBF# comment\nplay = Play\n  pause=Pause  \nno equals sign\n= no key\n"
      "tip = one\\ntwo\n",
      &problems);
  REQUIRE(c.find("play"));
  CHECK(*c.find("play") == "Play");
  CHECK(*c.find("pause") == "Pause");
  CHECK(*c.find("tip") == "one\ntwo");
  CHECK_FALSE(c.find("# comment"));
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].rfind("line 4:", 0) == 0);
  CHECK(problems[1].rfind("line 5:", 0) == 0);
}

TEST_CASE("i18n: a string missing in the language falls back to English, not to its key",
          "[i18n]") {
  Translations t;
  Catalog en, ru;
  en.set("timeline.play", "Play");
  en.set("timeline.loop", "Loop");
  ru.set("timeline.play", "Пуск");
  t.set_english(en);
  t.set_language(Language::Ru, ru);
  CHECK(t.tr("timeline.play") == "Пуск");
  CHECK(t.tr("timeline.loop") == "Loop");
  CHECK(t.has("timeline.play"));
  CHECK_FALSE(t.has("timeline.loop"));
  CHECK(t.tr_or("side.unknown", "rebels") == "rebels");
}

TEST_CASE("i18n: fill puts arguments into numbered and named places", "[i18n]") {
  CHECK(fill("{0} men", {"500"}) == "500 men");
  CHECK(fill("{1} of {0}", {"a", "b"}) == "b of a");
  CHECK(fill("{2} stays", {"a"}) == "{2} stays");
  CHECK(fill_named("{d} {M} {y}", {{"d", "18"}, {"M", "June"}, {"y", "1918"}}) == "18 June 1918");
}

TEST_CASE("i18n: every translation has exactly English's keys, with the same placeholders",
          "[i18n]") {
  const Catalog en = load("en");
  REQUIRE(en.size() > 100);
  for (const char* code : {"ru", "kk", "cs"}) {
    const Catalog other = load(code);
    INFO(code);
    CHECK(other.keys() == en.keys());
    for (const std::string& k : en.keys()) {
      const std::string* v = other.find(k);
      if (!v) continue;
      INFO(k);
      CHECK_FALSE(v->empty());
      CHECK(placeholders(*v) == placeholders(*en.find(k)));
    }
  }
}

TEST_CASE("i18n: every key the program asks for has an English string", "[i18n]") {
  // Keys are written as string literals in the sources: tr("..."), T("...") and the tables of
  // layer, legend, kind and mark keys.
  const Catalog en = load("en");
  static const std::regex re(
      R"re("((app|atlas|timeline|dates|mark|inspector|certainty|search|toolbar|layers|layer|legend|kind|map|theme)\.[a-z_0-9]+)")re");
  std::size_t seen = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(HISTMAP_SOURCES)) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string text = read_text(entry.path().string());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
         ++it) {
      ++seen;
      INFO(entry.path().string());
      CHECK(en.find((*it)[1].str()));
    }
  }
  CHECK(seen > 80);
}

TEST_CASE("i18n: dates read in each language, with the calendar and precision kept", "[i18n]") {
  const DayNumber june18 = to_day_number({1918, 6, 18});
  const DayNumber dec18_1917 = to_day_number({1917, 12, 18});  // 5 December Old Style
  CHECK(format_day(june18, DateDisplay::NewStyle, in(Language::En).date_words()) == "18 June 1918");
  CHECK(format_day(june18, DateDisplay::NewStyle, in(Language::Ru).date_words()) == "18 июня 1918");
  CHECK(format_day(june18, DateDisplay::NewStyle, in(Language::Cs).date_words()) ==
        "18. června 1918");
  CHECK(format_day(june18, DateDisplay::NewStyle, in(Language::Kk).date_words()) ==
        "1918 жылғы 18 маусым");
  CHECK(format_day(dec18_1917, DateDisplay::Both, in(Language::Ru).date_words()) ==
        "5 (18) декабря 1917");
  CHECK(format_day(dec18_1917, DateDisplay::Both, in(Language::Cs).date_words()) ==
        "5. (18.) prosince 1917");
  DateRange june;
  june.earliest = june18 - 17;
  june.latest = june18 + 12;
  june.precision = Precision::Month;
  CHECK(format_range(june, DateDisplay::NewStyle, in(Language::Ru).date_words()) == "июнь 1918");
  CHECK(format_range(june, DateDisplay::NewStyle, in(Language::Cs).date_words()) == "červen 1918");
  // English stays as it was written before translations existed.
  CHECK(format_day(dec18_1917, DateDisplay::Both) == "5 (18) December 1917");
}

}  // namespace histmap
