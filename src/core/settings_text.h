// histmap core: the small pieces the hand-edited text formats share (story files, kiosk.ini):
// trimming, splitting a list of words, reading a number, and quoting a user's text short
// enough for a message.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace histmap {

// Without spaces, tabs and carriage returns (Windows line ends) at either end.
std::string_view trim_text(std::string_view s);
// Words separated by spaces, tabs or commas: "a, b  c" gives a, b, c.
std::vector<std::string_view> split_words(std::string_view s);
// The whole text is one finite number.
bool parse_number(std::string_view s, double& out);
// At most 60 bytes of a user's text, for a message ("..." where cut).
std::string quote_short(std::string_view s);

}  // namespace histmap
