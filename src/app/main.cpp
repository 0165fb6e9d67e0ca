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
#include "app/options.h"
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
  std::string error;
  auto session = load_session(options, error);
  if (!session) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 2;
  }
  if (!options.quiet) report_diagnostics(session->diagnostics, stderr);
  if (!options.render_path.empty()) return run_render(options, *session);
  if (options.exporting()) {
    if (options.story.empty()) return run_export(options, *session);
    std::fprintf(stderr, "histmap: story export: not yet\n");
    return 1;
  }
  return run_window(options, *session);
}
