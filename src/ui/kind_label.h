// histmap ui: what a feature is, in the interface's language ("kind.unit" = "unit"), for
// the inspector and the search results alike.
#pragma once

#include <string>

#include "core/atlas.h"
#include "core/i18n.h"

namespace histmap {

inline std::string kind_label(const Translations& tr, Kind k) {
  const std::string name = kind_name(k);
  return tr.tr_or("kind." + name, name);
}

}  // namespace histmap
