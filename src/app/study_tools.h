// histmap app: the researcher's tools from the command line and the window.
// - The scene the command line asks for (--date, --window/--since, --filter): one function,
//   so every command-line tool sees the map the same way.
// - --measure A B: the distance along the great circle and along the railway, printed.
// - --export-geojson / --export-csv: the features on the map at --date, written.
// - File names for what the window saves in the user's folders.
#pragma once

#include <optional>
#include <string>

#include "app/atlas_session.h"
#include "app/options.h"
#include "core/measure.h"
#include "core/scene.h"

namespace histmap {

// The day the command line shows: --date, else the session's first day.
double options_day(const AtlasSession& session, const Options& options);

// The scene at t as the command line's options ask for it (the trail, the time window, the
// attribute filters). Every command-line tool evaluates its scene here.
void evaluate_options_scene(const AtlasSession& session, const Options& options, double t,
                            Scene& scene);

// One end of a measurement: a feature id (a point: a station, a town, an event) or "LON,LAT".
struct MeasureEnd {
  GeoPoint point;             // lon/lat and projected
  std::int32_t feature = -1;  // -1 for a bare point
  std::string label;          // the id and name, or the coordinates, for messages
};
std::optional<MeasureEnd> resolve_measure_end(const AtlasSession& session, const std::string& spec,
                                              std::string& error);

// The measurement options.measure asks for; false with error when an end is unknown.
bool measurement_from_options(const AtlasSession& session, const Options& options, Measurement& m,
                              std::string& error);

// --measure A B: prints both distances; 0, or 2 when an end is unknown.
int run_measure(const Options& options, const AtlasSession& session);

// --export-geojson / --export-csv: 0, 1 when the file cannot be written.
int run_data_export(const Options& options, const AtlasSession& session);

// <folder>/histmap-<day>-<what>-<YYYYmmdd-HHMMSS>.<ext>, for the window's exports.
std::string timestamped_name(const std::string& folder, double day, const std::string& what,
                             const std::string& ext);

}  // namespace histmap
