// histmap ui: bringing data in.
// - File → Open: a path with a simple folder browser (subfolders and vector-data files), Add
//   (layers over what is loaded) or Open instead; and a database section: a PostgreSQL/PostGIS
//   connection string with a table or an SQL query; and the data's own field names for the
//   conventions' (as --field takes them) for either.
// - The load's report: how many features came in and the first problems found in the data.
// - The progress of a load, determinate when the loader knows its total, else a moving bar.
// The panels only record what the user asked for; the app starts the loads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/field_map.h"
#include "core/i18n.h"
#include "core/open_source.h"

namespace histmap {

struct OpenAsk {
  std::vector<std::string> inputs;
  bool add = true;
  std::string sql;
  FieldMap fields;  // the panel's field names; empty: the command line's --field map
};

struct OpenView {
  bool open = false;
  char path[1024] = {};
  char connection[512] = {};
  char table[256] = {};
  char sql[2048] = {};
  char fields[512] = {};     // start=date_from kind="event", as --field takes them
  std::string fields_error;  // why the last Add/Open did not go
  FolderListing listing;     // the folder shown in the browser
  bool listed = false;
  std::optional<OpenAsk> asked;  // set by the panel; the app starts the load and clears it
};

// Below the toolbar (top, window points). busy: a load is running (the buttons wait).
void draw_open_panel(OpenView& view, const Translations& tr, bool busy, float top);

struct LoadReportView {
  bool open = false;
  std::string summary;                  // "1,000,000 features loaded from points.gpkg"
  std::vector<Diagnostic> diagnostics;  // the load's; the first few are listed
  std::size_t total_problems = 0;       // errors and warnings
  std::size_t total_notes = 0;          // what histmap guessed: said, but not a problem
};

void draw_load_report(LoadReportView& view, const Translations& tr, float display_w, float top);

// A load's progress over the map: title, a bar (fraction 0..1, or below 0 for a moving bar
// when the total is not known), the detail line and Cancel. True if Cancel was pressed.
bool draw_load_progress(const std::string& title, double fraction, const std::string& detail,
                        double seconds, const Translations& tr, float display_w, float display_h);

}  // namespace histmap
