#include "core/route_network.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace histmap {

void RouteNetwork::build(const std::vector<Polyline>& routes, double tolerance_m) {
  stops_.assign(routes.size(), {});
  edges_.clear();
  junctions_ = 0;
  std::int32_t next_node = 0;
  // Every line's two ends are nodes; an end that lies on another line is a node there too.
  for (std::size_t r = 0; r < routes.size(); ++r) {
    const Polyline& line = routes[r];
    if (line.empty()) continue;
    for (const double end_m : {0.0, line.length()}) {
      const std::int32_t node = next_node++;
      stops_[r].push_back({end_m, node});
      const GeoPoint p = line.at(end_m);
      for (std::size_t s = 0; s < routes.size(); ++s) {
        if (s == r || routes[s].empty()) continue;
        double off = 0;
        const double m = routes[s].locate(p, &off);
        if (off <= tolerance_m) {
          stops_[s].push_back({m, node});
          ++junctions_;
        }
      }
    }
  }
  edges_.resize(static_cast<std::size_t>(next_node));
  for (std::size_t r = 0; r < routes.size(); ++r) {
    auto& st = stops_[r];
    std::sort(st.begin(), st.end(),
              [](const Stop& a, const Stop& b) { return a.measure < b.measure; });
    for (std::size_t i = 0; i + 1 < st.size(); ++i) {
      const Stop& a = st[i];
      const Stop& b = st[i + 1];
      const auto ri = static_cast<std::int32_t>(r);
      edges_[static_cast<std::size_t>(a.node)].push_back({b.node, ri, a.measure, b.measure});
      edges_[static_cast<std::size_t>(b.node)].push_back({a.node, ri, b.measure, a.measure});
    }
  }
}

bool RouteNetwork::shortest_path(RoutePosition a, RoutePosition b,
                                 std::vector<PathSpan>& out) const {
  const auto valid = [&](const RoutePosition& p) {
    return p.route >= 0 && static_cast<std::size_t>(p.route) < stops_.size();
  };
  if (!valid(a) || !valid(b)) return false;
  if (a.route == b.route) {
    out.push_back({a.route, a.measure, b.measure, 0});
    return true;
  }
  // Dijkstra over the nodes, with a and b as two extra nodes joined to the stops on either
  // side of them on their lines.
  const std::size_t n = edges_.size();
  const std::int32_t src = static_cast<std::int32_t>(n);
  const std::int32_t dst = src + 1;
  const auto neighbours = [&](const RoutePosition& p) {
    const auto& st = stops_[static_cast<std::size_t>(p.route)];
    std::vector<Edge> e;
    const auto it = std::lower_bound(st.begin(), st.end(), p.measure,
                                     [](const Stop& s, double m) { return s.measure < m; });
    if (it != st.end()) e.push_back({it->node, p.route, p.measure, it->measure});
    if (it != st.begin()) {
      const auto prev = std::prev(it);
      e.push_back({prev->node, p.route, p.measure, prev->measure});
    }
    return e;
  };
  const std::vector<Edge> from_a = neighbours(a);
  std::vector<Edge> to_b = neighbours(b);  // b -> node; reversed when used
  std::vector<double> dist(n + 2, std::numeric_limits<double>::infinity());
  std::vector<Edge> via(n + 2, Edge{-1, -1, 0, 0});
  std::vector<std::int32_t> prev(n + 2, -1);
  using Item = std::pair<double, std::int32_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  dist[static_cast<std::size_t>(src)] = 0;
  queue.push({0, src});
  while (!queue.empty()) {
    // Not a structured binding: the lambda below captures them, which clang 14 (the fuzz
    // build's compiler) does not allow.
    const double d = queue.top().first;
    const std::int32_t u = queue.top().second;
    queue.pop();
    if (d > dist[static_cast<std::size_t>(u)] || u == dst) continue;
    const auto relax = [&](const Edge& e, std::int32_t to) {
      const double nd = d + std::fabs(e.to_m - e.from_m);
      if (nd < dist[static_cast<std::size_t>(to)]) {
        dist[static_cast<std::size_t>(to)] = nd;
        prev[static_cast<std::size_t>(to)] = u;
        via[static_cast<std::size_t>(to)] = e;
        queue.push({nd, to});
      }
    };
    if (u == src) {
      for (const Edge& e : from_a) relax(e, e.to);
      continue;
    }
    for (const Edge& e : edges_[static_cast<std::size_t>(u)]) relax(e, e.to);
    for (const Edge& e : to_b)
      if (e.to == u) relax({dst, e.route, e.to_m, e.from_m}, dst);
  }
  if (!std::isfinite(dist[static_cast<std::size_t>(dst)])) return false;
  std::vector<PathSpan> spans;
  for (std::int32_t v = dst; v != src; v = prev[static_cast<std::size_t>(v)]) {
    const Edge& e = via[static_cast<std::size_t>(v)];
    spans.push_back({e.route, e.from_m, e.to_m, 0});
  }
  std::reverse(spans.begin(), spans.end());
  // Consecutive stretches of one line in one direction become one span; junction hops of no
  // length vanish.
  std::vector<PathSpan> merged;
  for (const PathSpan& s : spans) {
    if (!merged.empty()) {
      PathSpan& m = merged.back();
      const bool same_way = (m.to >= m.from) == (s.to >= s.from) || s.length() == 0;
      if (m.route == s.route && m.to == s.from && same_way) {
        m.to = s.to;
        continue;
      }
    }
    if (s.length() > 0) merged.push_back(s);
  }
  out.insert(out.end(), merged.begin(), merged.end());
  return true;
}

}  // namespace histmap
