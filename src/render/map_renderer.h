// histmap render: draws one map frame of an evaluated scene: water, land, regions (stencil
// even-odd fills), coastlines, railways, stations, places, units (static and moving), labels
// placed without collisions, and the date caption. Static geometry is uploaded once in init().
// The ground (water, land, lakes, coast, rivers and whatever else has no dates) is drawn into a
// cached texture, again only when the view changes; each frame copies it and draws over it the
// story (dated regions, borders and railways, trails, symbols, labels), into reused buffers.
// Lines, symbols and type are antialiased in their shaders, so no multisampling is needed.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/camera.h"
#include "core/date_format.h"
#include "core/label_placement.h"
#include "core/measure.h"
#include "core/scene.h"
#include "render/map_geometry.h"
#include "render/offscreen_target.h"
#include "render/shader_program.h"
#include "render/style.h"
#include "render/text_renderer.h"

namespace histmap {

// Milliseconds per stage of the frames drawn with it, each stage finished (glFinish) before
// the next starts: slower than a normal frame, for the benchmark's breakdown only.
struct FrameProfile {
  double ground = 0;   // the ground layer drawn again, when the view changed
  double copy = 0;     // the cached ground copied into the frame
  double regions = 0;  // the story's area fills
  double lines = 0;    // borders and railways
  double trails = 0;   // trails, journeys and mergers
  double layout = 0;   // symbols and labels placed (CPU)
  double symbols = 0;  // the symbols drawn
  double text = 0;     // labels and caption drawn
};

struct FrameOptions {
  Language language = Language::En;
  Theme theme = Theme::Default;
  float pixel_ratio = 1.0f;  // drawable pixels per window point (2 on HiDPI screens)
  // The interface's words on the map ("formed", "talks") and how dates are written; English
  // when null.
  const Translations* words = nullptr;
  DateDisplay date_display = DateDisplay::Auto;
  bool caption = true;  // title and date in the top-left corner
  std::string title = "Steppe and Rail, 1917–1920";
  std::int32_t selected = -1;  // feature to ring (the inspector's), or -1
  // A story chapter's features: ringed (points and moving units) or outlined (lines and
  // areas), and named first.
  std::vector<std::int32_t> highlighted;
  // A distance being measured (the Measure tool, --measure with --render): its ends, the great
  // circle and the way along the railway, each with its length. Not owned; null: none.
  const Measurement* measurement = nullptr;
  FrameProfile* profile = nullptr;  // adds each stage's time when set
};

class MapRenderer {
 public:
  MapRenderer() = default;
  ~MapRenderer();
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  // Needs a current GL 3.3 context. font: TrueType bytes for labels. False with error
  // (including a shader's compile log) on failure.
  bool init(const Atlas& atlas, const std::vector<unsigned char>& font, std::string& error);
  // Another atlas (data opened or layers added): its geometry built and uploaded again, in
  // place of the last one's. Needs init() first and the context current.
  void set_atlas(const Atlas& atlas);

  // Draws into the bound framebuffer, which must be camera.width x camera.height and
  // single-sampled (the cached ground is copied into it with a blit).
  void draw(const Atlas& atlas, const Scene& scene, const Camera& camera,
            const FrameOptions& options);

  TextRenderer& text() { return text_; }
  const MapStyle& style() const { return style_; }
  // How often the static layers were drawn again (the rest of the frames copied them): the
  // benchmark reports it.
  std::uint64_t base_redraws() const { return base_redraws_; }
  // Milliseconds a ground may take to draw and still be drawn anew while the view moves
  // (default 12); a test sets it below zero to always take the stretched ground.
  void set_slow_ground_ms(double ms) { slow_ground_ms_ = ms; }
  // Bottom of the last frame's caption (title and date) in pixels, 0 without one: the panels
  // start below it.
  float caption_bottom() const { return caption_bottom_; }

