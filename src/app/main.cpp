// histmap: the command-line entry point. Parses options, loads the data, then either draws a
// frame offscreen (--render), exports frames (--export-video, --export-frames), checks it
// (--check) or opens the window.
#include <cstdio>
#include <string>
#include <vector>

#include "app/atlas_session.h"
#include "app/check.h"
#include "app/headless.h"
#include "app/interactive.h"
#include "app/kiosk_session.h"
#include "app/options.h"
#include "app/story_export.h"
#include "app/study_tools.h"
#include "app/video_export.h"

int main(int argc, char** argv) {
  using namespace histmap;
  const std::vector<std::string> args(argv + 1, argv + argc);
  const ParseResult parsed = parse_options(args);
  if (!parsed.error.empty()) {
    std::fprintf(stderr, "histmap: %s\nTry 'histmap --help' for the options.\n",
                 parsed.error.c_str());
    return 2;
  }
  const Options& options = parsed.options;
  if (options.help) {
    std::fputs(usage_text().c_str(), stdout);
    return 0;
  }
  if (options.version) {
    std::printf("histmap %s\n", HISTMAP_VERSION);
    return 0;
  }
  if (options.check) return run_check(options, stdout);
  if (!options.check_story.empty()) return run_check_stories(options, stdout);
  std::string error;
  // The kiosk's settings may name the data; a kiosk whose data is damaged shows the bundled
  // atlas rather than a blank screen.
  Options run = options;
  std::optional<KioskConfig> kiosk;
  if (options.kiosk) {
    std::vector<std::string> log;
    kiosk =
        options.kiosk_config.empty() ? KioskConfig{} : read_kiosk_config(options.kiosk_config, log);
    for (const std::string& line : log) std::fprintf(stderr, "histmap: %s\n", line.c_str());
    if (run.data.empty()) run.data = kiosk->data;
  }
  // The window loads DATA itself, off the UI thread, so it appears at once with a progress
  // bar; a kiosk's data is checked before its window opens, and the other modes need it now.
  const bool window_loads = !options.kiosk && options.render_path.empty() && !options.exporting() &&
                            !options.exporting_data() && options.measure.empty() &&
                            !run.data.empty();
  auto session = window_loads ? empty_session(run, error) : load_session(run, error);
  // The window reads the --fields file when its load starts: a file that cannot be read or
  // names unknown fields is said now, as for every other mode.
  if (session && window_loads && !field_map_for(run, error)) session.reset();
  if (!session) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 2;
  }
  if (!options.quiet) report_diagnostics(session->diagnostics, stderr);
  if (kiosk && !session->bundled) {
    const std::string damage = kiosk_data_damage(*session);
    if (!damage.empty()) {
      std::fprintf(stderr, "histmap: kiosk: %s; showing the bundled atlas instead\n",
                   damage.c_str());
      run.data.clear();
      session = load_session(run, error);
      if (!session) {
        std::fprintf(stderr, "histmap: %s\n", error.c_str());
        return 2;
      }
    }
  }
  if (!options.measure.empty()) {
    // Unknown places are a usage error (2) whether the distance is printed or drawn.
    for (const std::string& spec : options.measure)
      if (!resolve_measure_end(*session, spec, error)) {
        std::fprintf(stderr, "histmap: --measure: %s\n", error.c_str());
        return 2;
      }
    if (options.render_path.empty()) return run_measure(options, *session);
  }
  if (options.exporting_data()) return run_data_export(options, *session);
  if (!options.render_path.empty())
    return options.story.empty() ? run_render(options, *session)
                                 : run_story_render(options, *session);
  if (options.exporting()) {
    if (options.story.empty()) return run_export(options, *session);
    return run_story_export(options, *session);
  }
  return run_window(run, *session, kiosk, window_loads);
}
