// histmap core: the exhibition kiosk's rules, apart from any window so a simulated clock can
// drive weeks of them in a test.
// - KioskConfig: the settings file (kiosk.ini: `key = value` lines), every problem reported
//   with its line and the default kept.
// - KioskController: the idle timer (after N seconds without input the atlas returns to the
//   start and the attract loop plays the stories in turn; any touch takes control back) and
//   the operator lock (a key combination, or a PIN typed on a keypad that a long press in
//   the corner opens; wrong PINs lock the pad out for a while).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.h"

namespace histmap {

struct KioskConfig {
  double idle_seconds = 90;          // without input before the attract loop starts
  std::string pin;                   // empty: only the key combination unlocks
  std::optional<int> display;        // the screen to go fullscreen on
  Language language = Language::En;  // the language the atlas returns to when idle
  std::vector<std::string> stories;  // the attract loop's stories in order; empty: all
  std::vector<std::string> data;     // data instead of the bundled atlas; falls back to it
  bool projector = false;            // the high-contrast theme
  double corner_hold_seconds = 3;    // a press this long in the top-left corner asks the PIN
};

struct KioskConfigParse {
  KioskConfig config;
  std::vector<std::string> problems;  // "line 3: idle_seconds: 'abc' is not ..."
};

KioskConfigParse parse_kiosk_config(std::string_view text);

enum class KioskMode { Visitor, Attract, PinPad, Operator };

class KioskController {
 public:
  explicit KioskController(KioskConfig config = {}, double now = 0);
  const KioskConfig& config() const { return config_; }
  KioskMode mode() const { return mode_; }

  // Any touch, click, key or wheel. In the attract loop it hands control back to the visitor.
  // Returns true when that happened (the caller stops the loop where it is).
  bool input(double now);
  // True once when the idle time has run out: the caller returns to the start and begins the
  // attract loop. (Not while the operator or the PIN pad is open.)
  bool attract_due(double now);
  double idle_for(double now) const { return now - last_input_; }

  // The operator's key combination (Ctrl+Alt+Shift+O): the operator menu at once.
  void operator_keys(double now);
  // A press in the corner began or ended; a press held long enough opens the PIN pad (or, with
  // no PIN configured, nothing: the key combination is then the only way in).
  void corner_down(double now);
  void corner_up();
  bool corner_held(double now);  // call each frame: true once when the hold opens the pad
  // The PIN pad: a digit, erase, cancel; enter checks it.
  void pin_digit(char digit);
  void pin_erase();
  void pin_cancel(double now);
  bool pin_enter(double now);  // right: the operator menu; wrong: counted, maybe locked out
  const std::string& pin_typed() const { return typed_; }
  bool pin_locked(double now) const { return now < locked_until_; }
  // Leaves the operator menu back to the visitor's kiosk.
  void close_operator(double now);

  static constexpr int kPinTries = 3;
  static constexpr double kLockoutSeconds = 60;

 private:
  KioskConfig config_;
  KioskMode mode_ = KioskMode::Visitor;
  double last_input_ = 0;
  std::optional<double> corner_since_;
  std::string typed_;
  int wrong_ = 0;
  double locked_until_ = -1;
};

}  // namespace histmap
