// histmap core: a source's own field names for the conventions' fields (DESIGN.md data
// conventions): "start=date_from" reads the feature's start from its field date_from. Given by
// the user (--field, a mapping file) or guessed from common names, and said so. A constant
// (kind="event") gives every feature of a layer without that field the value, so a table of
// rows without a kind column can be drawn as events (layers that have the field keep theirs).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace histmap {

struct FieldMap {
  // (the conventions' field, the source's field), in the order given
  std::vector<std::pair<std::string, std::string>> entries;
  // (the conventions' field, a value every feature gets), for kind="event"
  std::vector<std::pair<std::string, std::string>> constants;

  // The source's field for a conventions' field, or nullptr when none is mapped.
  const std::string* source_for(std::string_view field) const {
    for (const auto& [to, from] : entries)
      if (to == field) return &from;
    return nullptr;
  }
  const std::string* constant_for(std::string_view field) const {
    for (const auto& [to, value] : constants)
      if (to == field) return &value;
    return nullptr;
  }
  bool empty() const { return entries.empty() && constants.empty(); }
};

// The conventions' field names (id, kind, name, start, end, sources, note ...).
const std::vector<std::string_view>& convention_fields();

// Adds one "TO=FROM" (the field FROM gives TO) or 'TO="value"' (every feature gets value) to
// map; a later entry for the same TO replaces the earlier one. Returns an error message, empty
// when it was added.
std::string add_field_mapping(FieldMap& map, std::string_view spec);

// Several entries on one line, as the window's Open panel takes them: `start=date_from
// kind="event"` (separated by spaces or commas outside quotes). Adds the good ones; returns the
// first error, empty when all were added.
std::string add_field_mappings(FieldMap& map, std::string_view entries);

// A mapping file: one "TO = FROM" or 'TO = "value"' per line; blank lines and lines starting
// with # are skipped. Each bad line gives "line N: ..." in errors; the good ones are added.
void parse_field_map_text(std::string_view text, FieldMap& map, std::vector<std::string>& errors);

// How one conventions' field is read in a layer.
struct FieldBinding {
  std::string field;   // the conventions' field
  std::string source;  // the layer's field it is read from (empty for a constant)
  std::string value;   // the constant, when is_constant
  bool is_constant = false;
  bool guessed = false;  // from a common name, not the user's map: say so
};

// The bindings for a layer with these field names: the user's map first; else a field of the
// conventions' own name (exactly, as it is read without a binding); else, when guess is true, a
// field whose name is the conventions' name in other letter case or a common name for it
// (start <- date_from, from, begin, year ...; name <- title, label ...), case-insensitively.
// A layer field already read for another conventions' field under its own name is not guessed.
// Fields read under their own name need no binding and are not listed; a constant does not
// apply to a layer that has a field of its name.
std::vector<FieldBinding> resolve_fields(const FieldMap& user,
                                         const std::vector<std::string>& layer_fields,
                                         bool guess = true);

}  // namespace histmap
