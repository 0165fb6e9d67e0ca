// histmap data: checks on the text that GDAL hands over. UTF-8 validity (a name in another
// encoding must not reach the renderer as broken bytes) and cutting long text at a character
// boundary come from core/utf8.h; here, the members of a JSON object read without building a
// tree: GDAL's native
// GeoJSON of a feature says which JSON type each property had, which its OGR fields lose
// when one column mixes types (true becomes 1, an object becomes its text).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/utf8.h"  // is_valid_utf8, to_valid_utf8, utf8_prefix

namespace histmap {

enum class JsonType { Invalid, Null, Boolean, Number, String, Array, Object };

// The type of a JSON value from its text (which must start at the value).
JsonType json_type(std::string_view value);

// The members of a JSON object as (key as written, value's text), in order; empty when text is
// not an object. Keys are left escaped: the loader only looks for plain ASCII names. Values are
// skipped, not parsed, so any depth of nesting costs no stack.
std::vector<std::pair<std::string_view, std::string_view>> json_members(std::string_view text);

// The elements of a JSON array as their texts; empty when text is not an array.
std::vector<std::string_view> json_elements(std::string_view text);

// The text of a JSON string value (quotes included in value), escapes resolved. \u0000 ends it,
// as it ends the text GDAL reads; a lone surrogate becomes U+FFFD.
std::string json_string(std::string_view value);

// A JSON value as a message shows it: "an object {...}", "a list [...]", "true", "the number 5",
// "the text 'abc'" (long values shortened).
std::string describe_json(std::string_view value);

// A text as a JSON string value (quotes, escapes and control characters as \u00XX), for a
// value the loader gives the mapper as if the file had it (a constant, a KML time).
std::string json_quote(std::string_view s);

}  // namespace histmap
