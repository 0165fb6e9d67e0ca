#include "data/feature_mapper.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include <ogr_feature.h>

#include "core/dual_date.h"
#include "data/geometry_reader.h"

namespace histmap {
namespace {

// Long strings are cut for messages so a multi-megabyte value cannot flood the report.
std::string shorten(std::string s) {
  constexpr std::size_t kMax = 80;
  if (s.size() > kMax) s = s.substr(0, kMax) + "...";
  return s;
}

class Reader {
 public:
  Reader(const OGRFeature& f, const std::string& file, std::string label,
         std::vector<Diagnostic>& diags)
      : f_(f), file_(file), label_(std::move(label)), diags_(diags) {}

  void set_label(std::string label) { label_ = std::move(label); }

  void error(const std::string& field, const std::string& msg) {
    diags_.push_back({Severity::Error, file_, label_, field, msg});
    ok_ = false;
  }
  void warn(const std::string& field, const std::string& msg) {
    diags_.push_back({Severity::Warning, file_, label_, field, msg});
  }
  bool ok() const { return ok_; }

  int index(const char* name) const { return f_.GetFieldIndex(name); }
  bool has(const char* name) const {
    const int i = index(name);
    return i >= 0 && f_.IsFieldSetAndNotNull(i);
  }

  // A text field; a list is an error (the conventions want one value).
  std::string text(const char* name) {
    const int i = index(name);
    if (i < 0 || !f_.IsFieldSetAndNotNull(i)) return {};
    const OGRFieldType type = f_.GetFieldDefnRef(i)->GetType();
    if (type == OFTStringList || type == OFTIntegerList || type == OFTRealList ||
        type == OFTInteger64List) {
      error(name, "expected a single value, got a list");
      return {};
    }
    if (type == OFTDate || type == OFTDateTime) {
      // Formats that type their dates (GeoPackage, Shapefile) give whole days.
      int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
      float sec = 0;
      f_.GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &sec, &tz);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
      return buf;
    }
    return f_.GetFieldAsString(i);
  }

  // A list of strings; a single string is taken as a list of one.
  std::vector<std::string> list(const char* name) {
    std::vector<std::string> out;
    const int i = index(name);
    if (i < 0 || !f_.IsFieldSetAndNotNull(i)) return out;
    const OGRFieldType type = f_.GetFieldDefnRef(i)->GetType();
    if (type == OFTStringList) {
      char** items = f_.GetFieldAsStringList(i);
      for (int k = 0; items && items[k]; ++k) out.emplace_back(items[k]);
    } else if (type == OFTString) {
      std::string s = f_.GetFieldAsString(i);
      // GDAL keeps a JSON array of mixed types as its JSON text.
      if (!s.empty() && s.front() == '[') {
        error(name, "expected a list of strings, got " + shorten(s));
      } else if (!s.empty()) {
        out.push_back(std::move(s));
      }
    } else {
      error(name,
            std::string("expected a list of strings, got ") + OGRFieldDefn::GetFieldTypeName(type));
    }
    return out;
  }

  // A whole number given as a number or as numeric text.
  std::optional<long long> integer(const char* name) {
    const int i = index(name);
    if (i < 0 || !f_.IsFieldSetAndNotNull(i)) return std::nullopt;
    const OGRFieldType type = f_.GetFieldDefnRef(i)->GetType();
    if (type == OFTInteger || type == OFTInteger64) return f_.GetFieldAsInteger64(i);
    if (type == OFTReal) {
      const double v = f_.GetFieldAsDouble(i);
      if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return static_cast<long long>(v);
      error(name, "expected a whole number, got " + std::string(f_.GetFieldAsString(i)));
      return std::nullopt;
    }
    if (type == OFTString) {
      const std::string s = f_.GetFieldAsString(i);
      long long v = 0;
      const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec == std::errc() && p == s.data() + s.size()) return v;
      error(name, "expected a whole number, got '" + shorten(s) + "'");
      return std::nullopt;
    }
    error(name, "expected a whole number");
    return std::nullopt;
  }

 private:
  const OGRFeature& f_;
  const std::string& file_;
  std::string label_;
  std::vector<Diagnostic>& diags_;
  bool ok_ = true;
};

