#include "core/kiosk.h"

#include "core/settings_text.h"

#include <cmath>
#include <cstdlib>

namespace histmap {
namespace {}  // namespace

KioskConfigParse parse_kiosk_config(std::string_view text) {
  KioskConfigParse r;
  KioskConfig& c = r.config;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t nl = text.find('\n', pos);
    const std::string_view line = trim_text(
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const std::string at = "line " + std::to_string(line_no) + ": ";
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      r.problems.push_back(at + "expected 'key = value', found '" + quote_short(line) + "'");
      continue;
    }
    const std::string_view key = trim_text(line.substr(0, eq)),
                           value = trim_text(line.substr(eq + 1));
    double n = 0;
    if (key == "idle_seconds") {
      if (!parse_number(value, n) || n < 5 || n > 86400)
        r.problems.push_back(at + "idle_seconds: '" + quote_short(value) +
                             "' is not a number of seconds from 5 to 86400; 90 is used");
      else
        c.idle_seconds = n;
    } else if (key == "pin") {
      bool digits = value.size() >= 4 && value.size() <= 12;
      for (char ch : value) digits = digits && ch >= '0' && ch <= '9';
      if (!digits)
        r.problems.push_back(at + "pin: must be 4 to 12 digits; the PIN pad stays off");
      else
        c.pin = std::string(value);
    } else if (key == "display") {
      if (!parse_number(value, n) || n < 0 || n > 63 || n != std::floor(n))
        r.problems.push_back(at + "display: '" + quote_short(value) + "' is not a screen number");
      else
        c.display = static_cast<int>(n);
    } else if (key == "language") {
      if (const std::optional<Language> l = parse_language(value))
        c.language = *l;
      else
        r.problems.push_back(at + "language: '" + quote_short(value) +
                             "' is not one of en, ru, kk, cs");
    } else if (key == "stories") {
      for (std::string_view w : split_words(value)) c.stories.emplace_back(w);
    } else if (key == "data") {
      c.data.emplace_back(value);
    } else if (key == "theme") {
      if (value == "projector" || value == "default")
        c.projector = value == "projector";
      else
        r.problems.push_back(at + "theme: '" + quote_short(value) +
                             "' is not default or projector");
    } else if (key == "corner_hold_seconds") {
      if (!parse_number(value, n) || n < 1 || n > 30)
        r.problems.push_back(at + "corner_hold_seconds: '" + quote_short(value) +
                             "' is not a number from 1 to 30");
      else
        c.corner_hold_seconds = n;
    } else {
      r.problems.push_back(at + "unknown key '" + quote_short(key) +
                           "' (idle_seconds, pin, display, language, stories, data, theme, "
                           "corner_hold_seconds)");
    }
  }
  return r;
}

KioskController::KioskController(KioskConfig config, double now)
    : config_(std::move(config)), last_input_(now) {}

bool KioskController::input(double now) {
  last_input_ = now;
  if (mode_ != KioskMode::Attract) return false;
  mode_ = KioskMode::Visitor;
  return true;
}

bool KioskController::attract_due(double now) {
  if (mode_ == KioskMode::PinPad || mode_ == KioskMode::Operator) {
    // The operator walked away: lock the kiosk again.
    if (now - last_input_ >= config_.idle_seconds) {
      typed_.clear();
      mode_ = KioskMode::Visitor;
    }
    return false;
  }
  if (mode_ != KioskMode::Visitor || now - last_input_ < config_.idle_seconds) return false;
  mode_ = KioskMode::Attract;
  return true;
}

void KioskController::operator_keys(double now) {
  last_input_ = now;
  typed_.clear();
  mode_ = KioskMode::Operator;
}

void KioskController::corner_down(double now) {
  corner_since_ = now;
}

void KioskController::corner_up() {
  corner_since_.reset();
}

bool KioskController::corner_held(double now) {
  if (!corner_since_ || config_.pin.empty() || mode_ == KioskMode::Operator ||
      now - *corner_since_ < config_.corner_hold_seconds)
    return false;
  corner_since_.reset();
  last_input_ = now;
  typed_.clear();
  mode_ = KioskMode::PinPad;
  return true;
}

void KioskController::pin_digit(char digit) {
  if (mode_ == KioskMode::PinPad && digit >= '0' && digit <= '9' && typed_.size() < 12)
    typed_ += digit;
}

void KioskController::pin_erase() {
  if (!typed_.empty()) typed_.pop_back();
}

void KioskController::pin_cancel(double now) {
  typed_.clear();
  last_input_ = now;
  if (mode_ == KioskMode::PinPad) mode_ = KioskMode::Visitor;
}

bool KioskController::pin_enter(double now) {
  last_input_ = now;
  if (mode_ != KioskMode::PinPad || pin_locked(now)) {
    typed_.clear();
    return false;
  }
  const bool right = !config_.pin.empty() && typed_ == config_.pin;
  typed_.clear();
  if (right) {
    wrong_ = 0;
    mode_ = KioskMode::Operator;
    return true;
  }
  if (++wrong_ >= kPinTries) {
    wrong_ = 0;
    locked_until_ = now + kLockoutSeconds;
  }
  return false;
}

void KioskController::close_operator(double now) {
  last_input_ = now;
  typed_.clear();
  mode_ = KioskMode::Visitor;
}

}  // namespace histmap
