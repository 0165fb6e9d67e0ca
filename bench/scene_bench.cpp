// histmap bench: evaluating the whole scene at a time t (core/scene.h), which must cost well
// under a millisecond a frame: for the bundled atlas, and for a synthetic atlas of 10,000
// moving units that change lines at junctions and stop at stations, with trails, plus
// 2,000 events and 2,000 units (pulses, formations, mergers).
// Usage: histmap_scene_bench [UNITS]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/scene.h"
#include "data/loader.h"

using namespace histmap;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kM = 111'195.0;

GeoPoint P(double lon, double lat) {
  return GeoPoint{lon, lat, lon * kM * std::cos(lat * 0.01745), lat * kM};
}

// Three lines of 2,000 vertices each, joined like the Trans-Siberian and two branches.
Atlas synthetic(int units) {
  Atlas a;
  const auto line = [&](const std::string& id, GeoPoint from, GeoPoint to) {
    Feature f;
    f.id = id;
    f.kind = Kind::Railway;
    f.geometry = GeometryType::Line;
    std::vector<GeoPoint> pts;
    for (int i = 0; i <= 2000; ++i) {
      const double u = i / 2000.0;
      // A gentle wiggle so the line has real vertices to search.
      pts.push_back(P(from.lon + (to.lon - from.lon) * u,
                      from.lat + (to.lat - from.lat) * u + 0.2 * std::sin(u * 40)));
    }
    pts.front() = from;
    pts.back() = to;
    f.parts.push_back(std::move(pts));
    a.features.push_back(std::move(f));
  };
  line("main", P(45, 53), P(130, 45));
  const GeoPoint junction = a.features[0].parts[0][800];
  line("branch-south", junction, P(70, 41));
  line("branch-north", a.features[0].parts[0][1400], P(110, 60));
  const DayNumber d0 = to_day_number({1918, 5, 1});
  for (int k = 0; k < units; ++k) {
    Feature f;
    f.id = "unit-" + std::to_string(k);
    f.kind = Kind::Movement;
    f.route = "main";
    f.geometry = GeometryType::Line;
    const auto& main = a.features[0].parts[0];
    const auto& south = a.features[1].parts[0];
    const int start = (k * 37) % 700;
    f.parts.push_back({main[static_cast<std::size_t>(start)], main[780], main[805],
                       south[static_cast<std::size_t>(500 + k % 1400)]});
    const DayNumber s = d0 + k % 60;
    f.times = {s, s + 20, s + 30, s + 60};
    f.departs = {s, s + 25, s + 30, s + 60};  // a five-day stop at the second station
    a.features.push_back(std::move(f));
  }
  for (int k = 0; k < 2000; ++k) {
    Feature e;
    e.id = "event-" + std::to_string(k);
    e.kind = k % 2 ? Kind::Event : Kind::Unit;
    DateRange r;
    r.earliest = r.latest = d0 + k % 120;
    e.start = r;
    e.end = r;
    e.parts.push_back({P(50 + k % 80, 45 + k % 10)});
    a.features.push_back(std::move(e));
  }
  std::vector<Diagnostic> diags;
  a.link(diags);
  if (!diags.empty()) std::fprintf(stderr, "bench: %s\n", diags[0].to_string().c_str());
  return a;
}

struct Timing {
  double median_us, p99_us;
};

Timing time_scene(const Atlas& atlas, double first, double last, int evals) {
  Scene scene;
  std::vector<double> us;
  us.reserve(static_cast<std::size_t>(evals));
  for (int i = 0; i < evals; ++i) {
    const double t = first + (last - first) * (i % 1000) / 1000.0;
    const auto t0 = Clock::now();
    evaluate_scene(atlas, t, scene, {14.0});
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  return {us[us.size() / 2], us[static_cast<std::size_t>(0.99 * static_cast<double>(us.size() - 1))]};
}

}  // namespace

int main(int argc, char** argv) {
  const int units = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
  std::string error;
  auto projection = Projection::create(kDefaultProjection, error);
  std::vector<Diagnostic> diags;
  const Atlas bundled = load_atlas({HISTMAP_GEODATA}, *projection, diags);
  const Timing b = time_scene(bundled, to_day_number({1918, 5, 14}), to_day_number({1918, 6, 10}), 20000);
  std::printf("bundled atlas: %zu features, %zu tracks: evaluate_scene median %.1f us, p99 %.1f us\n",
              bundled.features.size(), bundled.tracks.size(), b.median_us, b.p99_us);

  const auto t0 = Clock::now();
  const Atlas big = synthetic(units);
  const double link_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  const Timing s = time_scene(big, to_day_number({1918, 5, 1}), to_day_number({1918, 9, 1}), 2000);
  Scene probe;
  evaluate_scene(big, to_day_number({1918, 6, 15}), probe, {14.0});
  std::printf("synthetic: %d moving units on a 3-line network (%zu features), built and linked "
              "in %.0f ms: evaluate_scene median %.0f us, p99 %.0f us (%zu moving and %zu "
              "effects at 15 June)\n",
              units, big.features.size(), link_ms, s.median_us, s.p99_us, probe.movers.size(),
              probe.effects.size());
  return 0;
}
