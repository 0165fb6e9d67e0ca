// histmap app: the exhibition kiosk in the window.
// - Reads the settings file (a damaged one is logged and the defaults are used).
// - When the idle timer runs out: back to the start (the kiosk's language, no selection, no
//   search, the whole map) and the attract loop plays the stories in turn, round and round;
//   with no story that plays, the timeline itself plays in a loop, so the screen is never
//   still or blank.
// - Any input hands control back to the visitor where the loop was.
// - The operator's way in: Ctrl+Alt+Shift+O (menu) and Ctrl+Alt+Shift+Q (quit), or a long
//   press in the top-left corner and the PIN.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/app_ui.h"
#include "app/atlas_session.h"
#include "app/story_mode.h"
#include "core/kiosk.h"
#include "ui/operator_panels.h"

namespace histmap {

struct KioskSession {
  KioskController controller;
  std::vector<std::size_t> order;  // the attract loop's stories, indices into the library
  std::size_t next_story = 0;
  bool attracting = false;
  bool pin_wrong = false;
  PinPadInput pin;
  OperatorChoice choice;
};

// Reads a kiosk.ini; problems go to log with the file's name. A missing or unreadable file
// gives the defaults.
KioskConfig read_kiosk_config(const std::string& path, std::vector<std::string>& log);

// Why the kiosk's own data cannot be shown ("file: cannot be read"), or empty when it can: no
// feature loaded, or a whole file failed.
std::string kiosk_data_damage(const AtlasSession& session);

// The attract loop's order: the configured stories that exist (unknown names logged), else
// every story.
void plan_attract_loop(KioskSession& kiosk, const StoryLibrary& library,
                       std::vector<std::string>& log);

// What the window must do after a kiosk frame.
struct KioskActions {
  bool go_home = false;  // fly back to the whole map
  bool quit = false;
  bool leave_kiosk = false;
};

// Once a frame, after input: the idle timer, the attract loop's next story, the operator's
// panels' answers.
KioskActions kiosk_frame(KioskSession& kiosk, StoryMode& stories, AppUi& ui, double now);

// Any visitor input (touch, click, key, wheel).
void kiosk_input(KioskSession& kiosk, StoryMode& stories, double now);

}  // namespace histmap
