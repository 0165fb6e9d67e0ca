// histmap app: loading data off the UI thread. A LoadJob runs the loader on a worker thread:
// it opens a session's data (replacing what is loaded) or adds layers to it (the new sources
// merged with the features already there and linked again), and builds what follows from the
// atlas there too (the search index), so the window only swaps the result in. The loader's
// progress reaches the UI through atomics; a job can be cancelled. apply_load() swaps a
// finished load into the session.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/atlas_session.h"
#include "core/field_map.h"
#include "core/search.h"

namespace histmap {

struct LoadRequest {
  std::vector<std::string> inputs;  // files, folders or PG: connection strings
  bool add = false;                 // add layers to what is loaded; false: open instead
  FieldMap fields;                  // the user's field names
  std::string sql;                  // a query read instead of layers (PostGIS)
};

struct LoadResult {
  LoadRequest request;
  // The whole atlas after the load (old and new layers when adding); after apply_load, the
  // atlas it replaced.
  Atlas atlas;
  std::vector<Diagnostic> diagnostics;  // this load's only
  std::size_t features_before = 0;      // features that were loaded before (adding), else 0
  std::size_t features_read = 0;        // what the new sources gave, before linking
  bool cancelled = false;               // stopped by the user: the result is not applied
  SearchIndex index;                    // built for `atlas` on the worker
  // The first and last dated day of the new features (none when they have no dates).
  std::optional<std::pair<DayNumber, DayNumber>> new_extent;
  double seconds = 0;
};

// How far the job has come, read by the UI every frame.
struct LoadStatus {
  bool running = false;
  std::string source;  // the source being read
  std::size_t source_index = 0, source_count = 0;
  long long features_read = 0;
  long long features_total = -1;  // -1: not known (the bar is then indeterminate)
  double seconds = 0;             // since the job started
  // 0..1 when the loader reports its progress with a known total; below 0 otherwise.
  double fraction() const;
};

class LoadJob {
 public:
  LoadJob() = default;
  ~LoadJob();  // cancels and waits for the worker
  LoadJob(const LoadJob&) = delete;
  LoadJob& operator=(const LoadJob&) = delete;

  // Starts loading on a worker thread. When adding, `base` is the atlas loaded now: the worker
  // copies its features, so it must stay unchanged until the job is finished (the window
  // swaps atlases only through apply_load). projection: the definition the data is projected
  // with (the worker makes its own transformation: PROJ's are not shared between threads).
  // False when a job is running already.
  bool start(LoadRequest request, const std::string& projection, const Atlas* base);

  bool running() const { return worker_.joinable() && !done_.load(); }
  bool busy() const { return worker_.joinable(); }  // started and not yet taken
  // Asks the worker to stop: the loader stops at its next progress call, the job between
  // sources; the result is then discarded.
  void cancel() { cancel_.store(true); }
  // The result once the worker has finished (joins it), else nothing.
  std::optional<LoadResult> take();
  // Waits for the worker to finish (tests, and the end of the program).
  std::optional<LoadResult> wait();
  LoadStatus status() const;

 private:
  void run(LoadRequest request, std::string projection, const Atlas* base);

  std::thread worker_;
  std::atomic<bool> done_{false}, cancel_{false};
  std::atomic<long long> read_{0}, total_{-1};
  std::atomic<std::size_t> index_{0}, count_{0};
  mutable std::mutex mutex_;  // guards source_ and result_
  std::string source_;
  std::optional<LoadResult> result_;
  std::chrono::steady_clock::time_point started_;
};

// Swaps a finished load into the session: the atlas, its diagnostics (added to the
// session's), and the time range (the bundled period, or the data's own extent; adding widens
// it to cover the new layers). Replacing with data makes the session no longer the bundled
// atlas. The atlas it replaces is left in result.atlas. Returns the features the load added
// (all of them when replacing).
std::size_t apply_load(AtlasSession& session, LoadResult& result);

// The slider's range for an atlas: the bundled period, or the data's own (1917-02..1920-12
// when it has no dates).
void set_time_range(AtlasSession& session);

}  // namespace histmap