bool kind_fits_geometry(Kind k, GeometryType g) {
  switch (k) {
    case Kind::Region:
    case Kind::Land:
    case Kind::Lake:
      return g == GeometryType::Polygon;
    case Kind::Railway:
    case Kind::River:
      return g == GeometryType::Line;
    case Kind::Station:
    case Kind::Place:
    case Kind::Event:
      return g == GeometryType::Point;
    case Kind::Unit:  // a unit is a place in time, or a track when it has times
    case Kind::Movement:
    case Kind::Mission:
      return g == GeometryType::Point || g == GeometryType::Line;
    case Kind::Other:
      return true;
  }
  return true;
}

const char* geometry_name(GeometryType g) {
  switch (g) {
    case GeometryType::Point:
      return "a point";
    case GeometryType::Line:
      return "a line";
    case GeometryType::Polygon:
      return "a polygon";
  }
  return "?";
}

}  // namespace

bool map_feature(const OGRFeature& src, const std::string& file, long long index, Feature& out,
                 std::vector<Diagnostic>& diagnostics) {
  Reader r(src, file, "#" + std::to_string(index), diagnostics);
  out = Feature{};
  out.file = file;

  // id
  // GDAL numbers every feature, so its FID cannot tell a real id from a missing one; the
  // conventions ask for an "id" property.
  out.id = r.text("id");
  if (out.id.empty()) {
    out.id = file.substr(file.find_last_of('/') + 1) + "#" + std::to_string(index);
    r.set_label("'" + out.id + "'");
    r.warn("id", "missing; using '" + out.id + "'");
  } else if (out.id.size() > 200) {
    r.error("id", "is " + std::to_string(out.id.size()) + " characters long; ids are short names");
    return false;
  }
  r.set_label("'" + shorten(out.id) + "'");

  // kind
  const std::string kind = r.text("kind");
  if (kind.empty()) {
    r.warn("kind", "missing; drawn as a plain feature");
  } else if (auto k = parse_kind(kind)) {
    out.kind = *k;
  } else {
    r.error("kind", "unknown value '" + shorten(kind) +
                        "' (expected region, railway, station, place, unit, movement, mission, "
                        "event, land, river or lake)");
  }

  out.name = r.text("name");
  out.name_ru = r.text("name_ru");
  out.name_kk = r.text("name_kk");
  out.name_cs = r.text("name_cs");
  out.route = r.text("route");
  out.commander = r.text("commander");
  out.affiliation = r.text("affiliation");
  out.note = r.text("note");

  // calendar, then the dates it governs
  const std::string cal = r.text("calendar");
  if (cal == "julian") {
    out.calendar = Calendar::Julian;
  } else if (!cal.empty() && cal != "gregorian") {
    r.error("calendar", "unknown value '" + shorten(cal) + "' (expected gregorian or julian)");
  }
  for (const char* field : {"start", "end"}) {
    if (!r.has(field)) continue;
    const std::string v = r.text(field);
    DateParseResult d = parse_date(v, out.calendar);
    if (!d.range) {
      r.error(field, d.error);
      continue;
    }
    (std::string_view(field) == "start" ? out.start : out.end) = d.range;
  }
  if (out.start && out.end && out.start->earliest > out.end->latest) {
    r.error("end", "the feature ends before it starts");
  }

  // sources
  out.sources = r.list("sources");
  if (out.sources.empty() && out.kind != Kind::Other)
    r.warn("sources", "no citation; every fact should say who says so");

  // strength, importance, certainty
  if (auto s = r.integer("strength")) {
    if (*s < 0 || *s > 100'000'000) {
      r.error("strength",
              "must be a number of men between 0 and 100,000,000, got " + std::to_string(*s));
    } else {
      out.strength = static_cast<int>(*s);
    }
  }
  if (auto imp = r.integer("importance")) {
    if (*imp < 1 || *imp > 3) {
      r.warn("importance", "must be 1, 2 or 3; using 2");
    } else {
      out.importance = static_cast<int>(*imp);
    }
  }
  const std::string cert = r.text("certainty");
  if (cert == "approximate") {
    out.certainty = Certainty::Approximate;
  } else if (cert == "conjectural") {
    out.certainty = Certainty::Conjectural;
  } else if (!cert.empty() && cert != "certain") {
    r.warn("certainty", "unknown value '" + shorten(cert) + "'; treated as approximate");
    out.certainty = Certainty::Approximate;
  }

  // lifecycle: merged into another unit, disbanded, strength on later dates; outcome
  out.merged_into = r.text("merged_into");
  out.outcome = r.text("outcome");
  const std::string fate = r.text("fate");
  if (fate == "disbanded") {
    out.disbanded = true;
  } else if (!fate.empty() && fate != "merged") {
    r.warn("fate", "unknown value '" + shorten(fate) + "' (expected disbanded or merged)");
  }
  for (const std::string& entry : r.list("strengths")) {
    // "1918-12: 2000" (the date's own colons are not a problem: EDTF has none)
    const std::size_t colon = entry.rfind(':');
    long long men = -1;
    DateParseResult d;
    if (colon != std::string::npos) {
      d = parse_date(entry.substr(0, colon), out.calendar);
      std::string num = entry.substr(colon + 1);
      while (!num.empty() && num.front() == ' ') num.erase(0, 1);
      const auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), men);
      if (ec != std::errc() || p != num.data() + num.size()) men = -1;
    }
    if (!d.range || men < 0 || men > 100'000'000) {
      r.warn("strengths", "entry '" + shorten(entry) +
                              "' is not 'date: number of men' (e.g. '1918-12: 2000'); ignored");
      continue;
    }
    out.strengths.emplace_back(d.range->earliest, static_cast<int>(men));
  }
  std::sort(out.strengths.begin(), out.strengths.end());

  // every attribute, for the inspector
  for (int i = 0; i < src.GetFieldCount(); ++i) {
    if (!src.IsFieldSetAndNotNull(i)) continue;
    std::string value;
    if (src.GetFieldDefnRef(i)->GetType() == OFTStringList) {
      // GDAL would write "(2:A19,D41)"; a list reads as "A19, D41".
      char** items = src.GetFieldAsStringList(i);
      for (int k = 0; items && items[k]; ++k) value += (k ? ", " : "") + std::string(items[k]);
    } else {
      value = src.GetFieldAsString(i);
    }
    out.attributes.emplace_back(src.GetFieldDefnRef(i)->GetNameRef(), std::move(value));
  }

  // geometry
  std::string geom_error;
  if (!read_geometry(src.GetGeometryRef(), out, geom_error)) {
    r.error("geometry", geom_error);
    return false;
  }
  if (!kind_fits_geometry(out.kind, out.geometry)) {
    r.error("geometry", std::string("a ") + kind_name(out.kind) + " must not be " +
                            geometry_name(out.geometry));
  }

  // times: one date per vertex of a track, in order
  const std::vector<std::string> times = r.list("times");
  if (!times.empty()) {
    const std::size_t n = out.parts.front().size();
    if (out.geometry == GeometryType::Polygon || out.parts.size() != 1) {
      r.error("times", "only a single line or multipoint can carry times");
    } else if (times.size() != n) {
      r.error("times", "has " + std::to_string(times.size()) + " dates for " + std::to_string(n) +
                           " vertices; give one date per vertex");
    } else {
      // An interval is a stop: arrival at its start, departure at its end.
      DayNumber previous = 0;
      bool any_stop = false;
      for (std::size_t i = 0; i < times.size(); ++i) {
        DateParseResult d = parse_date(times[i], out.calendar);
        if (!d.range) {
          r.error("times", "date " + std::to_string(i) + ": " + d.error);
          break;
        }
        if (d.range->open_start || d.range->open_end) {
          r.error("times", "date " + std::to_string(i) + " (" + shorten(times[i]) +
                               "): a stop needs both its arrival and its departure");
          break;
        }
        if (i > 0 && d.range->earliest < previous) {
          r.error("times", "date " + std::to_string(i) + " (" + shorten(times[i]) +
                               ") is earlier than the one before it; times must be in order");
          break;
        }
        const DayNumber depart = d.range->is_interval ? d.range->latest : d.range->earliest;
        any_stop = any_stop || depart != d.range->earliest;
        out.times.push_back(d.range->earliest);
        out.departs.push_back(depart);
        previous = depart;
      }
      if (out.times.size() != times.size()) {
        out.times.clear();
        out.departs.clear();
      }
      if (!any_stop) out.departs.clear();
    }
  } else if (out.kind == Kind::Movement || out.kind == Kind::Mission) {
    if (out.geometry == GeometryType::Line) r.error("times", "a track needs one date per vertex");
  }
  return r.ok();
}

}  // namespace histmap
