// histmap data: one OGR feature's fields into a core Feature, following the temporal GeoJSON
// conventions of DESIGN.md (id, kind, names, start/end, calendar, times, route, strength,
// commander, affiliation, certainty, sources, note). Every problem becomes a Diagnostic naming
// the file, the feature and the field; errors skip the feature, warnings keep it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/atlas.h"
#include "core/field_map.h"

class OGRFeature;

namespace histmap {

// A layer's field indexes by name, looked up once: OGRFeature::GetFieldIndex compares the name
// with every field's, ignoring case, for each conventions' field of every feature (13-17 % of a
// million-point load's CPU). One per layer: the loader makes it, the mapper fills it.
class FieldIndexCache {
 public:
  int find(const OGRFeature& f, const char* name);

 private:
  struct NameHash {
    using is_transparent = void;  // looked up by string_view: no string made per question
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, NameHash, std::equal_to<>> known_;
};

// What the loader knows of a feature beyond its OGR fields.
struct FeatureSource {
  // The feature as GeoJSON text (GDAL's native data) when the file is GeoJSON: it tells the JSON
  // type of each property, which OGR's fields lose when a column mixes types, the feature's own
  // "id" member, and whether a geometry that GDAL could not read was there at all.
  std::string_view json;
  // What GDAL said while reading this feature (e.g. a coordinate that is text, not a number).
  std::string read_problem;
  // How the layer's fields give the conventions' fields (the user's map and the guesses),
  // from resolve_fields; null: every field under its own name.
  const std::vector<FieldBinding>* bindings = nullptr;
  // Conventions' fields that no feature of the layer has, already said once for the layer:
  // not said again for each feature.
  const std::vector<std::string>* absent_in_layer = nullptr;
  // Values for this feature alone, as JSON text, that win over its fields (a KML placemark's
  // TimeSpan as written, which GDAL's fields keep only to the day).
  std::vector<std::pair<std::string, std::string>> values;
  // Read the Linked Places Format members of the feature's JSON.
  bool linked_places = false;
  // The layer's field indexes (null: asked of the feature each time).
  FieldIndexCache* field_indexes = nullptr;
};

// index: the feature's position in its layer, used when it has no id.
// Returns false when the feature must be skipped (an error has been reported).
bool map_feature(const OGRFeature& src, const std::string& file, long long index, Feature& out,
                 std::vector<Diagnostic>& diagnostics, const FeatureSource& source = {});

}  // namespace histmap
