// histmap app: exports (--export-video, --export-frames). Frames are drawn offscreen by
// ViewRenderer (headless.h), the same function as --render, at the days of an export plan
// (core/export_plan.h), and handed to sinks: ffmpeg for a video (spawned, fed raw RGBA through
// a pipe) and PNG files in a folder. An export runs a frame at a time, so the window can feed it
// a few frames per UI frame and draw its progress; the command line runs it to the end with a
// progress bar on stderr.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/atlas_session.h"
#include "app/headless.h"
#include "app/options.h"
#include "core/export_plan.h"
#include "render/image.h"

namespace histmap {

// Where an export's frames go, one after another.
class FrameSink {
 public:
  virtual ~FrameSink() = default;
  // Takes the next frame: the size the sink was opened for, RGBA, top row first. False with
  // error when the output cannot go on (the caller then cancels).
  virtual bool add(const Image& frame, std::string& error) = 0;
  // Completes the output after the last frame (ffmpeg writes the file's index). False with
  // error.
  virtual bool finish(std::string& error) = 0;
  // Abandons the output: ffmpeg is stopped and its partial file removed; PNGs written stay.
  virtual void cancel() = 0;
  // Something the user should know after finish() (e.g. older frames left in the folder), or
  // empty.
  virtual std::string note() const { return {}; }
};

// An H.264 video (yuv420p, CRF 18, +faststart for playing while it downloads) made by Debian's
// ffmpeg, fed the frames through a pipe. SIGPIPE is blocked around each write (and a pending
// one taken), so ffmpeg dying makes a write fail with EPIPE and never kills histmap.
class FfmpegSink final : public FrameSink {
 public:
  // Starts ffmpeg for a video at path. Null with error when width or height is odd (yuv420p
  // halves both), the folder of path does not exist, ffmpeg is not on PATH (the message names
  // Debian's package), or it cannot be started.
  static std::unique_ptr<FfmpegSink> open(const std::string& path, int width, int height, int fps,
                                          std::string& error);
  // The arguments it runs ffmpeg with (argv[0] = "ffmpeg").
  static std::vector<std::string> arguments(const std::string& path, int width, int height,
                                            int fps);
  ~FfmpegSink() override;  // cancels unless finished
  FfmpegSink(const FfmpegSink&) = delete;
  FfmpegSink& operator=(const FfmpegSink&) = delete;

  bool add(const Image& frame, std::string& error) override;
  bool finish(std::string& error) override;
  void cancel() override;

 private:
  FfmpegSink() = default;
  // Waits for ffmpeg to exit; false with its error output when it failed.
  bool wait(std::string& error);
  std::string path_;
  int width_ = 0, height_ = 0;
  pid_t pid_ = -1;
  int input_ = -1;  // ffmpeg's standard input
  int log_ = -1;    // ffmpeg's standard error: an unlinked temporary file, read when it fails
  bool completed_ = false;
};

// PNG files DIR/frame-00001.png, frame-00002.png, ... (numbered from 1, as ffmpeg's
// -i frame-%05d.png reads them).
class PngSequenceSink final : public FrameSink {
 public:
  // Creates dir (with its parents) when missing. Null with error when it is not a folder or
  // cannot be created or written into.
  static std::unique_ptr<PngSequenceSink> open(const std::string& dir, std::string& error);
  // The file of frame `index` (0-based): DIR/frame-<index + 1, five digits>.png.
  std::string frame_path(int index) const;

  bool add(const Image& frame, std::string& error) override;
  bool finish(std::string& error) override;
  void cancel() override {}
  std::string note() const override { return note_; }

 private:
  std::string dir_;
  int written_ = 0;
  std::string note_;
};

// The output the options ask for: --export-video FILE (at options.fps), --export-frames DIR,
// or both. Null with error.
std::unique_ptr<FrameSink> open_export_sink(const Options& options, int width, int height,
                                            std::string& error);

// The --from/--to export's plan: options.from, options.to, options.fps and options.duration
// (default 10 seconds).
ExportPlan export_plan(const Options& options);

// An export in progress: draws frame after frame with one ViewRenderer and hands them to the
// sink. The command line runs it to the end (run_export); the window can call step() a few
// frames per UI frame and show progress_line() or fraction(). Needs the GL context that was
// current at start() to be current at every step().
class VideoExport {
 public:
  // Sets up frame k (0-based) before it is drawn (a story moves view.camera(), sets
  // view.frame().title ...) and returns the day it shows.
  using FrameSetup = std::function<double(int k, ViewRenderer& view)>;

  VideoExport() = default;
  ~VideoExport();  // cancels an export not finished
  VideoExport(const VideoExport&) = delete;
  VideoExport& operator=(const VideoExport&) = delete;

  // Opens the view (the options' size, scale, language, theme, panels) and the output the
  // options ask for, for `frames` frames. session and font must outlive the export. False with
  // error (nothing is left running).
  bool start(const AtlasSession& session, const Options& options,
             const std::vector<unsigned char>& font, int frames, FrameSetup setup,
             std::string& error);
  // Draws and writes up to max_frames more frames. False with error when the output fails;
  // the export is then cancelled.
  bool step(int max_frames, std::string& error);
  // Every frame written: call finish().
  bool all_written() const { return running_ && done_ >= total_; }
  // Completes the output after the last frame. False with error (the export is cancelled).
  bool finish(std::string& error);
  // Stops: ffmpeg is stopped and its partial file removed.
  void cancel();
  bool running() const { return running_; }

  int frames_done() const { return done_; }
  int frames_total() const { return total_; }
  double fraction() const { return total_ > 0 ? static_cast<double>(done_) / total_ : 0; }
  double elapsed_s() const;
  // "export [#########           ]  45%  135/300 frames  eta 12 s"
  std::string progress_line() const;
  // A message for the user after finish(), or empty.
  std::string note() const { return sink_ ? sink_->note() : std::string(); }
  ViewRenderer& view() { return *view_; }
  int width() const { return view_ ? view_->width() : 0; }
  int height() const { return view_ ? view_->height() : 0; }
  // The frame last written (a preview for the window).
  const Image& last_frame() const { return frame_; }

 private:
  std::unique_ptr<ViewRenderer> view_;
  std::unique_ptr<FrameSink> sink_;
  FrameSetup setup_;
  Image frame_;
  int done_ = 0, total_ = 0;
  bool running_ = false;
  std::chrono::steady_clock::time_point started_;
};

// The --from/--to export's frames: frame k at plan.day(k), the view otherwise untouched.
VideoExport::FrameSetup plan_frames(const ExportPlan& plan);

// The terminal's progress bar: redrawn in place (\r) when the stream is a terminal, at most ten
// times a second; otherwise (a log, a pipe) a line each tenth of the way. Prints nothing when
// disabled (--quiet).
class ProgressBar {
 public:
  ProgressBar(std::FILE* out, bool enabled);
  void update(int done, int total, double elapsed_s);
  // Ends a bar drawn in place with a newline.
  void end();

 private:
  std::FILE* out_;
  bool enabled_, tty_;
  int last_tenths_ = 0;
  bool drawn_ = false;
  double last_draw_s_ = -1;
};

// --export-video / --export-frames with --from and --to: returns the process exit code (0, or
// 1 with the reason on stderr).
// Writes every frame of a started export with the progress bar on stderr (unless quiet) and
// finishes it. False with error; the export is then cancelled.
bool write_all_frames(VideoExport& exporter, bool quiet, std::string& error);

int run_export(const Options& options, const AtlasSession& session);

}  // namespace histmap
