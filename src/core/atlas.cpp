#include "core/atlas.h"

#include <algorithm>
#include <cmath>

namespace histmap {
namespace {

struct KindName {
  Kind kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {Kind::Land, "land"},         {Kind::Region, "region"},   {Kind::Railway, "railway"},
    {Kind::Station, "station"},   {Kind::Place, "place"},     {Kind::Unit, "unit"},
    {Kind::Movement, "movement"}, {Kind::Mission, "mission"}, {Kind::Event, "event"},
    {Kind::River, "river"},       {Kind::Lake, "lake"},
};

// A waypoint farther than this from its route is almost certainly a data error.
constexpr double kMaxWaypointOffsetM = 5000;

bool is_track_kind(Kind k) {
  return k == Kind::Movement || k == Kind::Mission;
}

}  // namespace

std::optional<Kind> parse_kind(std::string_view s) {
  for (const auto& k : kKinds)
    if (s == k.name) return k.kind;
  return std::nullopt;
}

const char* kind_name(Kind k) {
  for (const auto& e : kKinds)
    if (e.kind == k) return e.name;
  return "feature";
}

const char* severity_label(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error: ";
    case Severity::Warning:
      return "warning: ";
    case Severity::Note:
      return "note: ";
  }
  return "";
}

std::string Diagnostic::to_string() const {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (!feature.empty()) s += ": feature " + feature;
  if (!field.empty()) s += ": field '" + field + "'";
  s += ": ";
  s += severity_label(severity);
  s += message;
  return s;
}

void Bounds::add(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) return;
  if (empty) {
    min_x = max_x = x;
    min_y = max_y = y;
    empty = false;
    return;
  }
  min_x = std::min(min_x, x);
  max_x = std::max(max_x, x);
  min_y = std::min(min_y, y);
  max_y = std::max(max_y, y);
}

