// Fuzz target: map_feature (src/data/feature_mapper.h), one OGR feature's fields into a core
// Feature. The input is text, one field per line, so seeds and crashes read as they are:
//   name:T=value   a field of OGR type T set to value (T below; "name=value" is a string)
//   name           a field that exists but is not set
//   @geom=WKT      the geometry as WKT ("@geom=" for none; without the line, a point)
// T: s string, j string holding JSON, i integer, b boolean, I integer64, r real, d date
// (Y-M-D), t date-time (Y-M-D h:m:s), S string list, l integer list, L integer64 list,
// R real list (list items separated by '|'), n set to null.
// The mapper must never crash, every diagnostic must name its file and a field the mapper
// reads, it returns false exactly when it reported an error, and a kept feature meets what
// the rest of the program relies on (one date per vertex, dates in order, figures in range).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include <cpl_error.h>
#include <cpl_string.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>

#include "data/feature_mapper.h"

using namespace histmap;

namespace {

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_feature_mapper: property broken: %s\n", what);
  std::abort();
}

// Every field the mapper reads, "geometry" for what read_geometry reports, and the GeoJSON
// members "type" and "properties" that the loader's JSON text of a feature lets it check.
const std::set<std::string, std::less<>> kFields = {
    "id",        "kind",        "name",      "name_ru",     "name_kk", "name_cs", "route",
    "commander", "affiliation", "note",      "calendar",    "start",   "end",     "sources",
    "strength",  "importance",  "certainty", "merged_into", "outcome", "fate",    "strengths",
    "times",     "geometry",    "type",      "properties"};

constexpr std::size_t kMaxFields = 64;
const std::string kFile = "/fuzz/mapper.geojson";

struct FieldSpec {
  std::string name;
  char type = 's';
  bool set = false;
  std::string value;
};

OGRFieldType ogr_type(char t) {
  switch (t) {
    case 'i':
    case 'b':
      return OFTInteger;
    case 'I':
      return OFTInteger64;
    case 'r':
      return OFTReal;
    case 'd':
      return OFTDate;
    case 't':
      return OFTDateTime;
    case 'S':
      return OFTStringList;
    case 'l':
      return OFTIntegerList;
    case 'L':
      return OFTInteger64List;
    case 'R':
      return OFTRealList;
    default:
      return OFTString;
  }
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string::npos ? std::string::npos : next - pos));
    if (next == std::string::npos) break;
    pos = next + 1;
  }
  return out;
}

void set_field(OGRFeature& f, int i, const FieldSpec& spec) {
  const std::string& v = spec.value;
  switch (spec.type) {
    case 'n':
      f.SetFieldNull(i);
      break;
    case 'i':
    case 'b':
      f.SetField(i, static_cast<int>(std::strtol(v.c_str(), nullptr, 10)));
      break;
    case 'I':
      f.SetField(i, static_cast<GIntBig>(std::strtoll(v.c_str(), nullptr, 10)));
      break;
    case 'r':
      f.SetField(i, std::strtod(v.c_str(), nullptr));
      break;
    case 'd':
    case 't': {
      int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
      std::sscanf(v.c_str(), "%d-%d-%d %d:%d:%d", &y, &mo, &d, &h, &mi, &s);
      f.SetField(i, y, mo, d, h, mi, static_cast<float>(s), 0);
      break;
    }
    case 'S': {
      CPLStringList items;
      for (const std::string& item : split(v, '|')) items.AddString(item.c_str());
      f.SetField(i, items.List());
      break;
    }
    case 'l': {
      std::vector<int> items;
      for (const std::string& item : split(v, '|'))
        items.push_back(static_cast<int>(std::strtol(item.c_str(), nullptr, 10)));
      f.SetField(i, static_cast<int>(items.size()), items.data());
      break;
    }
    case 'L': {
      std::vector<GIntBig> items;
      for (const std::string& item : split(v, '|'))
        items.push_back(static_cast<GIntBig>(std::strtoll(item.c_str(), nullptr, 10)));
      f.SetField(i, static_cast<int>(items.size()), items.data());
      break;
    }
    case 'R': {
      std::vector<double> items;
      for (const std::string& item : split(v, '|'))
        items.push_back(std::strtod(item.c_str(), nullptr));
      f.SetField(i, static_cast<int>(items.size()), items.data());
      break;
    }
    default:
      f.SetField(i, v.c_str());
  }
}

