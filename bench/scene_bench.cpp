// histmap bench: evaluating the whole scene at a time t (core/scene.h): for the bundled atlas,
// and for a synthetic atlas of UNITS moving units that change lines at junctions and stop at
// stations, with trails, plus 2,000 events and 2,000 units (pulses, formations, mergers).
// Targets: under 1 ms for 10,000 units, under 10 ms for 100,000, and no allocation per frame.
// Usage: histmap_scene_bench [UNITS]   (none: the bundled atlas)
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "bench_report.h"
#include "core/attribute_filter.h"
#include "core/scene.h"
#include "data/loader.h"

using namespace histmap;
using namespace histmap::bench;

// Every allocation in the process is counted, to show that evaluating a scene makes none once
// its buffers are warm.
namespace {
std::atomic<std::uint64_t> g_allocations{0};
}
void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}

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
  double allocations_per_eval;
};

Timing time_scene(const Atlas& atlas, double first, double last, int evals,
                  const SceneOptions& options = {14.0}) {
  Scene scene;
  // Warm: one pass over the range lets the scene's buffers reach their largest size.
  for (int i = 0; i < 1000; ++i)
    evaluate_scene(atlas, first + (last - first) * i / 1000.0, scene, options);
  std::vector<double> us;
  us.reserve(static_cast<std::size_t>(evals));
  const std::uint64_t allocs_before = g_allocations.load();
  for (int i = 0; i < evals; ++i) {
    const double t = first + (last - first) * (i % 1000) / 1000.0;
    const auto t0 = Clock::now();
    evaluate_scene(atlas, t, scene, options);
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
  }
  const double allocs = static_cast<double>(g_allocations.load() - allocs_before) / evals;
  return {percentile(us, 0.5) * 1000.0 / 1000.0, percentile(us, 0.99), allocs};
}

}  // namespace

int main(int argc, char** argv) {
  const int units = argc > 1 ? std::max(0, std::atoi(argv[1])) : 0;
  if (units == 0) {
    std::string error;
    auto projection = Projection::create(kDefaultProjection, error);
    std::vector<Diagnostic> diags;
    const Atlas bundled = load_atlas({HISTMAP_GEODATA}, *projection, diags);
    const Timing b =
        time_scene(bundled, to_day_number({1918, 5, 14}), to_day_number({1918, 6, 10}), 20000);
    const std::string c = "bundled atlas";
    row(c, "scene evaluation at t: median / p99",
        fmt("%.1f", b.median_us) + " / " + fmt("%.1f µs", b.p99_us));
    row(c, "allocations per evaluation (warm)", fmt("%.4f", b.allocations_per_eval), "0",
        yes_no(b.allocations_per_eval == 0));
    // The study modes: a 30-day window and an attribute filter's mask (computed once).
    std::vector<std::uint8_t> mask;
    filter_mask(bundled, {*parse_filter("units:strength=1000..100000", error)}, mask);
    SceneOptions study{14.0};
    study.time_mode = TimeMode::Window;
    study.window_days = 30;
    study.passes = &mask;
    const Timing w = time_scene(bundled, to_day_number({1918, 5, 14}), to_day_number({1918, 6, 10}),
                                20000, study);
    row(c, "with --window 30 --filter units:strength=1000..: median / p99",
        fmt("%.1f", w.median_us) + " / " + fmt("%.1f µs", w.p99_us));
    row(c, "allocations per evaluation, window and filter (warm)",
        fmt("%.4f", w.allocations_per_eval), "0", yes_no(w.allocations_per_eval == 0));
    return 0;
  }
  const auto t0 = Clock::now();
  const Atlas big = synthetic(units);
  const double build_ms = ms_since(t0);
  const Timing s = time_scene(big, to_day_number({1918, 5, 1}), to_day_number({1918, 9, 1}),
                              units >= 100000 ? 300 : 2000);
  Scene probe;
  evaluate_scene(big, to_day_number({1918, 6, 15}), probe, {14.0});
  const double target_ms = units >= 100000 ? 10.0 : 1.0;
  const std::string c = std::to_string(units) + " moving units";
  row(c, "features; moving at 15 June 1918",
      std::to_string(big.features.size()) + "; " + std::to_string(probe.movers.size()));
  row(c, "synthetic atlas built and linked (routing every leg)", fmt("%.0f ms", build_ms));
  row(c, "scene evaluation at t: median / p99",
      fmt("%.2f", s.median_us / 1000) + " / " + fmt("%.2f ms", s.p99_us / 1000),
      fmt("median < %.0f ms", target_ms), yes_no(s.median_us / 1000 < target_ms));
  row(c, "allocations per evaluation (warm)", fmt("%.4f", s.allocations_per_eval), "0",
      yes_no(s.allocations_per_eval == 0));
  row(c, "peak memory", fmt("%.0f MiB", peak_rss_mib()));
  return 0;
}
