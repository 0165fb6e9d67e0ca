// histmap data: PostgreSQL connection strings as the loader handles them. The password is
// found (key=value or a postgresql:// URI) and masked in everything a load says; a connection
// gets a timeout unless the user set one; the server's several-line errors become one line.
#pragma once

#include <string>
#include <vector>

#include "core/atlas.h"

namespace histmap {

// A source as messages may show it: a connection string's password ("password=secret", or
// "postgresql://user:secret@host") becomes "***".
std::string mask_password(const std::string& source);

// A "PG:" source as GDAL is given it: with connect_timeout=10 unless the user set one (in the
// string or PGCONNECT_TIMEOUT), so that a server that does not answer is an error, not a wait
// for ever. Other sources unchanged.
std::string with_connect_timeout(const std::string& input);

// A database server's message on one line, without the query GDAL wrapped around the user's.
std::string server_message(const std::string& text);

// Masks the password of `source` in the messages added to diagnostics while it lives, whatever
// GDAL or the server repeated.
class MaskSecretOnExit {
 public:
  MaskSecretOnExit(const std::string& source, std::vector<Diagnostic>& diagnostics);
  ~MaskSecretOnExit();
  MaskSecretOnExit(const MaskSecretOnExit&) = delete;
  MaskSecretOnExit& operator=(const MaskSecretOnExit&) = delete;

 private:
  std::string secret_;
  std::vector<Diagnostic>& diagnostics_;
  std::size_t from_;
};

}  // namespace histmap
