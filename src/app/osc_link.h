// histmap app: show control over OSC (Open Sound Control, UDP), through liblo.
// - OscListener: listens on a UDP port (--osc-port) and turns what arrives into
//   ShowCommands (core/show_command.h); bad and unknown messages become log lines.
// - OscSender: sends messages to HOST:PORT (--osc-send), e.g. the date as it changes, so
//   other screens follow this one.
// No threads: the window loop calls poll() once a frame, which reads what is waiting and
// returns at once. liblo's types stay inside osc_link.cpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/show_command.h"

namespace histmap {

class OscListener {
 public:
  // Listens on UDP `port` on every IPv4 interface (liblo 0.31 binds 0.0.0.0, not IPv6); port 0
  // lets the system pick a free one (see port()). nullptr and `error` when it cannot, e.g.
  // the port is in use.
  static std::unique_ptr<OscListener> open(int port, std::string& error);
  ~OscListener();
  OscListener(const OscListener&) = delete;
  OscListener& operator=(const OscListener&) = delete;

  // Reads what has arrived, without waiting, at most kMaxMessagesPerPoll messages (a flood
  // cannot stall a frame; the rest wait for the next poll). Returns the commands in the order
  // they came. Each bad or unknown message appends "osc: <error> (from <host:port>)" to
  // `log`, at most kMaxLogLinesPerPoll lines a poll, then one line counting the rest.
  std::vector<ShowCommand> poll(std::vector<std::string>& log);

  int port() const;  // the UDP port listened on

  static constexpr int kMaxMessagesPerPoll = 256;
  static constexpr int kMaxLogLinesPerPoll = 16;

  struct Impl;  // liblo's server and what one poll collects (osc_link.cpp)

 private:
  explicit OscListener(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class OscSender {
 public:
  // `host_port` is HOST:PORT with an IPv4 address or a host name, e.g. "192.168.1.21:9001"
  // (liblo 0.31 has no IPv6). A subnet's broadcast address ("192.168.1.255:9001") reaches
  // every follower on it. The host is looked up on the first send (an IP address needs no
  // lookup; a name blocks while it resolves). nullptr and `error` when the text is not
  // HOST:PORT or no UDP socket can be opened.
  static std::unique_ptr<OscSender> open(const std::string& host_port, std::string& error);
  ~OscSender();
  OscSender(const OscSender&) = delete;
  OscSender& operator=(const OscSender&) = delete;

  // Sends one message over UDP. False, with last_error(), when it could not be sent (host
  // unknown, network down, an argument type liblo cannot write). UDP says nothing of delivery:
  // true does not mean a follower got it.
  bool send(const OscMessage& message);
  const std::string& last_error() const { return last_error_; }
  const std::string& target() const { return target_; }  // as given to open()

 private:
  OscSender() = default;
  void* address_ = nullptr;  // lo_address (a void* in liblo), kept out of this header
  void* socket_ = nullptr;   // lo_server: sent from, never read (see osc_link.cpp)
  std::string target_;
  std::string last_error_;
};

}  // namespace histmap
