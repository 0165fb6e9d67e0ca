// histmap app: `histmap --check FILE...`. Loads each file as the atlas would, links them
// together (ids, routes), applies the validation rules and prints the report. Returns the
// exit code: 0 clean, 1 not.
#pragma once

#include <cstdio>

#include "app/options.h"

namespace histmap {

int run_check(const Options& options, std::FILE* out);

}  // namespace histmap
