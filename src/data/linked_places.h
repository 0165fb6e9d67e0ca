// histmap data: Linked Places Format (LPF, the World Historical Gazetteer's temporal GeoJSON,
// github.com/LinkedPasts/linked-places-format), read from a feature's own JSON: GDAL keeps only
// "properties" as fields, and LPF says most in foreign members ("when", "names", "types",
// "descriptions", and "certainty" and "citations" on geometries and relations).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"

namespace histmap {

// Does the start of a GeoJSON file look like LPF? An "@context" naming linkedplaces, or a
// feature with a top-level "when".
bool looks_like_linked_places(std::string_view head);

struct LinkedPlace {
  bool present = false;                                    // the feature has any LPF member
  std::string id;                                          // "@id"
  std::string title;                                       // properties.title
  std::vector<std::pair<std::string, std::string>> names;  // (lang, toponym), in order
  std::vector<std::string> citations;                      // labels (or @id), each once
  std::vector<std::string> descriptions;                   // descriptions[].value
  std::vector<std::string> types;                          // types[].label
  std::string certainty;  // certain, approximate or conjectural (the conventions' words)
  std::optional<DateRange> start, end;
  int timespans = 0;                                          // the feature's own timespans read
  std::vector<std::pair<std::string, std::string>> problems;  // (member, what is wrong)
};

// Reads the LPF members of one feature's JSON text.
LinkedPlace read_linked_place(std::string_view feature_json);

}  // namespace histmap
