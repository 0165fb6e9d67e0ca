// histmap core: UTF-8 checks for text from outside (data files, the network). Validity (RFC
// 3629: no overlong forms, no surrogates, nothing above U+10FFFF), repair, and cutting long
// text at a character boundary.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace histmap {

// Length of the well-formed UTF-8 sequence at s[i] (i < s.size()), or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);
bool is_valid_utf8(std::string_view s);
// s with every invalid UTF-8 sequence replaced by U+FFFD (the replacement character).
std::string to_valid_utf8(std::string_view s);
// The longest prefix of s of at most max bytes that does not end inside a UTF-8 sequence.
std::size_t utf8_prefix(std::string_view s, std::size_t max);

}  // namespace histmap
