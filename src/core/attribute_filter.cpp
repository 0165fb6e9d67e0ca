#include "core/attribute_filter.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/dual_date.h"
#include "core/search.h"
#include "core/settings_text.h"

namespace histmap {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The model's own fields, in the order the window lists them.
constexpr const char* kModelFields[] = {
    "id",          "kind",      "name",     "name_ru", "name_kk",  "name_cs",
    "start",       "end",       "calendar", "route",   "strength", "commander",
    "affiliation", "certainty", "note",     "sources", "outcome",  "file"};

bool is_date_field(std::string_view field) {
  return field == "start" || field == "end";
}

bool ascii_iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

const char* certainty_name(Certainty c) {
  switch (c) {
    case Certainty::Certain:
      return "certain";
    case Certainty::Approximate:
      return "approximate";
    case Certainty::Conjectural:
      return "conjectural";
  }
  return "certain";
}

// The text of a non-date field of f, or nullptr when f does not have it. scratch holds texts
// that are made, not stored.
const std::string* field_text(const Feature& f, std::string_view field, std::string& scratch) {
  const auto text = [&](const std::string& s) { return s.empty() ? nullptr : &s; };
  const auto made = [&](std::string s) -> const std::string* {
    scratch = std::move(s);
    return &scratch;
  };
  if (field == "id") return text(f.id);
  if (field == "kind") return made(kind_name(f.kind));
  if (field == "name_ru") return text(f.name_ru);
  if (field == "name_kk") return text(f.name_kk);
  if (field == "name_cs") return text(f.name_cs);
  if (field == "calendar") return made(f.calendar == Calendar::Julian ? "julian" : "gregorian");
  if (field == "route") return text(f.route);
  if (field == "strength") return f.strength ? made(std::to_string(*f.strength)) : nullptr;
  if (field == "commander") return text(f.commander);
  if (field == "affiliation") return text(f.affiliation);
  if (field == "certainty") return made(certainty_name(f.certainty));
  if (field == "note") return text(f.note);
  if (field == "outcome") return text(f.outcome);
  if (field == "file") return text(f.file);
  if (field == "sources") {
    if (f.sources.empty()) return nullptr;
    std::string all;
    for (const std::string& s : f.sources) all += (all.empty() ? "" : "; ") + s;
    return made(std::move(all));
  }
  for (const auto& [k, v] : f.attributes)
    if (k == field) return &v;
  for (const auto& [k, v] : f.attributes)
    if (ascii_iequal(k, field)) return &v;
  return nullptr;
}

bool number_of(std::string_view s, double& out) {
  return parse_number(trim_text(s), out);
}

bool days_of(std::string_view s, double& earliest, double& latest) {
  const DateParseResult d = parse_date(trim_text(s), Calendar::Gregorian);
  if (!d.range) return false;
  earliest = d.range->earliest;
  latest = d.range->latest;
  return true;
}

bool days_meet(const AttributeFilter& flt, double earliest, double latest) {
  return flt.has_dates && latest >= flt.lo_day && earliest <= flt.hi_day;
}

bool text_passes(const AttributeFilter& flt, const std::string& v) {
  switch (flt.op) {
    case FilterOp::Contains:
      return search_key(v).find(flt.folded) != std::string::npos;
    case FilterOp::Equals: {
      double x = 0;
      if (flt.value_is_number && number_of(v, x)) return x == flt.number;
      return search_key(v) == flt.folded;
    }
    case FilterOp::Range: {
      double x = 0;
      const bool numbers =
          (flt.lo.empty() || flt.lo_is_number) && (flt.hi.empty() || flt.hi_is_number);
      if (numbers && number_of(v, x))
        return (flt.lo.empty() || x >= flt.lo_number) && (flt.hi.empty() || x <= flt.hi_number);
      double e = 0, l = 0;
      return flt.has_dates && days_of(v, e, l) && days_meet(flt, e, l);
    }
  }
  return false;
}

bool passes_field(const AttributeFilter& flt, const Feature& f) {
  if (is_date_field(flt.field)) {
    const std::optional<DateRange>& d = flt.field == "start" ? f.start : f.end;
    if (!d) return false;
    if (flt.op == FilterOp::Contains) {
      std::string scratch;
      const std::string* v = field_text(f, flt.field, scratch);  // the file's own text
      return v && text_passes(flt, *v);
    }
    return days_meet(flt, d->earliest, d->latest);
  }
  if (flt.field == "name") {
    for (const std::string* n : {&f.name, &f.name_ru, &f.name_kk, &f.name_cs})
      if (!n->empty() && text_passes(flt, *n)) return true;
    return false;
  }
  std::string scratch;
  const std::string* v = field_text(f, flt.field, scratch);
  return v && text_passes(flt, *v);
}

}  // namespace

