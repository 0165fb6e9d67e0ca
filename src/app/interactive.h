// histmap app: the window. Explore mode: the map with drag to pan, wheel to zoom about the
// pointer, space to play/pause, and the timeline panel. Returns the process exit code.
#pragma once

#include "app/atlas_session.h"
#include "app/options.h"
#include "core/kiosk.h"

#include <optional>

namespace histmap {

// kiosk: set in kiosk mode (its settings, already read). load_data: the session is empty and
// options.data is loaded in the window, off the UI thread, with a progress bar.
int run_window(const Options& options, AtlasSession& session,
               const std::optional<KioskConfig>& kiosk = std::nullopt, bool load_data = false);

}  // namespace histmap
