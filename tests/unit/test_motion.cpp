// Unit tests: motion along routes (core/route_network.h, Atlas::link, core/scene.h movers):
// across junctions between lines, stops with arrival and departure, legs no railway connects,
// great circles where no route is named, and the fading trail.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/scene.h"

namespace histmap {
namespace {

// Near the equator an equirectangular projection is close to true metres.
constexpr double kM = 111'195.0;

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kM, lat * kM};
}

const DayNumber kD0 = to_day_number(CivilDate{1918, 5, 14});

Feature railway(const std::string& id, std::vector<GeoPoint> line) {
  Feature f;
  f.id = id;
  f.kind = Kind::Railway;
  f.geometry = GeometryType::Line;
  f.parts.push_back(std::move(line));
  return f;
}

Feature track(const std::string& id, const std::string& route, std::vector<GeoPoint> verts,
              std::vector<DayNumber> times, Kind kind = Kind::Movement) {
  Feature f;
  f.id = id;
  f.kind = kind;
  f.route = route;
  f.geometry = GeometryType::Line;
  f.parts.push_back(std::move(verts));
  f.times = std::move(times);
  return f;
}

// West line (0,0)-(2,0); east line from its end (2,0)-(2,2)-(4,2); a branch from the west
// line's middle (1,0)-(1,-1). Like Penza-Chelyabinsk, Chelyabinsk-Omsk-Harbin, and a branch.
Atlas network_atlas() {
  Atlas a;
  a.features.push_back(railway("rail-west", {P(0, 0), P(1, 0), P(2, 0)}));
  a.features.push_back(railway("rail-east", {P(2, 0), P(2, 2), P(4, 2)}));
  a.features.push_back(railway("rail-branch", {P(1, 0), P(1, -1)}));
  return a;
}

const UnitPosition& only_mover(const Scene& s) {
  REQUIRE(s.movers.size() == 1);
  return s.movers[0];
}

double dist_deg(const GeoPoint& a, const GeoPoint& b) {
  return std::hypot(a.lon - b.lon, a.lat - b.lat);
}

}  // namespace

TEST_CASE("RouteNetwork finds the junctions where lines end on other lines", "[motion]") {
  std::vector<Polyline> routes = {Polyline({P(0, 0), P(1, 0), P(2, 0)}),
                                  Polyline({P(2, 0), P(2, 2), P(4, 2)}),
                                  Polyline({P(1, 0), P(1, -1)})};
  RouteNetwork net;
  net.build(routes);
  // west's end on east's start, east's start on west, branch's start on west.
  CHECK(net.junction_count() == 3);
  std::vector<PathSpan> spans;
  REQUIRE(net.shortest_path({2, routes[2].length()}, {1, routes[1].length()}, spans));
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].route == 2);  // up the branch, backwards
  CHECK(spans[0].to < spans[0].from);
  CHECK(spans[1].route == 0);  // east along the west line from its middle
  CHECK(spans[1].from == Approx(1 * kM).epsilon(0.01));
  CHECK(spans[2].route == 1);
  double total = 0;
  for (const PathSpan& s : spans) total += s.length();
  CHECK(total == Approx(6 * kM).epsilon(0.01));
}

TEST_CASE("RouteNetwork: lines that do not touch are not connected", "[motion]") {
  std::vector<Polyline> routes = {Polyline({P(0, 0), P(1, 0)}), Polyline({P(5, 5), P(6, 5)})};
  RouteNetwork net;
  net.build(routes);
  CHECK(net.junction_count() == 0);
  std::vector<PathSpan> spans;
  CHECK_FALSE(net.shortest_path({0, 0}, {1, 0}, spans));
  CHECK(spans.empty());
}

