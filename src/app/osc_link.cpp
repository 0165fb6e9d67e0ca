// histmap app: OSC listener and sender over liblo (UDP), polled from the window loop.
// Incoming messages go through one catch-all liblo method that copies the arguments into an
// OscMessage and hands it to parse_show_command (core), so every rule about what a message
// may say lives in core and is unit-tested there.
#include "app/osc_link.h"

#include <lo/lo.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

namespace histmap {
namespace {

// liblo reports errors (a port it cannot bind, a packet it cannot read) through a C callback
// with no user pointer (lo_err_handler), so the callback cannot be told where to put them.
// It writes to the string that the open() or poll() running on this thread names for the
// length of that call (ErrorSink); outside those calls the message is dropped. thread_local
// rather than a plain global: listeners on two threads keep their errors apart, and nothing
// outlives the call that set it.
thread_local std::string* t_error_sink = nullptr;

class ErrorSink {
 public:
  explicit ErrorSink(std::string* sink) : previous_(t_error_sink) { t_error_sink = sink; }
  ~ErrorSink() { t_error_sink = previous_; }
  ErrorSink(const ErrorSink&) = delete;
  ErrorSink& operator=(const ErrorSink&) = delete;

 private:
  std::string* previous_;
};

void on_liblo_error(int num, const char* msg, const char* where) {
  if (!t_error_sink) return;
  std::string e = log_safe(msg ? msg : "error", 200);
  if (where && *where) e += " (" + log_safe(where, 64) + ")";
  e += ", liblo error " + std::to_string(num);
  if (!t_error_sink->empty()) *t_error_sink += "; ";
  *t_error_sink += e;
}

OscArg to_arg(char type, lo_arg* a) {
  OscArg out;
  out.type = type;
  switch (type) {
    case LO_INT32:
      out.i = a->i;
      break;
    case LO_INT64:
      out.i = a->h;
      break;
    case LO_FLOAT:
      out.f = a->f;
      break;
    case LO_DOUBLE:
      out.f = a->d;
      break;
    case LO_STRING:
    case LO_SYMBOL:
      out.s = &a->s;  // liblo checked that it ends within the packet
      break;
    case LO_CHAR:
      out.i = a->c;
      break;
    case LO_BLOB:
      out.i = lo_blob_datasize(static_cast<lo_blob>(a));
      break;
    default:
      break;  // T F N I carry no data; MIDI and timetags are not used
  }
  return out;
}

// "127.0.0.1:53211": where a message came from, for the log.
std::string source_of(lo_message msg) {
  const lo_address a = msg ? lo_message_get_source(msg) : nullptr;
  const char* host = a ? lo_address_get_hostname(a) : nullptr;
  const char* port = a ? lo_address_get_port(a) : nullptr;
  if (!host || !port) return "unknown sender";
  return log_safe(host, 64) + ":" + log_safe(port, 8);
}

}  // namespace

struct OscListener::Impl {
  lo_server server = nullptr;
  int port = 0;
  // What the poll() in progress collects (null between polls).
  std::vector<ShowCommand>* commands = nullptr;
  std::vector<std::string>* log = nullptr;
  int bad = 0;        // bad messages in this poll, logged or not
  std::string error;  // parse_show_command's, reused

