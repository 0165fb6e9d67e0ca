// histmap core: what is where at time t, as a pure function of the atlas and t.
// - Presence: each feature's stage (absent, present, after: an event's lasting marker, a
//   mission's outcome) and its opacity, which fades across an uncertain start or end range.
// - Movers: tracks at their position along the railways at t, holding at stops, with the
//   start of their fading trail.
// - Effects: the short-lived marks of the story: an event's pulse, a unit formed, its
//   strength changed, merged into another, disbanded; a mission's talks and its outcome.
// - Time modes: the instant t, a window of ± days around t, or everything since a start day
//   up to t (cumulative). In a window [from, to] (Window: t−w .. t+w; Since: start .. t):
//   * a dated feature whose span could meet the window (its earliest start to its latest end,
//     a track's first to last day; a missing end is open) is present, at the best opacity it
//     has on any day of the window (so an uncertain start fades in with the window as with t);
//   * what does not meet the window is as at the instant t: absent before, a past event's
//     small marker or a mission's outcome after. A window of 0 days is the instant;
//   * undated features (no start, end or times) are always there, as at the instant;
//   * events are present for the whole window (their pulse still plays on their day only);
//   * a track's mover stands where it is at t (at its first or last point when its dates
//     begin after t or ended before), and its trail runs from the window's first day (at
//     least trail_days back) to t: the path it travelled within the window. The part of the
//     window after t is not drawn;
//   * the marks of the story (pulses, formations ...) play at t only: they are moments.
// - Attribute filters act through a per-feature pass mask (attribute_filter.h), computed when
//   the filters change; the layer and side filter and the time mode combine with it (AND).
// evaluate_scene() reuses the Scene's storage, so a frame allocates nothing once warm.
#pragma once

#include <cstdint>
#include <vector>

#include "core/atlas.h"
#include "core/layers.h"

namespace histmap {

// How long the marks of the story last, in days of history (so they scale with the speed).
inline constexpr double kPulseDays = 6;
inline constexpr double kFormedDays = 10;
inline constexpr double kStrengthChangeDays = 10;
inline constexpr double kMergeDays = 12;
inline constexpr double kDisbandDays = 12;
inline constexpr double kOutcomeDays = 30;

enum Stage : std::uint8_t { kAbsent = 0, kPresent = 1, kAfter = 2 };

struct Presence {
  std::uint8_t stage = kAbsent;
  float opacity = 0;  // 0..1
};

// Where f stands at t: fades in across an uncertain start (e.g. "1918-06": through June) and
// out across an uncertain end; events stay as markers after they end, missions keep their
// outcome on the map for kOutcomeDays.
Presence presence_at(const Feature& f, double t);
Presence presence_at(const FeatureDates& d, double t);

// The strength the sources give for the unit at t: the last dated figure, else `strength`.
std::optional<int> strength_at(const Feature& f, double t);

struct UnitPosition {
  std::uint32_t feature = 0;
  std::uint32_t track = 0;
  GeoPoint pos;
  double measure = 0;     // along the track's path
  double trail_from = 0;  // measure where the trail starts (trail_days ago)
  bool holding = false;   // at a stop between its arrival and departure
};

enum class EffectKind : std::uint8_t {
  Pulse,
  Formed,
  StrengthChange,
  Merged,
  Disbanded,
  Talks,
  Outcome
};

struct Effect {
  EffectKind kind = EffectKind::Pulse;
  std::uint32_t feature = 0;
  GeoPoint pos;
  GeoPoint to;      // Merged: where the unit it joins stands
  float phase = 0;  // 0 at the start of the effect, 1 at its end
  int value = 0;    // StrengthChange: the new strength
};

enum class TimeMode : std::uint8_t {
  Instant,  // what is there at t
  Window,   // what meets [t − window_days, t + window_days]
  Since,    // what meets [since_day, t]: cumulative from a start
};

struct SceneOptions {
  double trail_days = 14;               // length of the fading trail behind moving units; 0: none
  const LayerFilter* filter = nullptr;  // hidden layers and sides are not in the scene
  TimeMode time_mode = TimeMode::Instant;
  double window_days = 0;  // Window: days on each side of t
  double since_day = 0;    // Since: the first day shown
  // Per feature, nonzero: passes the attribute filters (filter_mask()); null or empty: all do.
  // The base map (land, rivers, lakes) is never filtered out.
  const std::vector<std::uint8_t>* passes = nullptr;

  // The days the time mode shows, [from, to]; both t in Instant mode.
  double window_from(double t) const;
  double window_to(double t) const;
};

// Where f stands over the days [from, to] (from <= to): present when its dated span meets them,
// at its best opacity there; otherwise as presence_at(d, t). from == to == t: presence_at.
Presence presence_in(const FeatureDates& d, double t, double from, double to);

struct Scene {
  double t = 0;                       // day number; fractional days animate smoothly between dates
  std::vector<std::uint8_t> visible;  // per feature: a Stage (nonzero: drawn)
  std::vector<float> opacity;         // per feature
  std::vector<UnitPosition> movers;   // tracks in motion (or holding at a stop) at t
  std::vector<Effect> effects;
  std::vector<std::int32_t> mover_of;  // per feature: index into movers, or -1
  // Per layer: features there at t or in the window (stage kPresent), and of those the ones
  // the layer, side and attribute filters show.
  std::array<int, kLayerCount> present_count{};
  std::array<int, kLayerCount> shown_count{};
};

void evaluate_scene(const Atlas& atlas, double t, Scene& scene, const SceneOptions& options = {});

// Measure along the track's path at time t (t clamped to the track's dates).
double track_measure_at(const Track& track, double t);

// Is the track at a stop at t (between two knots at one measure)?
bool track_holding_at(const Track& track, double t);

}  // namespace histmap
