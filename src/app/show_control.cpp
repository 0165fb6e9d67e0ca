#include "app/show_control.h"

#include <cmath>

namespace histmap {

void open_show_control(ShowControl& show, const Options& options, std::vector<std::string>& log) {
  std::string error;
  if (options.osc_port) {
    show.listener = OscListener::open(*options.osc_port, error);
    if (!show.listener)
      log.push_back("osc: " + error);
    else
      log.push_back("osc: listening for show control on UDP port " +
                    std::to_string(show.listener->port()));
  }
  if (!options.osc_send.empty()) {
    show.sender = OscSender::open(options.osc_send, error);
    if (!show.sender) log.push_back("osc: " + error);
  }
}

int apply_show_cues(ShowControl& show, StoryMode& stories, AppUi& ui, double now,
                    std::vector<std::string>& log) {
  if (!show.listener) return 0;
  std::vector<std::string> lines;
  const std::vector<ShowCommand> cues = show.listener->poll(lines);
  for (std::string& l : lines) log.push_back(std::move(l));
  for (const ShowCommand& c : cues) {
    switch (c.kind) {
      case ShowCommand::Kind::Date:
        // A cue's date wins over a story's: the story holds until its next chapter.
        stories.time_taken = true;
        ui.playback.set_day(c.day);
        break;
      case ShowCommand::Kind::Play:
        ui.playback.playing = true;
        break;
      case ShowCommand::Kind::Pause:
        ui.playback.playing = false;
        break;
      case ShowCommand::Kind::Story: {
        const std::int32_t i = stories.library.index_of(c.story);
        if (i < 0)
          log.push_back("osc: /histmap/story: there is no story '" + c.story + "'");
        else
          start_story(stories, static_cast<std::size_t>(i), 0, now, ui);
        break;
      }
      case ShowCommand::Kind::Chapter:
        if (!stories.active())
          log.push_back("osc: /histmap/chapter " + std::to_string(c.chapter) +
                        ": no story is open (send /histmap/story first)");
        else if (!stories.player.go_to(static_cast<std::size_t>(c.chapter - 1), now))
          log.push_back("osc: /histmap/chapter " + std::to_string(c.chapter) + ": the story '" +
                        stories.loaded().story.name + "' has " +
                        std::to_string(stories.loaded().story.chapters.size()) + " chapters");
        break;
      case ShowCommand::Kind::Language:
        ui.controls.language = c.language;
        break;
    }
  }
  return static_cast<int>(cues.size());
}

void send_show_state(ShowControl& show, const AppUi& ui, bool story_playing,
                     std::vector<std::string>& log) {
  if (!show.sender) return;
  const auto day = static_cast<long long>(std::floor(ui.playback.t));
  const bool playing = ui.playback.playing || story_playing;
  bool ok = true;
  if (day != show.sent_day) {
    ok = show.sender->send(date_message(ui.playback.t)) && ok;
    show.sent_day = day;
  }
  if (playing != show.sent_playing) {
    ok = show.sender->send(play_message(playing)) && ok;
    show.sent_playing = playing;
  }
  if (!ok && !show.send_failed) log.push_back("osc: " + show.sender->last_error());
  show.send_failed = !ok;
}

}  // namespace histmap