const char* layer_name(Layer l) {
  return layer_key(l) + 6;  // after "layer."
}

std::optional<Layer> parse_layer_name(std::string_view name) {
  for (std::size_t k = 0; k < kLayerCount; ++k)
    if (ascii_iequal(name, layer_name(static_cast<Layer>(k)))) return static_cast<Layer>(k);
  if (ascii_iequal(name, "echelons")) return Layer::Movements;
  return std::nullopt;
}

bool prepare_filter(AttributeFilter& f, std::string& error) {
  f.folded.clear();
  f.value_is_number = f.lo_is_number = f.hi_is_number = f.has_dates = false;
  f.lo_day = -kInf;
  f.hi_day = kInf;
  if (f.field.empty()) {
    error = "the filter names no field";
    return false;
  }
  switch (f.op) {
    case FilterOp::Contains:
      f.folded = search_key(f.value);
      if (f.folded.empty()) {
        error = "'" + f.field + "~' needs a text to look for (letters or digits)";
        return false;
      }
      return true;
    case FilterOp::Equals: {
      f.folded = search_key(f.value);
      f.value_is_number = number_of(f.value, f.number);
      double e = 0, l = 0;
      if (days_of(f.value, e, l)) {
        f.has_dates = true;
        f.lo_day = e;
        f.hi_day = l;
      } else if (is_date_field(f.field)) {
        error = "'" + quote_short(f.value) + "' is not a date (write 1918-05-27, 1918-05 or 1918)";
        return false;
      }
      return true;
    }
    case FilterOp::Range:
      break;
  }
  if (trim_text(f.lo).empty() && trim_text(f.hi).empty()) {
    error = "the range '" + f.field + "=..' has neither end: write LO..HI, LO.. or ..HI";
    return false;
  }
  f.lo = std::string(trim_text(f.lo));
  f.hi = std::string(trim_text(f.hi));
  double e = 0, l = 0;
  bool lo_date = f.lo.empty(), hi_date = f.hi.empty();
  if (!f.lo.empty()) {
    f.lo_is_number = number_of(f.lo, f.lo_number);
    if (days_of(f.lo, e, l)) {
      lo_date = true;
      f.lo_day = e;
    }
  }
  if (!f.hi.empty()) {
    f.hi_is_number = number_of(f.hi, f.hi_number);
    if (days_of(f.hi, e, l)) {
      hi_date = true;
      f.hi_day = l;
    }
  }
  f.has_dates = lo_date && hi_date;
  const bool numbers = (f.lo.empty() || f.lo_is_number) && (f.hi.empty() || f.hi_is_number);
  for (const std::string* end : {&f.lo, &f.hi}) {
    double x = 0;
    if (!end->empty() && !number_of(*end, x) && !days_of(*end, e, l)) {
      error = "'" + quote_short(*end) + "' in the range of '" + f.field +
              "' is neither a number nor a date (write 500..3000 or 1918-05..1918-08)";
      return false;
    }
  }
  const std::string backwards =
      "the range of '" + f.field + "' starts after it ends: " + f.lo + ".." + f.hi;
  if (is_date_field(f.field) || !numbers) {
    if (!f.has_dates) {
      error = is_date_field(f.field)
                  ? "'" + f.field + "' is a date: write its range as dates, e.g. 1918-05..1918-08"
                  : "the range of '" + f.field + "' mixes a number and a date";
      return false;
    }
    if (f.lo_day > f.hi_day) {
      error = backwards;
      return false;
    }
  } else if (!f.lo.empty() && !f.hi.empty() && f.lo_number > f.hi_number) {
    error = backwards;
    return false;
  }
  return true;
}

