#include "data/feature_mapper.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include <ogr_feature.h>

#include "core/dual_date.h"
#include "data/geometry_reader.h"
#include "data/linked_places.h"
#include "data/text_checks.h"

namespace histmap {
namespace {

// Characters as the user sees them: valid UTF-8 sequences, and each bad byte once (it is shown
// as U+FFFD), so the count is the same before and after the id is repaired. The fuzzer found
// a bad-byte id that counted short and became long once repaired.
std::size_t utf8_length(const std::string& s) {
  if (!is_valid_utf8(s)) return utf8_length(to_valid_utf8(s));
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Long strings are cut for messages so a multi-megabyte value cannot flood the report (at a
// character boundary, so the message stays valid UTF-8).
std::string shorten(std::string s) {
  constexpr std::size_t kMax = 80;
  if (s.size() > kMax) s = s.substr(0, utf8_prefix(s, kMax)) + "...";
  return to_valid_utf8(s);
}

// The most text a field keeps: names and the like are labels on the map, so a kilobyte is
// plenty; free text (note, outcome, citations) gets more. Longer values are cut, with a warning.
std::size_t max_bytes(std::string_view field) {
  for (const char* free_text : {"note", "outcome", "sources", "strengths", "times"})
    if (field == free_text) return 64 * 1024;
  return 1024;
}
// Every attribute is kept for the inspector, cut at this length.
constexpr std::size_t kMaxAttributeBytes = 64 * 1024;
// No date is longer than this (an EDTF interval of two qualified days is about 25 characters).
constexpr std::size_t kMaxDateChars = 64;

std::string with_commas(std::size_t n) {
  const std::string digits = std::to_string(n);
  std::string s;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) s += ',';
    s += digits[i];
  }
  return s;
}

bool is_list_type(OGRFieldType type) {
  return type == OFTStringList || type == OFTIntegerList || type == OFTRealList ||
         type == OFTInteger64List;
}

bool is_number_type(OGRFieldType type) {
  return type == OFTInteger || type == OFTInteger64 || type == OFTReal;
}

// What a value of an OGR type is, for "expected ..., got ..." messages.
std::string describe_type(OGRFieldType type) {
  if (type == OFTIntegerList || type == OFTInteger64List || type == OFTRealList)
    return "a list of numbers";
  if (is_number_type(type)) return "a number";
  return OGRFieldDefn::GetFieldTypeName(type);
}

class Reader {
 public:
  Reader(const OGRFeature& f, const std::string& file, std::string label,
         std::vector<Diagnostic>& diags, std::string_view json_properties,
         const FeatureSource& source)
      : f_(f),
        file_(file),
        label_(std::move(label)),
        diags_(diags),
        indexes_(source.field_indexes) {
    for (const auto& [key, value] : json_members(json_properties)) json_.emplace(key, value);
    if (source.bindings)
      for (const FieldBinding& b : *source.bindings)
        bound_[b.field] = {b.source, b.is_constant ? json_quote(b.value) : std::string(),
                           b.is_constant};
    for (const auto& [field, json] : source.values) bound_[field] = {{}, json, true};
  }

  void set_label(std::string label) { label_ = std::move(label); }

  void error(const std::string& field, const std::string& msg) {
    diags_.push_back({Severity::Error, file_, label_, shown(field), msg});
    ok_ = false;
    ++errors_;
  }
  void warn(const std::string& field, const std::string& msg) {
    diags_.push_back({Severity::Warning, file_, label_, shown(field), msg});
  }
  bool ok() const { return ok_; }
  int errors() const { return errors_; }

  // A conventions' field read from another field is named as the user knows it.
  std::string shown(const std::string& field) const {
    if (bound_.empty()) return field;
    const auto it = bound_.find(field);
    if (it == bound_.end() || it->second.constant || it->second.source == field) return field;
    return it->second.source + " (as " + field + ")";
  }

