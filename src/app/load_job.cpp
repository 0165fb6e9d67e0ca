#include "app/load_job.h"

#include <algorithm>

#include "data/loader.h"

namespace histmap {
namespace {

// The dated days of features[from..], as Atlas::time_extent counts them.
std::optional<std::pair<DayNumber, DayNumber>> extent_of(const std::vector<Feature>& features,
                                                         std::size_t from) {
  std::optional<std::pair<DayNumber, DayNumber>> e;
  const auto add = [&](DayNumber d) {
    if (!e) e.emplace(d, d);
    e->first = std::min(e->first, d);
    e->second = std::max(e->second, d);
  };
  for (std::size_t i = from; i < features.size(); ++i) {
    const Feature& f = features[i];
    if (f.start) add(f.start->open_start ? f.start->latest : f.start->earliest);
    if (f.end) add(f.end->open_end ? f.end->earliest : f.end->latest);
    for (DayNumber d : f.times) add(d);
    for (DayNumber d : f.departs) add(d);
  }
  return e;
}

}  // namespace

double LoadStatus::fraction() const {
  if (features_total <= 0 || source_count == 0) return -1;
  const double within = std::clamp(
      static_cast<double>(features_read) / static_cast<double>(features_total), 0.0, 1.0);
  return (static_cast<double>(source_index) + within) / static_cast<double>(source_count);
}

LoadJob::~LoadJob() {
  cancel();
  if (worker_.joinable()) worker_.join();
}

bool LoadJob::start(LoadRequest request, const std::string& projection, const Atlas* base) {
  if (worker_.joinable()) return false;
  done_.store(false);
  cancel_.store(false);
  read_.store(0);
  total_.store(-1);
  index_.store(0);
  count_.store(0);
  {
    const std::lock_guard lock(mutex_);
    source_.clear();
    result_.reset();
  }
  started_ = std::chrono::steady_clock::now();
  const Atlas* from = request.add ? base : nullptr;
  worker_ = std::thread(&LoadJob::run, this, std::move(request), projection, from);
  return true;
}

void LoadJob::run(LoadRequest request, std::string definition, const Atlas* base) {
  LoadResult r;
  std::string error;
  const auto projection = Projection::create(definition, error);
  if (!projection) {
    r.diagnostics.push_back({Severity::Error, "", "", "", error});
  } else {
    // Adding: the layers already loaded first, so their indices (and a story's references to
    // them) stay as they were, and a clashing id in a new layer is the one dropped.
    if (base) {
      r.atlas.features = base->features;
      r.features_before = r.atlas.features.size();
    }
    const std::vector<std::string> sources = expand_inputs(request.inputs, r.diagnostics);
    count_.store(sources.size());
    LoadOptions options;
    options.fields = request.fields;
    options.sql = request.sql;
    options.progress = [this](const LoadProgress& p) {
      read_.store(p.features_read);
      total_.store(p.features_total);
      return !cancel_.load();
    };
    for (std::size_t k = 0; k < sources.size() && !cancel_.load(); ++k) {
      {
        const std::lock_guard lock(mutex_);
        source_ = sources[k];
      }
      index_.store(k);
      read_.store(0);
      total_.store(-1);
      const std::size_t before = r.atlas.features.size();
      load_file(sources[k], *projection, r.atlas, r.diagnostics, options);
      r.features_read += r.atlas.features.size() - before;
    }
    r.cancelled = cancel_.load();
    if (!r.cancelled) {
      r.atlas.link(r.diagnostics,
                   [&](std::vector<GeoPoint>& points) { return projection->forward(points); });
      r.index.build(r.atlas);
      r.new_extent = extent_of(r.atlas.features, r.features_before);
    }
  }
  r.request = std::move(request);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  {
    const std::lock_guard lock(mutex_);
    result_ = std::move(r);
  }
  done_.store(true);
}

std::optional<LoadResult> LoadJob::take() {
  if (!worker_.joinable() || !done_.load()) return std::nullopt;
  return wait();
}

std::optional<LoadResult> LoadJob::wait() {
  if (!worker_.joinable()) return std::nullopt;
  worker_.join();
  const std::lock_guard lock(mutex_);
  std::optional<LoadResult> r = std::move(result_);
  result_.reset();
  return r;
}

LoadStatus LoadJob::status() const {
  LoadStatus s;
  s.running = worker_.joinable() && !done_.load();
  {
    const std::lock_guard lock(mutex_);
    s.source = source_;
  }
  s.source_index = index_.load();
  s.source_count = count_.load();
  s.features_read = read_.load();
  s.features_total = total_.load();
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  return s;
}

void set_time_range(AtlasSession& s) {
  // The bundled atlas plays its period, February 1917 to December 1920; other data its own span.
  const DayNumber first = to_day_number({1917, 2, 1}), last = to_day_number({1920, 12, 31});
  if (s.bundled) {
    s.first_day = first;
    s.last_day = last;
    return;
  }
  auto [lo, hi] = s.atlas.time_extent();
  if (lo == hi) {
    lo = first;
    hi = last;
  }
  s.first_day = lo;
  s.last_day = hi;
}

std::size_t apply_load(AtlasSession& session, LoadResult& result) {
  const std::size_t added = result.atlas.features.size() - result.features_before;
  const bool add = result.request.add;
  const DayNumber old_first = session.first_day, old_last = session.last_day;
  const auto [lo, hi] = session.atlas.time_extent();
  const bool had_dates = lo != hi;
  // The atlas it replaces goes back in the result, for the caller to free where it likes (a
  // million features take a while to free).
  std::swap(session.atlas, result.atlas);
  if (!add) {
    session.diagnostics.clear();
    session.bundled = includes_bundled(result.request.inputs);
    set_time_range(session);
  } else if (result.new_extent) {
    // The range grows to cover the new layers and never shrinks under the user; undated data's
    // stand-in period gives way to the first dated layer.
    session.first_day = had_dates || session.bundled ? std::min(old_first, result.new_extent->first)
                                                     : result.new_extent->first;
    session.last_day = had_dates || session.bundled ? std::max(old_last, result.new_extent->second)
                                                    : result.new_extent->second;
  }
  session.diagnostics.insert(session.diagnostics.end(), result.diagnostics.begin(),
                             result.diagnostics.end());
  return added;
}

}  // namespace histmap
