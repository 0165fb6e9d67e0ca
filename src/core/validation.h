// histmap core: the rules a loaded atlas must meet beyond what loading already checks.
// - Every user's data: a station that names its railway lies on it; a track's route exists.
// - The bundled atlas adds: every feature inside the map region, every event says when it
//   ended, every feature cites a source.
// Loading reports broken fields (dates, times, geometry, ids); this looks across features.
#pragma once

#include <optional>
#include <vector>

#include "core/atlas.h"

namespace histmap {

struct LonLatBox {
  double min_lon = -180, min_lat = -90, max_lon = 180, max_lat = 90;
  bool contains(const GeoPoint& p) const {
    return p.lon >= min_lon && p.lon <= max_lon && p.lat >= min_lat && p.lat <= max_lat;
  }
};

struct ValidationRules {
  double max_station_offset_m = 2000;  // "each station within 2 km of its railway"
  std::optional<LonLatBox> region;     // every vertex must lie inside
  bool require_sources = false;
  bool require_event_end = false;
};

// The rules the bundled "Steppe and Rail" data is held to (tests/data and --check --strict).
ValidationRules bundled_rules();

void validate_atlas(const Atlas& atlas, const ValidationRules& rules,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace histmap
