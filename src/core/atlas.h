// histmap core: the loaded model. Features (regions, railways, places, units, tracks ...) as
// the data conventions of DESIGN.md describe them, diagnostics about what was wrong with the
// input, and tracks: dated paths along the railway network (across junctions) or, where no
// railway is named, along great circles.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/feature_grid.h"
#include "core/geo.h"
#include "core/polyline.h"
#include "core/route_network.h"

namespace histmap {

// Land, River and Lake are the base map; the rest are the story (DESIGN.md data conventions).
enum class Kind {
  Land,
  River,
  Lake,
  Region,
  Railway,
  Station,
  Place,
  Unit,
  Movement,
  Mission,
  Event,
  Other
};
enum class Certainty { Certain, Approximate, Conjectural };
enum class GeometryType { Point, Line, Polygon };

std::optional<Kind> parse_kind(std::string_view s);
const char* kind_name(Kind k);

struct Feature {
  std::string id;
  Kind kind = Kind::Other;
  std::string name, name_ru, name_kk, name_cs;
  std::optional<DateRange> start, end;
  Calendar calendar = Calendar::Gregorian;
  std::string route;
  std::optional<int> strength;
  int importance = 2;  // 1 = capital/junction ... 3 = minor; ranks labels
  std::string commander, affiliation, note;
  Certainty certainty = Certainty::Certain;
  std::vector<std::string> sources;
  // Every attribute as the file had it, for the inspector.
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string file;

  GeometryType geometry = GeometryType::Point;
  // Point: one part of N points. Line: one part per line. Polygon: every ring of every
  // polygon (drawn even-odd, which gives holes without knowing which ring is which).
  std::vector<std::vector<GeoPoint>> parts;
  std::vector<DayNumber> times;    // one per vertex of a track (movement/mission): arrival
  std::vector<DayNumber> departs;  // per vertex: departure (later than the arrival at a stop)
  // Unit lifecycle: the unit this one merged into at its end; disbanded at its end; strength
  // as the sources give it on later dates ("strengths": "1918-12: 2000").
  std::string merged_into;
  std::int32_t merge_target = -1;  // index of merged_into, resolved by Atlas::link()
  bool disbanded = false;
  std::vector<std::pair<DayNumber, int>> strengths;
  std::string outcome;  // a mission's or event's result, shown on arrival
  // Polygons: triangles (three projected points each) covering the fill exactly once, when
  // the data layer could triangulate the rings; empty means "fill even-odd from the rings".
  std::vector<Vec2> fill_triangles;
};

// A note says what the loader decided for the user (e.g. which field it guessed a date is in):
// shown with the problems, not counted as one.
enum class Severity { Warning, Error, Note };
// "error: ", "warning: ", "note: "
const char* severity_label(Severity s);

// One problem with the input: which file, which feature, which field, what is wrong.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;
  std::string feature;  // id, or "#index" when the feature has no usable id
  std::string field;    // empty when the problem is not about one field
  std::string message;
  std::string to_string() const;
};

// A dated path: knots of (day, measure along the path), and the path as spans along the
// railways (route >= 0) or along the track's own great-circle legs (route -1).
struct Track {
  std::uint32_t feature = 0;
  std::int32_t route = -1;       // the railway the track names, or -1
  std::vector<PathSpan> spans;   // in order; spans[i].start is the measure where it begins
  Polyline own_path;             // great-circle legs, for spans with route -1
  std::vector<double> measures;  // per knot, along the path
  std::vector<DayNumber> times;  // per knot; a stop has two knots at one measure
  double length() const { return spans.empty() ? 0.0 : spans.back().start + spans.back().length(); }
};

// Fills x/y of points from lon/lat (the data layer's map projection); false on failure.
using Projector = std::function<bool(std::vector<GeoPoint>&)>;

struct Bounds {
  double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
  bool empty = true;
  void add(double x, double y);
};

// What evaluating a scene needs of one feature, packed so that a frame scans them in order
// instead of touching every Feature (link() fills Atlas::dates). Days as doubles; a missing
// start or end is open.
struct FeatureDates {
  double start_earliest = 0, start_latest = 0;
  double end_earliest = 0, end_latest = 0;
  double first_time = 0, last_time = 0;  // a track's first arrival and last departure
  Kind kind = Kind::Other;
  bool has_start = false, has_end = false, open_start = false, open_end = false;
  bool has_times = false;
};
FeatureDates dates_of(const Feature& f);

class Atlas {
 public:
  std::vector<Feature> features;
  std::vector<Polyline> routes;  // railways' geometry, by Atlas::route_index
  std::vector<Track> tracks;

  RouteNetwork network;  // the railways joined at their junctions
  // Filled by link(): per feature, its dates packed; and the features that can leave marks
  // of the story (pulses, formations, strength changes, mergers, disbandments, outcomes).
  std::vector<FeatureDates> dates;
  std::vector<std::uint32_t> effect_features;
  // Filled by link(): the point features by where they are, so a frame draws those in view.
  FeatureGrid points;

  // Checks ids, resolves routes and builds tracks; call once after all features are added.
  // Features that cannot be linked are reported and removed. project: for the points of
  // great-circle legs; without it they are interpolated in the projected plane.
  void link(std::vector<Diagnostic>& diagnostics, const Projector& project = {});

  const Feature* find(std::string_view id) const;
  std::int32_t index_of(std::string_view id) const;  // -1 when there is none
  // The point at a measure along a track's path (clamped to its ends).
  GeoPoint position(const Track& t, double measure) const;
  // The path between two measures (m0 <= m1), appended to out as points.
  void extract(const Track& t, double m0, double m1, std::vector<GeoPoint>& out) const;
  Bounds bounds(bool include_land) const;
  // Earliest and latest dated day in the data (for the time slider).
  std::pair<DayNumber, DayNumber> time_extent() const;

 private:
  std::unordered_map<std::string, std::uint32_t> by_id_;
};

// A track's last day: its last departure (equal to the last arrival but at a final stop).
DayNumber last_time(const Feature& f);

// Is the feature present on day t (start.earliest <= t <= end.latest, missing ends open)?
bool present_at(const Feature& f, double t);

}  // namespace histmap
