#include "core/open_source.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace histmap {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t a = 0, b = s.size();
  while (a < b && blank(s[a])) ++a;
  while (b > a && blank(s[b - 1])) --b;
  return s.substr(a, b - a);
}

std::string unquote(std::string s) {
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front())
    s = s.substr(1, s.size() - 2);
  return s;
}

}  // namespace

bool has_vector_file_extension(const std::string& name) {
  const std::string ext = lower(fs::path(name).extension().string());
  return std::any_of(std::begin(kVectorFileExtensions), std::end(kVectorFileExtensions),
                     [&](const char* e) { return ext == e; });
}

FolderListing list_folder(const std::string& path) {
  FolderListing out;
  std::error_code ec;
  fs::path p = fs::absolute(path.empty() ? fs::path(".") : fs::path(path), ec);
  if (!ec) p = p.lexically_normal();
  // "a/b/" normalises to "a/b/": the browser shows it without the trailing slash.
  std::string s = p.string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  out.path = s;
  fs::directory_iterator it(s, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.error = ec.message();
    return out;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (name.empty() || name.front() == '.') continue;
    std::error_code e2;
    if (it->is_directory(e2))
      out.entries.push_back({name, true});
    else if (has_vector_file_extension(name))
      out.entries.push_back({name, false});
  }
  std::sort(out.entries.begin(), out.entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
    if (a.folder != b.folder) return a.folder;
    return a.name < b.name;
  });
  return out;
}

std::string parent_folder(const std::string& path) {
  const fs::path p(path);
  if (!p.has_relative_path()) return p.string().empty() ? std::string("/") : p.string();
  const std::string parent = p.parent_path().string();
  return parent.empty() ? std::string("/") : parent;
}

std::string postgis_source(const std::string& connection, const std::string& table) {
  std::string c = unquote(trim(connection));
  if (c.empty()) return {};
  if (c.rfind("PG:", 0) == 0 || c.rfind("pg:", 0) == 0) c = c.substr(3);
  c = unquote(trim(c));  // PG:"dbname=..." as it is written on a command line
  std::string out = "PG:" + c;
  const std::string t = trim(table);
  if (!t.empty() && c.find("tables=") == std::string::npos) out += " tables=" + t;
  return out;
}

}  // namespace histmap
