// histmap core: show control. What an OSC (Open Sound Control) message from a museum's
// show-control system asks of the atlas, and the messages a master screen sends so that
// others follow it. Pure parsing: no sockets, no liblo (app/osc_link does the network).
// - Addresses: /histmap/date, /histmap/play, /histmap/pause, /histmap/story,
//   /histmap/chapter, /histmap/language (docs/show-control.md lists their arguments).
// - A message that is bad or unknown gives an error naming its address, the typetags it
//   came with and what was expected; strings in errors are cut short, so a hostile 64 KB
//   argument is never echoed whole.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/i18n.h"

namespace histmap {

// One OSC argument, whatever its type. `type` is its OSC typetag: 'i' (int32), 'h' (int64),
// 'f' (float32), 'd' (double), 's' (string), 'S' (symbol), 'T' (true), 'F' (false), 'N'
// (nil), 'I' (infinitum), 'c' (char), 'b' (blob), 'm' (MIDI), 't' (timetag). Numbers of
// type i, h, c are in `i`, those of type f, d in `f`; strings and symbols in `s`.
struct OscArg {
  char type = 'N';
  std::int64_t i = 0;
  double f = 0;
  std::string s;

  static OscArg int32(std::int32_t v) { return {'i', v, 0, {}}; }
  static OscArg int64(std::int64_t v) { return {'h', v, 0, {}}; }
  static OscArg float32(float v) { return {'f', 0, v, {}}; }
  static OscArg float64(double v) { return {'d', 0, v, {}}; }
  static OscArg string(std::string v) { return {'s', 0, 0, std::move(v)}; }
  static OscArg boolean(bool v) { return {v ? 'T' : 'F', 0, 0, {}}; }
};

struct OscMessage {
  std::string path;  // the OSC address, e.g. "/histmap/date"
  std::vector<OscArg> args;
};

// The OSC addresses histmap answers to.
inline constexpr std::string_view kShowAddresses[] = {
    "/histmap/date",  "/histmap/play",    "/histmap/pause",
    "/histmap/story", "/histmap/chapter", "/histmap/language",
};

// What a show-control message asks for.
struct ShowCommand {
  enum class Kind { Date, Play, Pause, Story, Chapter, Language };
  Kind kind = Kind::Play;
  // Kind::Date: the day as core counts them (DayNumber: whole days since 1970-01-01 in the
  // proleptic Gregorian calendar, so 1918-05-27 is -18847). Fractional when a master sends
  // a number between days (12:00 on that day is -18846.5), so followers can move smoothly.
  double day = 0;
  std::string story;  // Kind::Story: a story's name, e.g. "legion-revolt" (never a path)
  int chapter = 0;    // Kind::Chapter: 1-based, 1..kMaxShowChapter
  Language language = Language::En;  // Kind::Language
};

inline constexpr int kMaxShowChapter = 999;            // as --chapter
inline constexpr std::size_t kMaxStoryNameBytes = 64;  // a name, not a document

// Reads a message. On success the command; otherwise nullopt, and `error` says why:
//   /histmap/date      one string: a date as --date takes it (YYYY-MM-DD, e.g. "1918-05-27";
//                      a month such as "1918-06" means its first day; an interval is
//                      refused), or one number (i, h, f or d): a DayNumber as above, which
//                      may be fractional, within years 1 to 9999.
//   /histmap/play      no argument, or one number or boolean. Consoles send 1.0 with every
//   /histmap/pause     cue and buttons send 1 when pressed and 0 when released, so a non-zero
//                      number (or T) is the cue, and 0 (or F) is a release: nullopt with an
//                      EMPTY error, ignored without a log line. (0 does not mean "pause": a
//                      button would then undo its own cue on release.)
//   /histmap/story     one string (s or S): a story's name, letters, digits, '-', '_', '.'
//                      (not first), at most kMaxStoryNameBytes bytes. A path is refused: the
//                      network may not name files to open.
//   /histmap/chapter   one whole number 1..kMaxShowChapter: i or h, or f or d without a
//                      fraction (consoles that only send floats).
//   /histmap/language  one string: en, ru, kk or cs (case is ignored).
// Any other address is unknown: "unknown address /x (known: /histmap/date, ...)".
std::optional<ShowCommand> parse_show_command(const OscMessage& message, std::string& error);

// The message a master sends as its date changes: /histmap/date with one string, the ISO
// date (YYYY-MM-DD) of the day that `day` falls in (its floor). Followers therefore move day
// by day, which is the sync granularity; a string keeps the show-control log readable.
// Followers also accept numbers (see above). A day outside years 1..9999 is clamped to them.
OscMessage date_message(double day);

// /histmap/play or /histmap/pause, no arguments.
OscMessage play_message(bool playing);

// For logs: "date 1918-05-27", "date 1918-05-27 +0.50", "play", "story legion-revolt",
// "chapter 3", "language kk".
std::string describe(const ShowCommand& command);

// Text from the network as a log line may hold it: control characters, quotes, backslashes
// and bytes that are not UTF-8 escaped as \xNN (\" and \\ for quotes and backslashes), cut
// at a character's start after about max_bytes, with the full length said when cut.
std::string log_safe(std::string_view text, std::size_t max_bytes);

// For logs and errors: the typetags and values of the arguments, cut short, e.g.
// `'si' "two" 3` or `no arguments`.
std::string describe_args(const std::vector<OscArg>& args);

}  // namespace histmap
