// histmap app: the window's loads. What the user asks to open (File → Open, files dropped on
// the window, the command line's DATA) becomes a LoadJob; asked while one runs, it waits its
// turn. A finished load is swapped into the session here; the window then rebuilds what
// depends on the atlas. Separate from the loop so that a test can drive it with SDL events.
#pragma once

#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <SDL.h>

#include "app/atlas_session.h"
#include "app/load_job.h"
#include "ui/open_panel.h"

namespace histmap {

// Frees a replaced atlas on a thread of its own: a million features take a while to free,
// and the window would stand still meanwhile.
class Disposer {
 public:
  Disposer() = default;
  ~Disposer() { wait(); }
  Disposer(const Disposer&) = delete;
  Disposer& operator=(const Disposer&) = delete;
  void dispose(Atlas atlas);
  void wait() {
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::thread thread_;
};

struct WindowLoads {
  LoadJob job;
  Disposer disposer;
  std::vector<LoadRequest> queue;    // asked for while a job ran, in order
  std::vector<std::string> dropped;  // the files of a drop in progress (DROPBEGIN..COMPLETE)
  bool dropping = false;
  OpenView open;
  LoadReportView report;
  bool cancelling = false;  // Cancel pressed: the job stops and its result is discarded
  // The command line's --field/--fields: every load of the window (DATA, Open, a drop) reads
  // the user's field names the same way, unless the request brings its own.
  FieldMap fields;
};

// Starts the load now, or queues it behind the running one.
void request_load(WindowLoads& loads, LoadRequest request, const AtlasSession& session);

// SDL_DROPBEGIN, SDL_DROPFILE, SDL_DROPCOMPLETE: the files dropped together are added as
// layers in one load (a file dropped without a BEGIN, by itself). Frees the event's file name
// as SDL asks. True when the event was a drop.
bool handle_drop_event(WindowLoads& loads, const SDL_Event& e, const AtlasSession& session);

// Once a frame: when the job has finished, its atlas is swapped into the session (unless it
// was cancelled) and the next queued load starts. Returns the finished load (its atlas moved
// into the session, the one it replaced freed on another thread), or nothing.
std::optional<LoadResult> poll_loads(WindowLoads& loads, AtlasSession& session);

// Cancels the running load and forgets the queued ones.
void cancel_loads(WindowLoads& loads);

// "points.gpkg", "a.geojson, b.kml", "PG:dbname=x": what a load read, for its title and report.
std::string describe_sources(const std::vector<std::string>& inputs);

}  // namespace histmap