  int index(const char* name) const {
    if (bound_.empty()) return field_index(name);  // the usual case: nothing mapped
    const auto it = bound_.find(name);
    if (it == bound_.end()) return field_index(name);
    return it->second.constant ? -1 : field_index(it->second.source.c_str());
  }
  int field_index(const char* name) const {
    return indexes_ ? indexes_->find(f_, name) : f_.GetFieldIndex(name);
  }
  bool has(const char* name) const {
    if (const auto j = json(name)) return json_type(*j) != JsonType::Null;
    const int i = index(name);
    return i >= 0 && f_.IsFieldSetAndNotNull(i);
  }
  OGRFieldType type(int i) const { return f_.GetFieldDefnRef(i)->GetType(); }
  OGRFieldSubType subtype(int i) const { return f_.GetFieldDefnRef(i)->GetSubType(); }

  // The property's JSON text, when the file is GeoJSON and has it.
  std::optional<std::string_view> json(std::string_view name) const {
    if (const auto b = bound_.empty() ? bound_.end() : bound_.find(std::string(name));
        b != bound_.end()) {
      if (b->second.constant) return std::string_view(b->second.json);
      name = b->second.source;
    }
    const auto it = json_.find(name);
    if (it == json_.end()) return std::nullopt;
    return it->second;
  }
  std::optional<JsonType> json_type_of(std::string_view name) const {
    const auto j = json(name);
    if (!j) return std::nullopt;
    return json_type(*j);
  }

  // Text that reaches the model: valid UTF-8 (a file in another encoding shows replacement
  // characters, with a warning) and not longer than the field keeps.
  std::string clean(const char* name, std::string s, bool* warned = nullptr) {
    const bool quiet = warned && *warned;
    if (!is_valid_utf8(s)) {
      s = to_valid_utf8(s);
      if (!quiet)
        warn(name,
             "is not valid UTF-8 (is the file in another encoding?); the bad bytes are shown "
             "as \xEF\xBF\xBD");
      if (warned) *warned = true;
    }
    const std::size_t max = max_bytes(name);
    if (s.size() > max) {
      if (!quiet)
        warn(name, "is " + with_commas(s.size()) + " bytes long; only the first " +
                       with_commas(max) + " are kept");
      if (warned) *warned = true;
      s.resize(utf8_prefix(s, max));
    }
    return s;
  }

  // A text field; a list, an object or true/false is an error (the conventions want text).
  // With the feature's JSON, the value is read from it: OGR gives a column one type, so a text
  // in a column of lists would read as a list.
  std::string text(const char* name) {
    if (const auto j = json(name)) {
      switch (json_type(*j)) {
        case JsonType::String:
          return clean(name, json_string(*j));
        case JsonType::Number:
          return clean(name, std::string(*j));
        case JsonType::Null:
          return {};
        default:
          error(name, "expected text, got " + describe_json(*j));
          return {};
      }
    }
    const int i = index(name);
    if (i < 0 || !f_.IsFieldSetAndNotNull(i)) return {};
    if (is_list_type(type(i))) {
      error(name, "expected a single value, got a list");
      return {};
    }
    if (subtype(i) == OFSTBoolean) {
      error(name, "expected text, got true or false");
      return {};
    }
    if (type(i) == OFTDate || type(i) == OFTDateTime) {
      // Formats that type their dates (GeoPackage, Shapefile) give whole days.
      int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
      float sec = 0;
      f_.GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &sec, &tz);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
      return buf;
    }
    std::string s = f_.GetFieldAsString(i);
    // GDAL keeps an object (or a list of mixed types) as its JSON text.
    if (subtype(i) == OFSTJSON && !s.empty() && (s.front() == '{' || s.front() == '[')) {
      error(name, "expected text, got " + describe_json(s));
      return {};
    }
    return clean(name, std::move(s));
  }

