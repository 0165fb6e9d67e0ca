// Unit tests: the atlas model, linking tracks to railways, and the scene at time t
// (core/atlas.h, core/scene.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/date.h"
#include "core/scene.h"

namespace histmap {
namespace {

// Near the equator a plain equirectangular projection is close to true metres, so the
// projected offsets link() measures are metres as the data layer would give them.
constexpr double kMetresPerDegree = 111'195.0;

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kMetresPerDegree, lat * kMetresPerDegree};
}

DayNumber greg(int y, int m, int d) {
  return to_day_number(CivilDate{y, m, d});
}

const DayNumber kDay0 = greg(1918, 5, 25);

DateRange day_range(DayNumber d) {
  DateRange r;
  r.earliest = r.latest = d;
  return r;
}

Feature railway(const std::string& id, std::vector<GeoPoint> line) {
  Feature f;
  f.id = id;
  f.kind = Kind::Railway;
  f.geometry = GeometryType::Line;
  f.parts.push_back(std::move(line));
  return f;
}

Feature track(const std::string& id, Kind kind, const std::string& route,
              std::vector<GeoPoint> verts, std::vector<DayNumber> times) {
  Feature f;
  f.id = id;
  f.kind = kind;
  f.route = route;
  f.geometry = GeometryType::Line;
  f.parts.push_back(std::move(verts));
  f.times = std::move(times);
  return f;
}

// The L-shaped railway: north one degree, then east one degree.
Feature l_railway() {
  return railway("rail-L", {P(0, 0), P(0, 1), P(1, 1)});
}

std::size_t index_of(const Atlas& atlas, const std::string& id) {
  const Feature* f = atlas.find(id);
  REQUIRE(f != nullptr);
  return static_cast<std::size_t>(f - atlas.features.data());
}

const UnitPosition* mover(const Scene& scene, std::size_t feature) {
  for (const UnitPosition& u : scene.movers)
    if (u.feature == feature) return &u;
  return nullptr;
}

double distance_deg(const GeoPoint& a, const GeoPoint& b) {
  return std::hypot(a.lon - b.lon, a.lat - b.lat);
}

