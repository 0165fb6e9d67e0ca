#include "app/resources.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace histmap {

std::string resource_root() {
  if (const char* env = std::getenv("HISTMAP_HOME"); env && *env) return env;
  return HISTMAP_SOURCE_DIR;
}

std::string bundled_geodata_dir() {
  return resource_root() + "/geodata";
}
std::string default_font_path() {
  return resource_root() + "/assets/fonts/DejaVuSans.ttf";
}

std::string translations_dir() {
  return resource_root() + "/assets/translations";
}

std::string user_folder(const char* name) {
  std::error_code ec;
  if (const char* home = std::getenv("HOME"); home && *home) {
    const std::string in_home = std::string(home) + "/" + name;
    if (std::filesystem::is_directory(in_home, ec)) return in_home;
    if (std::filesystem::is_directory(home, ec)) return home;
  }
  return ".";
}

bool read_file_bytes(const std::string& path, std::vector<unsigned char>& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read '" + path + "'";
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace histmap
