// histmap app: the loaded data and what follows from it: the atlas, its diagnostics, the
// slider range and the first view.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/options.h"
#include "core/atlas.h"
#include "core/camera.h"
#include "data/projection.h"

namespace histmap {

struct AtlasSession {
  Atlas atlas;
  std::vector<Diagnostic> diagnostics;
  DayNumber first_day = 0;
  DayNumber last_day = 0;
  bool bundled = true;
  std::shared_ptr<const Projection> projection;  // the data's: stories' views are projected with it
};

// The user's field map: the --fields file's entries, then --field's (which win). Fails (with
// error) when the file cannot be read or has a bad line.
std::optional<FieldMap> field_map_for(const Options& options, std::string& error);

// Loads options.data, or the bundled atlas when it is empty. Fails (with error) only when the
// projection or the field map is not understood; bad data is reported in diagnostics and skipped.
std::optional<AtlasSession> load_session(const Options& options, std::string& error);

// The session before its data is loaded (the window loads it off the UI thread): the
// projection and the default period, no features.
std::optional<AtlasSession> empty_session(const Options& options, std::string& error);

// Is the bundled atlas's folder among the inputs (`histmap geodata mine.csv`)? Then the session
// is the bundled atlas with the user's layers beside it: its title, its period and its view.
bool includes_bundled(const std::vector<std::string>& inputs);

// Prints diagnostics to out, at most `limit` lines plus a count of the rest.
void report_diagnostics(const std::vector<Diagnostic>& diagnostics, std::FILE* out,
                        std::size_t limit = 40);

// The opening view: the whole data, or for the bundled atlas the span of its railways.
Camera initial_camera(const Atlas& atlas, int width, int height, bool bundled);

}  // namespace histmap
