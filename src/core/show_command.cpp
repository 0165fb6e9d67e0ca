#include "core/show_command.h"

#include <cmath>
#include <cstdio>

#include "core/date_format.h"
#include "core/dual_date.h"
#include "core/utf8.h"

namespace histmap {
namespace {

// Bounds on what an error repeats of the message, so a flood of hostile messages cannot fill
// the log with megabytes: a string's first bytes, the first arguments' values.
constexpr std::size_t kMaxQuotedBytes = 40;
constexpr std::size_t kMaxPathBytes = 64;
constexpr std::size_t kMaxTypetagsShown = 16;
constexpr std::size_t kMaxValuesShown = 4;
constexpr std::size_t kMaxDateBytes = 64;  // longer than any date the data format writes
constexpr std::size_t kMaxErrorBytes = 600;

std::string quoted(std::string_view s) {
  return '"' + log_safe(s, kMaxQuotedBytes) + '"';
}

std::string number_text(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string value_text(const OscArg& a) {
  switch (a.type) {
    case 'i':
    case 'h':
    case 'c':
      return std::to_string(a.i);
    case 'f':
    case 'd':
      return number_text(a.f);
    case 's':
    case 'S':
      return quoted(a.s);
    case 'b':
      return "(blob of " + std::to_string(a.i) + " bytes)";
    default:
      return {};  // T F N I carry no value; m and t are not worth repeating
  }
}

bool is_string(const OscArg& a) {
  return a.type == 's' || a.type == 'S';
}

// The number an argument carries, for the types a console sends numbers as.
std::optional<double> number_of(const OscArg& a) {
  switch (a.type) {
    case 'i':
    case 'h':
      return static_cast<double>(a.i);
    case 'f':
    case 'd':
      return a.f;
    default:
      return std::nullopt;
  }
}

DayNumber first_show_day() {
  return to_day_number({1, 1, 1});
}
DayNumber last_show_day() {
  return to_day_number({9999, 12, 31});
}

// The whole day a fractional day falls in, kept within the years 1 to 9999 (NaN: the first).
DayNumber whole_day(double day) {
  const double lo = first_show_day();
  const double hi = last_show_day();
  if (!(day >= lo)) return first_show_day();
  if (day > hi) return last_show_day();
  return static_cast<DayNumber>(std::floor(day));
}

// A last bound on an error's length (its parts are bounded already); cut at a UTF-8
// character's start.
std::string clip_error(std::string e) {
  if (e.size() <= kMaxErrorBytes) return e;
  e.resize(utf8_prefix(e, kMaxErrorBytes));
  return e + "…";
}

// "<path>: expected <what>, got <args>[ (<detail>)]"
std::string expected(std::string_view path, std::string_view what, const std::vector<OscArg>& args,
                     std::string_view detail = {}) {
  std::string e =
      std::string(path) + ": expected " + std::string(what) + ", got " + describe_args(args);
  if (!detail.empty()) e += " (" + std::string(detail) + ")";
  return clip_error(std::move(e));
}

std::string known_addresses() {
  std::string out;
  for (std::string_view a : kShowAddresses) {
    if (!out.empty()) out += ", ";
    out += a;
  }
  return out;
}

bool is_story_name(std::string_view s) {
  if (s.empty() || s.size() > kMaxStoryNameBytes || s.front() == '.') return false;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return s.find("..") == std::string_view::npos;
}

std::optional<ShowCommand> parse_date_command(const OscMessage& m, std::string& error) {
  constexpr std::string_view what =
      "one date: a string YYYY-MM-DD (s), e.g. \"1918-05-27\", or a day number counted from "
      "1970-01-01 (i, h, f or d)";
  ShowCommand c;
  c.kind = ShowCommand::Kind::Date;
  if (m.args.size() != 1) {
    error = expected(m.path, what, m.args);
    return std::nullopt;
  }
  const OscArg& a = m.args[0];
  if (is_string(a)) {
    if (a.s.size() > kMaxDateBytes) {
      error = expected(m.path, what, m.args, "too long to be a date");
      return std::nullopt;
    }
    const DateParseResult r = parse_date(a.s, Calendar::Gregorian);
    if (!r.range || r.range->is_interval) {
      error = expected(m.path, what, m.args, r.range ? "an interval is not one day" : r.error);
      return std::nullopt;
    }
    c.day = r.range->earliest;  // a month or a year: its first day, as --date does
    return c;
  }
  const std::optional<double> v = number_of(a);
  if (!v) {
    error = expected(m.path, what, m.args);
    return std::nullopt;
  }
  // The day must be one that dates can be written for (years 1 to 9999); NaN fails both.
  if (!(*v >= first_show_day() && *v < static_cast<double>(last_show_day()) + 1)) {
    error = expected(m.path, what, m.args, "outside the years 1 to 9999");
    return std::nullopt;
  }
  c.day = *v;
  return c;
}

std::optional<ShowCommand> parse_play_pause(const OscMessage& m, ShowCommand::Kind kind,
                                            std::string& error) {
  ShowCommand c;
  c.kind = kind;
  if (m.args.empty()) return c;
  if (m.args.size() == 1) {
    const OscArg& a = m.args[0];
    std::optional<double> v = number_of(a);
    if (a.type == 'T') v = 1;
    if (a.type == 'F') v = 0;
    if (v && !std::isnan(*v)) {
      if (*v != 0) return c;
      error.clear();  // a button's release: nothing to do, nothing to log
      return std::nullopt;
    }
  }
  error = expected(m.path,
                   "no arguments, or one number as consoles send with a cue (1 plays; 0, a "
                   "button's release, is ignored)",
                   m.args);
  return std::nullopt;
}

std::optional<ShowCommand> parse_story(const OscMessage& m, std::string& error) {
  if (m.args.size() == 1 && is_string(m.args[0]) && is_story_name(m.args[0].s)) {
    ShowCommand c;
    c.kind = ShowCommand::Kind::Story;
    c.story = m.args[0].s;
    return c;
  }
  error = expected(m.path,
                   "one story name (s) of letters, digits, '-', '_' and '.', at most 64 bytes, "
                   "e.g. \"legion-revolt\" (a story's name, not a path)",
                   m.args);
  return std::nullopt;
}

std::optional<ShowCommand> parse_chapter(const OscMessage& m, std::string& error) {
  if (m.args.size() == 1) {
    const std::optional<double> v = number_of(m.args[0]);
    // A float chapter is accepted when whole: some consoles send nothing but floats.
    if (v && *v >= 1 && *v <= kMaxShowChapter && std::floor(*v) == *v) {
      ShowCommand c;
      c.kind = ShowCommand::Kind::Chapter;
      c.chapter = static_cast<int>(*v);
      return c;
    }
  }
  error = expected(m.path, "one whole number from 1 to 999 (i)", m.args);
  return std::nullopt;
}

std::optional<ShowCommand> parse_language_command(const OscMessage& m, std::string& error) {
  if (m.args.size() == 1 && is_string(m.args[0]) && m.args[0].s.size() <= 8) {
    std::string code = m.args[0].s;
    for (char& ch : code)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (const std::optional<Language> l = parse_language(code)) {
      ShowCommand c;
      c.kind = ShowCommand::Kind::Language;
      c.language = *l;
      return c;
    }
  }
  error = expected(m.path, "one language code (s): en, ru, kk or cs", m.args);
  return std::nullopt;
}

}  // namespace

std::string log_safe(std::string_view s, std::size_t max_bytes) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < max_bytes) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0 || b < 0x20 || b == 0x7F || b == '"' || b == '\\') {
      char buf[8];
      if (b == '"' || b == '\\') {
        buf[0] = '\\';
        buf[1] = static_cast<char>(b);
        buf[2] = '\0';
      } else {
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(b));
      }
      out += buf;
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  if (i < s.size()) out += "… (" + std::to_string(s.size()) + " bytes)";
  return out;
}

