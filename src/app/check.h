// histmap app: `histmap --check FILE...`. Loads each file as the atlas would, links them
// together (ids, routes), applies the validation rules and prints the report. Returns the
// exit code: 0 clean, 1 not.
#pragma once

#include <cstdio>

#include "app/options.h"

namespace histmap {

int run_check(const Options& options, std::FILE* out);

// `histmap --check-story FILE...`: each story file against the format and against the data
// it will play over (the bundled atlas, or DATA). 0 when no file has an error (warnings are
// printed), 1 otherwise.
int run_check_stories(const Options& options, std::FILE* out);

}  // namespace histmap
