#include "app/options.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "core/dual_date.h"
#include "core/settings_text.h"

namespace histmap {
namespace {

bool parse_size(const std::string& v, int& w, int& h) {
  const auto x = v.find('x');
  if (x == std::string::npos) return false;
  const char* b = v.data();
  const auto r1 = std::from_chars(b, b + x, w);
  const auto r2 = std::from_chars(b + x + 1, b + v.size(), h);
  return r1.ec == std::errc() && r1.ptr == b + x && r2.ec == std::errc() && r2.ptr == b + v.size();
}

bool parse_int(const std::string& v, int& out) {
  const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  return r.ec == std::errc() && r.ptr == v.data() + v.size();
}

std::optional<DayNumber> parse_day(const std::string& name, const std::string& value,
                                   std::string& error) {
  const DateParseResult d = parse_date(value, Calendar::Gregorian);
  if (!d.range || d.range->is_interval) {
    error = name + ": '" + value + "' is not a date" +
            (d.error.empty() ? "" : " (" + d.error + ")") +
            "; write it as YYYY-MM-DD, e.g. 1918-05-27";
    return std::nullopt;
  }
  return d.range->earliest;
}

}  // namespace

std::string usage_text() {
  return R"(Usage: histmap [OPTIONS] [DATA...]

An animated historical atlas. With no DATA, opens the bundled atlas
"Steppe and Rail, 1917-1920" in a window.

  DATA...                 files or folders of vector data (GeoJSON, GeoPackage,
                          Shapefile, KML, CSV ... anything GDAL reads) to show
                          instead of the bundled atlas; a PostGIS database as
                          "PG:dbname=NAME host=HOST user=USER tables=TABLE,..."
  --sql QUERY             read the result of QUERY on each DATA source instead of
                          its layers: on PostGIS the server runs it (read-only),
                          on files GDAL's SQL; e.g. --sql "SELECT * FROM events
                          WHERE start LIKE '1918%'"
  --render FILE.png       draw one frame offscreen and write it as PNG; needs no
                          display
  --date DATE             the day to show: 1918-05-27 (ISO 8601, New Style) or
                          as Russian sources write it, "5 (18) December 1917"
  --size WIDTHxHEIGHT     frame size in pixels (default 1920x1080 for --render,
                          1280x720 for the window)
  --lang en|ru|kk|cs      language of the interface and of names on the map
                          (default en)
  --theme default|projector  the projector theme: high contrast, larger type
  --dates auto|ns|os|both how dates are written: New Style, Old Style, or both
                          ("5 (18) December 1917"); auto = both before
                          14 February 1918 (default)
  --trail DAYS            length of the fading trail behind moving units, in days
                          of history (default 14; 0: no trail)
  --select ID             open the inspector on this feature (and ring it)
  --ui                    with --render: draw the window's panels too (toolbar,
                          legend, timeline, inspector)
  --window DAYS           show everything dated within DAYS days either side of
                          --date, not just that day (a time window)
  --since DATE            show everything dated from DATE up to --date
                          (cumulative)
  --filter EXPR           show only features that pass an attribute filter
                          (repeatable; all must pass): field=value, field~text
                          (contains, any case or script), field=LO..HI (numbers
                          or dates; an end may be left open); prefix layer: for
                          one layer, e.g. units:strength=1000..100000,
                          events:start=1918-05..1918-08, name~семей
  --stats                 open the statistics strip (counts per kind and side)
  --histogram LAYER       the timeline's bars count this layer's features present
                          per week (units, movements, missions, events ...)
  --projection DEF        map projection as PROJ understands it (default: Lambert
                          conformal conic for Eurasia)
  --field TO=FROM         read the conventions' field TO (start, end, name, kind,
                          sources, note ...) from the data's field FROM, e.g.
                          --field start=date_from; TO="value" gives that value
                          to every feature of a layer without the field
                          (--field kind="event"); repeatable. Without it, common
                          names (date_from, year, begin, title, source,
                          description ...) are guessed and said so
  --fields FILE           a mapping file: one TO = FROM per line, # comments
  --check                 validate DATA (default: the bundled atlas) against the
                          data conventions and print a report per file, feature
                          and field; exit 0 when clean, 1 when not
  --strict                with --check: also apply the bundled atlas's rules
                          (map region, sources on every feature, events end)
  --scale S               with --render or an export: S times the size, lines
                          and type (1 to 8; --size 1920x1080 --scale 4 gives a
                          7680x4320 print)
  --check-story FILE      check a story file against the format and the data;
                          print every problem with its line; exit 1 on errors
  --story NAME            start in the story NAME (a file in assets/stories, or
                          a path to a .story file); with --render, draws a
                          chapter's resting view; with --export-video, the story
  --chapter K             with --story: start at (or draw) chapter K (from 1)
  --export-video FILE.mp4 render the animation offscreen at a fixed time step and
                          encode it with ffmpeg as H.264 (captions and date burned
                          in; needs an even frame size): --from/--to days, or
                          --story NAME
  --export-frames DIR     the same, as a PNG sequence frame-00001.png ... in DIR
  --from DATE, --to DATE  the days an export plays, first and last frame
  --fps N                 frames per second of an export (default 30)
  --duration SECONDS      length of a --from/--to export (default 10): a frame
                          each 1/fps s, fps x duration + 1 frames, the first
                          showing --from and the last --to
  --kiosk                 exhibition mode: fullscreen, no way for a visitor to
                          quit or reach settings, attract loop of the stories
                          when idle; the operator: Ctrl+Alt+Shift+O (menu),
                          Ctrl+Alt+Shift+Q (quit), or a 3 s press in the
                          top-left corner and the PIN
  --kiosk-config FILE     kiosk settings (implies --kiosk); see docs/kiosk.md
  --display N             the screen to go fullscreen on (0 = the first)
  --fullscreen            fullscreen window without the kiosk lock
  --osc-port PORT         listen for show control over OSC (UDP) on PORT:
                          /histmap/date, play, pause, story, chapter, language
  --osc-send HOST:PORT    send /histmap/date to HOST:PORT as the date changes, so
                          other screens can follow this one
  --measure A B           print the distance from A to B along the great circle
                          and along the railway; A and B are feature ids
                          (st-penza) or LON,LAT (45.0,53.2); with --render, draw
                          the measurement on the map instead
  --export-geojson FILE   write the features on the map at --date (after
                          --window/--since and --filter) as GeoJSON (RFC 7946):
                          attributes, dates as given and in ISO 8601 with the
                          calendar, sources
  --export-csv FILE       the same as CSV: geometry as WKT, lon/lat columns
  --quiet                 do not list problems found in the data, nor show an
                          export's progress
  --version               print the version
  --help                  print this help

