// histmap ui: the progress of a long job (a video export) over the map, with its figures and
// a Cancel button, so a teacher sees it is working and how long it has left.
#pragma once

#include <string>

#include "core/i18n.h"

namespace histmap {

// fraction 0..1; `detail` is a line such as "135 / 300 frames, 12 s left". True if Cancel
// was pressed.
bool draw_progress_panel(const std::string& title, float fraction, const std::string& detail,
                         const Translations& tr, float display_w, float display_h);

}  // namespace histmap
