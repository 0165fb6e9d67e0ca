// histmap ui: the kiosk's locked door.
// - The PIN pad: large digit keys for a finger, the digits typed shown as dots, a lockout
//   notice after too many wrong tries.
// - The operator menu: quit, leave kiosk mode (a normal window), back to the kiosk.
// The panels record what was pressed; the kiosk controller (core/kiosk.h) decides.
#pragma once

#include <cstddef>
#include <optional>

#include "core/i18n.h"

namespace histmap {

struct PinPadInput {
  std::optional<char> digit;
  bool erase = false, enter = false, cancel = false;
};

void draw_pin_pad(PinPadInput& input, std::size_t typed, bool locked, bool wrong,
                  const Translations& tr, float display_w, float display_h);

struct OperatorChoice {
  bool quit = false, leave_kiosk = false, back = false;
};

void draw_operator_menu(OperatorChoice& choice, const Translations& tr, float display_w,
                        float display_h);

}  // namespace histmap
