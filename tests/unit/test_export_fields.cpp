// Unit tests: what an export writes per feature (core/export_fields.h): dates back as EDTF
// that parses to the same days in their own calendar, ISO 8601 days, the calendar note,
// the conventions' fields with their types, a mover's position, and numbers kept as numbers.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/dual_date.h"
#include "core/export_fields.h"

namespace histmap {
namespace {

DateRange parsed(const std::string& text, Calendar cal = Calendar::Gregorian) {
  const DateParseResult r = parse_date(text, cal);
  REQUIRE(r.range);
  return *r.range;
}

const ExportField* field(const std::vector<ExportField>& fields, const std::string& name) {
  for (const ExportField& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("to_edtf writes a range back as EDTF that parses to the same days", "[export]") {
  struct Case {
    const char* text;
    Calendar cal;
    const char* edtf;
  };
  const Case cases[] = {
      {"1918-05-27", Calendar::Gregorian, "1918-05-27"},
      {"1918-06", Calendar::Gregorian, "1918-06"},
      {"1918", Calendar::Gregorian, "1918"},
      {"1918-22", Calendar::Gregorian, "1918-22"},  // summer
      {"1918-24", Calendar::Gregorian, "1918-24"},  // winter, into 1919
      {"1918-05~", Calendar::Gregorian, "1918-05~"},
      {"1918-05-25/1918-05-27", Calendar::Gregorian, "1918-05-25/1918-05-27"},
      {"1918-05/1918-06", Calendar::Gregorian, "1918-05/1918-06"},
      {"1918-11-18/..", Calendar::Gregorian, "1918-11-18/.."},
      {"../1918-06", Calendar::Gregorian, "../1918-06"},
      {"1917-12-05", Calendar::Julian, "1917-12-05"},  // Old Style figures stay Old Style
      {"1917-12", Calendar::Julian, "1917-12"},
  };
  for (const Case& c : cases) {
    const DateRange r = parsed(c.text, c.cal);
    INFO(c.text);
    CHECK(to_edtf(r) == c.edtf);
    const DateRange back = parsed(to_edtf(r), c.cal);
    CHECK(back.earliest == r.earliest);
    CHECK(back.latest == r.latest);
  }
  // A decade ("191X") has no form here: its days, which mean the same.
  const DateRange decade = parsed("191X");
  CHECK(to_edtf(decade) == "1910-01-01/1919-12-31");
  // A dual date is stored in New Style days; EDTF in Gregorian gives the same days.
  const DateRange dual = parsed("5 (18) December 1917");
  CHECK(parsed(to_edtf(dual), dual.calendar).earliest == dual.earliest);
}

TEST_CASE("ISO days and the calendar note say the dates in words others read", "[export]") {
  CHECK(iso_days(parsed("1918-05-27")) == "1918-05-27");
  CHECK(iso_days(parsed("1918-06")) == "1918-06-01/1918-06-30");
  CHECK(iso_days(parsed("1918-11-18/..")) == "1918-11-18/..");
  CHECK(iso_days(parsed("1917-12-05", Calendar::Julian)) == "1917-12-18");
  Feature f;
  f.start = parsed("1917-12-05", Calendar::Julian);
  f.calendar = Calendar::Julian;
  CHECK(calendar_note(f) == "Old Style (Julian) in the source: 5 (18) December 1917");
  Feature g;
  g.start = parsed("1918-05-27");
  CHECK(calendar_note(g).empty());
}

TEST_CASE("export fields: the conventions' fields typed, attributes kept, a mover's position",
          "[export]") {
  Atlas atlas;
  Feature f;
  f.id = "ev-1";
  f.kind = Kind::Event;
  f.name = "Kurultai, \"second\"";
  f.name_ru = "Курултай";
  f.calendar = Calendar::Julian;
  f.start = parsed("1917-12-05", Calendar::Julian);
  f.end = parsed("1917-12-13", Calendar::Julian);
  f.sources = {"Saryarqa, 1918, №63: 1", "S2: 14"};
  f.strength = 2000;
  f.note = "line one\nline two";
  f.attributes = {{"start", "1917-12-05"},
                  {"votes", "1234"},
                  {"share", "0.5"},
                  {"code", "007"},
                  {"name", "Kurultai, \"second\""}};
  f.geometry = GeometryType::Point;
  f.parts = {{GeoPoint{51.4, 51.2, 0, 0}}};
  atlas.features.push_back(f);
  std::vector<Diagnostic> d;
  atlas.link(d);
  Scene scene;
  evaluate_scene(atlas, to_day_number({1917, 12, 20}), scene);
  const std::vector<ExportField> fields = export_fields(atlas, scene, 0);
  REQUIRE(field(fields, "id"));
  CHECK(fields.front().name == "id");
  CHECK(field(fields, "kind")->value.text == "event");
  CHECK(field(fields, "start")->value.text == "1917-12-05");  // as the data gave it
  CHECK(field(fields, "end")->value.text == "1917-12-13");    // rebuilt, in its calendar
  CHECK(field(fields, "calendar")->value.text == "julian");
  CHECK(field(fields, "start_iso")->value.text == "1917-12-18");
  CHECK(field(fields, "end_iso")->value.text == "1917-12-26");
  CHECK(field(fields, "calendar_note")->value.text ==
        "Old Style (Julian) in the source: 5 (18) December 1917");
  REQUIRE(field(fields, "sources")->value.type == ExportValue::Type::TextList);
  CHECK(field(fields, "sources")->value.list == f.sources);
  CHECK(field(fields, "strength")->value.type == ExportValue::Type::Integer);
  CHECK(field(fields, "strength")->value.integer == 2000);
  CHECK(field(fields, "votes")->value.integer == 1234);
  CHECK(field(fields, "share")->value.type == ExportValue::Type::Real);
  CHECK(field(fields, "code")->value.text == "007");  // a code, not a number
  int names = 0;
  for (const ExportField& e : fields) names += e.name == "name";
  CHECK(names == 1);  // the attribute of a conventions' name is not repeated
  CHECK_FALSE(field(fields, "position_lon"));
}

TEST_CASE("exported features: those on the map, the base map left out", "[export]") {
  Atlas atlas;
  Feature land;
  land.id = "land-1";
  land.kind = Kind::Land;
  land.geometry = GeometryType::Polygon;
  land.parts = {{GeoPoint{0, 0, 0, 0}, GeoPoint{1, 0, 1, 0}, GeoPoint{0, 1, 0, 1}}};
  Feature a;
  a.id = "st-a";
  a.kind = Kind::Station;
  a.parts = {{GeoPoint{0, 0, 0, 0}}};
  Feature later = a;
  later.id = "st-later";
  later.start = parsed("1920");
  atlas.features = {land, a, later};
  std::vector<Diagnostic> d;
  atlas.link(d);
  Scene scene;
  evaluate_scene(atlas, to_day_number({1918, 5, 27}), scene);
  const std::vector<std::uint32_t> out = exported_features(atlas, scene);
  REQUIRE(out.size() == 1);
  CHECK(atlas.features[out[0]].id == "st-a");
}

TEST_CASE("numbers are recognised as JSON writes them, codes stay text", "[export]") {
  bool whole = false;
  CHECK(looks_like_json_number("12", whole));
  CHECK(whole);
  CHECK(looks_like_json_number("-3.5", whole));
  CHECK_FALSE(whole);
  CHECK(looks_like_json_number("2e3", whole));
  for (const char* text :
       {"007", "+1", "1.", " 1", "", "-", "1e", "0x10", "1,5", "12345678901234567890"})
    CHECK_FALSE(looks_like_json_number(text, whole));
}

}  // namespace histmap
