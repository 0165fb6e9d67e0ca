// histmap core: attribute filters, as a researcher narrows the map to what they study.
// - A filter names a layer (or every layer), a field and a test: equals, contains, or a range.
//   Written on the command line and shown in the window as an expression:
//     field=value      equals        affiliation=alash
//     field~text       contains      commander~Бөкейхан
//     field=LO..HI     range         strength=500..3000, start=1918-05..1918-08, year=..1918
//     layer:...        one layer     units:strength=1000..100000
//   Layers by their names: base, regions, railways, stations, places, units, movements,
//   missions, events.
// - Fields: the model's own (id, kind, name — any of the four names —, name_ru, name_kk,
//   name_cs, start, end, calendar, route, strength, commander, affiliation, certainty, note,
//   sources, outcome, file) and, for any other name, the feature's attributes as the file had
//   them (every attribute; a name is matched exactly, else ignoring ASCII case).
// - Tests:
//   * contains folds case, diacritics and script as the search does (search_key), so
//     "бөкейхан" finds "Bökeikhanov" and "Семей" finds "Semey";
//   * equals compares numbers as numbers when both sides are numbers, else the folded texts;
//     on a date field it is the range value..value;
//   * a range compares numbers when its ends and the value are numbers; otherwise dates
//     (parse_date: ISO/EDTF or "5 (18) December 1917"): a date passes when the days it can
//     mean (earliest..latest) meet [LO's earliest, HI's latest]. An empty end is open.
//     start and end are always dates;
//   * a feature without the field fails the test.
// - A filter for one layer leaves the other layers alone; a filter for every layer applies to
//   all but the base map (land, rivers, lakes: never filtered out). Several filters: AND.
// - filter_mask() computes, once when the filters change, which features pass: evaluate_scene
//   takes the mask (SceneOptions::passes), so a frame does no text work.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas.h"
#include "core/layers.h"

namespace histmap {

enum class FilterOp : std::uint8_t { Equals, Contains, Range };

struct AttributeFilter {
  std::optional<Layer> layer;  // none: every layer
  std::string field;
  FilterOp op = FilterOp::Equals;
  std::string value;   // Equals, Contains: the text; Range: the two ends, as below
  std::string lo, hi;  // Range: either may be empty (open)

  // Filled by prepare_filter() from the text above.
  std::string folded;  // search_key(value)
  bool value_is_number = false;
  double number = 0;
  double lo_number = 0, hi_number = 0;
  bool lo_is_number = false, hi_is_number = false;
  double lo_day = 0, hi_day = 0;  // the range's ends as days (open: ±infinity)
  bool has_dates = false;         // the ends (or the equals value) read as dates
};

// The layer's name in expressions: "units" (layer_key without its "layer.").
const char* layer_name(Layer l);
std::optional<Layer> parse_layer_name(std::string_view name);

// Parses "[layer:]field=value", "[layer:]field~text" or "[layer:]field=LO..HI" and prepares
// it. On failure: nullopt and a message that says what is wrong and how to write it.
std::optional<AttributeFilter> parse_filter(std::string_view expr, std::string& error);

// The expression back ("units:strength=500..3000"), for lists and messages.
std::string format_filter(const AttributeFilter& f);

// Fills the parsed forms from layer, field, op, value/lo/hi (the window's editor sets those).
// False with a message when the value cannot be what the op needs (an empty contains, a range
// whose ends are neither numbers nor dates, LO above HI).
bool prepare_filter(AttributeFilter& f, std::string& error);

// Does one feature pass one filter (a feature outside the filter's layer passes)?
bool filter_passes(const AttributeFilter& filter, const Feature& f);

// Per feature of the atlas: 1 when it passes every filter. No filters: out is cleared (an
// empty mask: everything passes).
void filter_mask(const Atlas& atlas, const std::vector<AttributeFilter>& filters,
                 std::vector<std::uint8_t>& out);

// The fields a filter on this layer (or every layer) can test: the model's fields the
// features there have, then their attributes' names; sorted, each once.
std::vector<std::string> filter_fields(const Atlas& atlas, std::optional<Layer> layer);

}  // namespace histmap