void check_result(bool kept, const Feature& out, const std::vector<Diagnostic>& diags) {
  bool any_error = false;
  for (const Diagnostic& d : diags) {
    check(d.file == kFile, "a diagnostic names the file");
    check(!d.feature.empty(), "a diagnostic names the feature");
    check(kFields.count(d.field) == 1, "a diagnostic names a field the mapper reads");
    check(!d.message.empty(), "a diagnostic says what is wrong");
    any_error = any_error || d.severity == Severity::Error;
  }
  check(kept == !any_error, "map_feature returns false exactly when it reports an error");
  if (!kept) return;

  // At most 200 characters (the mapper limits the bytes it was given; bad UTF-8 bytes it may
  // then write as U+FFFD, three bytes each, so bytes are not the measure).
  const auto characters = std::count_if(out.id.begin(), out.id.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
  check(!out.id.empty() && characters <= 200, "a kept feature has a short id");
  check(out.file == kFile, "the feature knows its file");
  check(!out.parts.empty(), "a kept feature has geometry");
  for (const auto& part : out.parts) {
    check(!part.empty(), "no empty part");
    for (const GeoPoint& p : part)
      check(std::isfinite(p.lon) && std::isfinite(p.lat) && std::fabs(p.lon) <= 180 &&
                std::fabs(p.lat) <= 90,
            "coordinates are finite longitude/latitude");
  }
  if (out.geometry == GeometryType::Polygon)
    for (const auto& ring : out.parts) check(ring.size() >= 4, "a ring has 4 positions");
  if (out.geometry == GeometryType::Line)
    for (const auto& line : out.parts) check(line.size() >= 2, "a line has 2 positions");
  if (out.start && out.end) check(out.start->earliest <= out.end->latest, "ends after it starts");
  if (out.start) check(out.start->earliest <= out.start->latest, "start range in order");
  if (out.end) check(out.end->earliest <= out.end->latest, "end range in order");
  if (out.strength) check(*out.strength >= 0 && *out.strength <= 100'000'000, "strength range");
  check(out.importance >= 1 && out.importance <= 3, "importance is 1, 2 or 3");
  for (std::size_t i = 0; i < out.strengths.size(); ++i) {
    check(out.strengths[i].second >= 0 && out.strengths[i].second <= 100'000'000,
          "strengths range");
    check(i == 0 || out.strengths[i - 1] <= out.strengths[i], "strengths sorted");
  }
  if (!out.times.empty()) {
    check(out.parts.size() == 1 && out.times.size() == out.parts.front().size(),
          "one date per vertex of one part");
    check(out.geometry != GeometryType::Polygon, "no times on a polygon");
  }
  check(out.departs.empty() || out.departs.size() == out.times.size(), "one departure per date");
  for (std::size_t i = 0; i < out.departs.size(); ++i)
    check(out.departs[i] >= out.times[i], "departure not before arrival");
  for (std::size_t i = 1; i < out.times.size(); ++i) {
    const DayNumber prev = out.departs.empty() ? out.times[i - 1] : out.departs[i - 1];
    check(out.times[i] >= prev, "times in order");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  CPLSetErrorHandler(CPLQuietErrorHandler);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<FieldSpec> fields;
  std::set<std::string, std::less<>> names;
  std::string wkt = "POINT (76.95 43.25)";
  for (const std::string& line : split(text, '\n')) {
    if (line.empty()) continue;
    FieldSpec spec;
    const std::size_t eq = line.find('=');
    std::string head = line.substr(0, eq);
    if (eq != std::string::npos) {
      spec.set = true;
      spec.value = line.substr(eq + 1);
    }
    if (head == "@geom") {
      wkt = spec.value;
      continue;
    }
    const std::size_t colon = head.rfind(':');
    if (colon != std::string::npos && colon + 2 == head.size()) {
      spec.type = head.back();
      head.resize(colon);
    }
    spec.name = head;
    if (fields.size() >= kMaxFields || !names.insert(spec.name).second) continue;
    fields.push_back(std::move(spec));
  }

  // OGR reference-counts its definitions; the feature holds one reference.
  auto* defn = new OGRFeatureDefn("fuzz");
  defn->Reference();
  for (const FieldSpec& spec : fields) {
    OGRFieldDefn fd(spec.name.c_str(), ogr_type(spec.type));
    if (spec.type == 'b') fd.SetSubType(OFSTBoolean);
    if (spec.type == 'j') fd.SetSubType(OFSTJSON);
    defn->AddFieldDefn(&fd);
  }
  {
    OGRFeature feature(defn);
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (fields[i].set) set_field(feature, static_cast<int>(i), fields[i]);
    if (!wkt.empty()) {
      OGRGeometry* g = nullptr;
      if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g) == OGRERR_NONE && g)
        feature.SetGeometryDirectly(g);
    }
    Feature out;
    std::vector<Diagnostic> diags;
    const bool kept = map_feature(feature, kFile, static_cast<long long>(size), out, diags);
    check_result(kept, out, diags);
  }
  defn->Release();
  return 0;
}
