#include "core/field_map.h"

#include <algorithm>

#include "core/settings_text.h"

namespace histmap {
namespace {

// Common names for a conventions' field, most telling first (matched ignoring letter case).
// kind is not guessed: a "type" column of other words would make every feature an error.
struct Guesses {
  std::string_view field;
  std::vector<std::string_view> names;
};
const std::vector<Guesses>& guess_table() {
  static const std::vector<Guesses> table = {
      {"id", {"identifier", "uid", "feature_id", "fid_"}},
      {"name", {"title", "label", "toponym", "placename", "place_name", "name_en"}},
      {"start",
       {"date_from", "start_date", "date_start", "datefrom", "begin", "begin_date", "from",
        "year_from", "start_year", "from_date", "year", "date", "timestamp", "when"}},
      {"end",
       {"date_to", "end_date", "date_end", "dateto", "until", "to", "year_to", "end_year",
        "to_date"}},
      {"sources",
       {"source", "citation", "citations", "reference", "references", "ref", "bibliography"}},
      {"note", {"description", "comment", "comments", "notes", "remarks", "desc"}},
  };
  return table;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

bool is_convention_field(std::string_view name) {
  const auto& all = convention_fields();
  return std::find(all.begin(), all.end(), name) != all.end();
}

std::string known_fields() {
  std::string s;
  for (std::string_view f : convention_fields()) s += (s.empty() ? "" : ", ") + std::string(f);
  return s;
}

}  // namespace

const std::vector<std::string_view>& convention_fields() {
  static const std::vector<std::string_view> fields = {
      "id",        "kind",        "name",      "name_ru",     "name_kk",   "name_cs",
      "start",     "end",         "calendar",  "times",       "route",     "strength",
      "strengths", "importance",  "commander", "affiliation", "certainty", "sources",
      "note",      "merged_into", "fate",      "outcome"};
  return fields;
}

std::string add_field_mapping(FieldMap& map, std::string_view spec) {
  const std::size_t eq = spec.find('=');
  if (eq == std::string_view::npos)
    return "'" + quote_short(spec) +
           "' is not TO=FROM (e.g. start=date_from, or kind=\"event\" for a constant)";
  const std::string to(trim_text(spec.substr(0, eq)));
  const std::string_view from = trim_text(spec.substr(eq + 1));
  if (!is_convention_field(to))
    return "'" + quote_short(to) + "' is not a field of the data conventions (" + known_fields() +
           ")";
  if (from.empty()) return "'" + to + "=' needs the name of a field to read " + to + " from";
  auto drop = [&](std::vector<std::pair<std::string, std::string>>& v) {
    v.erase(std::remove_if(v.begin(), v.end(), [&](const auto& e) { return e.first == to; }),
            v.end());
  };
  drop(map.entries);
  drop(map.constants);
  if (from.size() >= 2 && from.front() == '"' && from.back() == '"') {
    map.constants.emplace_back(to, std::string(from.substr(1, from.size() - 2)));
  } else {
    map.entries.emplace_back(to, std::string(from));
  }
  return {};
}

void parse_field_map_text(std::string_view text, FieldMap& map, std::vector<std::string>& errors) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const std::size_t nl = text.find('\n');
    const std::string_view line =
        trim_text(nl == std::string_view::npos ? text : text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    if (const std::string e = add_field_mapping(map, line); !e.empty())
      errors.push_back("line " + std::to_string(line_no) + ": " + e);
  }
}

std::vector<FieldBinding> resolve_fields(const FieldMap& user,
                                         const std::vector<std::string>& layer_fields, bool guess) {
  std::vector<FieldBinding> out;
  const auto has_exact = [&](std::string_view name) {
    return std::find(layer_fields.begin(), layer_fields.end(), name) != layer_fields.end();
  };
  // Layer fields that something reads already: not guessed for another field.
  std::vector<std::string> taken;
  for (std::string_view f : convention_fields())
    if (has_exact(f) && !user.source_for(f)) taken.emplace_back(f);
  for (const auto& [to, from] : user.entries) taken.push_back(from);

  for (std::string_view f : convention_fields()) {
    // A constant is for layers without the field: the bundled atlas opened beside a table
    // given --field kind="event" keeps its own kinds.
    if (const std::string* c = user.constant_for(f); c && !has_exact(f)) {
      out.push_back({std::string(f), {}, *c, true, false});
      continue;
    }
    if (const std::string* from = user.source_for(f)) {
      out.push_back({std::string(f), *from, {}, false, false});
      continue;
    }
    if (!guess || has_exact(f)) continue;
    const auto entry = std::find_if(guess_table().begin(), guess_table().end(),
                                    [&](const Guesses& g) { return g.field == f; });
    std::vector<std::string_view> candidates = {f};
    if (entry != guess_table().end())
      candidates.insert(candidates.end(), entry->names.begin(), entry->names.end());
    const std::string* found = nullptr;
    for (std::string_view c : candidates) {
      for (const std::string& name : layer_fields)
        if (lower(name) == c && std::find(taken.begin(), taken.end(), name) == taken.end()) {
          found = &name;
          break;
        }
      if (found) break;
    }
    if (found) {
      out.push_back({std::string(f), *found, {}, false, true});
      taken.push_back(*found);
    }
  }
  return out;
}

std::string add_field_mappings(FieldMap& map, std::string_view entries) {
  std::string first_error, entry;
  bool quoted = false;
  const auto flush = [&] {
    if (entry.empty()) return;
    if (std::string e = add_field_mapping(map, entry); !e.empty() && first_error.empty())
      first_error = std::move(e);
    entry.clear();
  };
  for (const char c : entries) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == ' ' || c == '\t' || c == ',')) {
      flush();
      continue;
    }
    entry += c;
  }
  flush();
  return first_error;
}

}  // namespace histmap
