// histmap app: exports (see video_export.h): ffmpeg fed through a pipe, PNG sequences, the
// export stepped a frame at a time, the terminal's progress bar and --export-video's run.
#include "app/video_export.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "app/gl_window.h"
#include "app/resources.h"
#include "core/date_format.h"

extern char** environ;

namespace histmap {
namespace {

// The executable `name` in a folder of PATH, or empty.
std::string find_on_path(const std::string& name) {
  const char* env = std::getenv("PATH");
  const std::string path = env ? env : "/usr/local/bin:/usr/bin:/bin";
  std::size_t begin = 0;
  for (;;) {
    const std::size_t end = path.find(':', begin);
    std::string dir = path.substr(begin, end == std::string::npos ? end : end - begin);
    if (dir.empty()) dir = ".";
    const std::string candidate = dir + "/" + name;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    if (end == std::string::npos) return {};
    begin = end + 1;
  }
}

// Writes all of data to fd. SIGPIPE is blocked for this thread meanwhile and a pending one
// taken, so a reader that has gone makes the write fail with EPIPE instead of killing us; no
// process-wide signal disposition changes.
bool write_all(int fd, const std::uint8_t* data, std::size_t size, int& err) {
  sigset_t pipe_set, old;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
  bool ok = true;
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      ok = false;
      break;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  if (!ok && err == EPIPE) {
    const timespec zero{};
    while (sigtimedwait(&pipe_set, nullptr, &zero) == SIGPIPE) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return ok;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

// Both outputs at once: --export-video and --export-frames given together.
class TeeSink final : public FrameSink {
 public:
  TeeSink(std::unique_ptr<FrameSink> a, std::unique_ptr<FrameSink> b) {
    sinks_[0] = std::move(a);
    sinks_[1] = std::move(b);
  }
  bool add(const Image& frame, std::string& error) override {
    return sinks_[0]->add(frame, error) && sinks_[1]->add(frame, error);
  }
  bool finish(std::string& error) override {
    return sinks_[0]->finish(error) && sinks_[1]->finish(error);
  }
  void cancel() override {
    sinks_[0]->cancel();
    sinks_[1]->cancel();
  }
  std::string note() const override {
    const std::string a = sinks_[0]->note(), b = sinks_[1]->note();
    return a.empty() ? b : b.empty() ? a : a + "\n" + b;
  }

 private:
  std::unique_ptr<FrameSink> sinks_[2];
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// ffmpeg

std::vector<std::string> FfmpegSink::arguments(const std::string& path, int width, int height,
                                               int fps) {
  return {"ffmpeg", "-nostdin", "-hide_banner", "-y", "-loglevel", "error",
          // The frames: raw RGBA, top row first, as OffscreenTarget::read() gives them.
          "-f", "rawvideo", "-pix_fmt", "rgba", "-s",
          std::to_string(width) + "x" + std::to_string(height), "-r", std::to_string(fps), "-i",
          "-",
          // H.264 in yuv420p, what every player plays; the RGB to YUV conversion with the
          // BT.709 matrix, and the file tagged so, as players assume for HD video.
          "-vf", "scale=out_color_matrix=bt709:out_range=tv", "-c:v", "libx264", "-pix_fmt",
          "yuv420p", "-crf", "18", "-colorspace", "bt709", "-color_primaries", "bt709",
          "-color_trc", "bt709", "-movflags", "+faststart",
          // "file:" so that a name with a colon or a leading dash is a file name, not a
          // protocol or an option.
          "file:" + path};
}

std::unique_ptr<FfmpegSink> FfmpegSink::open(const std::string& path, int width, int height,
                                             int fps, std::string& error) {
  namespace fs = std::filesystem;
  if (width % 2 != 0 || height % 2 != 0) {
    error = "--export-video: H.264 video needs an even width and height, and the frame is " +
            std::to_string(width) + "x" + std::to_string(height) +
            " pixels: choose another --size (or --scale)";
    return nullptr;
  }
  std::error_code ec;
  const fs::path file(path);
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  if (!fs::is_directory(folder, ec)) {
    error =
        "--export-video: cannot write '" + path + "': there is no folder '" + folder.string() + "'";
    return nullptr;
  }
  if (fs::is_directory(file, ec)) {
    error = "--export-video: '" + path + "' is a folder; give a file name such as out.mp4";
    return nullptr;
  }
  if (::access(folder.c_str(), W_OK) != 0) {
    error = "--export-video: cannot write into the folder '" + folder.string() + "'";
    return nullptr;
  }
  const std::string ffmpeg = find_on_path("ffmpeg");
  if (ffmpeg.empty()) {
    error =
        "--export-video needs ffmpeg, which is not installed (not found on PATH): install "
        "Debian's ffmpeg package (apt-get install ffmpeg), or write PNG frames with "
        "--export-frames DIR";
    return nullptr;
  }

  std::unique_ptr<FfmpegSink> sink(new FfmpegSink());
  sink->width_ = width;
  sink->height_ = height;
  // ffmpeg's messages go to a temporary file, read back only if it fails: a pipe would have
  // to be drained while we write, a file never blocks it.
  const char* tmp = std::getenv("TMPDIR");
  std::string log_name = std::string(tmp && *tmp ? tmp : "/tmp") + "/histmap-ffmpeg-XXXXXX";
  sink->log_ = ::mkostemp(log_name.data(), O_CLOEXEC);
  if (sink->log_ < 0) {
    error = "cannot create a temporary file for ffmpeg's messages in " + log_name + ": " +
            std::strerror(errno);
    return nullptr;
  }
  ::unlink(log_name.c_str());
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    error = std::string("cannot make a pipe to ffmpeg: ") + std::strerror(errno);
    return nullptr;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, sink->log_, 2);
  // ffmpeg starts with SIGPIPE at its default and nothing blocked, whatever we have.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t set;
  sigemptyset(&set);
  posix_spawnattr_setsigmask(&attr, &set);
  sigaddset(&set, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &set);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  std::vector<std::string> args = arguments(path, width, height, fps);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const int rc = posix_spawn(&sink->pid_, ffmpeg.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(fds[0]);
  if (rc != 0) {
    ::close(fds[1]);
    sink->pid_ = -1;
    error = "cannot start " + ffmpeg + ": " + std::strerror(rc);
    return nullptr;
  }
  sink->input_ = fds[1];
  sink->path_ = path;  // from now on ours to remove if the export does not complete
  return sink;
}

FfmpegSink::~FfmpegSink() {
  cancel();
  if (log_ >= 0) ::close(log_);
}

bool FfmpegSink::add(const Image& frame, std::string& error) {
  if (input_ < 0) {
    error = "internal: the video is closed";
    return false;
  }
  if (frame.width != width_ || frame.height != height_ ||
      frame.rgba.size() != static_cast<std::size_t>(width_) * height_ * 4) {
    error = "internal: a frame of " + std::to_string(frame.width) + "x" +
            std::to_string(frame.height) + " for a video of " + std::to_string(width_) + "x" +
            std::to_string(height_);
    return false;
  }
  int err = 0;
  if (write_all(input_, frame.rgba.data(), frame.rgba.size(), err)) return true;
  ::close(input_);
  input_ = -1;
  // Most often ffmpeg has exited (its output cannot be written, say): say what it said.
  if (wait(error)) error = "ffmpeg stopped taking frames: " + std::string(std::strerror(err));
  return false;
}

bool FfmpegSink::wait(std::string& error) {
  if (pid_ < 0) return true;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  // The last few lines of what ffmpeg said.
  std::string log;
  if (log_ >= 0) {
    const off_t size = ::lseek(log_, 0, SEEK_END);
    const off_t from = size > 2000 ? size - 2000 : 0;
    log.resize(static_cast<std::size_t>(size - from));
    const ssize_t n = ::pread(log_, log.data(), log.size(), from);
    log.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  }
  error =
      (WIFEXITED(status) ? "ffmpeg failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")"
                         : "ffmpeg was killed (signal " +
                               std::to_string(WIFSIGNALED(status) ? WTERMSIG(status) : 0) + ")") +
      (trim(log).empty() ? std::string() : ": " + trim(log));
  return false;
}

bool FfmpegSink::finish(std::string& error) {
  if (input_ >= 0) ::close(input_);  // end of input: ffmpeg flushes and writes the index
  input_ = -1;
  completed_ = wait(error);
  return completed_;
}

void FfmpegSink::cancel() {
  if (input_ >= 0) ::close(input_);
  input_ = -1;
  if (pid_ >= 0) {
    ::kill(pid_, SIGTERM);
    std::string ignored;
    wait(ignored);
  }
  if (completed_ || path_.empty()) return;
  std::error_code ec;
  std::filesystem::remove(path_, ec);  // a video without its end does not play
  path_.clear();
}

// ---------------------------------------------------------------------------------------------
// PNG files

std::unique_ptr<PngSequenceSink> PngSequenceSink::open(const std::string& dir, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    error = "--export-frames: '" + dir + "' is a file, not a folder";
    return nullptr;
  }
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir)) {
    error = "--export-frames: cannot create the folder '" + dir + "'" +
            (ec ? ": " + ec.message() : std::string());
    return nullptr;
  }
  if (::access(dir.c_str(), W_OK) != 0) {
    error = "--export-frames: cannot write into the folder '" + dir + "'";
    return nullptr;
  }
  auto sink = std::make_unique<PngSequenceSink>();
  sink->dir_ = dir;
  return sink;
}

std::string PngSequenceSink::frame_path(int index) const {
  char name[32];
  std::snprintf(name, sizeof name, "frame-%05d.png", index + 1);
  return (std::filesystem::path(dir_) / name).string();
}

bool PngSequenceSink::add(const Image& frame, std::string& error) {
  if (!write_png(frame, frame_path(written_), error)) return false;
  ++written_;
  return true;
}

bool PngSequenceSink::finish(std::string&) {
  // Frames of an earlier, longer export would be read as this one's continuation.
  std::error_code ec;
  if (std::filesystem::exists(frame_path(written_), ec))
    note_ = "note: " + dir_ + " also holds " +
            std::filesystem::path(frame_path(written_)).filename().string() +
            " and perhaps more from an earlier export; this one ends at " +
            std::filesystem::path(frame_path(written_ - 1)).filename().string();
  return true;
}

std::unique_ptr<FrameSink> open_export_sink(const Options& options, int width, int height,
                                            std::string& error) {
  std::unique_ptr<FrameSink> video, frames;
  if (!options.export_frames.empty()) {
    frames = PngSequenceSink::open(options.export_frames, error);
    if (!frames) return nullptr;
  }
  if (!options.export_video.empty()) {
    video = FfmpegSink::open(options.export_video, width, height, options.fps, error);
    if (!video) return nullptr;
  }
  if (video && frames) return std::make_unique<TeeSink>(std::move(video), std::move(frames));
  if (video) return video;
  if (frames) return frames;
  error = "internal: no export asked for";
  return nullptr;
}

ExportPlan export_plan(const Options& options) {
  const DayNumber from = options.from.value_or(0), to = options.to.value_or(from);
  return make_export_plan(from, to, options.fps, options.duration.value_or(10.0));
}

// ---------------------------------------------------------------------------------------------
// The export

VideoExport::~VideoExport() {
  cancel();
}

bool VideoExport::start(const AtlasSession& session, const Options& options,
                        const std::vector<unsigned char>& font, int frames, FrameSetup setup,
                        std::string& error) {
  cancel();
  int width = 0, height = 0;
  frame_size(options, width, height);
  // The output first: a missing ffmpeg or folder is told before the slow part.
  sink_ = open_export_sink(options, width, height, error);
  if (!sink_) return false;
  view_ = std::make_unique<ViewRenderer>();
  if (!view_->init(session, options, font, error)) {
    sink_->cancel();
    sink_.reset();
    return false;
  }
  setup_ = std::move(setup);
  total_ = std::max(frames, 0);
  done_ = 0;
  running_ = true;
  started_ = std::chrono::steady_clock::now();
  return true;
}

bool VideoExport::step(int max_frames, std::string& error) {
  if (!running_) {
    error = "internal: no export is running";
    return false;
  }
  for (int n = 0; n < max_frames && done_ < total_; ++n) {
    const double t = setup_(done_, *view_);
    view_->draw(t, frame_);
    if (!sink_->add(frame_, error)) {
      cancel();
      return false;
    }
    ++done_;
  }
  return true;
}

bool VideoExport::finish(std::string& error) {
  if (!running_) {
    error = "internal: no export is running";
    return false;
  }
  running_ = false;
  if (!sink_->finish(error)) {
    sink_->cancel();
    return false;
  }
  return true;
}

void VideoExport::cancel() {
  if (running_ && sink_) sink_->cancel();
  running_ = false;
}

double VideoExport::elapsed_s() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

std::string VideoExport::progress_line() const {
  return format_export_progress(done_, total_, elapsed_s());
}

VideoExport::FrameSetup plan_frames(const ExportPlan& plan) {
  return [plan](int k, ViewRenderer&) { return plan.day(k); };
}

// ---------------------------------------------------------------------------------------------
// The terminal

ProgressBar::ProgressBar(std::FILE* out, bool enabled)
    : out_(out), enabled_(enabled), tty_(::isatty(::fileno(out)) != 0) {}

void ProgressBar::update(int done, int total, double elapsed_s) {
  if (!enabled_) return;
  if (tty_) {
    // In place, at most ten times a second (and always the last).
    if (done < total && last_draw_s_ >= 0 && elapsed_s - last_draw_s_ < 0.1) return;
    last_draw_s_ = elapsed_s;
    std::fprintf(out_, "\r%s\033[K", format_export_progress(done, total, elapsed_s).c_str());
    std::fflush(out_);
    drawn_ = true;
    return;
  }
  const int tenths = export_progress_tenths(done, total);
  if (tenths <= last_tenths_) return;
  last_tenths_ = tenths;
  std::fprintf(out_, "%s\n", format_export_progress(done, total, elapsed_s).c_str());
  std::fflush(out_);
}

void ProgressBar::end() {
  if (enabled_ && tty_ && drawn_) std::fputc('\n', out_);
  drawn_ = false;
}

bool write_all_frames(VideoExport& exporter, bool quiet, std::string& error) {
  ProgressBar bar(stderr, !quiet);
  bar.update(0, exporter.frames_total(), 0);
  while (!exporter.all_written()) {
    if (!exporter.step(1, error)) {
      bar.end();
      return false;
    }
    bar.update(exporter.frames_done(), exporter.frames_total(), exporter.elapsed_s());
  }
  const bool finished = exporter.finish(error);
  bar.end();
  return finished;
}

int run_export(const Options& options, const AtlasSession& session) {
  std::string error;
  const auto fail = [&](const std::string& message) {
    std::fprintf(stderr, "histmap: %s\n", message.c_str());
    return 1;
  };
  auto window = GlWindow::create({.offscreen = true}, error);
  if (!window) return fail(error);
  std::vector<unsigned char> font;
  if (!read_file_bytes(default_font_path(), font, error)) return fail(error);
  const ExportPlan plan = export_plan(options);
  // The slider's range bounds what can be shown, for --render as here: say so before an export
  // that would hold still on its first or last day.
  if (!options.quiet && (std::min(plan.from, plan.to) < session.first_day ||
                         std::max(plan.from, plan.to) > session.last_day))
    std::fprintf(stderr,
                 "histmap: note: the data's days run from %s to %s; frames outside show the "
                 "nearer of them\n",
                 format_iso(session.first_day).c_str(), format_iso(session.last_day).c_str());
  VideoExport exporter;
  if (!exporter.start(session, options, font, plan.frames, plan_frames(plan), error))
    return fail(error);
  if (!write_all_frames(exporter, options.quiet, error)) return fail(error);
  if (!options.quiet) {
    std::string what = options.export_video;
    if (!options.export_frames.empty())
      what += (what.empty() ? "" : " and ") + options.export_frames + "/frame-*.png";
    std::fprintf(stderr,
                 "histmap: wrote %s: %d frames of %dx%d at %d fps (%.2f s), %s to %s, in %.1f s\n",
                 what.c_str(), plan.frames, exporter.width(), exporter.height(), plan.fps,
                 static_cast<double>(plan.frames) / plan.fps, format_iso(plan.from).c_str(),
                 format_iso(plan.to).c_str(), exporter.elapsed_s());
    if (!exporter.note().empty()) std::fprintf(stderr, "histmap: %s\n", exporter.note().c_str());
  }
  return 0;
}

}  // namespace histmap
