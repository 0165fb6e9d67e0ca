#include "app/options.h"

#include <charconv>
#include <cstdlib>
#include <optional>

#include "core/dual_date.h"

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

}  // namespace

std::string usage_text() {
  return R"(Usage: histmap [OPTIONS] [DATA...]

An animated historical atlas. With no DATA, opens the bundled atlas
"Steppe and Rail, 1917-1920" in a window.

  DATA...                 files or folders of vector data (GeoJSON, GeoPackage,
                          Shapefile, KML, CSV ... anything GDAL reads) to show
                          instead of the bundled atlas
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
  --projection DEF        map projection as PROJ understands it (default: Lambert
                          conformal conic for Eurasia)
  --check                 validate DATA (default: the bundled atlas) against the
                          data conventions and print a report per file, feature
                          and field; exit 0 when clean, 1 when not
  --strict                with --check: also apply the bundled atlas's rules
                          (map region, sources on every feature, events end)
  --quiet                 do not list problems found in the data
  --version               print the version
  --help                  print this help

Keys in the window: space plays/pauses; , and . step a day back and forward (Shift:
a week); Page Up/Down jump to the previous/next event; arrows pan the map; + and -
zoom; Home fits the map to the data; Ctrl+F or / searches; F1-F4 switch language
(English, Russian, Kazakh, Czech); F5 toggles the projector theme. Drag or one finger
pans; the wheel or two fingers zoom; a double click or double tap zooms in; a click or
tap on the map or on a timeline marker opens the inspector; Esc closes it.
Exit codes: 0 success, 1 failure (e.g. no display, unreadable output, --check found
problems), 2 bad usage.
)";
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
    } else if (name == "--date") {
      if (!need_value()) return r;
      const DateParseResult d = parse_date(value, Calendar::Gregorian);
      if (!d.range || d.range->is_interval) {
        r.error = "--date: '" + value + "' is not a date" +
                  (d.error.empty() ? "" : " (" + d.error + ")") +
                  "; write it as YYYY-MM-DD, e.g. 1918-05-27";
        return r;
      }
      o.date = d.range->earliest;
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
    } else if (name == "--select") {
      if (!need_value()) return r;
      o.select = value;
    } else if (name == "--ui") {
      o.ui = true;
    } else if (name == "--projection") {
      if (!need_value()) return r;
      o.projection = value;
    } else if (a.size() > 1 && a[0] == '-') {
      r.error = "unknown option '" + a + "'";
      return r;
    } else {
      o.data.push_back(a);
    }
  }
  if (o.check && !o.render_path.empty()) r.error = "--check and --render cannot be combined";
  if (o.strict && !o.check) r.error = "--strict only applies to --check";
  return r;
}

}  // namespace histmap