 private:
  struct PointInstance {
    float x, y, radius;
    float fill[4];
    float stroke[4];
    float shape;
  };
  // The theme's style at the pixel ratio; glyphs are rasterized again when the type size changes.
  void use_style(Theme theme, float pixel_ratio);
  void set_view_uniforms(const ShaderProgram& p, const Camera& camera) const;
  // True when the cached ground shows what this scene and style would, whatever the view.
  bool base_content_current(const Scene& scene, const Camera& camera);
  // The ground: water, land, lakes, coast, rivers and every undated area, border and line,
  // into base_.
  void draw_base(const Atlas& atlas, const Scene& scene, const Camera& camera);
  // Areas and lines of the story's layers, the dated ones or the undated ones.
  void draw_area_fills(const Atlas& atlas, const Scene& scene, bool dated);
  void draw_area_lines(const Atlas& atlas, const Scene& scene, bool dated);
  static bool visible(const Scene& scene, std::uint32_t i) {
    return i < scene.visible.size() && scene.visible[i];
  }
  void fill_range(const DrawRange& r, Rgba color);
  void draw_lines(const DrawRange& r, Rgba color, float width_px, float dash_on, float dash_off);
  // This frame's moving lines: journeys so far, trails, mergers; then drawn in one upload.
  void add_dynamic_line(const std::vector<GeoPoint>& points, Rgba color, float width_px,
                        float dash_on, float alpha_from, float alpha_to);
  void draw_dynamic_lines(const Camera& camera);
  void add_effects(const Atlas& atlas, const Scene& scene, const Camera& camera,
                   const FrameOptions& opt);
  // The Measure tool's ends and lengths (its lines are drawn with the other moving lines).
  void add_measurement(const Measurement& m, const Camera& camera, const FrameOptions& opt);
  void add_point(const Camera& camera, const GeoPoint& p, float radius, Rgba fill, Rgba stroke,
                 float shape, bool obstacle);
  // A label for a symbol of radius r at screen (ax, ay), or centred there.
  void add_label(const std::string& text, float ax, float ay, float r, TextSize size, int priority,
                 Rgba color, bool centered);
  // Large point layers: the visible point features in and near the view into in_view_, and
  // whether they are many enough to thin.
  void collect_points_in_view(const Atlas& atlas, const Scene& scene, const Camera& camera);
  // The events (or the other points) of in_view_ that are drawn, named or not.
  template <class Draw>
  void draw_points_in_view(bool events, const Draw& point_feature);

  // Above this many point features the grid path is taken; the bundled atlas has ~400.
  static constexpr std::size_t kFewPoints = 20'000;
  static constexpr std::size_t kSortedPoints = 100'000;  // kept in data order up to this many
  static constexpr std::size_t kDensePoints = 4'000;     // thinned above this many in view

  MapStyle style_;
  Theme theme_ = Theme::Default;
  float pixel_ratio_ = 1.0f;
  float caption_bottom_ = 0;
  std::vector<unsigned char> font_;
  MapGeometry geom_;
  std::vector<GeoPoint> region_anchor_;  // per feature (areas only)
  std::vector<double> region_width_m_;   // width of the largest ring's bounding box
  ShaderProgram fill_prog_, line_prog_, point_prog_;
  OffscreenTarget base_;
  std::vector<std::uint8_t> base_key_, key_;
  std::vector<bool> dated_;           // per feature: has a start, an end or times
  std::vector<std::uint32_t> areas_;  // the polygon features but land, in data order
  // Per frame (large point layers): what is in view, and the screen cells already taken by
  // a symbol or a label, for points (0) and events (1).
  struct ViewPoint {
    std::uint32_t feature;
    float sx, sy;  // on screen
    bool event;
    std::uint8_t draw;  // 0: thinned out, 1: symbol only, 2: symbol and name
  };
  std::vector<ViewPoint> in_view_;
  bool thin_ = false;
  std::vector<std::uint8_t> symbol_taken_[2], label_taken_[2];
  bool base_valid_ = false;
  Camera base_camera_, last_camera_;  // the ground's view, and the last frame's
  double base_ms_ = 0;                // how long the ground took to draw last time
  // Slower than this, the ground follows a moving view stretched and is drawn when it rests.
  double slow_ground_ms_ = 12.0;
  std::uint64_t base_redraws_ = 0;
  GLuint fill_vao_ = 0, fill_vbo_ = 0, line_vao_ = 0, line_vbo_ = 0;
  GLuint point_vao_ = 0, corner_vbo_ = 0, instance_vbo_ = 0;
  GLuint dyn_vao_ = 0, dyn_vbo_ = 0;
  TextRenderer text_;

  // Per-frame scratch, reused so that a frame allocates nothing once warm.
  std::vector<PointInstance> points_;
  struct DynamicRange {
    std::int32_t first, count;
    Rgba color;
    float width_px, dash_on;
  };
  std::vector<DynamicLineVertex> dyn_;
  std::vector<DynamicRange> dyn_ranges_;
  std::vector<GeoPoint> path_;
  struct PendingLabel {
    std::string text;
    TextSize size;
    Rgba color;
  };
  std::vector<PendingLabel> label_text_;
  std::vector<LabelCandidate> label_candidates_;
  std::vector<std::uint32_t> label_order_;
  std::vector<PlacedLabel> label_placed_;
};

}  // namespace histmap
