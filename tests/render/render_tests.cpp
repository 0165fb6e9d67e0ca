// Render tests, as maplibre-native does them: one folder per case under cases/, holding
// case.ini (date, size, data, tolerance and the reason for it; optionally lang, theme, select,
// ui, scale, measure, and args: --window, --since, --filter, --stats, --histogram as on the
// command line) and expected.png. The frame is
// drawn offscreen through the same code as `histmap --render`. On failure actual.png and
// diff.png are written beside expected.png; UPDATE=1 rewrites expected.png instead (look at
// it before committing it).
//
// Usage: histmap_render_tests CASE_NAME
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>

#include <stb/stb_image.h>

#include "app/gl_window.h"
#include "app/headless.h"
#include "app/resources.h"
#include "app/story_export.h"
#include "data/loader.h"
#include "image_compare.h"

using namespace histmap;

namespace {

std::map<std::string, std::string> read_ini(const std::string& path) {
  std::map<std::string, std::string> kv;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    auto trim = [](std::string s) {
      s.erase(0, s.find_first_not_of(" \t"));
      s.erase(s.find_last_not_of(" \t\r") + 1);
      return s;
    };
    kv[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
  }
  return kv;
}

bool load_png(const std::string& path, Image& out) {
  int w = 0, h = 0, n = 0;
  unsigned char* px = stbi_load(path.c_str(), &w, &h, &n, 4);
  if (!px) return false;
  out.width = w;
  out.height = h;
  out.rgba.assign(px, px + static_cast<std::size_t>(w) * h * 4);
  stbi_image_free(px);
  return true;
}

int fail(const std::string& msg) {
  std::fprintf(stderr, "FAIL: %s\n", msg.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return fail("usage: histmap_render_tests CASE_NAME");
  const std::string name = argv[1];
  const std::string dir = std::string(HISTMAP_RENDER_CASES) + "/" + name;
  auto ini = read_ini(dir + "/case.ini");
  if (ini.empty()) return fail(dir + "/case.ini is missing or empty");
  for (const char* key :
       {"date", "size", "data", "threshold", "max_diff_fraction", "tolerance_reason"})
    if (!ini.count(key)) return fail(std::string("case.ini has no '") + key + "'");

  const DateParseResult date = parse_edtf(ini["date"]);
  int w = 0, h = 0;
  if (!date.range || std::sscanf(ini["size"].c_str(), "%dx%d", &w, &h) != 2)
    return fail("bad date or size");
  std::vector<std::string> inputs;
  std::istringstream data(ini["data"]);
  for (std::string item; data >> item;)
    inputs.push_back(item == "@geodata" ? HISTMAP_GEODATA : dir + "/" + item);

  std::string error;
  auto projection = Projection::create(kDefaultProjection, error);
  std::vector<Diagnostic> diags;
  Atlas atlas = load_atlas(inputs, *projection, diags);
  for (const auto& d : diags) std::fprintf(stderr, "data: %s\n", d.to_string().c_str());
  if (atlas.features.empty()) return fail("the case's data loaded no features");

  auto window = GlWindow::create({.offscreen = true}, error);
  if (!window) return fail(error);
  std::vector<unsigned char> font;
  if (!read_file_bytes(default_font_path(), font, error)) return fail(error);
  // The same path as `histmap --render`: language, theme, selection and panels from case.ini.
  AtlasSession session;
  session.atlas = std::move(atlas);
  session.bundled = ini["data"] == "@geodata";
  std::tie(session.first_day, session.last_day) = session.atlas.time_extent();
  if (session.bundled) {
    session.first_day = to_day_number({1917, 2, 1});
    session.last_day = to_day_number({1920, 12, 31});
  }
  Options options;
  options.quiet = true;
  options.date = date.range->earliest;
  options.width = w;
  options.height = h;
  if (auto lang = parse_language(ini["lang"])) options.language = *lang;
  if (ini["theme"] == "projector") options.theme = Theme::HighContrast;
  options.select = ini["select"];
  options.ui = ini["ui"] == "1";
  if (ini.count("scale")) options.scale = std::atof(ini["scale"].c_str());  // --scale
  if (ini.count("args")) {  // the study options, parsed as the command line parses them
    std::vector<std::string> args;
    std::istringstream words(ini["args"]);
    for (std::string word; words >> word;) args.push_back(word);
    const ParseResult parsed = parse_options(args);
    if (!parsed.error.empty()) return fail("args: " + parsed.error);
    options.window_days = parsed.options.window_days;
    options.since = parsed.options.since;
    options.filters = parsed.options.filters;
    options.stats = parsed.options.stats;
    options.histogram_layer = parsed.options.histogram_layer;
  }
  session.projection = std::move(projection);
  if (ini.count("measure")) {  // --measure A B drawn on the map
    std::istringstream ends(ini["measure"]);
    for (std::string e; ends >> e;) options.measure.push_back(e);
  }
  options.story = ini["story"];  // a story's chapter at rest, as --render --story draws it
  if (ini.count("chapter")) options.chapter = std::atoi(ini["chapter"].c_str());
  Image actual;
  if (!options.story.empty()) {
    if (!render_story_chapter(session, options, font, actual, error)) return fail(error);
  } else if (!ini.count("title")) {
    if (!render_view(session, options, font, actual, error)) return fail(error);
  } else {
    // Cases with their own data name themselves in the caption, drawn without panels.
    FrameOptions frame;
    frame.title = ini["title"];
    if (auto lang = parse_language(ini["lang"])) frame.language = *lang;
    if (!render_frame(session.atlas, date.range->earliest, w, h, frame, font, actual, error,
                      session.bundled))
      return fail(error);
  }

  const std::string expected_path = dir + "/expected.png";
  const char* update = std::getenv("UPDATE");
  if (update && std::string(update) == "1") {
    if (!write_png(actual, expected_path, error)) return fail(error);
    std::printf("updated %s: look at it before committing\n", expected_path.c_str());
    return 0;
  }
  Image expected;
  if (!load_png(expected_path, expected)) {
    write_png(actual, dir + "/actual.png", error);
    return fail(expected_path +
                " is missing; actual.png written. Run with UPDATE=1 and look at it.");
  }
  const int threshold = std::atoi(ini["threshold"].c_str());
  const double max_fraction = std::atof(ini["max_diff_fraction"].c_str());
  const ImageDiff diff = compare_images(actual, expected, threshold);
  if (!diff.same_size) {
    write_png(actual, dir + "/actual.png", error);
    return fail("size differs from expected.png");
  }
  const double fraction = static_cast<double>(diff.differing) / static_cast<double>(diff.total);
  std::printf(
      "%s: %zu of %zu pixels differ by more than %d (%.4f%%, allowed %.4f%%; largest difference "
      "%d)\n"
      "tolerance: %s\n",
      name.c_str(), diff.differing, diff.total, threshold, fraction * 100, max_fraction * 100,
      diff.max_channel_diff, ini["tolerance_reason"].c_str());
  if (fraction > max_fraction) {
    write_png(actual, dir + "/actual.png", error);
    write_png(diff.visual, dir + "/diff.png", error);
    return fail("frame differs from expected.png; see actual.png and diff.png in " + dir);
  }
  return 0;
}