Keys in the window: space plays/pauses; , and . step a day back and forward (Shift:
a week); Page Up/Down jump to the previous/next event; arrows pan the map; + and -
zoom; Home fits the map to the data; Ctrl+F or / searches; F1-F4 switch language
(English, Russian, Kazakh, Czech); F5 toggles the projector theme; F12 saves a
screenshot. In a story: Page Down, right arrow, space or a clicker's "next" go to the
next chapter, Page Up or left arrow back; Esc leaves the story. Drag or one finger
pans; the wheel or two fingers zoom; a double click or double tap zooms in; a click or
tap on the map or on a timeline marker opens the inspector; Esc closes it.
The toolbar's Measure: two clicks measure the great circle (two stations: also along
the railway); Esc ends it. Export saves what is on the map as GeoJSON, CSV or a PNG.
Exit codes: 0 success, 1 failure (e.g. no display, unreadable output, --check found
problems), 2 bad usage.
)";
}

void frame_size(const Options& options, int& width, int& height) {
  width = static_cast<int>(std::lround(options.width.value_or(1920) * options.scale));
  height = static_cast<int>(std::lround(options.height.value_or(1080) * options.scale));
}

ParseResult parse_options(const std::vector<std::string>& args) {
  ParseResult r;
  Options& o = r.options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    // Options with a value take it as the next argument or after '='.
    std::string name = a, value;
    bool has_inline = false;
    if (a.rfind("--", 0) == 0) {
      if (auto eq = a.find('='); eq != std::string::npos) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
        has_inline = true;
      }
    }
    auto need_value = [&]() -> bool {
      if (has_inline) return true;
      if (i + 1 >= args.size()) {
        r.error = "option " + name + " needs a value";
        return false;
      }
      value = args[++i];
      return true;
    };
    if (name == "--help" || name == "-h") {
      o.help = true;
    } else if (name == "--version") {
      o.version = true;
    } else if (name == "--quiet") {
      o.quiet = true;
    } else if (name == "--check") {
      o.check = true;
    } else if (name == "--strict") {
      o.strict = true;
    } else if (name == "--render") {
      if (!need_value()) return r;
      if (value.empty()) {
        r.error = "--render needs a file name";
        return r;
      }
      o.render_path = value;
    } else if (name == "--date" || name == "--from" || name == "--to") {
      if (!need_value()) return r;
      const std::optional<DayNumber> day = parse_day(name, value, r.error);
      if (!day) return r;
      (name == "--date" ? o.date : name == "--from" ? o.from : o.to) = day;
    } else if (name == "--size") {
      if (!need_value()) return r;
      int w = 0, h = 0;
      if (!parse_size(value, w, h) || w < 16 || h < 16 || w > 8192 || h > 8192) {
        r.error = "--size: '" + value +
                  "' is not WIDTHxHEIGHT with each between 16 and 8192, e.g. 1920x1080";
        return r;
      }
      o.width = w;
      o.height = h;
    } else if (name == "--lang") {
      if (!need_value()) return r;
      const std::optional<Language> lang = parse_language(value);
      if (!lang) {
        r.error = "--lang: '" + value + "' is not one of en, ru, kk, cs";
        return r;
      }
      o.language = *lang;
    } else if (name == "--dates") {
      if (!need_value()) return r;
      if (value == "auto")
        o.date_display = DateDisplay::Auto;
      else if (value == "ns")
        o.date_display = DateDisplay::NewStyle;
      else if (value == "os")
        o.date_display = DateDisplay::OldStyle;
      else if (value == "both")
        o.date_display = DateDisplay::Both;
      else {
        r.error = "--dates: '" + value + "' is not one of auto, ns, os, both";
        return r;
      }
    } else if (name == "--trail") {
      if (!need_value()) return r;
      char* end = nullptr;
      const double days = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || !(days >= 0 && days <= 365)) {
        r.error = "--trail: '" + value + "' is not a number of days from 0 to 365";
        return r;
      }
      o.trail_days = days;
    } else if (name == "--theme") {
      if (!need_value()) return r;
      if (value == "default")
        o.theme = Theme::Default;
      else if (value == "projector")
        o.theme = Theme::HighContrast;
      else {
        r.error = "--theme: '" + value + "' is not one of default, projector";
        return r;
      }
    } else if (name == "--sql") {
      if (!need_value()) return r;
      if (value.find_first_not_of(" \t\n") == std::string::npos) {
        r.error = "--sql needs a query, e.g. --sql \"SELECT * FROM events\"";
        return r;
      }
      o.sql = value;
    } else if (name == "--select") {
      if (!need_value()) return r;
      o.select = value;
    } else if (name == "--ui") {
      o.ui = true;
    } else if (name == "--window") {
      if (!need_value()) return r;
      double days = 0;
      if (!parse_number(value, days) || days < 0 || days > 36500) {
        r.error = "--window: '" + value + "' is not a number of days from 0 to 36500";
        return r;
      }
      o.window_days = days;
    } else if (name == "--since") {
      if (!need_value()) return r;
      o.since = parse_day(name, value, r.error);
      if (!o.since) return r;
    } else if (name == "--filter") {
      if (!need_value()) return r;
      std::string why;
      std::optional<AttributeFilter> f = parse_filter(value, why);
      if (!f) {
        r.error = "--filter: " + why;
        return r;
      }
      o.filters.push_back(std::move(*f));
    } else if (name == "--stats") {
      o.stats = true;
    } else if (name == "--histogram") {
      if (!need_value()) return r;
      o.histogram_layer = parse_layer_name(value);
      if (!o.histogram_layer) {
        r.error = "--histogram: '" + value +
                  "' is not a layer: one of regions, railways, stations, places, units, "
                  "movements, missions, events";
        return r;
      }
    } else if (name == "--projection") {
      if (!need_value()) return r;
      o.projection = value;
    } else if (name == "--field") {
      if (!need_value()) return r;
      if (std::string e = add_field_mapping(o.fields, value); !e.empty()) {
        r.error = "--field: " + e;
        return r;
      }
    } else if (name == "--fields") {
      if (!need_value()) return r;
      if (value.empty()) {
        r.error = "--fields needs a mapping file's name";
        return r;
      }
      o.fields_file = value;
    } else if (name == "--check-story") {
      if (!need_value()) return r;
      o.check_story.push_back(value);
    } else if (name == "--story") {
      if (!need_value()) return r;
      if (value.empty()) {
        r.error = "--story needs a story's name, e.g. legion-revolt";
        return r;
      }
      o.story = value;
    } else if (name == "--chapter") {
      if (!need_value()) return r;
      int k = 0;
      if (!parse_int(value, k) || k < 1 || k > 999) {
        r.error = "--chapter: '" + value + "' is not a chapter number (1, 2, ...)";
        return r;
      }
      o.chapter = k;
    } else if (name == "--kiosk") {
      o.kiosk = true;
    } else if (name == "--kiosk-config") {
      if (!need_value()) return r;
      o.kiosk_config = value;
      o.kiosk = true;
    } else if (name == "--display") {
      if (!need_value()) return r;
      int k = 0;
      if (!parse_int(value, k) || k < 0 || k > 63) {
        r.error = "--display: '" + value + "' is not a screen number (0, 1, ...)";
        return r;
      }
      o.display = k;
    } else if (name == "--fullscreen") {
      o.fullscreen = true;
    } else if (name == "--scale") {
      if (!need_value()) return r;
      if (!parse_number(value, o.scale) || o.scale < 1 || o.scale > 8) {
        r.error = "--scale: '" + value + "' is not a number from 1 to 8";
        return r;
      }
    } else if (name == "--export-video" || name == "--export-frames") {
      if (!need_value()) return r;
      if (value.empty()) {
        r.error = name + " needs a " + (name == "--export-video" ? "file" : "folder") + " name";
        return r;
      }
      (name == "--export-video" ? o.export_video : o.export_frames) = value;
    } else if (name == "--fps") {
      if (!need_value()) return r;
      if (!parse_int(value, o.fps) || o.fps < 1 || o.fps > 120) {
        r.error = "--fps: '" + value + "' is not a whole number of frames from 1 to 120";
        return r;
      }
    } else if (name == "--duration") {
      if (!need_value()) return r;
      double s = 0;
      if (!parse_number(value, s) || s <= 0 || s > 3600) {
        r.error = "--duration: '" + value + "' is not a number of seconds from 0 to 3600";
        return r;
      }
      o.duration = s;
    } else if (name == "--osc-port") {
      if (!need_value()) return r;
      int port = 0;
      if (!parse_int(value, port) || port < 1 || port > 65535) {
        r.error = "--osc-port: '" + value + "' is not a UDP port (1 to 65535)";
        return r;
      }
      o.osc_port = port;
    } else if (name == "--osc-send") {
      if (!need_value()) return r;
      const auto colon = value.rfind(':');
      int port = 0;
      if (colon == std::string::npos || colon == 0 || !parse_int(value.substr(colon + 1), port) ||
          port < 1 || port > 65535) {
        r.error = "--osc-send: '" + value + "' is not HOST:PORT, e.g. 192.168.1.20:9000";
        return r;
      }
      o.osc_send = value;
    } else if (name == "--measure") {
      if (!need_value()) return r;
      o.measure.assign(1, value);
      if (i + 1 >= args.size()) {
        r.error =
            "--measure needs two places: feature ids or LON,LAT, e.g. st-penza st-vladivostok";
        return r;
      }
      o.measure.push_back(args[++i]);
    } else if (name == "--export-geojson" || name == "--export-csv") {
      if (!need_value()) return r;
      if (value.empty()) {
        r.error = name + " needs a file name";
        return r;
      }
      (name == "--export-geojson" ? o.export_geojson : o.export_csv) = value;
    } else if (a.size() > 1 && a[0] == '-') {
      r.error = "unknown option '" + a + "'";
      return r;
    } else {
      o.data.push_back(a);
    }
  }
  if (o.check && !o.render_path.empty()) r.error = "--check and --render cannot be combined";
  if (o.strict && !o.check) r.error = "--strict only applies to --check";
  const bool exporting = o.exporting();
  if (exporting && !o.render_path.empty())
    r.error = "--render and an export cannot be combined: run them one after the other";
  if (exporting && o.check) r.error = "--check and an export cannot be combined";
  if (exporting && o.story.empty() && (!o.from || !o.to))
    r.error = "an export needs --from and --to (the days to play), or --story NAME";
  if (exporting && !o.story.empty() && (o.from || o.to))
    r.error = "a story's export plays the story's own dates: leave out --from and --to";
  if (o.from && o.to && *o.to < *o.from) r.error = "--to is before --from";
  if (!exporting && (o.from || o.to || o.duration))
    r.error = "--from, --to and --duration apply to --export-video and --export-frames";
  if (o.exporting_data() && (exporting || o.check || !o.render_path.empty() || !o.measure.empty()))
    r.error =
        "--export-geojson and --export-csv cannot be combined with --render, --check, "
        "--measure or a video export: run them one after the other";
  if (!o.measure.empty() && (o.check || exporting))
    r.error = "--measure cannot be combined with --check or a video export";
  if (o.chapter && o.story.empty()) r.error = "--chapter needs --story NAME";
  if (!o.sql.empty() && o.data.empty())
    r.error = "--sql needs DATA to run on, e.g. \"PG:dbname=atlas host=localhost\"";
  if (o.window_days && o.since) r.error = "--window and --since cannot be combined: choose one";
  if (o.since && o.date && *o.since > *o.date) r.error = "--since is after --date";
  if (o.kiosk &&
      (!o.render_path.empty() || exporting || o.check || o.exporting_data() || !o.measure.empty()))
    r.error = "--kiosk opens the window: it cannot be combined with --render, --check or an export";
  if (o.scale != 1 && o.render_path.empty() && !exporting)
    r.error = "--scale applies to --render and to exports";
  if (o.width && o.height && (*o.width * o.scale > 16384 || *o.height * o.scale > 16384))
    r.error = "--size times --scale is over 16384 pixels on a side";
  if (r.error.empty() && !o.export_video.empty()) {
    // yuv420p keeps colour for 2x2 blocks of pixels: H.264 players need even sides.
    int w = 0, h = 0;
    frame_size(o, w, h);
    if (w % 2 != 0 || h % 2 != 0)
      r.error = "--export-video: H.264 video needs an even width and height, and --size" +
                std::string(o.scale != 1 ? " times --scale" : "") + " gives " + std::to_string(w) +
                "x" + std::to_string(h) + " pixels";
  }
  return r;
}

}  // namespace histmap
