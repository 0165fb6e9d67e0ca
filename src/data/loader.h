// histmap data: loading. Files and folders (searched for vector files) are opened with GDAL,
// each layer's features mapped to the model and projected; everything wrong is reported as a
// Diagnostic and the rest still loads. GDAL's own messages are captured, not printed.
#pragma once

#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/check_report.h"
#include "data/projection.h"

namespace histmap {

// Files named directly are opened whatever their extension, except documents (.md, .txt,
// .png ...), which are left out and listed in `skipped`; folders are searched (recursively, in
// sorted order) for files with a vector-data extension.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       std::vector<Diagnostic>& diagnostics,
                                       std::vector<std::string>* skipped = nullptr);

// Adds the features of one datasource to atlas.features.
void load_file(const std::string& path, const Projection& projection, Atlas& atlas,
               std::vector<Diagnostic>& diagnostics);

// What load_atlas read: each file with the number of features it gave, and the documents
// it left out.
struct LoadReport {
  std::vector<CheckedFile> files;
  std::vector<std::string> skipped;
};

// expand_inputs + load_file for each + Atlas::link.
Atlas load_atlas(const std::vector<std::string>& inputs, const Projection& projection,
                 std::vector<Diagnostic>& diagnostics, LoadReport* report = nullptr);

}  // namespace histmap
