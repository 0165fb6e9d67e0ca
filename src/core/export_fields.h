// histmap core: what an export of the visible features writes for each of them (the data
// layer's exporter turns it into GeoJSON or CSV with OGR).
// - The conventions' fields from the model (id, kind, names, start/end as the data gave them,
//   the calendar, times, route, strength, sources ...), so the export loads back as it was.
// - Dates for other tools: start_iso/end_iso as ISO 8601 Gregorian days ("1918-05-27", or
//   "1918-06-01/1918-06-30" for a month), and calendar_note, a sentence a reader understands
//   ("Old Style (Julian) in the source: 5 (18) December 1917").
// - A mover's position at the scene's time (position_lon, position_lat) and where it is along
//   its way (position_km).
// - Every other attribute as the file had it: text, or a number where the text is one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.h"
#include "core/scene.h"

namespace histmap {

struct ExportValue {
  enum class Type { Text, Integer, Real, TextList };
  Type type = Type::Text;
  std::string text;
  long long integer = 0;
  double real = 0;
  std::vector<std::string> list;
};

struct ExportField {
  std::string name;
  ExportValue value;
};

// EDTF for a range in the calendar its figures were written in: parse_edtf(text,
// r.calendar) gives the same days back ("1918-06", "1918-22", "1918-05-25/1918-05-27",
// "1918-11-18/..", "1917-12-05" read as Julian).
std::string to_edtf(const DateRange& r);

// ISO 8601 proleptic Gregorian days: "1918-05-27", "1918-06-01/1918-06-30", "../1918-06-30".
std::string iso_days(const DateRange& r);

// How the feature's dates are written in the source, for a reader: empty for plain Gregorian
// dates; "Old Style (Julian) in the source: 5 (18) December 1917" for Julian ones.
std::string calendar_note(const Feature& f);

// Feature i's fields at the scene's time, in a fixed order: the conventions', the ISO dates,
// a mover's position, then its other attributes.
std::vector<ExportField> export_fields(const Atlas& atlas, const Scene& scene, std::uint32_t i);

// The features an export writes: those the scene marks visible (its filters applied), the
// base map (land, rivers, lakes) left out: it is the ground, not the data being studied.
std::vector<std::uint32_t> exported_features(const Atlas& atlas, const Scene& scene);

// Where a field goes among the columns of an export: the conventions' fields in their order
// (id, kind, names, dates, ...), before every other attribute (-1).
int field_rank(std::string_view name);

// Text as a JSON number when it is one written canonically ("12", "-3.5", "2e3"; not "007",
// "+1", "1.", " 1"), so numbers stay numbers and codes with leading zeros stay text.
bool looks_like_json_number(const std::string& s, bool& integer);

}  // namespace histmap
