// Unit tests: the cross-feature rules (core/validation.h), the --check report
// (core/check_report.h) and picking a feature under the pointer (core/picking.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/check_report.h"
#include "core/picking.h"
#include "core/scene.h"
#include "core/validation.h"

namespace histmap {
namespace {

constexpr double kMetresPerDegree = 111'195.0;

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kMetresPerDegree, lat * kMetresPerDegree};
}

Feature railway() {
  Feature f;
  f.id = "rail";
  f.kind = Kind::Railway;
  f.geometry = GeometryType::Line;
  f.parts = {{P(0, 0), P(1, 0)}};
  f.sources = {"test"};
  return f;
}

Feature station(const std::string& id, double lon, double lat, const std::string& route) {
  Feature f;
  f.id = id;
  f.kind = Kind::Station;
  f.geometry = GeometryType::Point;
  f.parts = {{P(lon, lat)}};
  f.route = route;
  f.sources = {"test"};
  return f;
}

std::vector<Diagnostic> validate(Atlas& atlas, const ValidationRules& rules) {
  std::vector<Diagnostic> d;
  atlas.link(d);
  REQUIRE(d.empty());
  validate_atlas(atlas, rules, d);
  return d;
}

TEST_CASE("a station must lie within 2 km of the railway it names", "[validation]") {
  Atlas atlas;
  atlas.features = {railway(), station("near", 0.5, 0.01, "rail"),  // ~1.1 km off
                    station("far", 0.5, 0.03, "rail"),              // ~3.3 km off
                    station("lost", 0.5, 0, "rail-nowhere"), station("free", 5, 5, "")};
  const auto d = validate(atlas, ValidationRules{});
  REQUIRE(d.size() == 2);
  CHECK(d[0].feature == "'far'");
  CHECK(d[0].field == "route");
  CHECK_THAT(d[0].message, Catch::Contains("3.3 km"));
  CHECK(d[1].feature == "'lost'");
  CHECK_THAT(d[1].message, Catch::Contains("no railway"));
}

TEST_CASE("the bundled rules add the map region, sources and event ends", "[validation]") {
  Atlas atlas;
  Feature paris = station("paris", 2.35, 48.86, "");
  paris.kind = Kind::Place;
  Feature america = station("america", -74, 40.7, "");
  america.kind = Kind::Place;
  Feature uncited = station("uncited", 80, 50, "");
  uncited.kind = Kind::Place;
  uncited.sources.clear();
  Feature endless = station("endless", 80, 50, "");
  endless.kind = Kind::Event;
  endless.start = DateRange{};
  atlas.features = {paris, america, uncited, endless};
  const auto lenient = validate(atlas, ValidationRules{});
  CHECK(lenient.empty());
  std::vector<Diagnostic> strict;
  validate_atlas(atlas, bundled_rules(), strict);
  REQUIRE(strict.size() == 3);
  CHECK(strict[0].feature == "'america'");
  CHECK(strict[0].field == "geometry");
  CHECK(strict[1].feature == "'uncited'");
  CHECK(strict[1].field == "sources");
  CHECK(strict[2].feature == "'endless'");
  CHECK(strict[2].field == "end");
}

TEST_CASE("the check report groups problems by file, feature and field", "[check]") {
  const std::vector<CheckedFile> files = {{"a.geojson", 3}, {"b.geojson", 1}};
  const std::vector<Diagnostic> diags = {
      {Severity::Error, "b.geojson", "'x'", "start", "'1918-02-30': day 30 does not exist"},
      {Severity::Warning, "b.geojson", "'x'", "sources", "no citation"},
      {Severity::Error, "b.geojson", "'y'", "geometry", "a region must not be a point"},
      {Severity::Error, "missing.geojson", "", "", "cannot be opened"}};
  const CheckReport r = format_check_report(files, diags);
  CHECK(r.errors == 3);
  CHECK(r.warnings == 1);
  CHECK_FALSE(r.clean());
  CHECK(r.text ==
        "a.geojson: 3 features loaded, clean\n"
        "b.geojson: 1 feature loaded, 2 errors, 1 warning\n"
        "  feature 'x'\n"
        "    start: error: '1918-02-30': day 30 does not exist\n"
        "    sources: warning: no citation\n"
        "  feature 'y'\n"
        "    geometry: error: a region must not be a point\n"
        "missing.geojson: 0 features loaded, 1 error, 0 warnings\n"
        "  (the file itself)\n"
        "    error: cannot be opened\n"
        "3 errors and 1 warning in 2 of 3 files.\n");
  const CheckReport ok = format_check_report(files, {});
  CHECK(ok.clean());
  CHECK_THAT(ok.text, Catch::EndsWith("All 2 files are clean.\n"));
}