TEST_CASE("a track crosses a junction onto another line, by distance", "[motion]") {
  Atlas atlas = network_atlas();
  // Named on the west line; its last waypoint lies on the east line only.
  atlas.features.push_back(track("echelon", "rail-west", {P(0, 0), P(4, 2)}, {kD0, kD0 + 6}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  INFO((diags.empty() ? std::string() : diags[0].to_string()));
  CHECK(diags.empty());
  REQUIRE(atlas.tracks.size() == 1);
  const Track& t = atlas.tracks[0];
  CHECK(t.length() == Approx(6 * kM).epsilon(0.01));
  Scene scene;
  evaluate_scene(atlas, kD0 + 3, scene);  // halfway in time: 3 of 6 degrees along the railways
  CHECK(dist_deg(only_mover(scene).pos, P(2, 1)) < 0.01);
  evaluate_scene(atlas, kD0 + 1, scene);
  CHECK(dist_deg(only_mover(scene).pos, P(1, 0)) < 0.01);
  evaluate_scene(atlas, kD0 + 5, scene);
  CHECK(dist_deg(only_mover(scene).pos, P(3, 2)) < 0.01);

  std::vector<GeoPoint> path;
  atlas.extract(t, 0, t.length(), path);
  // The whole path passes the junction and the corner.
  bool junction = false, corner = false;
  for (const GeoPoint& p : path) {
    junction = junction || dist_deg(p, P(2, 0)) < 1e-6;
    corner = corner || dist_deg(p, P(2, 2)) < 1e-6;
  }
  CHECK(junction);
  CHECK(corner);
  CHECK(dist_deg(path.front(), P(0, 0)) < 1e-6);
  CHECK(dist_deg(path.back(), P(4, 2)) < 1e-6);
}

TEST_CASE("a track goes back up a branch and along the main line", "[motion]") {
  Atlas atlas = network_atlas();
  atlas.features.push_back(
      track("from-branch", "rail-branch", {P(1, -1), P(2, 0), P(2, 2)}, {kD0, kD0 + 2, kD0 + 4}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  REQUIRE(atlas.tracks.size() == 1);
  const Track& t = atlas.tracks[0];
  REQUIRE(t.measures.size() == 3);
  CHECK(t.measures[1] == Approx(2 * kM).epsilon(0.01));  // 1 up the branch + 1 along the west
  CHECK(t.measures[2] == Approx(4 * kM).epsilon(0.01));
  Scene scene;
  evaluate_scene(atlas, kD0 + 0.5, scene);
  CHECK(dist_deg(only_mover(scene).pos, P(1, -0.5)) < 0.01);  // on the branch, not cutting across
}

TEST_CASE("a stop with arrival and departure holds the unit in place", "[motion]") {
  Atlas atlas = network_atlas();
  Feature f = track("stopping", "rail-west", {P(0, 0), P(1, 0), P(2, 0)}, {kD0, kD0 + 2, kD0 + 10});
  f.departs = {kD0, kD0 + 6, kD0 + 10};  // at (1,0) from day 2 to day 6
  atlas.features.push_back(f);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  CHECK(diags.empty());
  REQUIRE(atlas.tracks.size() == 1);
  CHECK(atlas.tracks[0].times.size() == 4);  // the stop is two knots
  Scene scene;
  for (double t : {2.0, 3.0, 5.9}) {
    evaluate_scene(atlas, kD0 + t, scene);
    CHECK(dist_deg(only_mover(scene).pos, P(1, 0)) < 1e-6);
  }
  evaluate_scene(atlas, kD0 + 4, scene);
  CHECK(only_mover(scene).holding);
  evaluate_scene(atlas, kD0 + 1, scene);
  CHECK_FALSE(only_mover(scene).holding);
  CHECK(dist_deg(only_mover(scene).pos, P(0.5, 0)) < 0.01);
  evaluate_scene(atlas, kD0 + 8, scene);  // 2 of 4 days after leaving: halfway to (2,0)
  CHECK(dist_deg(only_mover(scene).pos, P(1.5, 0)) < 0.01);
}

TEST_CASE("a leg no railway connects follows the great circle, with a warning", "[motion]") {
  Atlas atlas = network_atlas();
  atlas.features.push_back(railway("rail-far", {P(10, 0), P(12, 0)}));
  Feature f =
      track("stranded", "rail-west", {P(0, 0), P(2, 0), P(11, 0)}, {kD0, kD0 + 2, kD0 + 11});
  f.file = "legs.geojson";
  atlas.features.push_back(f);
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == Severity::Warning);
  CHECK(diags[0].file == "legs.geojson");
  CHECK(diags[0].message.find("vertex 1 to vertex 2") != std::string::npos);
  Scene scene;
  evaluate_scene(atlas, kD0 + 6.5, scene);  // half of the 9-degree leg
  CHECK(dist_deg(only_mover(scene).pos, P(6.5, 0)) < 0.05);
}

TEST_CASE("without a route a track follows the great circle, not the projected line", "[motion]") {
  Atlas atlas;
  // Along the 60th parallel from 0 to 90 E: the great circle bows north, to about 67.8 N.
  Feature f = track("mission", "", {P(0, 60), P(90, 60)}, {kD0, kD0 + 10}, Kind::Mission);
  atlas.features.push_back(f);
  std::vector<Diagnostic> diags;
  // An equirectangular projection stands in for PROJ.
  atlas.link(diags, [](std::vector<GeoPoint>& pts) {
    for (GeoPoint& p : pts) {
      p.x = p.lon * kM;
      p.y = p.lat * kM;
    }
    return true;
  });
  CHECK(diags.empty());
  Scene scene;
  evaluate_scene(atlas, kD0 + 5, scene);
  const GeoPoint mid = only_mover(scene).pos;
  CHECK(mid.lon == Approx(45).margin(0.3));
  CHECK(mid.lat == Approx(67.79).margin(0.1));
  // Halfway in time is halfway in distance along the great circle.
  const double full = geodesic_distance(P(0, 60), P(90, 60));
  CHECK(geodesic_distance(P(0, 60), mid) == Approx(full / 2).epsilon(0.01));
}

TEST_CASE("the trail starts where the unit was trail_days ago", "[motion]") {
  Atlas atlas = network_atlas();
  atlas.features.push_back(track("e", "rail-west", {P(0, 0), P(4, 2)}, {kD0, kD0 + 6}));
  std::vector<Diagnostic> diags;
  atlas.link(diags);
  Scene scene;
  evaluate_scene(atlas, kD0 + 4, scene, {2.0});
  const UnitPosition& u = only_mover(scene);
  CHECK(u.measure == Approx(4 * kM).epsilon(0.01));
  CHECK(u.trail_from == Approx(2 * kM).epsilon(0.01));
  evaluate_scene(atlas, kD0 + 1, scene, {2.0});  // the trail does not reach before the start
  CHECK(only_mover(scene).trail_from == 0);
  evaluate_scene(atlas, kD0 + 4, scene, {0.0});  // no trail
  CHECK(only_mover(scene).trail_from == only_mover(scene).measure);
}

TEST_CASE("Polyline::extract runs both ways", "[motion]") {
  const Polyline line({P(0, 0), P(1, 0), P(2, 0), P(3, 0)});
  std::vector<GeoPoint> out;
  line.extract(0.5 * kM, 2.5 * kM, out);
  REQUIRE(out.size() == 4);
  CHECK(out[0].lon == Approx(0.5).margin(1e-3));
  CHECK(out[1].lon == Approx(1));
  CHECK(out[2].lon == Approx(2));
  CHECK(out[3].lon == Approx(2.5).margin(1e-3));
  out.clear();
  line.extract(2.5 * kM, 0.5 * kM, out);
  REQUIRE(out.size() == 4);
  CHECK(out[1].lon == Approx(2));
  CHECK(out[2].lon == Approx(1));
}

}  // namespace histmap
