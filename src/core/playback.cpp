#include "core/playback.h"

#include <algorithm>
#include <cmath>

namespace histmap {

void Playback::set_day(double day) {
  if (!std::isfinite(day)) return;
  t = std::clamp(day, static_cast<double>(first), static_cast<double>(last));
}

void Playback::set_speed(double s) {
  if (std::isfinite(s)) days_per_second = std::clamp(s, kMinSpeed, kMaxSpeed);
}

void Playback::toggle() {
  // Pressing play at the end starts again from the beginning, as media players do.
  if (!playing && t >= last) t = first;
  playing = !playing;
}

void Playback::advance(double seconds) {
  if (!playing || !(seconds > 0)) return;
  t += seconds * days_per_second;
  if (t >= last) {
    if (loop && last > first) {
      t = first + std::fmod(t - first, static_cast<double>(last - first));
    } else {
      t = last;
      playing = false;
    }
  }
}

}  // namespace histmap
