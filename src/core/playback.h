// histmap core: the time slider's clock. Play, pause, speed and looping over a day range;
// advanced by wall-clock seconds, so frame rate does not change how fast history plays.
#pragma once

#include "core/date.h"

namespace histmap {

struct Playback {
  double t = 0;         // current day (fractional while playing)
  DayNumber first = 0;  // slider range
  DayNumber last = 0;
  bool playing = false;
  bool loop = false;
  double days_per_second = 5;

  static constexpr double kMinSpeed = 0.25;  // a day every four seconds
  static constexpr double kMaxSpeed = 120;   // four months a second

  void advance(double seconds);
  void set_day(double day);
  void set_speed(double days_per_second);
  void toggle();
};

}  // namespace histmap
