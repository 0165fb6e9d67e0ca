// histmap app: show control in the window. Listens for OSC cues (--osc-port) and applies
// them: date, play, pause, story, chapter, language; sends the date as it changes and play
// or pause (--osc-send), so screens set to listen follow this one. The messages themselves are
// parsed in core (core/show_command.h); liblo is behind app/osc_link.h.
#pragma once

#include <climits>
#include <memory>
#include <string>
#include <vector>

#include "app/app_ui.h"
#include "app/options.h"
#include "app/osc_link.h"
#include "app/story_mode.h"

namespace histmap {

struct ShowControl {
  std::unique_ptr<OscListener> listener;
  std::unique_ptr<OscSender> sender;
  long long sent_day = LLONG_MIN;
  bool sent_playing = false;
  bool send_failed = false;  // logged once, not every frame
};

// Opens what the options ask for; problems go to log (the window opens regardless).
void open_show_control(ShowControl& show, const Options& options, std::vector<std::string>& log);

// Applies the cues that arrived; returns how many (the kiosk counts them as input). Log
// lines for bad or unknown messages go to log.
int apply_show_cues(ShowControl& show, StoryMode& stories, AppUi& ui, double now,
                    std::vector<std::string>& log);

// Sends the day when it changes, and play or pause when that changes.
void send_show_state(ShowControl& show, const AppUi& ui, bool story_playing,
                     std::vector<std::string>& log);

}  // namespace histmap
