// histmap app: the command line. Parsing is separate from running so it is unit-tested;
// a bad option yields a message and exit code 2.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/attribute_filter.h"
#include "core/date.h"
#include "core/date_format.h"
#include "core/field_map.h"
#include "render/style.h"

namespace histmap {

struct Options {
  bool help = false;
  bool version = false;
  bool quiet = false;
  bool check = false;                // --check: validate DATA (or the bundled atlas) and report
  bool strict = false;               // --strict: hold DATA to the bundled atlas's rules
  std::string render_path;           // --render FILE.png
  std::optional<DayNumber> date;     // --date
  std::optional<int> width, height;  // --size WxH
  Language language = Language::En;
  DateDisplay date_display = DateDisplay::Auto;
  std::string projection;         // --projection, empty: the default
  double trail_days = 14;         // --trail: days of fading trail behind moving units
  Theme theme = Theme::Default;   // --theme default|projector
  std::string select;             // --select ID: the feature the inspector opens on
  bool ui = false;                // --ui: --render draws the window's panels too
  std::vector<std::string> data;  // positional: files or folders instead of the bundled atlas
  std::string sql;                // --sql QUERY: read its result on each DATA source, not layers
  FieldMap fields;                // --field TO=FROM (repeatable): the user's field names
  std::string fields_file;        // --fields FILE: a mapping file (--field entries win)

  // Studying: the time mode and attribute filters, for --render, the window and exports.
  std::optional<double> window_days;     // --window DAYS: ± days around --date
  std::optional<DayNumber> since;        // --since DATE: everything from DATE up to --date
  std::vector<AttributeFilter> filters;  // --filter EXPR (repeatable)
  bool stats = false;                    // --stats: open the statistics strip
  std::optional<Layer> histogram_layer;  // --histogram LAYER: the timeline's bars count it

  // Classroom and exhibition.
  std::vector<std::string> check_story;  // --check-story FILE (repeatable)
  std::string story;                     // --story NAME: start in (or export, or render) this story
  std::optional<int> chapter;            // --chapter K (1-based): with --story
  bool kiosk = false;                    // --kiosk: fullscreen, locked, attract loop
  std::string kiosk_config;              // --kiosk-config FILE (implies --kiosk)
  std::optional<int> display;            // --display N: the screen to go fullscreen on (0-based)
  bool fullscreen = false;               // --fullscreen
  double scale = 1;                      // --scale S: --render and exports at S times the size
  std::string export_video;              // --export-video FILE.mp4
  std::string export_frames;             // --export-frames DIR: a PNG sequence
  std::optional<DayNumber> from, to;     // --from, --to: the range a video plays
  int fps = 30;                          // --fps
  std::optional<double> duration;        // --duration SECONDS of video
  std::optional<int> osc_port;           // --osc-port PORT: listen for show control
  std::string osc_send;                  // --osc-send HOST:PORT: send the current date there

  // Research.
  std::vector<std::string> measure;  // --measure A B: two feature ids or LON,LAT
  std::string export_geojson;        // --export-geojson FILE: the visible features at --date
  std::string export_csv;            // --export-csv FILE

  bool exporting() const { return !export_video.empty() || !export_frames.empty(); }
  bool exporting_data() const { return !export_geojson.empty() || !export_csv.empty(); }
};

struct ParseResult {
  Options options;
  std::string error;  // non-empty: print it with the usage hint and exit 2
};

ParseResult parse_options(const std::vector<std::string>& args);

// The size in pixels of a --render or exported frame: --size (default 1920x1080) times --scale.
void frame_size(const Options& options, int& width, int& height);
std::string usage_text();

}  // namespace histmap