std::string describe_args(const std::vector<OscArg>& args) {
  if (args.empty()) return "no arguments";
  std::string tags;
  for (std::size_t k = 0; k < args.size() && k < kMaxTypetagsShown; ++k) {
    const auto t = static_cast<unsigned char>(args[k].type);
    tags += (t >= 0x21 && t < 0x7F && t != '\'') ? static_cast<char>(t) : '?';
  }
  if (args.size() > kMaxTypetagsShown) tags += "…";
  std::string out = "'" + tags + "'";
  for (std::size_t k = 0; k < args.size() && k < kMaxValuesShown; ++k) {
    const std::string v = value_text(args[k]);
    if (!v.empty()) out += " " + v;
  }
  if (args.size() > kMaxValuesShown) {
    out += " … (" + std::to_string(args.size()) + " arguments)";
  }
  return out;
}

std::optional<ShowCommand> parse_show_command(const OscMessage& message, std::string& error) {
  error.clear();
  const std::string& p = message.path;
  if (p == "/histmap/date") return parse_date_command(message, error);
  if (p == "/histmap/play") return parse_play_pause(message, ShowCommand::Kind::Play, error);
  if (p == "/histmap/pause") return parse_play_pause(message, ShowCommand::Kind::Pause, error);
  if (p == "/histmap/story") return parse_story(message, error);
  if (p == "/histmap/chapter") return parse_chapter(message, error);
  if (p == "/histmap/language") return parse_language_command(message, error);
  error = "unknown address " + (p.empty() ? std::string("(empty)") : log_safe(p, kMaxPathBytes)) +
          " (known: " + known_addresses() + ")";
  return std::nullopt;
}

OscMessage date_message(double day) {
  OscMessage m;
  m.path = "/histmap/date";
  m.args.push_back(OscArg::string(format_iso(whole_day(day))));
  return m;
}

OscMessage play_message(bool playing) {
  OscMessage m;
  m.path = playing ? "/histmap/play" : "/histmap/pause";
  return m;
}

std::string describe(const ShowCommand& c) {
  switch (c.kind) {
    case ShowCommand::Kind::Date: {
      const DayNumber whole = whole_day(c.day);
      std::string out = "date " + format_iso(whole);
      if (c.day > whole && c.day < whole + 1) {
        char buf[16];
        std::snprintf(buf, sizeof buf, " +%.2f", c.day - whole);
        out += buf;
      }
      return out;
    }
    case ShowCommand::Kind::Play:
      return "play";
    case ShowCommand::Kind::Pause:
      return "pause";
    case ShowCommand::Kind::Story:
      return "story " + c.story;
    case ShowCommand::Kind::Chapter:
      return "chapter " + std::to_string(c.chapter);
    case ShowCommand::Kind::Language:
      return std::string("language ") + language_code(c.language);
  }
  return {};
}

}  // namespace histmap
