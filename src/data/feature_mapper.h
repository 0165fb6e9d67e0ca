// histmap data: one OGR feature's fields into a core Feature, following the temporal GeoJSON
// conventions of DESIGN.md (id, kind, names, start/end, calendar, times, route, strength,
// commander, affiliation, certainty, sources, note). Every problem becomes a Diagnostic naming
// the file, the feature and the field; errors skip the feature, warnings keep it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.h"

class OGRFeature;

namespace histmap {

// What the loader knows of a feature beyond its OGR fields.
struct FeatureSource {
  // The feature as GeoJSON text (GDAL's native data) when the file is GeoJSON: it tells the JSON
  // type of each property, which OGR's fields lose when a column mixes types, the feature's own
  // "id" member, and whether a geometry that GDAL could not read was there at all.
  std::string_view json;
  // What GDAL said while reading this feature (e.g. a coordinate that is text, not a number).
  std::string read_problem;
};

// index: the feature's position in its layer, used when it has no id.
// Returns false when the feature must be skipped (an error has been reported).
bool map_feature(const OGRFeature& src, const std::string& file, long long index, Feature& out,
                 std::vector<Diagnostic>& diagnostics, const FeatureSource& source = {});

}  // namespace histmap
