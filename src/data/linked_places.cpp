#include "data/linked_places.h"

#include <algorithm>

#include "core/dual_date.h"
#include "data/text_checks.h"

namespace histmap {
namespace {

std::string_view member(std::string_view object, std::string_view key) {
  for (const auto& [k, v] : json_members(object))
    if (k == key) return v;
  return {};
}

std::string text_of(std::string_view value) {
  return json_type(value) == JsonType::String ? to_valid_utf8(json_string(value)) : std::string();
}

// The elements of an array member, or nothing.
std::vector<std::string_view> elements(std::string_view object, std::string_view key) {
  return json_elements(member(object, key));
}

int certainty_rank(std::string_view c) {
  return c == "conjectural" ? 2 : c == "approximate" ? 1 : 0;
}

struct Reader {
  LinkedPlace& out;

  void problem(const std::string& where, const std::string& what) {
    if (out.problems.size() < 8) out.problems.emplace_back(where, what);
  }

  void cite(std::string_view citation) {
    std::string label = text_of(member(citation, "label"));
    if (label.empty()) label = text_of(member(citation, "@id"));
    if (label.empty()) label = text_of(citation);  // a plain string
    if (!label.empty() &&
        std::find(out.citations.begin(), out.citations.end(), label) == out.citations.end())
      out.citations.push_back(label);
  }
  void cite_all(std::string_view object) {
    for (std::string_view c : elements(object, "citations")) cite(c);
    if (const std::string_view c = member(object, "citation"); json_type(c) == JsonType::Object)
      cite(c);
  }

  // LPF's three words into the conventions' (the least certain one said wins).
  void certainty(std::string_view object, const std::string& where) {
    const std::string_view v = member(object, "certainty");
    if (json_type(v) == JsonType::Invalid || json_type(v) == JsonType::Null) return;
    const std::string c = text_of(v);
    std::string mine;
    if (c == "certain") {
      mine = "certain";
    } else if (c == "less-certain") {
      mine = "approximate";
    } else if (c == "uncertain") {
      mine = "conjectural";
    } else {
      problem(where + ".certainty", "unknown value " + describe_json(v) +
                                        " (expected certain, less-certain or uncertain)");
      return;
    }
    if (out.certainty.empty() || certainty_rank(mine) > certainty_rank(out.certainty))
      out.certainty = mine;
  }

  std::optional<DateRange> date(std::string_view value, const std::string& where) {
    const std::string s = text_of(value);
    if (s.empty() || s.size() > 64) {
      problem(where, "expected an ISO 8601 date as text, got " + describe_json(value));
      return std::nullopt;
    }
    DateParseResult d = parse_date(s, Calendar::Gregorian);
    if (!d.range) problem(where, "'" + s + "': " + d.error);
    return d.range;
  }

  // A timespan's "start" or "end": {"in": D}, {"earliest": A, "latest": B}, or a plain D.
  std::optional<DateRange> point(std::string_view value, const std::string& where) {
    if (json_type(value) == JsonType::String) return date(value, where);
    if (json_type(value) != JsonType::Object) {
      problem(where, "expected {\"in\": ...} or {\"earliest\": ..., \"latest\": ...}, got " +
                         describe_json(value));
      return std::nullopt;
    }
    if (const std::string_view in = member(value, "in"); !in.empty())
      return date(in, where + ".in");
    const std::string_view e = member(value, "earliest"), l = member(value, "latest");
    std::optional<DateRange> early = e.empty() ? std::nullopt : date(e, where + ".earliest");
    std::optional<DateRange> late = l.empty() ? std::nullopt : date(l, where + ".latest");
    if (early && late) {
      if (late->latest < early->earliest) {
        problem(where, "latest is before earliest");
        return std::nullopt;
      }
      early->latest = late->latest;
      early->end_precision = late->precision;
      return early;
    }
    if (early || late) return early ? early : late;
    if (e.empty() && l.empty()) problem(where, "has none of in, earliest, latest");
    return std::nullopt;
  }

  void when(std::string_view w) {
    if (json_type(w) != JsonType::Object) {
      problem("when", "must be an object, got " + describe_json(w));
      return;
    }
    certainty(w, "when");
    cite_all(w);
    int i = 0;
    for (std::string_view span : elements(w, "timespans")) {
      const std::string where = "when.timespans[" + std::to_string(i++) + "]";
      const std::string_view s = member(span, "start"), e = member(span, "end");
      if (s.empty()) {
        problem(where, "a timespan must have a start");
        continue;
      }
      std::optional<DateRange> start = point(s, where + ".start");
      if (!start) continue;
      // Without an end, the timespan is the interval its start describes (the spec).
      std::optional<DateRange> end = e.empty() ? start : point(e, where + ".end");
      if (!end) continue;
      ++out.timespans;
      if (!out.start || start->earliest < out.start->earliest) out.start = start;
      if (!out.end || end->latest > out.end->latest) out.end = end;
    }
  }

  // A collection's members, not deeper than GeoJSON needs: a file of nested collections
  // must not run the stack out.
  void geometry(std::string_view g, const std::string& where, int depth = 0) {
    certainty(g, where);
    cite_all(g);
    if (depth >= 4) return;
    int i = 0;
    for (std::string_view part : elements(g, "geometries"))
      geometry(part, where + ".geometries[" + std::to_string(i++) + "]", depth + 1);
  }
};

}  // namespace

bool looks_like_linked_places(std::string_view head) {
  return head.find("linkedplaces") != std::string_view::npos ||
         head.find("linked-places") != std::string_view::npos ||
         head.find("\"when\"") != std::string_view::npos;
}

LinkedPlace read_linked_place(std::string_view feature_json) {
  LinkedPlace out;
  Reader r{out};
  std::string_view when, names, types, descriptions, geometry, relations, properties;
  for (const auto& [k, v] : json_members(feature_json)) {
    if (k == "when") when = v;
    if (k == "names") names = v;
    if (k == "types") types = v;
    if (k == "descriptions") descriptions = v;
    if (k == "geometry") geometry = v;
    if (k == "relations") relations = v;
    if (k == "properties") properties = v;
    if (k == "@id") out.id = text_of(v);
    if (k == "citations") r.cite_all(feature_json);
  }
  out.present = !when.empty() || !names.empty() || !types.empty() || !descriptions.empty();
  if (!out.present) return out;
  out.title = text_of(member(properties, "title"));
  if (!when.empty()) r.when(when);
  for (std::string_view n : json_elements(names)) {
    const std::string toponym = text_of(member(n, "toponym"));
    if (!toponym.empty()) out.names.emplace_back(text_of(member(n, "lang")), toponym);
    r.cite_all(n);
  }
  for (std::string_view t : json_elements(types))
    if (std::string label = text_of(member(t, "label")); !label.empty())
      out.types.push_back(std::move(label));
  for (std::string_view d : json_elements(descriptions)) {
    if (std::string v = text_of(member(d, "value")); !v.empty())
      out.descriptions.push_back(std::move(v));
    if (std::string s = text_of(member(d, "source")); !s.empty()) r.cite(member(d, "source"));
  }
  if (!geometry.empty()) r.geometry(geometry, "geometry");
  // A relation's certainty is about the relation (part of a county), not about the place.
  for (std::string_view rel : json_elements(relations)) r.cite_all(rel);
  return out;
}

}  // namespace histmap