std::size_t count(const std::vector<Diagnostic>& diags, Severity s) {
  return static_cast<std::size_t>(std::count_if(
      diags.begin(), diags.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

}  // namespace

TEST_CASE("present_at: start and end days are both inclusive", "[scene][atlas]") {
  Feature f;
  f.id = "region";
  f.start = day_range(kDay0);
  const DateParseResult june = parse_edtf("1918-06");
  REQUIRE(june.range);
  f.end = *june.range;  // to 30 June 1918 inclusive
  const double last = greg(1918, 6, 30);

  CHECK_FALSE(present_at(f, kDay0 - 1));
  CHECK_FALSE(present_at(f, kDay0 - 0.01));
  CHECK(present_at(f, kDay0));
  CHECK(present_at(f, kDay0 + 3.5));
  CHECK(present_at(f, last));
  CHECK(present_at(f, last + 0.99));
  CHECK_FALSE(present_at(f, last + 1));
  CHECK_FALSE(present_at(f, last + 30));
}

TEST_CASE("present_at: a missing end is open", "[scene][atlas]") {
  Feature f;
  CHECK(present_at(f, -1e6));
  CHECK(present_at(f, 1e6));
  f.start = day_range(kDay0);
  CHECK_FALSE(present_at(f, kDay0 - 1));
  CHECK(present_at(f, kDay0 + 10000));
  Feature g;
  g.end = day_range(kDay0);
  CHECK(present_at(g, kDay0 - 10000));
  CHECK_FALSE(present_at(g, kDay0 + 1));
}

TEST_CASE("evaluate_scene: features appear and disappear with their dates", "[scene]") {
  Atlas atlas;
  Feature a;
  a.id = "a";
  a.kind = Kind::Region;
  a.geometry = GeometryType::Polygon;
  a.parts.push_back({P(0, 0), P(1, 0), P(1, 1), P(0, 0)});
  a.start = day_range(kDay0);
  a.end = day_range(kDay0 + 10);
  Feature b;
  b.id = "b";
  b.kind = Kind::Place;
  b.parts.push_back({P(2, 2)});
  b.start = day_range(kDay0 + 5);
  Feature c;  // no dates: always there
  c.id = "c";
  c.kind = Kind::Station;
  c.parts.push_back({P(3, 3)});
  atlas.features = {a, b, c};
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  REQUIRE(atlas.features.size() == 3);
  const std::size_t ia = index_of(atlas, "a"), ib = index_of(atlas, "b"), ic = index_of(atlas, "c");

  Scene scene;
  evaluate_scene(atlas, kDay0 - 1, scene);
  CHECK(scene.t == kDay0 - 1);
  REQUIRE(scene.visible.size() == 3);
  CHECK(scene.visible[ia] == 0);
  CHECK(scene.visible[ib] == 0);
  CHECK(scene.visible[ic] == 1);

  evaluate_scene(atlas, kDay0 + 5, scene);
  CHECK(scene.visible[ia] == 1);
  CHECK(scene.visible[ib] == 1);
  CHECK(scene.visible[ic] == 1);

  evaluate_scene(atlas, kDay0 + 10.5, scene);  // during a's last day
  CHECK(scene.visible[ia] == 1);

  evaluate_scene(atlas, kDay0 + 11, scene);
  CHECK(scene.visible[ia] == 0);
  CHECK(scene.visible[ib] == 1);
  CHECK(scene.movers.empty());
}

TEST_CASE("a track on a railway moves along the railway", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  atlas.features.push_back(
      track("unit-1", Kind::Movement, "rail-L", {P(0, 0), P(1, 1)}, {kDay0, kDay0 + 10}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  INFO(diags.size() << " diagnostics");
  CHECK(diags.empty());
  REQUIRE(atlas.routes.size() == 1);
  REQUIRE(atlas.tracks.size() == 1);
  const Track& tr = atlas.tracks[0];
  CHECK(tr.route == 0);
  const std::size_t unit = index_of(atlas, "unit-1");
  CHECK(tr.feature == unit);
  const Polyline& rail = atlas.routes[0];
  REQUIRE(tr.spans.size() == 1);
  CHECK(tr.spans[0].route == 0);
  REQUIRE(tr.measures.size() == 2);
  CHECK(tr.measures[0] == Approx(0).margin(1e-6));
  CHECK(tr.measures[1] == Approx(rail.length()));

  Scene scene;
  SECTION("at its waypoint dates it is at its waypoints") {
    evaluate_scene(atlas, kDay0, scene);
    const UnitPosition* u = mover(scene, unit);
    REQUIRE(u != nullptr);
    CHECK(distance_deg(u->pos, P(0, 0)) < 1e-9);
    evaluate_scene(atlas, kDay0 + 10, scene);
    u = mover(scene, unit);
    REQUIRE(u != nullptr);
    CHECK(distance_deg(u->pos, P(1, 1)) < 1e-9);
  }
  SECTION("halfway in time is halfway along the railway, not along the straight line") {
    evaluate_scene(atlas, kDay0 + 5, scene);
    const UnitPosition* u = mover(scene, unit);
    REQUIRE(u != nullptr);
    CHECK(u->measure == Approx(rail.length() / 2));
    // The L's two legs are nearly equal, so halfway is at its corner.
    CHECK(u->pos.lon == Approx(0).margin(1e-3));
    CHECK(u->pos.lat == Approx(1).margin(1e-3));
    CHECK(distance_deg(u->pos, rail.at(rail.length() / 2)) < 1e-9);
    CHECK(distance_deg(u->pos, P(0.5, 0.5)) > 0.5);  // where a straight line would put it
    // The drawn (projected) position moves with it.
    CHECK(u->pos.y == Approx(kMetresPerDegree).epsilon(1e-3));
  }
  SECTION("a quarter of the way in time is a quarter of the way along the railway") {
    evaluate_scene(atlas, kDay0 + 2.5, scene);
    const UnitPosition* u = mover(scene, unit);
    REQUIRE(u != nullptr);
    CHECK(u->pos.lon == Approx(0).margin(1e-6));
    CHECK(u->pos.lat == Approx(0.5).margin(1e-3));
  }
  SECTION("before its first and after its last date it is not moving") {
    evaluate_scene(atlas, kDay0 - 0.5, scene);
    CHECK(mover(scene, unit) == nullptr);
    CHECK(scene.visible[unit] == 0);
    evaluate_scene(atlas, kDay0 + 11, scene);
    CHECK(mover(scene, unit) == nullptr);
    CHECK(scene.visible[unit] == 0);
    evaluate_scene(atlas, kDay0 + 100, scene);
    CHECK(scene.movers.empty());
  }
  SECTION("the railway itself is always visible") {
    evaluate_scene(atlas, kDay0 - 100, scene);
    CHECK(scene.visible[index_of(atlas, "rail-L")] == 1);
  }
}

TEST_CASE("a track moving backwards along its railway", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  atlas.features.push_back(
      track("back", Kind::Mission, "rail-L", {P(1, 1), P(0, 0)}, {kDay0, kDay0 + 4}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  REQUIRE(atlas.tracks.size() == 1);
  Scene scene;
  evaluate_scene(atlas, kDay0 + 1, scene);
  REQUIRE(scene.movers.size() == 1);
  // A quarter of the way back from (1,1): on the east-west leg.
  CHECK(scene.movers[0].pos.lat == Approx(1).margin(1e-3));
  CHECK(scene.movers[0].pos.lon == Approx(0.5).margin(1e-2));
}

TEST_CASE("a stop holds the unit still", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  // Arrives at the corner on day 10, waits there until day 15, goes on to the end by day 20.
  atlas.features.push_back(track("unit-stop", Kind::Movement, "rail-L",
                                 {P(0, 0), P(0, 1), P(0, 1), P(1, 1)},
                                 {kDay0, kDay0 + 10, kDay0 + 15, kDay0 + 20}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  const std::size_t unit = index_of(atlas, "unit-stop");
  Scene scene;
  for (double t : {10.0, 11.0, 12.5, 14.0, 14.99, 15.0}) {
    INFO("day " << t);
    evaluate_scene(atlas, kDay0 + t, scene);
    const UnitPosition* u = mover(scene, unit);
    REQUIRE(u != nullptr);
    CHECK(distance_deg(u->pos, P(0, 1)) < 1e-6);
  }
  // Moving before and after the stop.
  evaluate_scene(atlas, kDay0 + 5, scene);
  REQUIRE(mover(scene, unit) != nullptr);
  CHECK(mover(scene, unit)->pos.lat == Approx(0.5).margin(1e-3));
  evaluate_scene(atlas, kDay0 + 17.5, scene);
  REQUIRE(mover(scene, unit) != nullptr);
  CHECK(mover(scene, unit)->pos.lon == Approx(0.5).margin(1e-2));
  CHECK(mover(scene, unit)->pos.lat == Approx(1).margin(1e-6));
}

TEST_CASE("a track whose route does not exist moves along its own geometry", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  Feature t =
      track("lost", Kind::Movement, "no-such-rail", {P(0, 0), P(1, 1)}, {kDay0, kDay0 + 10});
  t.file = "units.geojson";
  atlas.features.push_back(t);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == Severity::Warning);
  CHECK(diags[0].feature.find("lost") != std::string::npos);
  CHECK(diags[0].field == "route");
  CHECK(diags[0].message.find("no-such-rail") != std::string::npos);
  CHECK(diags[0].file == "units.geojson");
  CHECK(diags[0].to_string().find("warning") != std::string::npos);
  // The feature is kept.
  CHECK(atlas.find("lost") != nullptr);
  REQUIRE(atlas.tracks.size() == 1);
  CHECK(atlas.tracks[0].route == -1);
  REQUIRE(atlas.tracks[0].spans.size() == 1);
  CHECK(atlas.tracks[0].spans[0].route == -1);

  Scene scene;
  evaluate_scene(atlas, kDay0 + 5, scene);
  REQUIRE(scene.movers.size() == 1);
  // Its own geometry is the straight diagonal.
  CHECK(scene.movers[0].pos.lon == Approx(0.5).margin(1e-3));
  CHECK(scene.movers[0].pos.lat == Approx(0.5).margin(1e-3));
}

TEST_CASE("a track without a route moves along its own geometry silently", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(
      track("free", Kind::Movement, "", {P(0, 0), P(0, 2)}, {kDay0, kDay0 + 4}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  REQUIRE(atlas.tracks.size() == 1);
  CHECK(atlas.tracks[0].route == -1);
  REQUIRE(atlas.tracks[0].measures.size() == 2);
  CHECK(atlas.tracks[0].measures[1] == Approx(2 * kMetresPerDegree).epsilon(0.005));
  Scene scene;
  evaluate_scene(atlas, kDay0 + 1, scene);
  REQUIRE(scene.movers.size() == 1);
  CHECK(scene.movers[0].pos.lat == Approx(0.5).margin(1e-6));
}

TEST_CASE("a waypoint far from its railway gives a warning", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  // Vertex 1 is half a degree (about 55 km) off the railway; vertex 0 is 1 km off: fine.
  atlas.features.push_back(track("astray", Kind::Movement, "rail-L",
                                 {P(0.009, 0.2), P(0.5, 0.5), P(1, 1)},
                                 {kDay0, kDay0 + 2, kDay0 + 4}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == Severity::Warning);
  CHECK(diags[0].feature.find("astray") != std::string::npos);
  CHECK(diags[0].message.find("rail-L") != std::string::npos);
  CHECK(diags[0].message.find("vertex 1") != std::string::npos);
  // Still linked to the railway, the waypoint snapped to its nearest point.
  REQUIRE(atlas.tracks.size() == 1);
  CHECK(atlas.tracks[0].route == 0);
  CHECK(atlas.find("astray") != nullptr);
}

TEST_CASE("a waypoint 8 km from its railway gives a warning", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  const double off = 8000.0 / kMetresPerDegree;
  atlas.features.push_back(
      track("near-miss", Kind::Movement, "rail-L", {P(0, 0), P(0.5, 1 + off)}, {kDay0, kDay0 + 4}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == Severity::Warning);
  CHECK(diags[0].message.find("vertex 1") != std::string::npos);
  CHECK(diags[0].message.find("8 km") != std::string::npos);
}

TEST_CASE("a waypoint just within 5 km of its railway gives no warning", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  const double off = 4900.0 / kMetresPerDegree;
  atlas.features.push_back(
      track("close", Kind::Movement, "rail-L", {P(off, 0.3), P(1, 1 - off)}, {kDay0, kDay0 + 4}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  REQUIRE(atlas.tracks.size() == 1);
  REQUIRE(atlas.tracks[0].measures.size() == 2);
  // Measures run along the track from its first waypoint, 0.3 degrees up the railway.
  CHECK(atlas.tracks[0].measures[0] == 0);
  CHECK(atlas.tracks[0].measures[1] ==
        Approx(atlas.routes[0].length() - 0.3 * kMetresPerDegree).epsilon(0.005));
}

TEST_CASE("duplicate ids: an error, and the first feature is kept", "[scene][atlas]") {
  Atlas atlas;
  Feature first;
  first.id = "dup";
  first.name = "first";
  first.parts.push_back({P(0, 0)});
  Feature other;
  other.id = "other";
  other.parts.push_back({P(1, 1)});
  Feature second = first;
  second.name = "second";
  second.file = "more.geojson";
  atlas.features = {first, other, second};
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == Severity::Error);
  CHECK(diags[0].feature.find("dup") != std::string::npos);
  CHECK(diags[0].file == "more.geojson");
  CHECK(diags[0].to_string().find("error") != std::string::npos);
  REQUIRE(atlas.features.size() == 2);
  const Feature* f = atlas.find("dup");
  REQUIRE(f != nullptr);
  CHECK(f->name == "first");
  CHECK(atlas.find("other") != nullptr);
  CHECK(atlas.find("nope") == nullptr);
  CHECK(std::count_if(atlas.features.begin(), atlas.features.end(),
                      [](const Feature& x) { return x.id == "dup"; }) == 1);
}

TEST_CASE("duplicate ids dropped mid-list: the features after them close up, found by id",
          "[scene][atlas]") {
  Atlas atlas;
  for (const char* id : {"a", "b", "a", "c", "b", "d"}) {
    Feature f;
    f.id = id;
    f.name = std::string(id) + std::to_string(atlas.features.size());
    f.parts.push_back({P(0, 0)});
    atlas.features.push_back(f);
  }
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.size() == 2);
  REQUIRE(atlas.features.size() == 4);
  std::vector<std::string> names;
  for (const Feature& f : atlas.features) names.push_back(f.name);
  CHECK(names == std::vector<std::string>{"a0", "b1", "c3", "d5"});
  for (const char* id : {"a", "b", "c", "d"}) {
    const Feature* f = atlas.find(id);
    REQUIRE(f != nullptr);
    CHECK(f->id == id);
  }
  CHECK(atlas.find("d")->name == "d5");
  CHECK(atlas.dates.size() == 4);
}

TEST_CASE("a duplicated railway id still leaves a working route", "[scene][atlas]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  atlas.features.push_back(railway("rail-L", {P(5, 5), P(6, 6)}));
  atlas.features.push_back(
      track("unit", Kind::Movement, "rail-L", {P(0, 0), P(1, 1)}, {kDay0, kDay0 + 2}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(count(diags, Severity::Error) == 1);
  CHECK(count(diags, Severity::Warning) == 0);
  CHECK(atlas.routes.size() == 1);
  REQUIRE(atlas.tracks.size() == 1);
  CHECK(atlas.tracks[0].route == 0);
  // Track indices point at the features that survived.
  CHECK(atlas.features[atlas.tracks[0].feature].id == "unit");
}

// Regression: Atlas::link once chose a multi-part railway's "longest part" by vertex count,
// so a long, simply drawn part lost to a short, finely drawn one.
TEST_CASE("a multi-part railway is followed along its longest part", "[scene]") {
  Atlas atlas;
  Feature rail;
  rail.id = "rail-multi";
  rail.kind = Kind::Railway;
  rail.geometry = GeometryType::Line;
  rail.parts.push_back({P(0, 0), P(0, 2)});                             // about 222 km, 2 vertices
  rail.parts.push_back({P(5, 5), P(5, 5.01), P(5, 5.02), P(5, 5.03)});  // about 3 km, 4 vertices
  atlas.features.push_back(rail);
  atlas.features.push_back(
      track("unit", Kind::Movement, "rail-multi", {P(0, 0), P(0, 2)}, {kDay0, kDay0 + 2}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(atlas.routes.size() == 1);
  CHECK(atlas.routes[0].length() == Approx(2 * kMetresPerDegree).epsilon(0.005));
  CHECK(diags.empty());
  Scene scene;
  evaluate_scene(atlas, kDay0 + 1, scene);
  REQUIRE(scene.movers.size() == 1);
  CHECK(scene.movers[0].pos.lon == Approx(0).margin(1e-6));
  CHECK(scene.movers[0].pos.lat == Approx(1).margin(1e-3));
}

TEST_CASE("evaluate_scene reuses its storage", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  for (int i = 0; i < 8; ++i)
    atlas.features.push_back(track("unit-" + std::to_string(i), Kind::Movement, "rail-L",
                                   {P(0, 0), P(1, 1)}, {kDay0 + i, kDay0 + 20 + i}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  REQUIRE(atlas.tracks.size() == 8);

  Scene scene;
  evaluate_scene(atlas, kDay0 + 10, scene);
  REQUIRE(scene.movers.size() == 8);
  const UnitPosition* movers_data = scene.movers.data();
  const std::size_t movers_capacity = scene.movers.capacity();
  const std::uint8_t* visible_data = scene.visible.data();
  const double first_measure = scene.movers[0].measure;

  evaluate_scene(atlas, kDay0 + 12, scene);
  REQUIRE(scene.movers.size() == 8);
  CHECK(scene.t == kDay0 + 12);
  CHECK(scene.movers.data() == movers_data);
  CHECK(scene.movers.capacity() == movers_capacity);
  CHECK(scene.visible.data() == visible_data);
  CHECK(scene.movers[0].measure > first_measure);  // the scene did change

  // Fewer movers, then all again: still no new storage.
  evaluate_scene(atlas, kDay0 + 3.5, scene);
  CHECK(scene.movers.size() == 4);
  evaluate_scene(atlas, kDay0 + 10, scene);
  CHECK(scene.movers.size() == 8);
  CHECK(scene.movers.data() == movers_data);
  CHECK(scene.movers.capacity() == movers_capacity);
  CHECK(scene.movers[0].measure == Approx(first_measure));
}

TEST_CASE("evaluate_scene keeps storage it was given", "[scene]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  for (int i = 0; i < 3; ++i)
    atlas.features.push_back(track("unit-" + std::to_string(i), Kind::Movement, "rail-L",
                                   {P(0, 0), P(1, 1)}, {kDay0, kDay0 + 20}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(atlas.tracks.size() == 3);
  Scene scene;
  scene.movers.reserve(100);
  scene.visible.reserve(100);
  const UnitPosition* movers_data = scene.movers.data();
  const std::uint8_t* visible_data = scene.visible.data();
  for (double t : {1.0, 2.0, 30.0, 3.0}) {
    evaluate_scene(atlas, kDay0 + t, scene);
    CHECK(scene.movers.size() == (t < 21 ? 3u : 0u));
    CHECK(scene.movers.capacity() == 100);
    CHECK(scene.movers.data() == movers_data);
    CHECK(scene.visible.size() == 4);
    CHECK(scene.visible.data() == visible_data);
  }
}

TEST_CASE("track_measure_at interpolates in time and clamps to the track's dates", "[scene]") {
  Track t;
  t.times = {100, 110, 115, 125};
  t.measures = {0, 1000, 1000, 3000};
  CHECK(track_measure_at(t, 100) == 0);
  CHECK(track_measure_at(t, 50) == 0);
  CHECK(track_measure_at(t, -1e9) == 0);
  CHECK(track_measure_at(t, 105) == Approx(500));
  CHECK(track_measure_at(t, 101.5) == Approx(150));
  CHECK(track_measure_at(t, 110) == Approx(1000));
  CHECK(track_measure_at(t, 112.5) == Approx(1000));  // the stop
  CHECK(track_measure_at(t, 115) == Approx(1000));
  CHECK(track_measure_at(t, 120) == Approx(2000));
  CHECK(track_measure_at(t, 125) == Approx(3000));
  CHECK(track_measure_at(t, 1000) == Approx(3000));

  SECTION("decreasing measures (moving back along the route)") {
    Track back;
    back.times = {0, 10};
    back.measures = {800, 200};
    CHECK(track_measure_at(back, 5) == Approx(500));
    CHECK(track_measure_at(back, 2.5) == Approx(650));
  }
  SECTION("a single dated vertex") {
    Track one;
    one.times = {7};
    one.measures = {42};
    CHECK(track_measure_at(one, 0) == 42);
    CHECK(track_measure_at(one, 7) == 42);
    CHECK(track_measure_at(one, 9) == 42);
  }
  SECTION("no dates") {
    Track none;
    CHECK(track_measure_at(none, 5) == 0);
  }
}

TEST_CASE("Atlas::time_extent and bounds", "[atlas]") {
  Atlas atlas;
  atlas.features.push_back(l_railway());
  atlas.features.push_back(
      track("u", Kind::Movement, "rail-L", {P(0, 0), P(1, 1)}, {kDay0, kDay0 + 10}));
  Feature open;
  open.id = "open";
  const DateParseResult r = parse_edtf("1918-05-01/..");
  REQUIRE(r.range);
  open.start = *r.range;
  open.end = *r.range;
  open.parts.push_back({P(3, -1)});
  atlas.features.push_back(open);
  Feature land;
  land.id = "land";
  land.kind = Kind::Land;
  land.parts.push_back({P(-10, -10), P(10, 10)});
  atlas.features.push_back(land);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  const auto [lo, hi] = atlas.time_extent();
  CHECK(lo == greg(1918, 5, 1));
  CHECK(hi == kDay0 + 10);  // the open end does not stretch the slider

  const Bounds b = atlas.bounds(false);
  CHECK_FALSE(b.empty);
  CHECK(b.min_x == Approx(0).margin(1e-9));
  CHECK(b.max_x == Approx(3 * kMetresPerDegree));
  CHECK(b.min_y == Approx(-kMetresPerDegree));
  CHECK(b.max_y == Approx(kMetresPerDegree));
  const Bounds with_land = atlas.bounds(true);
  CHECK(with_land.min_x == Approx(-10 * kMetresPerDegree));
  CHECK(with_land.max_y == Approx(10 * kMetresPerDegree));
}

}  // namespace histmap

namespace histmap {

TEST_CASE(
    "a hand-built track without geometry is reported by link() instead of read past its end") {
  Atlas atlas;
  Feature f;
  f.id = "no-parts";
  f.kind = Kind::Movement;
  f.geometry = GeometryType::Line;
  f.times = {to_day_number({1918, 5, 1}), to_day_number({1918, 5, 2})};
  atlas.features.push_back(f);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(atlas.tracks.empty());
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].field == "times");
}

}  // namespace histmap