  // A list of strings; a single string is taken as a list of one.
  std::vector<std::string> list(const char* name) {
    std::vector<std::string> out;
    bool warned = false;
    if (const auto j = json(name)) {
      const JsonType t = json_type(*j);
      if (t == JsonType::Null) return out;
      if (t == JsonType::String) {
        if (std::string s = json_string(*j); !s.empty()) out.push_back(clean(name, std::move(s)));
        return out;
      }
      const std::vector<std::string_view> items = json_elements(*j);
      const bool texts =
          t == JsonType::Array && std::all_of(items.begin(), items.end(), [](std::string_view e) {
            return json_type(e) == JsonType::String;
          });
      if (!texts) {
        error(name, "expected a list of strings, got " + describe_json(*j));
        return out;
      }
      for (std::string_view e : items) out.push_back(clean(name, json_string(e), &warned));
      return out;
    }
    const int i = index(name);
    if (i < 0 || !f_.IsFieldSetAndNotNull(i)) return out;
    const OGRFieldType t = type(i);
    if (t == OFTStringList) {
      char** items = f_.GetFieldAsStringList(i);
      for (int k = 0; items && items[k]; ++k) out.push_back(clean(name, items[k], &warned));
    } else if (t == OFTString) {
      std::string s = f_.GetFieldAsString(i);
      // GDAL keeps a JSON array of mixed types, or an object, as its JSON text.
      // Only where GDAL says the text is JSON: a CSV cell "[Golovin, 2011]" is a citation.
      if (subtype(i) == OFSTJSON && !s.empty() && (s.front() == '[' || s.front() == '{')) {
        error(name, "expected a list of strings, got " + describe_json(s));
      } else if (!s.empty()) {
        out.push_back(clean(name, std::move(s)));
      }
    } else {
      error(name, "expected a list of strings, got " + describe_type(t));
    }
    return out;
  }

  // A whole number given as a number or as numeric text. range: what the field accepts, said
  // when a whole number is too large to be one of them.
  std::optional<long long> integer(const char* name, const char* range) {
    if (const auto j = json(name)) {
      switch (json_type(*j)) {
        case JsonType::Null:
          return std::nullopt;
        case JsonType::Number:
          return whole_number(name, std::string(*j), range, std::string(*j));
        case JsonType::String:
          return whole_number(name, json_string(*j), range, describe_json(*j));
        default:
          error(name, "expected a whole number, got " + describe_json(*j));
          return std::nullopt;
      }
    }
    const int i = index(name);
    if (i < 0 || !f_.IsFieldSetAndNotNull(i)) return std::nullopt;
    const OGRFieldType t = type(i);
    if (subtype(i) == OFSTBoolean) {
      error(name, "expected a whole number, got true or false");
      return std::nullopt;
    }
    if (t == OFTInteger || t == OFTInteger64) return f_.GetFieldAsInteger64(i);
    if (t == OFTReal || t == OFTString) {
      const std::string s = f_.GetFieldAsString(i);
      return whole_number(name, s, range, t == OFTString ? "'" + shorten(s) + "'" : s);
    }
    error(name, "expected a whole number, got " + describe_type(t));
    return std::nullopt;
  }

 private:
  // s as a whole number; shown: how a message shows the value.
  std::optional<long long> whole_number(const char* name, const std::string& s, const char* range,
                                        const std::string& shown) {
    long long v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && p == s.data() + s.size()) return v;
    // 1e3, 500.0, or a whole number too long for 64 bits
    char* end = nullptr;
    const double d = s.empty() ? NAN : std::strtod(s.c_str(), &end);
    const bool number = !s.empty() && end == s.c_str() + s.size() && std::isfinite(d);
    if (number && d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<long long>(d);
    if (number && d == std::floor(d)) {
      error(name, std::string(range) + ", got " + shorten(s));
    } else {
      error(name, "expected a whole number, got " + shorten(shown));
    }
    return std::nullopt;
  }

