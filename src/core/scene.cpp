#include "core/scene.h"

#include <algorithm>
#include <cmath>

namespace histmap {
namespace {

// Knot k1 with times[k1-1] <= t < times[k1]; t strictly inside the track's dates.
std::size_t segment_end(const Track& track, double t) {
  const auto it =
      std::upper_bound(track.times.begin(), track.times.end(), t,
                       [](double v, DayNumber d) { return v < static_cast<double>(d); });
  return static_cast<std::size_t>(it - track.times.begin());
}

// The share of a range [earliest, latest] that has passed by t: the range's first day counts.
double ramp(double earliest, double latest, double t) {
  return std::clamp((t - earliest + 1) / (latest - earliest + 1), 0.0, 1.0);
}

float phase_in(double t, double from, double days) {
  return static_cast<float>(std::clamp((t - from) / days, 0.0, 1.0));
}

}  // namespace

Presence presence_at(const Feature& f, double t) {
  return presence_at(dates_of(f), t);
}

Presence presence_at(const FeatureDates& d, double t) {
  Presence p;
  const bool event = d.kind == Kind::Event;
  const bool mission = d.kind == Kind::Mission;
  const bool before = (d.has_start && t < d.start_earliest) || (d.has_times && t < d.first_time);
  const bool after =
      (d.has_end && t >= d.end_latest + 1.0) || (d.has_times && t >= d.last_time + 1.0);
  if (before) return p;
  if (after) {
    if (event) {  // a past event stays as a small marker
      p.stage = kAfter;
      p.opacity = 1;
    } else if (mission && d.has_times && t < d.last_time + 1.0 + kOutcomeDays) {
      p.stage = kAfter;
      p.opacity = 1;
    }
    return p;
  }
  p.stage = kPresent;
  double o = 1;
  if (d.has_start && d.start_latest > d.start_earliest && !d.open_start)
    o = std::min(o, ramp(d.start_earliest, d.start_latest, t));
  // An event's end is when its marker shrinks, not a fade; a unit's uncertain end fades it.
  const bool same_as_start = d.has_start && d.has_end && d.start_earliest == d.end_earliest &&
                             d.start_latest == d.end_latest;
  if (!event && !same_as_start && d.has_end && d.end_latest > d.end_earliest && !d.open_end)
    o = std::min(o, 1.0 - ramp(d.end_earliest, d.end_latest, t - 1));
  p.opacity = static_cast<float>(std::max(o, 0.0));
  return p;
}

double SceneOptions::window_from(double t) const {
  switch (time_mode) {
    case TimeMode::Instant:
      break;
    case TimeMode::Window:
      return t - std::max(0.0, window_days);
    case TimeMode::Since:
      return std::min(since_day, t);
  }
  return t;
}

double SceneOptions::window_to(double t) const {
  return time_mode == TimeMode::Window ? t + std::max(0.0, window_days) : t;
}

Presence presence_in(const FeatureDates& d, double t, double from, double to) {
  const Presence at_t = presence_at(d, t);
  if (!(from < to) || (at_t.stage == kPresent && at_t.opacity >= 1)) return at_t;
  // The opacity rises across the start's range, holds, and falls across the end's: its best
  // over [from, to] is at an end of the window or where the certain part begins or ends.
  Presence best = at_t;
  const auto consider = [&](double day) {
    const Presence p = presence_at(d, std::clamp(day, from, to));
    const auto rank = [](const Presence& q) {
      return q.stage == kPresent ? 2 : q.stage == kAfter ? 1 : 0;
    };
    if (rank(p) > rank(best) || (rank(p) == rank(best) && p.opacity > best.opacity)) best = p;
  };
  consider(from);
  consider(to);
  if (d.has_start) consider(d.start_latest);
  if (d.has_end) consider(d.end_earliest);
  if (d.has_times) {
    consider(d.first_time);
    consider(d.last_time);
  }
  return best;
}

std::optional<int> strength_at(const Feature& f, double t) {
  std::optional<int> s = f.strength;
  for (const auto& [day, men] : f.strengths)
    if (day <= t) s = men;
  return s;
}

namespace {

// Where a track is at t from one search of its knots: its measure, whether it is at a stop,
// and the knot its segment ends at (0 outside its dates).
struct TrackState {
  double measure = 0;
  bool holding = false;
  std::size_t k1 = 0;
};

TrackState track_state_at(const Track& track, double t) {
  const auto& times = track.times;
  TrackState s;
  if (times.empty()) return s;
  if (t <= times.front()) {
    s.measure = track.measures.front();
  } else if (t >= times.back()) {
    s.measure = track.measures.back();
  } else {
    const std::size_t k1 = segment_end(track, t), k0 = k1 - 1;
    const double span = static_cast<double>(times[k1] - times[k0]);
    const double f = span > 0 ? (t - times[k0]) / span : 1.0;
    s.measure = track.measures[k0] + (track.measures[k1] - track.measures[k0]) * f;
    s.holding = track.measures[k1] == track.measures[k0] && times[k1] > times[k0];
    s.k1 = k1;
  }
  return s;
}

}  // namespace

double track_measure_at(const Track& track, double t) {
  return track_state_at(track, t).measure;
}

bool track_holding_at(const Track& track, double t) {
  return track_state_at(track, t).holding;
}

void evaluate_scene(const Atlas& atlas, double t, Scene& scene, const SceneOptions& options) {
  scene.t = t;
  const std::size_t n = atlas.features.size();
  scene.visible.resize(n);
  scene.opacity.resize(n);
  scene.present_count.fill(0);
  scene.shown_count.fill(0);
  // The packed dates when link() made them (a frame then reads 56 bytes a feature in order).
  const bool packed = atlas.dates.size() == n;
  const bool sides = options.filter && !options.filter->hidden_sides.empty();
  const double window_from = options.window_from(t), window_to = options.window_to(t);
  const bool window = window_from < window_to;
  const std::uint8_t* passes =
      options.passes && options.passes->size() == n ? options.passes->data() : nullptr;
  for (std::size_t i = 0; i < n; ++i) {
    const FeatureDates d = packed ? atlas.dates[i] : dates_of(atlas.features[i]);
    Presence p = window ? presence_in(d, t, window_from, window_to) : presence_at(d, t);
    const Layer l = layer_of(d.kind);
    const auto layer = static_cast<std::size_t>(l);
    if (p.stage == kPresent) ++scene.present_count[layer];
    if (options.filter && p.stage != kAbsent &&
        (sides ? !options.filter->shows(atlas.features[i])
               : d.kind != Kind::Land && !options.filter->layer_shown(l)))
      p = {};
    if (passes && !passes[i] && l != Layer::Base) p = {};
    if (p.stage == kPresent) ++scene.shown_count[layer];
    scene.visible[i] = p.stage;
    scene.opacity[i] = p.opacity;
  }
  scene.movers.clear();
  scene.effects.clear();
  scene.mover_of.assign(n, -1);
  for (std::uint32_t k = 0; k < atlas.tracks.size(); ++k) {
    const Track& track = atlas.tracks[k];
    if (scene.visible[track.feature] != kPresent) continue;
    UnitPosition u;
    u.feature = track.feature;
    u.track = k;
    const TrackState state = track_state_at(track, t);
    u.measure = state.measure;
    u.holding = state.holding;
    // In a window the trail is the path travelled within it (and at least trail_days long).
    const double trail_start =
        options.trail_days > 0 ? std::min(window_from, t - options.trail_days) : window_from;
    u.trail_from = trail_start < t ? track_measure_at(track, trail_start) : u.measure;
    u.pos = atlas.position(track, u.measure);
    scene.mover_of[track.feature] = static_cast<std::int32_t>(scene.movers.size());
    scene.movers.push_back(u);
    if (u.holding && atlas.features[track.feature].kind == Kind::Mission) {
      // Talks: the phase runs through the stay.
      const double from = track.times[state.k1 - 1], to = track.times[state.k1];
      scene.effects.push_back({EffectKind::Talks, track.feature, u.pos, u.pos,
                               phase_in(t, from, std::max(1.0, to - from)), 0});
    }
  }

  // Where a feature stands now: a mover's position, else its first point.
  const auto where = [&](std::uint32_t i) -> GeoPoint {
    if (scene.mover_of[i] >= 0)
      return scene.movers[static_cast<std::size_t>(scene.mover_of[i])].pos;
    const Feature& f = atlas.features[i];
    if (!f.parts.empty() && !f.parts.front().empty()) return f.parts.front().front();
    return {};
  };
  // Only the features that can leave marks (all of them when the atlas was not linked).
  const std::size_t candidates = packed ? atlas.effect_features.size() : n;
  for (std::size_t c = 0; c < candidates; ++c) {
    const auto i = packed ? atlas.effect_features[c] : static_cast<std::uint32_t>(c);
    // An event marks only the days after its start: the packed dates tell without reading
    // the feature, which a large layer of events would otherwise make every frame pay for.
    if (packed && atlas.dates[i].kind == Kind::Event &&
        !(scene.visible[i] && atlas.dates[i].has_start &&
          t < atlas.dates[i].start_earliest + kPulseDays))
      continue;
    const Feature& f = atlas.features[i];
    // What the user hid leaves no marks either (a hidden unit's merger is hidden with it).
    if (options.filter && !options.filter->shows(f)) continue;
    if (passes && !passes[i]) continue;
    // (In a window an event can be on the map before its day: it pulses from its day on.)
    if (f.kind == Kind::Event && scene.visible[i] && f.start && t >= f.start->earliest &&
        t < f.start->earliest + kPulseDays) {
      scene.effects.push_back(
          {EffectKind::Pulse, i, where(i), {}, phase_in(t, f.start->earliest, kPulseDays), 0});
    }
    if (f.kind == Kind::Mission && scene.visible[i] == kAfter && !f.outcome.empty()) {
      const GeoPoint end = f.parts.front().back();
      scene.effects.push_back(
          {EffectKind::Outcome, i, end, end, phase_in(t, last_time(f) + 1.0, kOutcomeDays), 0});
    }
    if (f.kind != Kind::Unit && f.kind != Kind::Movement) continue;
    // Formation is marked where the sources date it to a month or closer; a unit known only
    // by its year just fades in.
    if (f.kind == Kind::Unit && scene.visible[i] && f.start && !f.start->open_start &&
        f.start->latest - f.start->earliest <= 31) {
      const double to = std::max(f.start->latest + 1.0, f.start->earliest + kFormedDays);
      if (t >= f.start->earliest && t < to)
        scene.effects.push_back({EffectKind::Formed,
                                 i,
                                 where(i),
                                 {},
                                 phase_in(t, f.start->earliest, to - f.start->earliest),
                                 0});
    }
    if (scene.visible[i]) {
      for (const auto& [day, men] : f.strengths)
        if (t >= day && t < day + kStrengthChangeDays)
          scene.effects.push_back({EffectKind::StrengthChange,
                                   i,
                                   where(i),
                                   {},
                                   phase_in(t, day, kStrengthChangeDays),
                                   men});
    }
    if (f.end && !f.end->open_end && f.merge_target >= 0) {
      const double from = f.end->earliest;
      const double to = std::max(f.end->latest + 1.0, from + kMergeDays);
      if (t >= from && t < to)
        scene.effects.push_back({EffectKind::Merged, i, where(i),
                                 where(static_cast<std::uint32_t>(f.merge_target)),
                                 phase_in(t, from, to - from), 0});
    } else if (f.end && !f.end->open_end && f.disbanded) {
      const double from = f.end->latest + 1.0;
      if (t >= from && t < from + kDisbandDays)
        scene.effects.push_back(
            {EffectKind::Disbanded, i, where(i), {}, phase_in(t, from, kDisbandDays), 0});
    }
  }
}

}  // namespace histmap
