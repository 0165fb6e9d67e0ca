#include "core/dual_date.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "core/date_format.h"

namespace histmap {
namespace {

// What one side of a dual date says; fields it leaves out are taken from the shared part.
struct Side {
  std::optional<int> month;
  std::optional<int> day_from, day_to;
  std::optional<int> year;
};

// Month names in any letter case ("December", "december").
std::optional<int> month_of(const std::string& word) {
  for (int m = 1; m <= 12; ++m) {
    const std::string_view name = month_name(m);
    if (name.size() == word.size() &&
        std::equal(name.begin(), name.end(), word.begin(), [](char x, char y) {
          return std::tolower(static_cast<unsigned char>(x)) ==
                 std::tolower(static_cast<unsigned char>(y));
        }))
      return m;
  }
  return std::nullopt;
}

// Reads "June 11", "11-13", "December 1917", ", 1918" ... into a Side. Numbers above 31 are
// years; a second number after '-' closes a day range.
bool read_side(std::string_view s, Side& out, std::string& error) {
  std::size_t i = 0;
  bool dash = false;
  while (i < s.size()) {
    const char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',') {
      ++i;
    } else if (c == '-' || c == '\xe2') {  // '-' or the UTF-8 en dash (E2 80 93)
      if (c == '\xe2') {
        if (s.substr(i, 3) != "\xe2\x80\x93") {
          error = "unexpected character";
          return false;
        }
        i += 3;
      } else {
        ++i;
      }
      if (!out.day_from || out.day_to) {
        error = "a dash must join two days";
        return false;
      }
      dash = true;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      int v = 0, n = 0;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && n < 5) {
        v = v * 10 + (s[i] - '0');
        ++i;
        ++n;
      }
      if (n >= 5) {
        error = "a number is too long";
        return false;
      }
      if (n == 4) {
        if (out.year) {
          error = "two years";
          return false;
        }
        out.year = v;
      } else if (dash) {
        out.day_to = v;
        dash = false;
      } else if (!out.day_from) {
        out.day_from = v;
      } else {
        error = "too many days";
        return false;
      }
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      std::string word;
      while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) word += s[i++];
      const auto m = month_of(word);
      if (!m) {
        error = "'" + word + "' is not a month name";
        return false;
      }
      if (out.month) {
        error = "two month names";
        return false;
      }
      out.month = m;
    } else {
      error = "unexpected character";
      return false;
    }
  }
  if (dash) {
    error = "a dash must join two days";
    return false;
  }
  return true;
}

}  // namespace

bool looks_like_dual_date(std::string_view text) {
  return text.find('(') != std::string_view::npos;
}

DateParseResult parse_dual_date(std::string_view text) {
  DateParseResult res;
  const std::size_t open = text.find('(');
  const std::size_t close = text.find(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
      text.find('(', open + 1) != std::string_view::npos ||
      text.find(')', close + 1) != std::string_view::npos) {
    res.error = "a dual date has one bracketed New Style part, e.g. '5 (18) December 1917'";
    return res;
  }
  Side os, ns, shared;
  std::string err;
  if (!read_side(text.substr(0, open), os, err) ||
      !read_side(text.substr(open + 1, close - open - 1), ns, err) ||
      !read_side(text.substr(close + 1), shared, err)) {
    res.error = "'" + std::string(text.substr(0, 60)) + "': " + err;
    return res;
  }
  // The part after the brackets belongs to both sides ("... December 1917", ", 1918").
  for (Side* s : {&os, &ns}) {
    if (!s->month) s->month = shared.month;
    if (!s->year) s->year = shared.year;
    if (!s->day_from) s->day_from = shared.day_from;
  }
  if (!ns.month) ns.month = os.month;
  if (!os.month) os.month = ns.month;
  if (!os.year) os.year = ns.year;
  if (!ns.year) ns.year = os.year;
  if (!os.day_from || !ns.day_from || !os.month || !os.year) {
    res.error = "'" + std::string(text.substr(0, 60)) +
                "' needs a day, a month and a year on each side, e.g. '5 (18) December 1917'";
    return res;
  }
  if (static_cast<bool>(os.day_to) != static_cast<bool>(ns.day_to)) {
    res.error = "a range must be given in both calendars, e.g. '5-13 (18-26) December 1917'";
    return res;
  }
  // "December 31 (January 13), 1917": the New Style side is in the next year.
  if (*ns.month < *os.month && ns.year == os.year) ns.year = *os.year + 1;

  auto day = [&](const Side& s, int d, Calendar cal,
                 const char* which) -> std::optional<DayNumber> {
    const CivilDate c{*s.year, *s.month, d};
    if (!is_valid(c, cal)) {
      res.error = std::string(which) + " date " + format_civil(c) + " does not exist";
      return std::nullopt;
    }
    return to_day_number(c, cal);
  };
  const auto os_from = day(os, *os.day_from, Calendar::Julian, "Old Style");
  if (!os_from) return res;
  const auto ns_from = day(ns, *ns.day_from, Calendar::Gregorian, "New Style");
  if (!ns_from) return res;
  auto os_to = os_from, ns_to = ns_from;
  if (os.day_to) {
    os_to = day(os, *os.day_to, Calendar::Julian, "Old Style");
    if (!os_to) return res;
    ns_to = day(ns, *ns.day_to, Calendar::Gregorian, "New Style");
    if (!ns_to) return res;
  }
  for (auto [o, n] : {std::pair{*os_from, *ns_from}, std::pair{*os_to, *ns_to}}) {
    if (o != n) {
      res.error = "Old Style and New Style disagree: " +
                  format_civil(from_day_number(o, Calendar::Julian)) + " Old Style is " +
                  format_day(o, DateDisplay::NewStyle) + " New Style, not " +
                  format_day(n, DateDisplay::NewStyle);
      return res;
    }
  }
  if (*ns_to < *ns_from) {
    res.error = "the range ends before it starts";
    return res;
  }
  DateRange r;
  r.earliest = *ns_from;
  r.latest = *ns_to;
  r.precision = Precision::Day;
  r.is_interval = os.day_to.has_value();
  res.range = r;
  return res;
}

DateParseResult parse_date(std::string_view text, Calendar cal) {
  if (looks_like_dual_date(text)) return parse_dual_date(text);
  return parse_edtf(text, cal);
}

}  // namespace histmap
