#include "core/export_fields.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/date_format.h"
#include "core/dual_date.h"

namespace histmap {
namespace {

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

std::string year_text(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

// One side of an interval (or a single date) from its first or last day at a precision.
std::string side(DayNumber day, Precision p, Calendar cal, bool from_end) {
  const CivilDate d = from_day_number(day, cal);
  switch (p) {
    case Precision::Year:
      return year_text(d.year);
    case Precision::Month:
      return year_text(d.year) + "-" + two(d.month);
    case Precision::Season: {
      // Spring 21 = Mar-May ... winter 24 = Dec-Feb (its year is December's).
      int year = d.year, m = d.month;
      if (from_end) {  // the season's last month: back to its first
        m -= 2;
        if (m < 1) {
          m += 12;
          --year;
        }
      }
      const int season = m == 12 ? 24 : m >= 9 ? 23 : m >= 6 ? 22 : 21;
      return year_text(year) + "-" + std::to_string(season);
    }
    case Precision::Day:
      break;
  }
  return year_text(d.year) + "-" + two(d.month) + "-" + two(d.day);
}

std::string qualifier(const DateRange& r) {
  if (r.approximate && r.uncertain) return "%";
  if (r.approximate) return "~";
  if (r.uncertain) return "?";
  return "";
}

bool same_days(const DateRange& a, const std::string& text, Calendar cal) {
  const DateParseResult p = parse_date(text, cal);
  return p.range && p.range->earliest == a.earliest && p.range->latest == a.latest &&
         p.range->open_start == a.open_start && p.range->open_end == a.open_end;
}

std::string attribute(const Feature& f, std::string_view name) {
  for (const auto& [k, v] : f.attributes)
    if (k == name) return v;
  return {};
}

// The date as the data gave it when the attribute of that name still says it, else as EDTF.
std::string date_text(const Feature& f, const DateRange& r, std::string_view field) {
  const std::string given = attribute(f, field);
  if (!given.empty() && same_days(r, given, f.calendar)) return given;
  return to_edtf(r);
}

ExportValue text(std::string s) {
  ExportValue v;
  v.text = std::move(s);
  return v;
}

ExportValue integer(long long n) {
  ExportValue v;
  v.type = ExportValue::Type::Integer;
  v.integer = n;
  return v;
}

ExportValue real(double d) {
  ExportValue v;
  v.type = ExportValue::Type::Real;
  v.real = d;
  return v;
}

ExportValue list(std::vector<std::string> items) {
  ExportValue v;
  v.type = ExportValue::Type::TextList;
  v.list = std::move(items);
  return v;
}

const char* certainty_name(Certainty c) {
  switch (c) {
    case Certainty::Approximate:
      return "approximate";
    case Certainty::Conjectural:
      return "conjectural";
    case Certainty::Certain:
      break;
  }
  return "certain";
}

// The names export_fields writes itself; an attribute of one of these names is not repeated.
constexpr const char* kOwnFields[] = {
    "id",          "kind",         "name",         "name_ru",    "name_kk",    "name_cs",
    "start",       "end",          "calendar",     "start_iso",  "end_iso",    "calendar_note",
    "times",       "route",        "strength",     "strengths",  "importance", "commander",
    "affiliation", "certainty",    "merged_into",  "fate",       "outcome",    "sources",
    "note",        "position_lon", "position_lat", "position_km"};

bool own_field(const std::string& name) {
  return field_rank(name) >= 0;
}

}  // namespace

int field_rank(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kOwnFields); ++i)
    if (name == kOwnFields[i]) return static_cast<int>(i);
  return -1;
}

bool looks_like_json_number(const std::string& s, bool& is_integer) {
  // RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  std::size_t i = 0;
  const std::size_t n = s.size();
  const auto digit = [&](std::size_t k) { return k < n && s[k] >= '0' && s[k] <= '9'; };
  if (i < n && s[i] == '-') ++i;
  if (!digit(i)) return false;
  if (s[i] == '0') {
    ++i;
  } else {
    while (digit(i)) ++i;
  }
  is_integer = true;
  if (i < n && s[i] == '.') {
    ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
    is_integer = false;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
    is_integer = false;
  }
  if (i != n || n > 18) return false;  // longer: an identifier, or past 64-bit integers
  return true;
}

std::string to_edtf(const DateRange& r) {
  const Calendar cal = r.calendar;
  std::string s;
  if (!r.is_interval) {
    s = side(r.earliest, r.precision, cal, false) + qualifier(r);
  } else {
    const std::string a = r.open_start ? ".." : side(r.earliest, r.precision, cal, false);
    const std::string b = r.open_end ? ".." : side(r.latest, r.end_precision, cal, true);
    s = a + (r.open_start ? "" : qualifier(r)) + "/" + b + (r.open_start ? qualifier(r) : "");
  }
  const DateParseResult back = parse_edtf(s, cal);
  if (back.range && back.range->earliest == r.earliest && back.range->latest == r.latest) return s;
  // A form this does not rebuild (a decade "191X"): the days it spans, which mean the same.
  if (r.earliest == r.latest) return side(r.earliest, Precision::Day, cal, false);
  return (r.open_start ? std::string("..") : side(r.earliest, Precision::Day, cal, false)) + "/" +
         (r.open_end ? std::string("..") : side(r.latest, Precision::Day, cal, true));
}

