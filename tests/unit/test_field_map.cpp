// Unit tests: the user's field names for the conventions' fields, and the guesses
// (core/field_map.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/check_report.h"
#include "core/field_map.h"

using namespace histmap;

namespace {

// The binding for a conventions' field, or null.
const FieldBinding* binding(const std::vector<FieldBinding>& bs, const std::string& field) {
  for (const FieldBinding& b : bs)
    if (b.field == field) return &b;
  return nullptr;
}

}  // namespace

TEST_CASE("field map: TO=FROM, constants, and a later entry replaces an earlier one") {
  FieldMap m;
  CHECK(add_field_mapping(m, "start=date_from").empty());
  CHECK(add_field_mapping(m, " end = date_to ").empty());
  CHECK(add_field_mapping(m, "kind=\"event\"").empty());
  CHECK(add_field_mapping(m, "start=begin").empty());
  REQUIRE(m.source_for("start"));
  CHECK(*m.source_for("start") == "begin");
  CHECK(*m.source_for("end") == "date_to");
  CHECK(*m.constant_for("kind") == "event");
  CHECK(m.entries.size() == 2);
  // A constant replaces a field for the same name, and back.
  CHECK(add_field_mapping(m, "end=\"1920\"").empty());
  CHECK(m.source_for("end") == nullptr);
  CHECK(*m.constant_for("end") == "1920");
}

TEST_CASE("field map: unknown conventions' names and bad entries are refused with a message") {
  FieldMap m;
  CHECK(add_field_mapping(m, "begin=date_from")
            .find("'begin' is not a field of the data "
                  "conventions (id, kind, name") == 0);
  CHECK(add_field_mapping(m, "date_from").find("is not TO=FROM") != std::string::npos);
  CHECK(add_field_mapping(m, "start=").find("needs the name of a field") != std::string::npos);
  CHECK(m.empty());
}

TEST_CASE("field map: a mapping file with comments, blank lines and a bad line") {
  FieldMap m;
  std::vector<std::string> errors;
  parse_field_map_text(
      "# the register of 1918\n\nstart = date_from\r\nend=date_to\n"
      "kind = \"event\"\nwhen = date\n  # indented comment\n",
      m, errors);
  CHECK(*m.source_for("start") == "date_from");
  CHECK(*m.source_for("end") == "date_to");
  CHECK(*m.constant_for("kind") == "event");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("line 6: 'when' is not a field") == 0);
}

TEST_CASE("field map: common names are guessed, ignoring letter case") {
  const std::vector<std::string> layer = {"ID",     "Title",       "DATE_FROM", "date_to",
                                          "Source", "description", "year"};
  const auto bs = resolve_fields({}, layer);
  const auto check = [&](const char* field, const char* source) {
    INFO(field);
    const FieldBinding* b = binding(bs, field);
    REQUIRE(b);
    CHECK(b->source == source);
    CHECK(b->guessed);
  };
  check("id", "ID");
  check("name", "Title");
  check("start", "DATE_FROM");  // before "year": the more telling name wins
  check("end", "date_to");
  check("sources", "Source");
  check("note", "description");
  CHECK(binding(bs, "kind") == nullptr);  // never guessed
}

TEST_CASE("field map: a field of the conventions' own name needs no binding and is not guessed") {
  const auto bs = resolve_fields({}, {"start", "date_from", "name", "title", "year"});
  CHECK(binding(bs, "start") == nullptr);
  CHECK(binding(bs, "name") == nullptr);
  // year is left alone: there is a start, and end is not guessed from a start's names
  CHECK(binding(bs, "end") == nullptr);
}

TEST_CASE("field map: the user's map wins over guesses, and a field is not read twice") {
  FieldMap user;
  add_field_mapping(user, "start=year");
  add_field_mapping(user, "kind=\"event\"");
  const auto bs = resolve_fields(user, {"year", "date_from", "date", "to"});
  const FieldBinding* start = binding(bs, "start");
  REQUIRE(start);
  CHECK(start->source == "year");
  CHECK_FALSE(start->guessed);
  const FieldBinding* kind = binding(bs, "kind");
  REQUIRE(kind);
  CHECK(kind->is_constant);
  CHECK(kind->value == "event");
  const FieldBinding* end = binding(bs, "end");
  REQUIRE(end);
  CHECK(end->source == "to");
  CHECK(end->guessed);
  // A layer with its own kind keeps it: the constant is for layers without one.
  CHECK_FALSE(binding(resolve_fields(user, {"kind", "year"}), "kind"));
  // Without guessing, only the user's entries.
  CHECK(resolve_fields(user, {"year", "date_to"}, false).size() == 2);
}

TEST_CASE("field map: a layer field taken by one guess is not guessed again for another") {
  // "timestamp" could be start; "date" too: start takes the first in the table's order.
  const auto bs = resolve_fields({}, {"date", "timestamp"});
  REQUIRE(binding(bs, "start"));
  CHECK(binding(bs, "start")->source == "date");
  CHECK(binding(bs, "end") == nullptr);
}

TEST_CASE("field map: a guess is a note that --check prints but does not count as a problem") {
  const std::vector<Diagnostic> notes = {
      {Severity::Note, "rows.csv", "", "start",
       "start is read from 'date_from' (guessed; --field start=... to choose another)"}};
  const CheckReport clean = format_check_report({{"rows.csv", 3}}, notes);
  CHECK(clean.clean());
  CHECK(clean.text.find("rows.csv: 3 features loaded, clean\n") != std::string::npos);
  CHECK(clean.text.find("start: note: start is read from 'date_from'") != std::string::npos);
  CHECK(clean.text.find("All 1 file is clean.") != std::string::npos);

  std::vector<Diagnostic> mixed = notes;
  mixed.push_back({Severity::Warning, "rows.csv", "'r1'", "sources", "no citation"});
  const CheckReport r = format_check_report({{"rows.csv", 3}}, mixed);
  CHECK_FALSE(r.clean());
  CHECK(r.warnings == 1);
  CHECK(r.text.find("0 errors, 1 warning\n") != std::string::npos);
  CHECK(r.text.find("start: note: ") != std::string::npos);
  CHECK(notes[0].to_string() ==
        "rows.csv: field 'start': note: start is read from 'date_from' (guessed; --field "
        "start=... to choose another)");
}

TEST_CASE("field map: the Open panel's line of entries, quotes keeping their spaces") {
  FieldMap m;
  CHECK(add_field_mappings(m, "start=date_from, kind=\"event\"  note=\"as the register says\"")
            .empty());
  REQUIRE(m.source_for("start"));
  CHECK(*m.source_for("start") == "date_from");
  REQUIRE(m.constant_for("kind"));
  CHECK(*m.constant_for("kind") == "event");
  REQUIRE(m.constant_for("note"));
  CHECK(*m.constant_for("note") == "as the register says");
  FieldMap bad;
  const std::string error = add_field_mappings(bad, "begin=date_from end=date_to");
  CHECK(error.find("'begin' is not a field of the data conventions") != std::string::npos);
  REQUIRE(bad.source_for("end"));  // the good entry is still added
  CHECK(add_field_mappings(bad, "   ").empty());
}
