#include "data/pg_connection.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <tuple>
#include <utility>

namespace histmap {
namespace {

// How long a database server has to answer a connection.
constexpr int kConnectTimeoutSeconds = 10;

// Where a connection string's password starts and how long it is ("password=..." with or
// without quotes, or the user information of a postgresql:// URI); npos when it has none.
std::pair<std::size_t, std::size_t> find_password(const std::string& s, std::size_t from) {
  std::string lower = s;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::size_t at = lower.find("password", from); at != std::string::npos;
       at = lower.find("password", at + 1)) {
    std::size_t v = at + 8;
    while (v < s.size() && s[v] == ' ') ++v;
    if (v >= s.size() || s[v] != '=') continue;
    ++v;
    while (v < s.size() && s[v] == ' ') ++v;
    std::size_t end = v;
    if (end < s.size() && s[end] == '\'') {
      for (++end; end < s.size() && s[end] != '\''; ++end)
        if (s[end] == '\\') ++end;
      end = std::min(s.size(), end + 1);
    } else {
      while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) && s[end] != '&')
        ++end;
    }
    return {v, end - v};
  }
  if (const std::size_t scheme = lower.find("://", from); scheme != std::string::npos) {
    const std::size_t host = scheme + 3;
    const std::size_t at = s.find('@', host), slash = s.find('/', host);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      const std::size_t colon = s.find(':', host);
      if (colon != std::string::npos && colon < at) return {colon + 1, at - colon - 1};
    }
  }
  return {std::string::npos, 0};
}

// The secret itself, so that it can be masked wherever a message repeats it.
std::string password_of(const std::string& source) {
  const auto [at, n] = find_password(source, 0);
  if (at == std::string::npos || n == 0) return {};
  std::string p = source.substr(at, n);
  if (p.size() >= 2 && p.front() == '\'' && p.back() == '\'') p = p.substr(1, p.size() - 2);
  return p;
}

}  // namespace

// A database server's message on one line: PostgreSQL writes several ("ERROR: ...", then
// "LINE 1: DECLARE executeSQLCursor CURSOR for ..." and a caret under the word), and the
// query as GDAL wrapped it is noise to the user, who wrote the query without the cursor.
std::string server_message(const std::string& text) {
  std::string out;
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t to = text.find('\n', from);
    if (to == std::string::npos) to = text.size();
    std::string line = text.substr(from, to - from);
    from = to + 1;
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line.rfind("LINE ", first) == first ||
        line.find_first_not_of(" \t^") == std::string::npos)
      continue;
    line = line.substr(first);
    // "ERROR:  relation" has two spaces after the severity
    for (std::size_t at = line.find("  "); at != std::string::npos; at = line.find("  "))
      line.erase(at, 1);
    out += (out.empty() || out.back() == '.' ? (out.empty() ? "" : " ") : "; ") + line;
  }
  return out;
}

// A PostgreSQL connection string as GDAL is given it: with a connection timeout unless the user
// set one (in the string or in PGCONNECT_TIMEOUT), so that a server that does not answer (a
// wrong host, a firewall that drops packets) is an error after a while, not a wait for ever.
std::string with_connect_timeout(const std::string& input) {
  if (input.rfind("PG:", 0) != 0 || input.find("://") != std::string::npos ||
      input.find("connect_timeout") != std::string::npos || std::getenv("PGCONNECT_TIMEOUT"))
    return input;
  return input + " connect_timeout=" + std::to_string(kConnectTimeoutSeconds);
}

std::string mask_password(const std::string& source) {
  std::string out = source;
  for (auto [at, n] = find_password(out, 0); at != std::string::npos && n > 0;
       std::tie(at, n) = find_password(out, at + 3))
    out.replace(at, n, "***");
  return out;
}

MaskSecretOnExit::MaskSecretOnExit(const std::string& source, std::vector<Diagnostic>& diagnostics)
    : secret_(password_of(source)), diagnostics_(diagnostics), from_(diagnostics.size()) {}

MaskSecretOnExit::~MaskSecretOnExit() {
  if (secret_.size() < 3) return;  // a shorter one would mask letters of every message
  for (std::size_t i = from_; i < diagnostics_.size(); ++i)
    for (std::string* text : {&diagnostics_[i].message, &diagnostics_[i].feature})
      for (std::size_t at = text->find(secret_); at != std::string::npos;
           at = text->find(secret_, at + 3))
        text->replace(at, secret_.size(), "***");
}

}  // namespace histmap
