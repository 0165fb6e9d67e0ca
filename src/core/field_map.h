// histmap core: a source's own field names for the conventions' fields (DESIGN.md data
// conventions): "start=date_from" reads the feature's start from its field date_from. Given by
// the user (--field, a mapping file) or guessed from common names, and said so.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace histmap {

struct FieldMap {
  // (the conventions' field, the source's field), in the order given
  std::vector<std::pair<std::string, std::string>> entries;

  // The source's field for a conventions' field, or nullptr when none is mapped.
  const std::string* source_for(std::string_view field) const {
    for (const auto& [to, from] : entries)
      if (to == field) return &from;
    return nullptr;
  }
};

}  // namespace histmap
