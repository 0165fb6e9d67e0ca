#include "app/window_loads.h"

#include <filesystem>

namespace histmap {

void Disposer::dispose(Atlas atlas) {
  wait();
  thread_ = std::thread([a = std::move(atlas)]() mutable { a = Atlas{}; });
}

void request_load(WindowLoads& loads, LoadRequest request, const AtlasSession& session) {
  if (request.inputs.empty()) return;
  if (request.fields.empty()) request.fields = loads.fields;
  if (loads.job.busy()) {
    loads.queue.push_back(std::move(request));
    return;
  }
  loads.cancelling = false;
  loads.job.start(std::move(request), session.projection->definition(), &session.atlas);
}

bool handle_drop_event(WindowLoads& loads, const SDL_Event& e, const AtlasSession& session) {
  switch (e.type) {
    case SDL_DROPBEGIN:
      loads.dropping = true;
      loads.dropped.clear();
      return true;
    case SDL_DROPFILE: {
      if (e.drop.file) {
        loads.dropped.emplace_back(e.drop.file);
        SDL_free(e.drop.file);
      }
      if (loads.dropping) return true;
      [[fallthrough]];  // a file dropped by itself (no BEGIN): loaded at once
    }
    case SDL_DROPCOMPLETE: {
      loads.dropping = false;
      LoadRequest r;
      r.inputs.swap(loads.dropped);
      r.add = true;
      request_load(loads, std::move(r), session);
      return true;
    }
    case SDL_DROPTEXT:  // text dragged from another program is not data
      if (e.drop.file) SDL_free(e.drop.file);
      return true;
    default:
      return false;
  }
}

std::optional<LoadResult> poll_loads(WindowLoads& loads, AtlasSession& session) {
  std::optional<LoadResult> r = loads.job.take();
  if (!r) return std::nullopt;
  if (!r->cancelled && !loads.cancelling)
    apply_load(session, *r);
  else
    r->cancelled = true;
  loads.disposer.dispose(std::move(r->atlas));
  loads.cancelling = false;
  if (!loads.queue.empty()) {
    LoadRequest next = std::move(loads.queue.front());
    loads.queue.erase(loads.queue.begin());
    request_load(loads, std::move(next), session);
  }
  return r;
}

void cancel_loads(WindowLoads& loads) {
  loads.queue.clear();
  if (loads.job.busy()) {
    loads.cancelling = true;
    loads.job.cancel();
  }
}

std::string describe_sources(const std::vector<std::string>& inputs) {
  // Names without words, so the title reads the same in every language.
  std::string out;
  for (std::size_t k = 0; k < inputs.size(); ++k) {
    if (k == 3) return out + ", …";
    const std::string& s = inputs[k];
    std::string name = s.rfind("PG:", 0) == 0 ? s : std::filesystem::path(s).filename().string();
    if (name.empty()) name = s;
    out += (k ? ", " : "") + name;
  }
  return out;
}

}  // namespace histmap
