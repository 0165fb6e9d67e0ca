#include "app/check.h"

#include "app/atlas_session.h"
#include "app/resources.h"
#include "app/story_library.h"
#include "core/check_report.h"
#include "core/validation.h"
#include "data/loader.h"

namespace histmap {

int run_check(const Options& options, std::FILE* out) {
  std::string error;
  auto projection = Projection::create(
      options.projection.empty() ? kDefaultProjection : options.projection, error);
  if (!projection) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 2;
  }
  // With no files the bundled atlas is checked, under its own rules.
  const bool bundled = options.data.empty();
  const std::vector<std::string> inputs =
      bundled ? std::vector<std::string>{bundled_geodata_dir()} : options.data;

  LoadOptions load;
  if (auto fields = field_map_for(options, error)) {
    load.fields = std::move(*fields);
  } else {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 2;
  }
  std::vector<Diagnostic> diagnostics;
  LoadReport loaded;
  load.sql = options.sql;
  const Atlas atlas = load_atlas(inputs, *projection, diagnostics, &loaded, load);
  validate_atlas(atlas, bundled || options.strict ? bundled_rules() : ValidationRules{},
                 diagnostics);

  const CheckReport report = format_check_report(loaded.files, diagnostics);
  for (const std::string& s : loaded.skipped)
    std::fprintf(out, "%s: a document, not data; skipped\n", s.c_str());
  std::fputs(report.text.c_str(), out);
  return report.clean() ? 0 : 1;
}

int run_check_stories(const Options& options, std::FILE* out) {
  std::string error;
  Options quiet = options;
  quiet.quiet = true;
  auto session = load_session(quiet, error);
  if (!session) {
    std::fprintf(stderr, "histmap: %s\n", error.c_str());
    return 2;
  }
  int failed = 0;
  for (const std::string& path : options.check_story) {
    std::vector<std::string> log;
    const auto story = load_story_file(path, session->atlas, *session->projection, log);
    for (const std::string& line : log) std::fprintf(out, "%s\n", line.c_str());
    if (story)
      std::fprintf(out, "%s: the story '%s', %zu chapters: %s\n", path.c_str(),
                   story->story.name.c_str(), story->story.chapters.size(),
                   log.empty() ? "clean" : "plays, with the warnings above");
    else
      std::fprintf(out, "%s: does not play: fix the errors above\n", path.c_str());
    failed += story ? 0 : 1;
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace histmap
