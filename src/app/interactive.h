// histmap app: the window. Explore mode: the map with drag to pan, wheel to zoom about the
// pointer, space to play/pause, and the timeline panel. Returns the process exit code.
#pragma once

#include "app/atlas_session.h"
#include "app/options.h"
#include "core/kiosk.h"

#include <optional>

namespace histmap {

// kiosk: set in kiosk mode (its settings, already read).
int run_window(const Options& options, AtlasSession& session,
               const std::optional<KioskConfig>& kiosk = std::nullopt);

}  // namespace histmap
