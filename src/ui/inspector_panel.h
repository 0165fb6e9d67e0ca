// histmap ui: the inspector. A panel on the right for the feature the user clicked: its name
// in every language, what it is, when (at the precision and in the calendar the data gives),
// strength and commander, certainty, the note, the sources as cited, and every other attribute
// the file holds. Closing it clears the selection.
#pragma once

#include <cstdint>
#include <optional>

#include "core/atlas.h"
#include "core/date_format.h"
#include "core/i18n.h"

namespace histmap {

struct InspectorView {
  std::optional<std::uint32_t> feature;  // the selection; empty: the panel is hidden
  float width = 0;                       // set by the panel: pixels it occupies at the right
};

void draw_inspector_panel(const Atlas& atlas, InspectorView& view, const Translations& tr,
                          DateDisplay display, float display_w, float display_h,
                          float bottom_reserved);

}  // namespace histmap
