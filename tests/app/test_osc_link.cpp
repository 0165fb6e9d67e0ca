// OSC tests (app/osc_link.h) on loopback: liblo's own command-line client, oscsend (Debian's
// liblo-tools), sends to an OscListener as a show-control console would; an OscSender (the
// master) sends to a second listener (a follower). Needs UDP on 127.0.0.1, no display.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "app/osc_link.h"
#include "core/date.h"

namespace histmap {
namespace {

// The oscsend on PATH. A test that needs it fails, loudly, when it is missing: skipping would
// let a machine without liblo-tools pass without testing anything.
std::string oscsend_path() {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    const std::string candidate = dirs.substr(start, end - start) + "/oscsend";
    if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

// Runs `oscsend localhost PORT <args>` and requires it to succeed.
void oscsend(int port, const std::string& args) {
  const std::string exe = oscsend_path();
  if (exe.empty()) {
    FAIL(
        "oscsend is not on PATH: install liblo-tools (apt-get install -y liblo-tools; "
        "tools/install-deps.sh does)");
  }
  const std::string command = exe + " localhost " + std::to_string(port) + " " + args;
  INFO(command);
  REQUIRE(std::system(command.c_str()) == 0);
}

struct Received {
  std::vector<ShowCommand> commands;
  std::vector<std::string> log;
};

// Polls, as the window loop does each frame, until something arrives or ~2 s pass; then a
// little longer, so that anything arriving behind it is caught as well.
Received poll_for(OscListener& listener, std::size_t commands = 1, std::size_t lines = 0) {
  Received r;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (std::chrono::steady_clock::now() < deadline &&
         (r.commands.size() < commands || r.log.size() < lines)) {
    for (ShowCommand& c : listener.poll(r.log)) r.commands.push_back(std::move(c));
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  for (ShowCommand& c : listener.poll(r.log)) r.commands.push_back(std::move(c));
  return r;
}

std::unique_ptr<OscListener> open_listener(int port = 0) {
  std::string error;
  std::unique_ptr<OscListener> l = OscListener::open(port, error);
  INFO(error);
  REQUIRE(l);
  CHECK(error.empty());
  REQUIRE(l->port() > 0);
  return l;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

constexpr DayNumber k19180527 = -18847;

}  // namespace

TEST_CASE("a listener on port 0 gets a free port from the system", "[osc]") {
  auto a = open_listener();
  auto b = open_listener();
  CHECK(a->port() != b->port());
  std::vector<std::string> log;
  CHECK(a->poll(log).empty());  // nothing sent: returns at once with nothing
  CHECK(log.empty());
}

TEST_CASE("a port in use is an error that names it, not a crash", "[osc]") {
  auto a = open_listener();
  std::string error;
  CHECK_FALSE(OscListener::open(a->port(), error));
  INFO(error);
  CHECK(contains(error, "cannot listen for OSC on UDP port " + std::to_string(a->port())));
  CHECK(contains(error, "another program"));
  CHECK_FALSE(OscListener::open(70000, error));
  CHECK(contains(error, "70000"));
}

TEST_CASE("oscsend /histmap/date s 1918-05-27 arrives as a date", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/date s 1918-05-27");
  const Received r = poll_for(*l);
  INFO(joined(r.log));
  REQUIRE(r.commands.size() == 1);
  CHECK(r.commands[0].kind == ShowCommand::Kind::Date);
  CHECK(r.commands[0].day == k19180527);
  CHECK(r.log.empty());
}

TEST_CASE("oscsend /histmap/date d with a fractional day number", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/date d -18846.5");
  const Received r = poll_for(*l);
  REQUIRE(r.commands.size() == 1);
  CHECK(r.commands[0].day == Approx(-18846.5));
  CHECK(describe(r.commands[0]) == "date 1918-05-27 +0.50");
}

TEST_CASE("oscsend /histmap/play and /histmap/pause arrive in order", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/play");
  oscsend(l->port(), "/histmap/pause");
  const Received r = poll_for(*l, 2);
  INFO(joined(r.log));
  REQUIRE(r.commands.size() == 2);
  CHECK(r.commands[0].kind == ShowCommand::Kind::Play);
  CHECK(r.commands[1].kind == ShowCommand::Kind::Pause);
}

TEST_CASE("a console's /histmap/play f 1.0 plays, its release f 0 does nothing unlogged", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/play f 1.0");
  oscsend(l->port(), "/histmap/play f 0");
  oscsend(l->port(), "/histmap/chapter i 2");  // behind the release: proof it was read
  const Received r = poll_for(*l, 2);
  INFO(joined(r.log));
  REQUIRE(r.commands.size() == 2);
  CHECK(r.commands[0].kind == ShowCommand::Kind::Play);
  CHECK(r.commands[1].kind == ShowCommand::Kind::Chapter);
  CHECK(r.log.empty());
}

TEST_CASE("oscsend /histmap/chapter i 3 arrives as chapter 3", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/chapter i 3");
  const Received r = poll_for(*l);
  REQUIRE(r.commands.size() == 1);
  CHECK(r.commands[0].kind == ShowCommand::Kind::Chapter);
  CHECK(r.commands[0].chapter == 3);
}

TEST_CASE("oscsend /histmap/language s kk and /histmap/story s legion-revolt", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/language s kk");
  oscsend(l->port(), "/histmap/story s legion-revolt");
  const Received r = poll_for(*l, 2);
  REQUIRE(r.commands.size() == 2);
  CHECK(r.commands[0].kind == ShowCommand::Kind::Language);
  CHECK(r.commands[0].language == Language::Kk);
  CHECK(r.commands[1].kind == ShowCommand::Kind::Story);
  CHECK(r.commands[1].story == "legion-revolt");
}

TEST_CASE("a bad message is logged with its address, types and sender, and ignored", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/chapter s two");
  const Received r = poll_for(*l, 0, 1);
  CHECK(r.commands.empty());
  REQUIRE(r.log.size() == 1);
  INFO(r.log[0]);
  CHECK(contains(r.log[0],
                 "osc: /histmap/chapter: expected one whole number from 1 to 999 (i), got 's' "
                 "\"two\" (from "));
  CHECK(contains(r.log[0], "127.0.0.1:"));
}

TEST_CASE("an unknown address is logged and ignored", "[osc]") {
  auto l = open_listener();
  oscsend(l->port(), "/histmap/nope i 1");
  const Received r = poll_for(*l, 0, 1);
  CHECK(r.commands.empty());
  REQUIRE(r.log.size() == 1);
  INFO(r.log[0]);
  CHECK(contains(r.log[0], "osc: unknown address /histmap/nope (known: /histmap/date"));
}

TEST_CASE("a datagram that is not OSC is logged, and the listener goes on", "[osc]") {
  auto l = open_listener();
  const int fd = socket(AF_INET, SOCK_DGRAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(static_cast<std::uint16_t>(l->port()));
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const char junk[] = "GET / HTTP/1.0\r\n\r\n";
  CHECK(sendto(fd, junk, sizeof junk - 1, 0, reinterpret_cast<const sockaddr*>(&to), sizeof to) >
        0);
  close(fd);
  oscsend(l->port(), "/histmap/play");
  const Received r = poll_for(*l, 1, 1);
  INFO(joined(r.log));
  REQUIRE(r.commands.size() == 1);
  CHECK(r.commands[0].kind == ShowCommand::Kind::Play);
  REQUIRE_FALSE(r.log.empty());
  CHECK(contains(r.log[0], "osc: a packet that is not OSC"));
}

TEST_CASE("a flood of bad messages logs a bounded number of lines a poll", "[osc]") {
  auto l = open_listener();
  std::string error;
  auto s = OscSender::open("127.0.0.1:" + std::to_string(l->port()), error);
  REQUIRE(s);
  constexpr int kBad = 60;  // well inside the socket's receive buffer
  for (int k = 0; k < kBad; ++k) REQUIRE(s->send({"/histmap/nope", {}}));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  std::vector<std::string> log;
  CHECK(l->poll(log).empty());
  INFO(joined(log));
  REQUIRE(log.size() == OscListener::kMaxLogLinesPerPoll + 1);
  CHECK(log.back() == "osc: " + std::to_string(kBad - OscListener::kMaxLogLinesPerPoll) +
                          " more bad messages in this frame, not shown");
}

TEST_CASE("master to follower: OscSender's date and play reach a second listener", "[osc]") {
  auto follower = open_listener();
  std::string error;
  auto master = OscSender::open("127.0.0.1:" + std::to_string(follower->port()), error);
  INFO(error);
  REQUIRE(master);
  CHECK(master->target() == "127.0.0.1:" + std::to_string(follower->port()));
  CHECK(master->send(play_message(true)));
  CHECK(master->send(date_message(k19180527 + 0.6)));
  CHECK(master->send(date_message(k19180527 + 1.2)));
  CHECK(master->send(play_message(false)));
  const Received r = poll_for(*follower, 4);
  INFO(joined(r.log));
  REQUIRE(r.commands.size() == 4);
  CHECK(r.commands[0].kind == ShowCommand::Kind::Play);
  CHECK(r.commands[1].kind == ShowCommand::Kind::Date);
  CHECK(r.commands[1].day == k19180527);  // whole days: the sync granularity
  CHECK(r.commands[2].day == k19180527 + 1);
  CHECK(r.commands[3].kind == ShowCommand::Kind::Pause);
  CHECK(r.log.empty());
}

TEST_CASE("a master started before its follower reaches it once it listens", "[osc]") {
  int port = 0;
  {
    auto probe = open_listener();
    port = probe->port();
  }  // closed: nothing listens on `port` now
  std::string error;
  auto master = OscSender::open("localhost:" + std::to_string(port), error);
  REQUIRE(master);
  // Nobody listens: UDP may or may not report it (ICMP port unreachable); either way the
  // next sends must work once a follower is there.
  master->send(date_message(k19180527));
  master->send(date_message(k19180527));
  auto follower = open_listener(port);
  bool arrived = false;
  for (int k = 0; k < 5 && !arrived; ++k) {
    master->send(date_message(k19180527 + k));
    arrived = !poll_for(*follower).commands.empty();
  }
  INFO(master->last_error());
  CHECK(arrived);
}

TEST_CASE("OscSender refuses what is not HOST:PORT", "[osc]") {
  for (const char* bad : {"", "host", "host:", ":9001", "host:0", "host:70000", "host:90a",
                          "host:-1", "host:123456"}) {
    INFO(bad);
    std::string error;
    CHECK_FALSE(OscSender::open(bad, error));
    CHECK(contains(error, "expected HOST:PORT"));
  }
  for (const char* v6 : {"[::1]:9001", "::1:9001"}) {
    INFO(v6);
    std::string error;
    CHECK_FALSE(OscSender::open(v6, error));
    CHECK(contains(error, "no IPv6"));
  }
}

TEST_CASE("OscSender can send to a broadcast address, which reaches a follower", "[osc]") {
  // 127.255.255.255 is loopback's broadcast address: a send there from a socket without
  // SO_BROADCAST fails with EACCES, as it would to 192.168.1.255 on a museum's network.
  // liblo sends from a listener's socket (which has it) while one is open in the process, so
  // the first send goes out while none is: the master must bring its own.
  int port = 0;
  {
    auto probe = open_listener();
    port = probe->port();
  }
  std::string error;
  auto master = OscSender::open("127.255.255.255:" + std::to_string(port), error);
  REQUIRE(master);
  CHECK(master->send(date_message(k19180527)));
  INFO(master->last_error());
  auto follower = open_listener(port);
  REQUIRE(master->send(date_message(k19180527)));
  const Received r = poll_for(*follower);
  REQUIRE(r.commands.size() == 1);
  CHECK(r.commands[0].day == k19180527);
}

TEST_CASE("OscSender reports a host it cannot resolve instead of crashing", "[osc]") {
  std::string error;
  auto s = OscSender::open("no-such-host.invalid:9001", error);
  REQUIRE(s);
  CHECK_FALSE(s->send(play_message(true)));
  CHECK(contains(s->last_error(), "cannot send /histmap/play to no-such-host.invalid:9001"));
}

}  // namespace histmap