std::optional<AttributeFilter> parse_filter(std::string_view expr, std::string& error) {
  const std::string_view whole = trim_text(expr);
  const std::size_t op = whole.find_first_of("=~");
  if (op == std::string_view::npos) {
    error = "'" + quote_short(whole) +
            "' is not a filter: write field=value, field~text or field=LO..HI, optionally "
            "after layer: (e.g. units:strength=1000..100000)";
    return std::nullopt;
  }
  AttributeFilter f;
  std::string_view head = whole.substr(0, op);
  if (const std::size_t colon = head.find(':'); colon != std::string_view::npos) {
    const std::string_view name = trim_text(head.substr(0, colon));
    f.layer = parse_layer_name(name);
    if (!f.layer) {
      error = "'" + quote_short(name) +
              "' is not a layer: one of base, regions, railways, stations, places, units, "
              "movements, missions, events";
      return std::nullopt;
    }
    head = head.substr(colon + 1);
  }
  f.field = std::string(trim_text(head));
  if (f.field.empty()) {
    error = "'" + quote_short(whole) + "' names no field before '" + whole[op] + "'";
    return std::nullopt;
  }
  const std::string_view value = whole.substr(op + 1);
  if (whole[op] == '~') {
    f.op = FilterOp::Contains;
    f.value = std::string(trim_text(value));
  } else if (const std::size_t dots = value.find(".."); dots != std::string_view::npos) {
    f.op = FilterOp::Range;
    f.lo = std::string(trim_text(value.substr(0, dots)));
    f.hi = std::string(trim_text(value.substr(dots + 2)));
  } else {
    f.op = FilterOp::Equals;
    f.value = std::string(trim_text(value));
  }
  if (!prepare_filter(f, error)) return std::nullopt;
  return f;
}

std::string format_filter(const AttributeFilter& f) {
  std::string s = f.layer ? std::string(layer_name(*f.layer)) + ":" : std::string();
  s += f.field;
  switch (f.op) {
    case FilterOp::Equals:
      return s + "=" + f.value;
    case FilterOp::Contains:
      return s + "~" + f.value;
    case FilterOp::Range:
      return s + "=" + f.lo + ".." + f.hi;
  }
  return s;
}

bool filter_passes(const AttributeFilter& filter, const Feature& f) {
  if (layer_of(f.kind) == Layer::Base) return true;  // the base map is never filtered out
  if (filter.layer && layer_of(f.kind) != *filter.layer) return true;
  return passes_field(filter, f);
}

void filter_mask(const Atlas& atlas, const std::vector<AttributeFilter>& filters,
                 std::vector<std::uint8_t>& out) {
  out.clear();
  if (filters.empty()) return;
  out.assign(atlas.features.size(), 1);
  for (std::size_t i = 0; i < atlas.features.size(); ++i)
    for (const AttributeFilter& flt : filters)
      if (!filter_passes(flt, atlas.features[i])) {
        out[i] = 0;
        break;
      }
}

std::vector<std::string> filter_fields(const Atlas& atlas, std::optional<Layer> layer) {
  std::vector<std::string> model, attrs;
  bool has[std::size(kModelFields)] = {};
  std::string scratch;
  for (const Feature& f : atlas.features) {
    if (layer_of(f.kind) == Layer::Base || (layer && layer_of(f.kind) != *layer)) continue;
    for (std::size_t k = 0; k < std::size(kModelFields); ++k) {
      if (has[k]) continue;
      const std::string_view name = kModelFields[k];
      if (name == "start")
        has[k] = f.start.has_value();
      else if (name == "end")
        has[k] = f.end.has_value();
      else if (name == "name")
        has[k] = !f.name.empty();
      else
        has[k] = field_text(f, name, scratch) != nullptr;
    }
    for (const auto& [key, value] : f.attributes)
      if (std::find(attrs.begin(), attrs.end(), key) == attrs.end()) attrs.push_back(key);
  }
  for (std::size_t k = 0; k < std::size(kModelFields); ++k)
    if (has[k]) model.emplace_back(kModelFields[k]);
  std::sort(attrs.begin(), attrs.end());
  for (const std::string& a : attrs)
    if (std::find(model.begin(), model.end(), a) == model.end()) model.push_back(a);
  return model;
}

}  // namespace histmap
