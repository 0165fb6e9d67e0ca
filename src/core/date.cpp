#include "core/date.h"

#include <algorithm>
#include <charconv>

namespace histmap {
namespace {

constexpr std::int64_t kUnixEpochJdn = 2440588;  // JDN of 1970-01-01 (Gregorian)
constexpr DayNumber kOpenStart = -10'000'000;    // far outside any year we accept
constexpr DayNumber kOpenEnd = 10'000'000;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// Julian Day Number of a civil date (algorithms from Richards, "Mapping Time", 1998).
std::int64_t to_jdn(const CivilDate& d, Calendar cal) {
  const std::int64_t a = floor_div(14 - d.month, 12);
  const std::int64_t y = std::int64_t{d.year} + 4800 - a;
  const std::int64_t m = d.month + 12 * a - 3;
  std::int64_t jdn = d.day + floor_div(153 * m + 2, 5) + 365 * y + floor_div(y, 4);
  if (cal == Calendar::Gregorian) {
    jdn += -floor_div(y, 100) + floor_div(y, 400) - 32045;
  } else {
    jdn -= 32083;
  }
  return jdn;
}

CivilDate from_jdn(std::int64_t jdn, Calendar cal) {
  std::int64_t b = 0;
  std::int64_t c = 0;
  if (cal == Calendar::Gregorian) {
    const std::int64_t a = jdn + 32044;
    b = floor_div(4 * a + 3, 146097);
    c = a - floor_div(146097 * b, 4);
  } else {
    c = jdn + 32082;
  }
  const std::int64_t d = floor_div(4 * c + 3, 1461);
  const std::int64_t e = c - floor_div(1461 * d, 4);
  const std::int64_t m = floor_div(5 * e + 2, 153);
  CivilDate out;
  out.day = static_cast<int>(e - floor_div(153 * m + 2, 5) + 1);
  out.month = static_cast<int>(m + 3 - 12 * floor_div(m, 10));
  out.year = static_cast<int>(100 * b + d - 4800 + floor_div(m, 10));
  return out;
}

struct Single {
  DateRange range;
  std::string error;
};

bool parse_digits(std::string_view s, int& lo, int& hi) {
  // Digits with optional trailing X placeholders (EDTF "unspecified"): "19XX" -> 1900..1999.
  if (s.empty()) return false;
  std::string low(s), high(s);
  bool seen_x = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (ch == 'X' || ch == 'x') {
      seen_x = true;
      low[i] = '0';
      high[i] = '9';
    } else if (ch >= '0' && ch <= '9') {
      if (seen_x) return false;  // "1X18" is not a form we accept
    } else {
      return false;
    }
  }
  std::from_chars(low.data(), low.data() + low.size(), lo);
  std::from_chars(high.data(), high.data() + high.size(), hi);
  return true;
}

bool all_x(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == 'X' || c == 'x'; });
}

