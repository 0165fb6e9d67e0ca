#include "core/atlas.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

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

std::string Diagnostic::to_string() const {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (!feature.empty()) s += ": feature " + feature;
  if (!field.empty()) s += ": field '" + field + "'";
  s += ": ";
  s += severity == Severity::Error ? "error: " : "warning: ";
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

void Atlas::link(std::vector<Diagnostic>& diagnostics) {
  // 1. Unique ids: the first keeps its id, later duplicates are dropped with a message.
  std::vector<Feature> kept;
  kept.reserve(features.size());
  std::unordered_set<std::string> seen;
  for (auto& f : features) {
    if (!seen.insert(f.id).second) {
      diagnostics.push_back({Severity::Error, f.file, "'" + f.id + "'", "id",
                             "duplicate id; the first feature with this id is kept"});
      continue;
    }
    kept.push_back(std::move(f));
  }
  features = std::move(kept);
  by_id_.clear();
  for (std::uint32_t i = 0; i < features.size(); ++i) by_id_.emplace(features[i].id, i);

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

  // 3. Tracks: measures of every dated vertex along the route (or their own line).
  tracks.clear();
  for (std::uint32_t i = 0; i < features.size(); ++i) {
    const Feature& f = features[i];
    if (!is_track_kind(f.kind) || f.times.empty()) continue;
    // The data layer guarantees one date per vertex of one part; a hand-built atlas may not.
    if (f.parts.empty() || f.parts.front().size() != f.times.size()) {
      diagnostics.push_back({Severity::Error, f.file, "'" + f.id + "'", "times",
                             "needs one date per vertex of a single line; not animated"});
      continue;
    }
    const std::string who = "'" + f.id + "'";
    Track t;
    t.feature = i;
    t.times = f.times;
    const std::vector<GeoPoint>& verts = f.parts.front();
    if (!f.route.empty()) {
      const auto it = route_of.find(f.route);
      if (it == route_of.end()) {
        diagnostics.push_back({Severity::Warning, f.file, who, "route",
                               "no railway with id '" + f.route +
                                   "'; the track moves along its own geometry instead"});
      } else {
        t.route = it->second;
        const Polyline& path = routes[static_cast<std::size_t>(t.route)];
        for (std::size_t v = 0; v < verts.size(); ++v) {
          double off = 0;
          t.measures.push_back(path.locate(verts[v], &off));
          if (off > kMaxWaypointOffsetM) {
            diagnostics.push_back({Severity::Warning, f.file, who, "route",
                                   "vertex " + std::to_string(v) + " lies " +
                                       std::to_string(std::lround(off / 1000)) +
                                       " km from railway '" + f.route +
                                       "'; it is placed at the nearest point"});
          }
        }
      }
    }
    if (t.route < 0) {
      t.own_path = Polyline(verts);
      t.measures.clear();
      for (std::size_t v = 0; v < verts.size(); ++v)
        t.measures.push_back(t.own_path.measure_of_vertex(v));
    }
    tracks.push_back(std::move(t));
  }
}

const Feature* Atlas::find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &features[it->second];
}

const Polyline& Atlas::track_path(const Track& t) const {
  return t.route >= 0 ? routes[static_cast<std::size_t>(t.route)] : t.own_path;
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
  }
  return {lo, hi};
}

bool present_at(const Feature& f, double t) {
  if (f.start && t < f.start->earliest) return false;
  if (f.end && t >= f.end->latest + 1.0) return false;
  if (!f.times.empty() && (t < f.times.front() || t >= f.times.back() + 1.0)) return false;
  return true;
}

}  // namespace histmap