TEST_CASE("the check report never calls a file that gave no features clean", "[check]") {
  const CheckReport r = format_check_report({{"empty.geojson", 0}}, {});
  CHECK_FALSE(r.clean());
  CHECK(r.warnings == 1);
  CHECK(r.text ==
        "empty.geojson: 0 features loaded, 0 errors, 1 warning\n"
        "  (the file itself)\n"
        "    warning: the file has no features\n"
        "0 errors and 1 warning in 1 of 1 file.\n");
}

TEST_CASE("picking prefers symbols to lines to the smallest area", "[picking]") {
  Atlas atlas;
  Feature big;
  big.id = "big";
  big.kind = Kind::Region;
  big.geometry = GeometryType::Polygon;
  big.parts = {{P(-2, -2), P(2, -2), P(2, 2), P(-2, 2), P(-2, -2)}};
  Feature small = big;
  small.id = "small";
  small.parts = {{P(0.5, 0.5), P(1.5, 0.5), P(1.5, 1.5), P(0.5, 1.5), P(0.5, 0.5)}};
  Feature land = big;
  land.id = "land";
  land.kind = Kind::Land;
  Feature town = station("town", -1, -1, "");
  town.kind = Kind::Place;
  Feature garrison = station("garrison", 1.8, 1.8, "");
  garrison.kind = Kind::Unit;
  Feature fort = garrison;
  fort.id = "fort";
  fort.kind = Kind::Place;
  // The town comes first in the file; the unit standing on it must still win.
  atlas.features = {land, big, small, railway(), town, fort, garrison};
  std::vector<Diagnostic> d;
  atlas.link(d);
  Scene scene;
  evaluate_scene(atlas, 0, scene);
  Camera cam;
  cam.width = 400;
  cam.height = 400;
  cam.center_x = 0;
  cam.center_y = 0;
  cam.meters_per_pixel = kMetresPerDegree / 100;  // 100 px per degree
  auto pick_at = [&](double lon, double lat) -> std::string {
    const Vec2 s = cam.world_to_screen(lon * kMetresPerDegree, lat * kMetresPerDegree);
    const auto i = pick_feature(atlas, scene, cam, s.x, s.y, 8);
    return i ? atlas.features[*i].id : std::string("none");
  };
  CHECK(pick_at(-1.02, -1.02) == "town");  // 3 px from the dot
  CHECK(pick_at(0.5, 0.05) == "rail");     // 5 px from the line, inside 'big'
  CHECK(pick_at(1, 1) == "small");         // inside both areas: the smaller
  CHECK(pick_at(-1.5, 1.5) == "big");
  CHECK(pick_at(1.8, 1.8) == "garrison");
  CHECK(pick_at(3, 3) == "none");  // only land there, and land is not a pick
  // A region that is not present at t is not picked.
  scene.visible[2] = 0;
  CHECK(pick_at(1, 1) == "big");
}

TEST_CASE("an event is picked before the echelon standing under it", "[picking]") {
  Atlas atlas;
  Feature echelon;
  echelon.id = "echelon";
  echelon.kind = Kind::Movement;
  echelon.geometry = GeometryType::Line;
  echelon.parts = {{P(0, 0), P(1, 0)}};
  Feature news = station("news", 0.5, 0, "");
  news.kind = Kind::Event;
  atlas.features = {echelon, news};
  Scene scene;
  evaluate_scene(atlas, 0, scene);
  UnitPosition u;
  u.pos = P(0.5, 0);
  scene.movers.push_back(u);
  Camera cam;
  cam.width = 400;
  cam.height = 400;
  cam.meters_per_pixel = kMetresPerDegree / 100;
  const Vec2 s = cam.world_to_screen(0.5 * kMetresPerDegree, 0);
  CHECK(pick_feature(atlas, scene, cam, s.x, s.y, 8) == std::optional<std::uint32_t>(1));
  scene.visible[1] = 0;
  CHECK(pick_feature(atlas, scene, cam, s.x, s.y, 8) == std::optional<std::uint32_t>(0));
  // An event long past is a small marker: the echelon standing there is what a click means
  // (issue 5: clicking the Semey detachment opened an old election instead).
  scene.visible[1] = kAfter;
  CHECK(pick_feature(atlas, scene, cam, s.x, s.y, 8) == std::optional<std::uint32_t>(0));
  scene.movers.clear();
  CHECK(pick_feature(atlas, scene, cam, s.x, s.y, 8) == std::optional<std::uint32_t>(1));
}

}  // namespace
}  // namespace histmap