Single parse_single(std::string_view s, Calendar cal) {
  Single out;
  const std::string quoted = "'" + std::string(s) + "'";
  if (s.empty()) {
    out.error = "empty date";
    return out;
  }
  DateRange r;
  const char q = s.back();
  if (q == '~' || q == '?' || q == '%') {
    r.approximate = (q == '~' || q == '%');
    r.uncertain = (q == '?' || q == '%');
    s.remove_suffix(1);
  }
  // Split on '-' into year, month, day.
  std::string_view parts[3];
  int n = 0;
  std::size_t pos = 0;
  while (n < 3) {
    const std::size_t dash = s.find('-', pos);
    parts[n++] =
        s.substr(pos, dash == std::string_view::npos ? std::string_view::npos : dash - pos);
    if (dash == std::string_view::npos) break;
    pos = dash + 1;
    if (n == 3) {
      out.error = quoted + " has too many parts (expected YYYY, YYYY-MM or YYYY-MM-DD)";
      return out;
    }
  }
  int y_lo = 0, y_hi = 0;
  if (parts[0].size() != 4 || !parse_digits(parts[0], y_lo, y_hi)) {
    out.error = quoted + " does not start with a four-digit year";
    return out;
  }
  if (y_lo < 1) {
    out.error = quoted + ": year 0 is not supported";
    return out;
  }
  if (n == 1) {
    r.precision = Precision::Year;
    r.earliest = to_day_number({y_lo, 1, 1}, cal);
    r.latest = to_day_number({y_hi, 12, 31}, cal);
    out.range = r;
    return out;
  }
  if (y_lo != y_hi) {
    out.error = quoted + ": a month or day needs a fully specified year";
    return out;
  }
  const int year = y_lo;
  int m_lo = 0, m_hi = 0;
  if (parts[1].size() != 2 || !parse_digits(parts[1], m_lo, m_hi)) {
    out.error = quoted + ": month '" + std::string(parts[1]) + "' is not two digits";
    return out;
  }
  if (all_x(parts[1])) {
    if (n == 3 && !all_x(parts[2])) {
      out.error = quoted + ": a day needs a month";
      return out;
    }
    r.precision = Precision::Year;
    r.earliest = to_day_number({year, 1, 1}, cal);
    r.latest = to_day_number({year, 12, 31}, cal);
    out.range = r;
    return out;
  }
  if (m_lo != m_hi) {
    out.error = quoted + ": partly unspecified months are not supported";
    return out;
  }
  const int month = m_lo;
  if (month >= 21 && month <= 24) {  // EDTF seasons (northern hemisphere)
    if (n == 3) {
      out.error = quoted + ": a season has no day";
      return out;
    }
    r.precision = Precision::Season;
    static constexpr int kFirstMonth[] = {3, 6, 9, 12};
    const int first = kFirstMonth[month - 21];
    r.earliest = to_day_number({year, first, 1}, cal);
    const int last_month = first + 2;
    const int last_year = last_month > 12 ? year + 1 : year;
    const int lm = last_month > 12 ? last_month - 12 : last_month;
    r.latest = to_day_number({last_year, lm, days_in_month(last_year, lm, cal)}, cal);
    out.range = r;
    return out;
  }
  if (month < 1 || month > 12) {
    out.error = quoted + ": month " + std::to_string(month) + " is out of range 1-12";
    return out;
  }
  if (n == 2) {
    r.precision = Precision::Month;
    r.earliest = to_day_number({year, month, 1}, cal);
    r.latest = to_day_number({year, month, days_in_month(year, month, cal)}, cal);
    out.range = r;
    return out;
  }
  int d_lo = 0, d_hi = 0;
  if (parts[2].size() != 2 || !parse_digits(parts[2], d_lo, d_hi)) {
    out.error = quoted + ": day '" + std::string(parts[2]) + "' is not two digits";
    return out;
  }
  if (all_x(parts[2])) {
    r.precision = Precision::Month;
    r.earliest = to_day_number({year, month, 1}, cal);
    r.latest = to_day_number({year, month, days_in_month(year, month, cal)}, cal);
    out.range = r;
    return out;
  }
  if (d_lo != d_hi) {
    out.error = quoted + ": partly unspecified days are not supported";
    return out;
  }
  const CivilDate cd{year, month, d_lo};
  if (!is_valid(cd, cal)) {
    out.error = quoted + ": day " + std::to_string(d_lo) + " does not exist in that month" +
                (cal == Calendar::Julian ? " (Julian calendar)" : "");
    return out;
  }
  r.precision = Precision::Day;
  r.earliest = r.latest = to_day_number(cd, cal);
  out.range = r;
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_leap_year(int year, Calendar cal) {
  if (cal == Calendar::Julian) return year % 4 == 0;
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month, Calendar cal) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap_year(year, cal)) return 29;
  return kDays[month - 1];
}

bool is_valid(const CivilDate& d, Calendar cal) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month, cal);
}

DayNumber to_day_number(const CivilDate& d, Calendar cal) {
  return static_cast<DayNumber>(to_jdn(d, cal) - kUnixEpochJdn);
}

CivilDate from_day_number(DayNumber n, Calendar cal) {
  return from_jdn(std::int64_t{n} + kUnixEpochJdn, cal);
}

DateParseResult parse_edtf(std::string_view text, Calendar cal) {
  DateParseResult out;
  text = trim(text);
  if (text.size() > 64) {
    out.error = "date value is too long to be a date";
    return out;
  }
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    Single s = parse_single(text, cal);
    if (s.error.empty()) {
      s.range.calendar = cal;
      s.range.end_precision = s.range.precision;
      out.range = s.range;
    }
    out.error = std::move(s.error);
    return out;
  }
  const std::string_view a = trim(text.substr(0, slash));
  const std::string_view b = trim(text.substr(slash + 1));
  const bool open_a = a.empty() || a == "..";
  const bool open_b = b.empty() || b == "..";
  if (open_a && open_b) {
    out.error = "'" + std::string(text) + "': an interval needs at least one end";
    return out;
  }
  DateRange r;
  r.is_interval = true;
  r.calendar = cal;
  if (open_a) {
    r.open_start = true;
    r.earliest = kOpenStart;
  } else {
    Single s = parse_single(a, cal);
    if (!s.error.empty()) {
      out.error = "interval start " + s.error;
      return out;
    }
    r.earliest = s.range.earliest;
    r.precision = s.range.precision;
    r.approximate = s.range.approximate;
    r.uncertain = s.range.uncertain;
  }
  if (open_b) {
    r.open_end = true;
    r.latest = kOpenEnd;
  } else {
    Single s = parse_single(b, cal);
    if (!s.error.empty()) {
      out.error = "interval end " + s.error;
      return out;
    }
    r.latest = s.range.latest;
    r.end_precision = s.range.precision;
    if (open_a) r.precision = s.range.precision;
    r.approximate = r.approximate || s.range.approximate;
    r.uncertain = r.uncertain || s.range.uncertain;
  }
  if (r.earliest > r.latest) {
    out.error = "'" + std::string(text) + "': the interval ends before it starts";
    return out;
  }
  out.range = r;
  return out;
}

}  // namespace histmap