  ~Impl() {
    if (server) lo_server_free(server);
  }
  void report(std::string line) {
    if (bad++ < kMaxLogLinesPerPoll) log->push_back(std::move(line));
  }
};

namespace {

int on_message(const char* path, const char* types, lo_arg** argv, int argc, lo_message msg,
               void* user_data) {
  auto* impl = static_cast<OscListener::Impl*>(user_data);
  if (!impl->commands) return 0;  // liblo dispatches only inside poll(); be safe regardless
  OscMessage m;
  m.path = path ? path : "";
  const std::size_t ntypes = types ? std::strlen(types) : 0;
  const std::size_t n = argc > 0 ? std::min(static_cast<std::size_t>(argc), ntypes) : 0;
  m.args.reserve(n);
  for (std::size_t k = 0; k < n; ++k) m.args.push_back(to_arg(types[k], argv[k]));
  if (std::optional<ShowCommand> c = parse_show_command(m, impl->error)) {
    impl->commands->push_back(std::move(*c));
  } else if (!impl->error.empty()) {  // empty: ignored on purpose (a button's release)
    impl->report("osc: " + impl->error + " (from " + source_of(msg) + ")");
  }
  return 0;  // handled: no other method is asked
}

}  // namespace

OscListener::OscListener(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OscListener::~OscListener() = default;

std::unique_ptr<OscListener> OscListener::open(int port, std::string& error) {
  error.clear();
  if (port < 0 || port > 65535) {
    error = "cannot listen for OSC on UDP port " + std::to_string(port) + ": not a port number";
    return nullptr;
  }
  const std::string port_text = std::to_string(port);
  std::string liblo_error;
  lo_server server = nullptr;
  {
    ErrorSink sink(&liblo_error);
    // NULL asks liblo for a free port.
    server =
        lo_server_new_with_proto(port == 0 ? nullptr : port_text.c_str(), LO_UDP, on_liblo_error);
  }
  if (!server) {
    // liblo says "cannot find free port" even when a given port is taken: say it plainly.
    error = "cannot listen for OSC on UDP port " + port_text +
            ": is another program using the port? (liblo: " +
            (liblo_error.empty() ? std::string("no reason given") : liblo_error) + ")";
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  impl->server = server;
  impl->port = lo_server_get_port(server);
  // One method for every address and typetag: unknown addresses must reach the log too.
  lo_server_add_method(server, nullptr, nullptr, on_message, impl.get());
  return std::unique_ptr<OscListener>(new OscListener(std::move(impl)));
}

int OscListener::port() const {
  return impl_->port;
}

std::vector<ShowCommand> OscListener::poll(std::vector<std::string>& log) {
  std::vector<ShowCommand> out;
  Impl& m = *impl_;
  m.commands = &out;
  m.log = &log;
  m.bad = 0;
  std::string liblo_error;
  {
    ErrorSink sink(&liblo_error);
    // lo_server_wait says whether a packet is waiting; then lo_server_recv_noblock reads it
    // and dispatches its messages. Waiting with 0 ms never blocks.
    for (int n = 0; n < kMaxMessagesPerPoll && lo_server_wait(m.server, 0) > 0; ++n) {
      lo_server_recv_noblock(m.server, 0);
      if (!liblo_error.empty()) {  // a packet liblo could not read
        m.report("osc: a packet that is not OSC, or is cut short: " + liblo_error);
        liblo_error.clear();
      }
    }
  }
  if (m.bad > kMaxLogLinesPerPoll) {
    log.push_back("osc: " + std::to_string(m.bad - kMaxLogLinesPerPoll) +
                  " more bad messages in this frame, not shown");
  }
  m.commands = nullptr;
  m.log = nullptr;
  return out;
}

std::unique_ptr<OscSender> OscSender::open(const std::string& host_port, std::string& error) {
  error.clear();
  const std::size_t colon = host_port.rfind(':');
  const std::string host = colon == std::string::npos ? std::string() : host_port.substr(0, colon);
  const std::string port = colon == std::string::npos ? std::string() : host_port.substr(colon + 1);
  int port_number = 0;
  bool port_ok = !port.empty() && port.size() <= 5;
  for (char c : port) {
    port_ok = port_ok && c >= '0' && c <= '9';
    if (port_ok) port_number = port_number * 10 + (c - '0');
  }
  if (host.empty() || !port_ok || port_number < 1 || port_number > 65535) {
    error = "cannot send OSC to '" + log_safe(host_port, 80) +
            "': expected HOST:PORT, e.g. 192.168.1.21:9001";
    return nullptr;
  }
  if (host.find(':') != std::string::npos || host.front() == '[') {
    error = "cannot send OSC to '" + log_safe(host_port, 80) +
            "': liblo 0.31 has no IPv6; give an IPv4 address or a host name";
    return nullptr;
  }
  std::unique_ptr<OscSender> s(new OscSender);
  s->target_ = host_port;
  s->address_ = lo_address_new(host.c_str(), port.c_str());
  // Messages go out through a socket of our own: liblo sets SO_BROADCAST on a server's
  // socket, not on the one it opens for a plain lo_send_message, and without it a send to a
  // broadcast address fails (EACCES). Bound to a free port; nothing reads what comes to it.
  std::string liblo_error;
  {
    ErrorSink sink(&liblo_error);
    s->socket_ = lo_server_new_with_proto(nullptr, LO_UDP, on_liblo_error);
  }
  if (!s->address_ || !s->socket_) {
    error = "cannot send OSC to '" + log_safe(host_port, 80) + "': " +
            (s->address_ ? "no UDP socket (liblo: " + liblo_error + ")"
                         : std::string("liblo refused the address"));
    return nullptr;
  }
  return s;
}

OscSender::~OscSender() {
  if (address_) lo_address_free(static_cast<lo_address>(address_));
  if (socket_) lo_server_free(static_cast<lo_server>(socket_));
}

bool OscSender::send(const OscMessage& message) {
  last_error_.clear();
  const lo_message msg = lo_message_new();
  if (!msg) {
    last_error_ = "out of memory";
    return false;
  }
  int bad = 0;
  for (const OscArg& a : message.args) {
    switch (a.type) {
      case LO_INT32:
        if (a.i < INT32_MIN || a.i > INT32_MAX) {
          bad = 1;
          break;
        }
        bad |= lo_message_add_int32(msg, static_cast<std::int32_t>(a.i));
        break;
      case LO_INT64:
        bad |= lo_message_add_int64(msg, a.i);
        break;
      case LO_FLOAT:
        bad |= lo_message_add_float(msg, static_cast<float>(a.f));
        break;
      case LO_DOUBLE:
        bad |= lo_message_add_double(msg, a.f);
        break;
      case LO_STRING:
        bad |= lo_message_add_string(msg, a.s.c_str());
        break;
      case LO_SYMBOL:
        bad |= lo_message_add_symbol(msg, a.s.c_str());
        break;
      case LO_TRUE:
        bad |= lo_message_add_true(msg);
        break;
      case LO_FALSE:
        bad |= lo_message_add_false(msg);
        break;
      case LO_NIL:
        bad |= lo_message_add_nil(msg);
        break;
      case LO_INFINITUM:
        bad |= lo_message_add_infinitum(msg);
        break;
      default:
        bad = 1;
        break;
    }
  }
  if (bad) {
    lo_message_free(msg);
    last_error_ = message.path + ": an argument cannot be sent (" + describe_args(message.args) +
                  "; i out of range or a type histmap does not send)";
    return false;
  }
  const auto address = static_cast<lo_address>(address_);
  const int sent =
      lo_send_message_from(address, static_cast<lo_server>(socket_), message.path.c_str(), msg);
  lo_message_free(msg);
  if (sent < 0) {
    const char* why = lo_address_errstr(address);
    last_error_ = "cannot send " + message.path + " to " + target_ + ": " +
                  (why ? why : "error " + std::to_string(lo_address_errno(address)));
    return false;
  }
  return true;
}

}  // namespace histmap