void Atlas::link(std::vector<Diagnostic>& diagnostics, const Projector& project) {
  // 1. Unique ids: the first keeps its id, later duplicates are dropped with a message. The
  // features kept close up in place: a second vector of them would double the peak memory of
  // a large load (a million features are 650 MiB of Feature alone).
  by_id_.clear();
  by_id_.reserve(features.size());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < features.size(); ++i) {
    Feature& f = features[i];
    if (!by_id_.emplace(f.id, static_cast<std::uint32_t>(kept)).second) {
      diagnostics.push_back({Severity::Error, f.file, "'" + f.id + "'", "id",
                             "duplicate id; the first feature with this id is kept"});
      continue;
    }
    if (kept != i) features[kept] = std::move(f);
    ++kept;
  }
  features.erase(features.begin() + static_cast<std::ptrdiff_t>(kept), features.end());

  // A merger names a unit that must exist; otherwise the unit simply ends.
  for (auto& f : features) {
    f.merge_target = -1;
    if (f.merged_into.empty()) continue;
    if (const auto it = by_id_.find(f.merged_into); it != by_id_.end()) {
      f.merge_target = static_cast<std::int32_t>(it->second);
      continue;
    }
    diagnostics.push_back({Severity::Warning, f.file, "'" + f.id + "'", "merged_into",
                           "no feature with id '" + f.merged_into + "'; the unit simply ends"});
    f.merged_into.clear();
  }

  // 2. Railways become routes.
  routes.clear();
  std::unordered_map<std::string, std::int32_t> route_of;
  for (const auto& f : features) {
    if (f.kind != Kind::Railway || f.geometry != GeometryType::Line || f.parts.empty()) continue;
    // A multi-part railway is followed along its longest part (by distance, not vertices).
    Polyline longest;
    for (const auto& part : f.parts) {
      Polyline candidate(part);
      if (longest.empty() || candidate.length() > longest.length()) longest = std::move(candidate);
    }
    route_of.emplace(f.id, static_cast<std::int32_t>(routes.size()));
    routes.push_back(std::move(longest));
  }

  // 3. The network, then tracks: each leg between dated vertices along the railways (across
  // junctions), or along the great circle where no railway is named.
  network.build(routes);
  tracks.clear();
  for (std::uint32_t i = 0; i < features.size(); ++i) {
    const Feature& f = features[i];
    if (!is_track_kind(f.kind) || f.times.empty()) continue;
    // The data layer guarantees one date per vertex of one part; a hand-built atlas may not.
    if (f.parts.empty() || f.parts.front().size() != f.times.size() ||
        (!f.departs.empty() && f.departs.size() != f.times.size())) {
      diagnostics.push_back({Severity::Error, f.file, "'" + f.id + "'", "times",
                             "needs one date per vertex of a single line; not animated"});
      continue;
    }
    const std::string who = "'" + f.id + "'";
    Track t;
    t.feature = i;
    const std::vector<GeoPoint>& verts = f.parts.front();
    if (!f.route.empty()) {
      const auto it = route_of.find(f.route);
      if (it == route_of.end()) {
        diagnostics.push_back({Severity::Warning, f.file, who, "route",
                               "no railway with id '" + f.route +
                                   "'; the track moves along the great circle instead"});
      } else {
        t.route = it->second;
      }
    }
    // Where each vertex lies on the network: on the named railway if it is near, else on the
    // nearest railway (a change of lines), else snapped to the named one with a warning.
    std::vector<RoutePosition> at(verts.size());
    if (t.route >= 0) {
      for (std::size_t v = 0; v < verts.size(); ++v) {
        double off = 0;
        const double m = routes[static_cast<std::size_t>(t.route)].locate(verts[v], &off);
        at[v] = {t.route, m};
        if (off <= kMaxWaypointOffsetM) continue;
        double best = off;
        for (std::size_t r = 0; r < routes.size(); ++r) {
          double o = 0;
          const double mr = routes[r].locate(verts[v], &o);
          if (o < best) {
            best = o;
            at[v] = {static_cast<std::int32_t>(r), mr};
          }
        }
        if (best > kMaxWaypointOffsetM) {
          at[v] = {t.route, m};
          diagnostics.push_back(
              {Severity::Warning, f.file, who, "route",
               "vertex " + std::to_string(v) + " lies " + std::to_string(std::lround(off / 1000)) +
                   " km from railway '" + f.route + "'; it is placed at the nearest point"});
        }
      }
    }
    // Legs. Own-path legs are collected as points and measured once the polyline exists.
    std::vector<GeoPoint> own;
    struct OwnLeg {
      std::size_t span, first, last;  // span index; first/last point index in `own`
    };
    std::vector<OwnLeg> own_legs;
    const auto great_circle_leg = [&](const GeoPoint& a, const GeoPoint& b) {
      OwnLeg leg{t.spans.size(), own.size(), 0};
      own.push_back(a);
      // A point every 50 km at most keeps the drawn arc smooth at any zoom the map allows.
      const double d = geodesic_distance(a, b);
      const int steps = std::clamp(static_cast<int>(std::ceil(d / 50'000)), 1, 2000);
      for (int k = 1; k <= steps; ++k)
        own.push_back(project ? great_circle_point(a, b, static_cast<double>(k) / steps)
                              : lerp(a, b, static_cast<double>(k) / steps));
      leg.last = own.size() - 1;
      own_legs.push_back(leg);
      t.spans.push_back({-1, 0, 0, 0});
    };
    // A leg's ends: where the vertex was placed on the network, or the vertex itself.
    const auto leg_point = [&](std::size_t v) {
      return t.route >= 0 ? routes[static_cast<std::size_t>(at[v].route)].at(at[v].measure)
                          : verts[v];
    };
    std::vector<std::size_t> leg_end;  // spans in use once leg v is done
    for (std::size_t v = 0; v + 1 < verts.size(); ++v) {
      if (t.route >= 0 && network.shortest_path(at[v], at[v + 1], t.spans)) {
        leg_end.push_back(t.spans.size());
        continue;
      }
      if (t.route >= 0) {
        diagnostics.push_back({Severity::Warning, f.file, who, "route",
                               "no railway connects vertex " + std::to_string(v) + " to vertex " +
                                   std::to_string(v + 1) + "; that leg follows the great circle"});
      }
      great_circle_leg(leg_point(v), leg_point(v + 1));
      leg_end.push_back(t.spans.size());
    }
    if (verts.size() == 1) great_circle_leg(verts[0], verts[0]);
    if (!own.empty()) {
      if (project && !project(own)) {
        diagnostics.push_back({Severity::Error, f.file, who, "geometry",
                               "a great-circle leg lies where the map projection is undefined"});
        continue;
      }
      t.own_path = Polyline(std::move(own));
      for (const OwnLeg& leg : own_legs) {
        t.spans[leg.span].from = t.own_path.measure_of_vertex(leg.first);
        t.spans[leg.span].to = t.own_path.measure_of_vertex(leg.last);
      }
    }
    // Knots: the measure at each vertex is where its leg's spans end.
    double start = 0;
    for (PathSpan& sp : t.spans) {
      sp.start = start;
      start += sp.length();
    }
    for (std::size_t v = 0; v < verts.size(); ++v) {
      double m = 0;
      if (v > 0 && leg_end[v - 1] > 0) {
        const PathSpan& last = t.spans[leg_end[v - 1] - 1];
        m = last.start + last.length();
      }
      const DayNumber arrive = f.times[v];
      const DayNumber depart = f.departs.empty() ? arrive : std::max(arrive, f.departs[v]);
      t.times.push_back(arrive);
      t.measures.push_back(m);
      if (depart > arrive) {
        t.times.push_back(depart);
        t.measures.push_back(m);
      }
    }
    tracks.push_back(std::move(t));
  }

  // 5. What a frame scans: the dates packed, and who can leave marks.
  dates.clear();
  effect_features.clear();
  for (std::uint32_t i = 0; i < features.size(); ++i) {
    const Feature& f = features[i];
    dates.push_back(dates_of(f));
    const bool unit = f.kind == Kind::Unit || f.kind == Kind::Movement;
    const bool ends = f.end && !f.end->open_end && (f.merge_target >= 0 || f.disbanded);
    if (f.kind == Kind::Event || (f.kind == Kind::Mission && !f.outcome.empty()) ||
        f.kind == Kind::Unit || (unit && (!f.strengths.empty() || ends)))
      effect_features.push_back(i);
  }
  points.build(features);
}

const Feature* Atlas::find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &features[it->second];
}

std::int32_t Atlas::index_of(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : static_cast<std::int32_t>(it->second);
}

namespace {

const PathSpan* span_at(const Track& t, double m) {
  if (t.spans.empty()) return nullptr;
  // Last span that begins at or before m.
  auto it = std::upper_bound(t.spans.begin(), t.spans.end(), m,
                             [](double v, const PathSpan& s) { return v < s.start; });
  if (it != t.spans.begin()) --it;
  return &*it;
}

double local_measure(const PathSpan& s, double m) {
  const double along = std::clamp(m - s.start, 0.0, s.length());
  return s.to >= s.from ? s.from + along : s.from - along;
}

}  // namespace

GeoPoint Atlas::position(const Track& t, double m) const {
  const PathSpan* s = span_at(t, m);
  if (!s) return {};
  const Polyline& line = s->route >= 0 ? routes[static_cast<std::size_t>(s->route)] : t.own_path;
  return line.at(local_measure(*s, m));
}

void Atlas::extract(const Track& t, double m0, double m1, std::vector<GeoPoint>& out) const {
  if (t.spans.empty() || m1 < m0) return;
  for (const PathSpan& s : t.spans) {
    const double s_end = s.start + s.length();
    if (s_end < m0) continue;
    if (s.start > m1) break;
    const Polyline& line = s.route >= 0 ? routes[static_cast<std::size_t>(s.route)] : t.own_path;
    const double a = local_measure(s, std::max(m0, s.start));
    const double b = local_measure(s, std::min(m1, s_end));
    line.extract(a, b, out);
  }
}

Bounds Atlas::bounds(bool include_land) const {
  Bounds b;
  for (const auto& f : features) {
    if (f.kind == Kind::Land && !include_land) continue;
    for (const auto& part : f.parts)
      for (const auto& p : part) b.add(p.x, p.y);
  }
  return b;
}

std::pair<DayNumber, DayNumber> Atlas::time_extent() const {
  DayNumber lo = 0, hi = 0;
  bool any = false;
  auto add = [&](DayNumber d) {
    if (!any) {
      lo = hi = d;
      any = true;
    }
    lo = std::min(lo, d);
    hi = std::max(hi, d);
  };
  for (const auto& f : features) {
    // An open end ("../1918-06", "1919-12/..") has no day of its own; its known end counts.
    if (f.start) add(f.start->open_start ? f.start->latest : f.start->earliest);
    if (f.end) add(f.end->open_end ? f.end->earliest : f.end->latest);
    for (DayNumber d : f.times) add(d);
    for (DayNumber d : f.departs) add(d);
  }
  return {lo, hi};
}

DayNumber last_time(const Feature& f) {
  if (f.times.empty()) return 0;
  return f.departs.empty() ? f.times.back() : f.departs.back();
}

FeatureDates dates_of(const Feature& f) {
  FeatureDates d;
  d.kind = f.kind;
  if (f.start) {
    d.has_start = true;
    d.start_earliest = f.start->earliest;
    d.start_latest = f.start->latest;
    d.open_start = f.start->open_start;
  }
  if (f.end) {
    d.has_end = true;
    d.end_earliest = f.end->earliest;
    d.end_latest = f.end->latest;
    d.open_end = f.end->open_end;
  }
  if (!f.times.empty()) {
    d.has_times = true;
    d.first_time = f.times.front();
    d.last_time = last_time(f);
  }
  return d;
}

bool present_at(const Feature& f, double t) {
  if (f.start && t < f.start->earliest) return false;
  if (f.end && t >= f.end->latest + 1.0) return false;
  if (!f.times.empty()) {
    if (t < f.times.front() || t >= last_time(f) + 1.0) return false;
  }
  return true;
}

}  // namespace histmap