std::string iso_days(const DateRange& r) {
  const std::string a = r.open_start ? ".." : format_iso(r.earliest);
  const std::string b = r.open_end ? ".." : format_iso(r.latest);
  return a == b ? a : a + "/" + b;
}

std::string calendar_note(const Feature& f) {
  const DateRange* d = f.start ? &*f.start : f.end ? &*f.end : nullptr;
  const bool julian = f.calendar == Calendar::Julian || (d && d->calendar == Calendar::Julian);
  if (!julian) return {};
  std::string s = "Old Style (Julian) in the source";
  if (d && !d->open_start) s += ": " + format_range(*d, DateDisplay::Both);
  return s;
}

std::vector<std::uint32_t> exported_features(const Atlas& atlas, const Scene& scene) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    if (i >= scene.visible.size() || !scene.visible[i]) continue;
    const Kind k = atlas.features[i].kind;
    if (k == Kind::Land || k == Kind::River || k == Kind::Lake) continue;
    out.push_back(i);
  }
  return out;
}

std::vector<ExportField> export_fields(const Atlas& atlas, const Scene& scene, std::uint32_t i) {
  const Feature& f = atlas.features[i];
  std::vector<ExportField> out;
  const auto add = [&](const char* name, ExportValue v) { out.push_back({name, std::move(v)}); };
  const auto add_text = [&](const char* name, const std::string& s) {
    if (!s.empty()) add(name, text(s));
  };
  add("id", text(f.id));
  if (f.kind != Kind::Other) add("kind", text(kind_name(f.kind)));
  add_text("name", f.name);
  add_text("name_ru", f.name_ru);
  add_text("name_kk", f.name_kk);
  add_text("name_cs", f.name_cs);
  if (f.start) add("start", text(date_text(f, *f.start, "start")));
  if (f.end) add("end", text(date_text(f, *f.end, "end")));
  if (f.calendar == Calendar::Julian) add("calendar", text("julian"));
  if (f.start) add("start_iso", text(iso_days(*f.start)));
  if (f.end) add("end_iso", text(iso_days(*f.end)));
  add_text("calendar_note", calendar_note(f));
  if (!f.times.empty()) {
    // Arrivals, and a stop's departure as an interval, in the feature's calendar.
    std::vector<std::string> times;
    for (std::size_t k = 0; k < f.times.size(); ++k) {
      DateRange r;
      r.calendar = f.calendar;
      r.earliest = f.times[k];
      r.latest = k < f.departs.size() ? f.departs[k] : f.times[k];
      r.is_interval = r.latest != r.earliest;
      r.end_precision = Precision::Day;
      times.push_back(to_edtf(r));
    }
    add("times", list(std::move(times)));
  }
  add_text("route", f.route);
  if (f.strength) add("strength", integer(*f.strength));
  if (!f.strengths.empty()) {
    std::vector<std::string> s;
    for (const auto& [day, men] : f.strengths) {
      DateRange r;
      r.calendar = f.calendar;
      r.earliest = r.latest = day;
      s.push_back(to_edtf(r) + ": " + std::to_string(men));
    }
    add("strengths", list(std::move(s)));
  }
  if (!attribute(f, "importance").empty()) add("importance", integer(f.importance));
  add_text("commander", f.commander);
  add_text("affiliation", f.affiliation);
  if (f.certainty != Certainty::Certain || !attribute(f, "certainty").empty())
    add("certainty", text(certainty_name(f.certainty)));
  add_text("merged_into", f.merged_into);
  if (f.disbanded) add("fate", text("disbanded"));
  add_text("outcome", f.outcome);
  add("sources", list(f.sources));
  add_text("note", f.note);
  if (i < scene.mover_of.size() && scene.mover_of[i] >= 0) {
    const UnitPosition& u = scene.movers[static_cast<std::size_t>(scene.mover_of[i])];
    add("position_lon", real(std::round(u.pos.lon * 1e5) / 1e5));
    add("position_lat", real(std::round(u.pos.lat * 1e5) / 1e5));
    add("position_km", real(std::round(u.measure / 100) / 10));
  }
  for (const auto& [name, value] : f.attributes) {
    if (own_field(name) || value.empty()) continue;
    bool whole = false;
    if (looks_like_json_number(value, whole)) {
      if (whole) {
        long long n = 0;
        const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec == std::errc() && p == value.data() + value.size()) {
          out.push_back({name, integer(n)});
          continue;
        }
      } else {
        out.push_back({name, real(std::strtod(value.c_str(), nullptr))});
        continue;
      }
    }
    out.push_back({name, text(value)});
  }
  return out;
}

}  // namespace histmap
