// histmap data: loading. Files and folders (searched for vector files) are opened with GDAL,
// each layer's features mapped to the model and projected; everything wrong is reported as a
// Diagnostic and the rest still loads. GDAL's own messages are captured, not printed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/check_report.h"
#include "core/field_map.h"
#include "data/pg_connection.h"  // mask_password, for showing a source
#include "data/projection.h"

namespace histmap {

// How far a load has come, for a progress bar.
struct LoadProgress {
  std::string source;  // the file or connection being read
  std::size_t source_index = 0, source_count = 0;
  long long features_read = 0;    // in this source so far
  long long features_total = -1;  // in this source, when GDAL knows it cheaply; -1 otherwise
};

// What a load is asked to do beyond reading files as they are.
struct LoadOptions {
  FieldMap fields;  // the user's field names for the conventions' fields
  std::string sql;  // a query (e.g. on a PostGIS database) whose result is read instead of layers
  // Called now and then from the loading thread; returning false stops the load (what was read
  // so far is kept and a warning says the load was stopped).
  std::function<bool(const LoadProgress&)> progress;
};

// Files named directly are opened whatever their extension, except documents (.md, .txt,
// .png ...), which are left out and listed in `skipped`; folders are searched (recursively, in
// sorted order) for files with a vector-data extension.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs,
                                       std::vector<Diagnostic>& diagnostics,
                                       std::vector<std::string>* skipped = nullptr);

// Adds the features of one datasource to atlas.features: a file, or a connection string such as
// "PG:dbname=atlas host=db.example tables=events" (shown with its password masked). With
// options.sql, the query's result is read instead of the layers; with options.progress, it is
// told of the source's start and end and of every few thousand features, and may stop the load.
void load_file(const std::string& path, const Projection& projection, Atlas& atlas,
               std::vector<Diagnostic>& diagnostics, const LoadOptions& options = {});

// What load_atlas read: each file with the number of features it gave, and the documents
// it left out.
struct LoadReport {
  std::vector<CheckedFile> files;
  std::vector<std::string> skipped;
};

// expand_inputs + load_file for each + Atlas::link. When options.progress stops the load, the
// sources not yet read are named in warnings and what was read is linked and returned.
Atlas load_atlas(const std::vector<std::string>& inputs, const Projection& projection,
                 std::vector<Diagnostic>& diagnostics, LoadReport* report = nullptr,
                 const LoadOptions& options = {});

}  // namespace histmap
