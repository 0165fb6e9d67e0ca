// histmap core: the railway network as a graph, for tracks that change lines.
// - Junctions are found from the geometry: where a line's end lies on another line (within a
//   tolerance), the two are joined there; lines that end at one point are joined too.
// - shortest_path() gives the way from one position on a line to another as spans along the
//   lines, crossing junctions where that is shorter (Dijkstra; the network is small).
#pragma once

#include <cstdint>
#include <vector>

#include "core/polyline.h"

namespace histmap {

// A stretch of one line, travelled from `from` to `to` (to < from: against the line's
// direction). route -1 is a track's own path (great-circle legs), not a railway.
struct PathSpan {
  std::int32_t route = -1;
  double from = 0;
  double to = 0;
  double start = 0;  // measure along the whole track where this span begins
  double length() const { return to > from ? to - from : from - to; }
};

struct RoutePosition {
  std::int32_t route = -1;
  double measure = 0;
};

class RouteNetwork {
 public:
  // junction_tolerance_m: how far a line's end may lie from another line and still join it.
  void build(const std::vector<Polyline>& routes, double junction_tolerance_m = 2000);

  // Appends the spans from a to b (their `start` left at 0). False when no way connects them.
  bool shortest_path(RoutePosition a, RoutePosition b, std::vector<PathSpan>& out) const;

  std::size_t junction_count() const { return junctions_; }

 private:
  struct Stop {
    double measure;
    std::int32_t node;
  };
  struct Edge {
    std::int32_t to;
    std::int32_t route;
    double from_m, to_m;
  };
  std::vector<std::vector<Stop>> stops_;  // per route, sorted by measure
  std::vector<std::vector<Edge>> edges_;  // per node
  std::size_t junctions_ = 0;
};

}  // namespace histmap
