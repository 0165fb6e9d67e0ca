// Unit tests: the kiosk's settings file, idle timer and operator lock (core/kiosk.h), driven
// by a simulated clock.
#include <catch2/catch.hpp>

#include <string>

#include "core/kiosk.h"

namespace histmap {

TEST_CASE("kiosk config: settings read, problems named by line, defaults kept", "[kiosk]") {
  const KioskConfigParse r = parse_kiosk_config(
      "# museum hall 2\n"
      "idle_seconds = 45\n"
      "pin = 2718\n"
      "display = 1\n"
      "language = kk\n"
      "stories = legion-revolt, missions\n"
      "data = /srv/atlas/extra.geojson\n"
      "theme = projector\n");
  CHECK(r.problems.empty());
  CHECK(r.config.idle_seconds == 45);
  CHECK(r.config.pin == "2718");
  CHECK(r.config.display == 1);
  CHECK(r.config.language == Language::Kk);
  CHECK(r.config.stories == std::vector<std::string>{"legion-revolt", "missions"});
  CHECK(r.config.data == std::vector<std::string>{"/srv/atlas/extra.geojson"});
  CHECK(r.config.projector);

  const KioskConfigParse bad = parse_kiosk_config(
      "idle_seconds = soon\n"
      "pin = 12\n"
      "language = de\n"
      "volume = 11\n"
      "just words\n"
      "display = 1.5\n");
  REQUIRE(bad.problems.size() == 6);
  CHECK(bad.problems[0].rfind("line 1: idle_seconds: 'soon'", 0) == 0);
  CHECK(bad.problems[1].rfind("line 2: pin:", 0) == 0);
  CHECK(bad.problems[2].rfind("line 3: language: 'de'", 0) == 0);
  CHECK(bad.problems[3].rfind("line 4: unknown key 'volume'", 0) == 0);
  CHECK(bad.problems[4].rfind("line 5: expected", 0) == 0);
  CHECK(bad.problems[5].rfind("line 6: display", 0) == 0);
  CHECK(bad.config.idle_seconds == 90);
  CHECK(bad.config.pin.empty());
  CHECK(bad.config.language == Language::En);
  CHECK_FALSE(bad.config.display);
}

TEST_CASE("kiosk: the idle timer starts the attract loop once, a touch ends it", "[kiosk]") {
  KioskConfig cfg;
  cfg.idle_seconds = 60;
  KioskController k(cfg, 0);
  CHECK_FALSE(k.attract_due(59.9));
  k.input(30);  // a visitor: the timer starts again
  CHECK_FALSE(k.attract_due(89.9));
  CHECK(k.attract_due(90));
  CHECK(k.mode() == KioskMode::Attract);
  CHECK_FALSE(k.attract_due(200));  // once, not every frame
  CHECK(k.input(201));              // control back
  CHECK(k.mode() == KioskMode::Visitor);
  CHECK_FALSE(k.input(202));  // a second touch is only a touch
  CHECK_FALSE(k.attract_due(261.9));
  CHECK(k.attract_due(262));
}

TEST_CASE("kiosk: the operator lock: PIN pad from a held corner, wrong PINs lock out", "[kiosk]") {
  KioskConfig cfg;
  cfg.pin = "2718";
  cfg.idle_seconds = 60;
  KioskController k(cfg, 0);
  // A short press in the corner does nothing.
  k.corner_down(1);
  CHECK_FALSE(k.corner_held(2));
  k.corner_up();
  CHECK_FALSE(k.corner_held(10));
  // Held for three seconds: the pad.
  k.corner_down(10);
  CHECK_FALSE(k.corner_held(12.9));
  CHECK(k.corner_held(13));
  CHECK(k.mode() == KioskMode::PinPad);
  for (char d : std::string("2719")) k.pin_digit(d);
  CHECK(k.pin_typed() == "2719");
  k.pin_digit('x');  // only digits
  CHECK(k.pin_typed() == "2719");
  CHECK_FALSE(k.pin_enter(14));
  CHECK(k.mode() == KioskMode::PinPad);
  CHECK(k.pin_typed().empty());
  for (char d : std::string("2718")) k.pin_digit(d);
  k.pin_erase();
  k.pin_digit('8');
  CHECK(k.pin_enter(15));
  CHECK(k.mode() == KioskMode::Operator);
  k.close_operator(16);
  CHECK(k.mode() == KioskMode::Visitor);

  // Three wrong tries: the right PIN is refused for a minute.
  k.corner_down(20);
  REQUIRE(k.corner_held(23));
  for (int i = 0; i < KioskController::kPinTries; ++i) {
    k.pin_digit('0');
    k.pin_digit('0');
    k.pin_digit('0');
    k.pin_digit('0');
    CHECK_FALSE(k.pin_enter(24 + i));
  }
  CHECK(k.pin_locked(27));
  for (char d : std::string("2718")) k.pin_digit(d);
  CHECK_FALSE(k.pin_enter(30));
  CHECK(k.pin_locked(30 + 20));
  CHECK_FALSE(k.pin_locked(26 + KioskController::kLockoutSeconds));
  for (char d : std::string("2718")) k.pin_digit(d);
  CHECK(k.pin_enter(27 + KioskController::kLockoutSeconds));
}

TEST_CASE("kiosk: no PIN configured: the corner does nothing, the keys still work", "[kiosk]") {
  KioskController k(KioskConfig{}, 0);
  k.corner_down(0);
  CHECK_FALSE(k.corner_held(100));
  CHECK(k.mode() != KioskMode::PinPad);
  k.pin_digit('1');
  CHECK(k.pin_typed().empty());
  CHECK_FALSE(k.pin_enter(101));  // an empty PIN never opens it
  k.operator_keys(102);
  CHECK(k.mode() == KioskMode::Operator);
}

TEST_CASE("kiosk: an operator who walks away is locked out again by the idle timer", "[kiosk]") {
  KioskConfig cfg;
  cfg.idle_seconds = 60;
  KioskController k(cfg, 0);
  k.operator_keys(10);
  CHECK_FALSE(k.attract_due(69));
  CHECK(k.mode() == KioskMode::Operator);
  CHECK_FALSE(k.attract_due(70));  // locked again, and the next idle period starts the loop
  CHECK(k.mode() == KioskMode::Visitor);
  CHECK(k.attract_due(70 + 60));
}

}  // namespace histmap
