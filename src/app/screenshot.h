// histmap app: F12 in the window saves what the screen shows (map and panels) as a PNG,
// named for the day on the slider and the moment it was taken, in the user's Pictures folder
// (or home, or the current folder).
#pragma once

#include <string>

namespace histmap {

// Reads the window's back buffer (w x h drawable pixels) after the panels were drawn and
// before the swap. Sets path to where it went, or error.
bool save_screenshot(int w, int h, double day, std::string& path, std::string& error);

}  // namespace histmap