  const OGRFeature& f_;
  const std::string& file_;
  std::string label_;
  std::vector<Diagnostic>& diags_;
  std::unordered_map<std::string_view, std::string_view> json_;
  FieldIndexCache* indexes_ = nullptr;
  struct Bound {
    std::string source;  // the layer's field
    std::string json;    // a constant's JSON text
    bool constant = false;
  };
  std::unordered_map<std::string, Bound> bound_;  // by conventions' field
  bool ok_ = true;
  int errors_ = 0;
};

// The feature's "id": the property, else the GeoJSON feature's own "id" member (a number there
// is GDAL's feature number, not a field, so it is read from the JSON). Sets why when an id is
// given but cannot be one (an object, a list, true/false, a number past 64 bits).
std::string read_id(const OGRFeature& src, const Reader& r, std::string_view json_id,
                    std::string& why) {
  std::optional<std::string_view> given = r.json("id");
  if (!given && !json_id.empty()) given = json_id;
  const int i = r.index("id");
  const bool field = i >= 0 && src.IsFieldSetAndNotNull(i);
  if (given) {
    const JsonType t = json_type(*given);
    if (t == JsonType::Number) return std::string(*given);  // every digit, as written
    if (t == JsonType::Null) return {};
    if (t != JsonType::String) {
      why = describe_json(*given);
      return {};
    }
    return json_string(*given);
  }
  if (!field) return {};
  const OGRFieldType type = r.type(i);
  const std::string s = src.GetFieldAsString(i);
  if (is_list_type(type)) {
    why = "a list";
  } else if (r.subtype(i) == OFSTBoolean) {
    why = "true or false";
  } else if (r.subtype(i) == OFSTJSON && !s.empty() && (s.front() == '{' || s.front() == '[')) {
    why = describe_json(s);
  } else if (type == OFTInteger64 &&
             (src.GetFieldAsInteger64(i) == LLONG_MAX || src.GetFieldAsInteger64(i) == LLONG_MIN)) {
    why = "a number too large for 64 bits";
  } else {
    return s;
  }
  return {};
}

// A member of a JSON object's text ("coordinates" of a geometry), or empty.
std::string_view json_member(std::string_view object, std::string_view key) {
  for (const auto& [k, value] : json_members(object))
    if (k == key) return value;
  return {};
}

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

int FieldIndexCache::find(const OGRFeature& f, const char* name) {
  if (const auto it = known_.find(std::string_view(name)); it != known_.end()) return it->second;
  const int i = f.GetFieldIndex(name);
  known_.emplace(name, i);
  return i;
}

bool map_feature(const OGRFeature& src, const std::string& file, long long index, Feature& out,
                 std::vector<Diagnostic>& diagnostics, const FeatureSource& source) {
  // The GeoJSON feature's own members: "type", "id", "properties", "geometry".
  std::string_view json_type_member, json_id, json_properties, json_geometry;
  for (const auto& [key, value] : json_members(source.json)) {
    if (key == "type") json_type_member = value;
    if (key == "id") json_id = value;
    if (key == "properties") json_properties = value;
    if (key == "geometry") json_geometry = value;
  }
  Reader r(src, file, "#" + std::to_string(index), diagnostics,
           json_type(json_properties) == JsonType::Object ? json_properties : std::string_view(),
           source);
  out = Feature{};
  out.file = file;
  const auto absent = [&](std::string_view field) {
    return source.absent_in_layer &&
           std::find(source.absent_in_layer->begin(), source.absent_in_layer->end(), field) !=
               source.absent_in_layer->end();
  };
  const LinkedPlace lp = source.linked_places ? read_linked_place(source.json) : LinkedPlace{};

  // id
  // GDAL numbers every feature, so its FID cannot tell a real id from a missing one; the
  // conventions ask for an "id" property.
  std::string why_not_id;
  out.id = read_id(src, r, json_id, why_not_id);
  if (out.id.empty() && why_not_id.empty() && lp.present) out.id = lp.id;  // LPF's "@id"
  const std::string fallback_id =
      file.substr(file.find_last_of('/') + 1) + "#" + std::to_string(index);
  if (!why_not_id.empty()) {
    out.id = fallback_id;
    r.set_label("'" + out.id + "'");
    r.warn("id", "must be text or a number, got " + why_not_id + "; using '" + out.id + "'");
  } else if (out.id.empty()) {
    out.id = fallback_id;
    r.set_label("'" + out.id + "'");
    if (!absent("id")) r.warn("id", "missing; using '" + out.id + "'");
  } else if (const std::size_t chars = utf8_length(out.id); chars > 200) {
    // Letters, not bytes: a Cyrillic letter takes two bytes of UTF-8.
    r.error("id", "is " + with_commas(chars) + " characters long; ids are short names");
    return false;
  } else if (!is_valid_utf8(out.id)) {
    out.id = to_valid_utf8(out.id);
    r.set_label("'" + out.id + "'");
    r.warn("id",
           "is not valid UTF-8 (is the file in another encoding?); the bad bytes are shown as "
           "\xEF\xBF\xBD");
  }
  r.set_label("'" + out.id + "'");

  // The GeoJSON structure around the properties, where GDAL was lenient.
  if (!json_type_member.empty() && json_type_member != "\"Feature\"")
    r.warn("type", "expected \"Feature\", got " + describe_json(json_type_member));
  if (const JsonType t = json_type(json_properties);
      t != JsonType::Invalid && t != JsonType::Object && t != JsonType::Null)
    r.warn("properties", "must be an object, got " + describe_json(json_properties) +
                             "; the feature has no properties");

  // kind
  const std::string kind = r.text("kind");
  if (kind.empty() && lp.present) {
    out.kind = Kind::Place;  // a gazetteer's entry
  } else if (kind.empty()) {
    if (!absent("kind")) r.warn("kind", "missing; drawn as a plain feature");
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
  if (lp.present) {
    if (out.name.empty()) out.name = lp.title;
    for (const auto& [lang, toponym] : lp.names) {
      if (out.name.empty()) out.name = toponym;
      std::string* by_lang = lang == "ru"   ? &out.name_ru
                             : lang == "kk" ? &out.name_kk
                             : lang == "cs" ? &out.name_cs
                                            : nullptr;
      if (by_lang && by_lang->empty()) *by_lang = toponym;
    }
    if (out.note.empty())
      for (const std::string& d : lp.descriptions) out.note += (out.note.empty() ? "" : "\n") + d;
    for (const auto& [where, what] : lp.problems) r.warn(where, what);
  }

  // calendar, then the dates it governs
  const std::string cal = r.text("calendar");
  if (cal == "julian") {
    out.calendar = Calendar::Julian;
  } else if (!cal.empty() && cal != "gregorian") {
    r.error("calendar", "unknown value '" + shorten(cal) + "' (expected gregorian or julian)");
  }
  for (const char* field : {"start", "end"}) {
    if (!r.has(field)) continue;
    const int errors_before = r.errors();
    const std::string v = r.text(field);
    if (r.errors() != errors_before) continue;  // not text: already reported
    // An empty cell is no date: a database column or a Shapefile filled from a CSV holds ""
    // where the table had nothing (an event without an end).
    if (v.find_first_not_of(" \t") == std::string::npos) continue;
    if (v.size() > kMaxDateChars) {
      r.error(field, "is not a date: it is " + with_commas(v.size()) + " characters long");
      continue;
    }
    // A whole-number year (988 in a year column) is a year: EDTF writes it with four digits.
    std::string value = v;
    if (!value.empty() && value.size() < 4 &&
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
      value.insert(0, 4 - value.size(), '0');
    DateParseResult d = parse_date(value, out.calendar);
    if (!d.range) {
      // A number is read as text; 1918 is a year, but 19180527 is not a date.
      const int i = r.index(field);
      const bool number = r.json_type_of(field) == JsonType::Number ||
                          (!r.json(field) && is_number_type(r.type(i)));
      r.error(field, number ? "expected a date as text such as \"1918-05-27\", got the number " + v
                            : d.error);
      continue;
    }
    (std::string_view(field) == "start" ? out.start : out.end) = d.range;
  }
  if (lp.present && !out.start && !out.end && lp.start) {
    out.start = lp.start;
    out.end = lp.end;
    if (lp.timespans > 1)
      out.note += std::string(out.note.empty() ? "" : "\n") + "The source gives " +
                  std::to_string(lp.timespans) +
                  " timespans; drawn from the earliest start to the latest end.";
  }
  if (out.start && out.end && out.start->earliest > out.end->latest) {
    r.error("end", "the feature ends before it starts");
  }

  // sources
  const int errors_before_sources = r.errors();
  out.sources = r.list("sources");
  for (const std::string& c : lp.citations)
    if (std::find(out.sources.begin(), out.sources.end(), c) == out.sources.end())
      out.sources.push_back(c);
  if (out.sources.empty() && out.kind != Kind::Other && r.errors() == errors_before_sources &&
      !absent("sources"))
    r.warn("sources", "no citation; every fact should say who says so");

  // strength, importance, certainty
  if (auto s = r.integer("strength", "must be a number of men between 0 and 100,000,000")) {
    if (*s < 0 || *s > 100'000'000) {
      r.error("strength",
              "must be a number of men between 0 and 100,000,000, got " + std::to_string(*s));
    } else {
      out.strength = static_cast<int>(*s);
    }
  }
  if (auto imp = r.integer("importance", "must be 1, 2 or 3")) {
    if (*imp < 1 || *imp > 3) {
      r.warn("importance", "must be 1, 2 or 3; using 2");
    } else {
      out.importance = static_cast<int>(*imp);
    }
  }
  std::string cert = r.text("certainty");
  if (cert.empty()) cert = lp.certainty;
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

  // every attribute, for the inspector: valid UTF-8 and cut to a length the panel can show
  // (the fields read above have said so already; the cut is visible in the value itself)
  for (int i = 0; i < src.GetFieldCount(); ++i) {
    if (!src.IsFieldSetAndNotNull(i)) continue;
    std::string value;
    if (src.GetFieldDefnRef(i)->GetType() == OFTStringList) {
      // GDAL would write "(2:A19,D41)"; a list reads as "A19, D41".
      char** items = src.GetFieldAsStringList(i);
      for (int k = 0; items && items[k] && value.size() <= kMaxAttributeBytes; ++k)
        value += (k ? ", " : "") + std::string(items[k]);
    } else {
      value = src.GetFieldAsString(i);
    }
    if (value.size() > kMaxAttributeBytes) {
      const std::size_t full = value.size();
      value.resize(utf8_prefix(value, kMaxAttributeBytes));
      value += "... (cut; " + with_commas(full) + " bytes in the file)";
    }
    out.attributes.emplace_back(to_valid_utf8(src.GetFieldDefnRef(i)->GetNameRef()),
                                to_valid_utf8(value));
  }

  if (!lp.types.empty()) {
    std::string types;
    for (const std::string& t : lp.types) types += (types.empty() ? "" : ", ") + t;
    out.attributes.emplace_back("types", types);
  }

  // geometry
  std::string geom_error;
  if (!read_geometry(src.GetGeometryRef(), out, geom_error)) {
    const std::string& gdal = source.read_problem;
    if (!src.GetGeometryRef() && json_type(json_geometry) != JsonType::Invalid &&
        json_type(json_geometry) != JsonType::Null) {
      // There is a geometry in the file, but not one GDAL could read.
      geom_error =
          "cannot be read: " +
          (gdal.empty() ? describe_json(json_geometry) + " is not a valid GeoJSON geometry" : gdal);
    } else if (const std::string_view coordinates = json_member(json_geometry, "coordinates");
               geom_error == "the geometry is empty" && json_type(coordinates) == JsonType::Array &&
               coordinates.find_first_of("0123456789") != std::string_view::npos) {
      // GDAL makes an empty geometry of coordinates nested wrongly for the type.
      geom_error = "has coordinates that do not fit its type " +
                   std::string(json_member(json_geometry, "type")) +
                   " (lists nested too deep or not deep enough); none could be read";
      if (!gdal.empty()) geom_error += " (GDAL: " + gdal + ")";
    } else if (!src.GetGeometryRef() && !gdal.empty()) {
      geom_error = "cannot be read: " + gdal;
    } else if (!gdal.empty()) {
      geom_error += " (GDAL: " + gdal + ")";
    }
    r.error("geometry", geom_error);
    return false;
  }
  if (!source.read_problem.empty()) r.warn("geometry", "GDAL: " + source.read_problem);
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
      r.error("times", "has " + std::to_string(times.size()) +
                           (times.size() == 1 ? " date for " : " dates for ") + std::to_string(n) +
                           " vertices; give one date per vertex");
    } else {
      // An interval is a stop: arrival at its start, departure at its end.
      DayNumber previous = 0;
      bool any_stop = false;
      for (std::size_t i = 0; i < times.size(); ++i) {
        if (times[i].size() > kMaxDateChars) {
          r.error("times", "date " + std::to_string(i) + " is not a date: it is " +
                               with_commas(times[i].size()) + " characters long");
          break;
        }
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
