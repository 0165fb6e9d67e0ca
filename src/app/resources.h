// histmap app: where the bundled atlas and assets are. HISTMAP_HOME overrides; otherwise the
// source tree the binary was built from, which is how the README runs it.
#pragma once

#include <string>
#include <vector>

namespace histmap {

std::string resource_root();
std::string bundled_geodata_dir();
std::string default_font_path();
std::string translations_dir();  // assets/translations: en.ini, ru.ini, kk.ini, cs.ini

// Where to save for the user: $HOME/<name> (Pictures, Videos) if it exists, else $HOME, else
// the current folder.
std::string user_folder(const char* name);

// Reads a whole file; false (with a message naming it) if it cannot.
bool read_file_bytes(const std::string& path, std::vector<unsigned char>& out, std::string& error);

}  // namespace histmap
