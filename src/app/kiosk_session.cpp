#include "app/kiosk_session.h"

#include "app/resources.h"

namespace histmap {

KioskConfig read_kiosk_config(const std::string& path, std::vector<std::string>& log) {
  std::vector<unsigned char> bytes;
  std::string error;
  if (!read_file_bytes(path, bytes, error)) {
    log.push_back("kiosk: " + error + "; the default settings are used");
    return {};
  }
  KioskConfigParse r = parse_kiosk_config(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  for (const std::string& p : r.problems) log.push_back("kiosk: " + path + ": " + p);
  return r.config;
}

std::string kiosk_data_damage(const AtlasSession& session) {
  for (const Diagnostic& d : session.diagnostics)
    if (d.severity == Severity::Error && d.feature.empty()) return d.to_string();
  if (session.atlas.features.empty()) return "the data has no feature to show";
  return {};
}

void plan_attract_loop(KioskSession& kiosk, const StoryLibrary& library,
                       std::vector<std::string>& log) {
  kiosk.order.clear();
  for (const std::string& name : kiosk.controller.config().stories) {
    const std::int32_t i = library.index_of(name);
    if (i < 0)
      log.push_back("kiosk: the attract loop's story '" + name + "' is not loaded; skipped");
    else
      kiosk.order.push_back(static_cast<std::size_t>(i));
  }
  if (kiosk.order.empty())
    for (std::size_t i = 0; i < library.stories.size(); ++i) kiosk.order.push_back(i);
}

namespace {

void start_next_story(KioskSession& kiosk, StoryMode& stories, AppUi& ui, double now) {
  if (kiosk.order.empty()) {
    // Nothing to tell: the years themselves play, round and round.
    leave_story(stories, ui);
    ui.playback.loop = true;
    ui.playback.playing = true;
    return;
  }
  const std::size_t i = kiosk.order[kiosk.next_story % kiosk.order.size()];
  kiosk.next_story = (kiosk.next_story + 1) % kiosk.order.size();
  start_story(stories, i, 0, now, ui);
  stories.player.autoplay = true;
}

}  // namespace

void kiosk_input(KioskSession& kiosk, StoryMode& stories, double now) {
  if (kiosk.controller.input(now) || kiosk.attracting) {
    // The visitor takes over where the loop was: the story stays open, it no longer moves on.
    kiosk.attracting = false;
    stories.player.autoplay = false;
  }
}

KioskActions kiosk_frame(KioskSession& kiosk, StoryMode& stories, AppUi& ui, double now) {
  KioskActions out;
  KioskController& c = kiosk.controller;
  if (c.attract_due(now)) {
    // Back to the start, as the next visitor should find it.
    ui.controls.language = c.config().language;
    ui.inspector.feature.reset();
    ui.controls.query[0] = '\0';
    ui.controls.show_keyboard = ui.controls.show_layers = ui.controls.show_legend = false;
    stories.picker.open = false;
    leave_story(stories, ui);
    ui.controls.filter = LayerFilter{};
    ui.playback.set_day(ui.playback.first);
    kiosk.next_story = 0;
    kiosk.attracting = true;
    out.go_home = true;
    start_next_story(kiosk, stories, ui, now);
  }
  if (kiosk.attracting && stories.active() && stories.player.finished())
    start_next_story(kiosk, stories, ui, now);
  c.corner_held(now);

  if (c.mode() == KioskMode::PinPad) {
    PinPadInput& p = kiosk.pin;
    if (p.digit) c.pin_digit(*p.digit);
    if (p.erase) c.pin_erase();
    if (p.cancel) c.pin_cancel(now);
    if (p.enter) kiosk.pin_wrong = !c.pin_enter(now);
    if (p.digit || p.erase || p.cancel) kiosk.pin_wrong = false;
  }
  kiosk.pin = {};
  if (c.mode() == KioskMode::Operator) {
    if (kiosk.choice.back) c.close_operator(now);
    out.quit = kiosk.choice.quit;
    out.leave_kiosk = kiosk.choice.leave_kiosk;
  }
  kiosk.choice = {};
  return out;
}

}  // namespace histmap
