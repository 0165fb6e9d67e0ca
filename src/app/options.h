// histmap app: the command line. Parsing is separate from running so it is unit-tested;
// a bad option yields a message and exit code 2.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/date_format.h"
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
};

struct ParseResult {
  Options options;
  std::string error;  // non-empty: print it with the usage hint and exit 2
};

ParseResult parse_options(const std::vector<std::string>& args);
std::string usage_text();

}  // namespace histmap
