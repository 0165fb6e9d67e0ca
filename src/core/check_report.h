// histmap core: the report of `histmap --check`: per file, per feature, per field, what is
// wrong, then a summary line. Pure text from the diagnostics, so it is unit-tested.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/atlas.h"

namespace histmap {

struct CheckedFile {
  std::string path;
  std::size_t features = 0;  // features read from it
};

struct CheckReport {
  std::string text;
  std::size_t errors = 0, warnings = 0;
  bool clean() const { return errors == 0 && warnings == 0; }
};

CheckReport format_check_report(const std::vector<CheckedFile>& files,
                                const std::vector<Diagnostic>& diagnostics);

}  // namespace histmap
