// histmap data: one OGR feature's fields into a core Feature, following the temporal GeoJSON
// conventions of DESIGN.md (id, kind, names, start/end, calendar, times, route, strength,
// commander, affiliation, certainty, sources, note). Every problem becomes a Diagnostic naming
// the file, the feature and the field; errors skip the feature, warnings keep it.
#pragma once

#include <string>
#include <vector>

#include "core/atlas.h"

class OGRFeature;

namespace histmap {

// index: the feature's position in its layer, used when it has no id.
// Returns false when the feature must be skipped (an error has been reported).
bool map_feature(const OGRFeature& src, const std::string& file, long long index, Feature& out,
                 std::vector<Diagnostic>& diagnostics);

}  // namespace histmap
