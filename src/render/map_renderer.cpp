#include "render/map_renderer.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "render/shader_sources.h"

namespace histmap {
namespace {

template <class V>
void upload(GLuint vao, GLuint vbo, const std::vector<V>& data) {
  glBindVertexArray(vao);
  glBindBuffer(GL_ARRAY_BUFFER, vbo);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(V)), data.data(),
               GL_STATIC_DRAW);
}

void attrib(GLuint index, GLint n, GLsizei stride, std::size_t offset, GLuint divisor = 0) {
  glEnableVertexAttribArray(index);
  glVertexAttribPointer(index, n, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offset));
  glVertexAttribDivisor(index, divisor);
}

// Symbols are placed before any label so that labels never hide them.
constexpr int kSymbolPriority = 1 << 19;

int label_priority(const Feature& f) {
  switch (f.kind) {
    case Kind::Station:
    case Kind::Place:
      // Major stations outrank units, so the railway stays readable; towns come next.
      return f.importance == 1 ? 400 : 300 - 50 * f.importance;
    case Kind::Unit:
      return 420;  // a detachment's name and strength before the town it stands in
    case Kind::Movement:
    case Kind::Mission:
      return 350;
    case Kind::Event:
      // The day's news outranks the names of towns and echelons; of two events at one town,
      // the one dated to the day or week (a congress) before one spread over months.
      if (f.start && f.end && f.end->latest - f.start->earliest <= 31) return 460;
      return 430;
    case Kind::Region:
      return 100;
    default:
      return 50;
  }
}

// What appeared in the last week is the news of the day: it is named before older things.
int label_priority_at(const Feature& f, double t) {
  const int base = label_priority(f);
  if ((f.kind == Kind::Unit || f.kind == Kind::Event) && f.start && t >= f.start->earliest &&
      t < f.start->earliest + 7.0)
    return base + 100;
  return base;
}

bool is_administrative(const Feature& f) {
  return f.affiliation == "administrative";
}

// Events without a side (elections, conferences) in a neutral dark red.
Rgba event_color(const Feature& f) {
  return f.affiliation.empty() ? Rgba{0.55f, 0.18f, 0.12f, 1} : affiliation_color(f.affiliation);
}

std::string unit_label(const Feature& f, Language lang, std::optional<int> strength) {
  std::string s = display_name(f, lang);
  if (strength) {
    // Thin-space grouping reads better than a bare number: "2 000".
    std::string n = std::to_string(*strength);
    for (int i = static_cast<int>(n.size()) - 3; i > 0; i -= 3)
      n.insert(static_cast<std::size_t>(i), "\u2009");
    s += " (" + n + ")";
  }
  return s;
}

// The first sentence of an outcome, short enough for the map; the inspector has the rest.
std::string headline(const std::string& text) {
  constexpr std::size_t kMax = 90;
  std::size_t end = text.find(". ");
  if (end != std::string::npos) ++end;  // keep the full stop
  if (end == std::string::npos) end = text.size();
  if (end <= kMax) return text.substr(0, end);
  std::size_t cut = text.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) cut = kMax;
  return text.substr(0, cut) + "…";
}

// Rises quickly and fades slowly: how a mark that is there for a few days is drawn.
float fade_out(float phase) {
  return std::clamp(1.0f - phase, 0.0f, 1.0f);
}

}  // namespace

MapRenderer::~MapRenderer() {
  GLuint bufs[] = {fill_vbo_, line_vbo_, corner_vbo_, instance_vbo_, dyn_vbo_};
  for (GLuint b : bufs)
    if (b) glDeleteBuffers(1, &b);
  GLuint vaos[] = {fill_vao_, line_vao_, point_vao_, dyn_vao_};
  for (GLuint v : vaos)
    if (v) glDeleteVertexArrays(1, &v);
}

bool MapRenderer::init(const Atlas& atlas, const std::vector<unsigned char>& font,
                       std::string& error) {
  auto fill = ShaderProgram::build("fill", shaders::fill_vert, shaders::fill_frag, error);
  if (!fill) return false;
  auto line = ShaderProgram::build("line", shaders::line_vert, shaders::line_frag, error);
  if (!line) return false;
  auto point = ShaderProgram::build("point", shaders::point_vert, shaders::point_frag, error);
  if (!point) return false;
  fill_prog_ = std::move(*fill);
  line_prog_ = std::move(*line);
  point_prog_ = std::move(*point);
  font_ = font;
  if (!text_.init(font, error, style_.text_scale)) return false;

  glGenVertexArrays(1, &fill_vao_);
  glGenBuffers(1, &fill_vbo_);
  glGenVertexArrays(1, &line_vao_);
  glGenBuffers(1, &line_vbo_);
  glGenVertexArrays(1, &dyn_vao_);
  glGenBuffers(1, &dyn_vbo_);
  glBindVertexArray(dyn_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, dyn_vbo_);
  constexpr auto dyn_stride = static_cast<GLsizei>(sizeof(DynamicLineVertex));
  attrib(0, 2, dyn_stride, offsetof(DynamicLineVertex, v) + offsetof(LineVertex, x));
  attrib(1, 2, dyn_stride, offsetof(DynamicLineVertex, v) + offsetof(LineVertex, ex));
  attrib(2, 1, dyn_stride, offsetof(DynamicLineVertex, v) + offsetof(LineVertex, dist));
  attrib(3, 1, dyn_stride, offsetof(DynamicLineVertex, alpha));

  glGenVertexArrays(1, &point_vao_);
  glGenBuffers(1, &corner_vbo_);
  glGenBuffers(1, &instance_vbo_);
  const float corners[] = {-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1};
  glBindVertexArray(point_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, corner_vbo_);
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  attrib(0, 2, 2 * sizeof(float), 0);
  glBindBuffer(GL_ARRAY_BUFFER, instance_vbo_);
  constexpr auto stride = static_cast<GLsizei>(sizeof(PointInstance));
  attrib(1, 2, stride, offsetof(PointInstance, x), 1);
  attrib(2, 1, stride, offsetof(PointInstance, radius), 1);
  attrib(3, 4, stride, offsetof(PointInstance, fill), 1);
  attrib(4, 4, stride, offsetof(PointInstance, stroke), 1);
  attrib(5, 1, stride, offsetof(PointInstance, shape), 1);
  glBindVertexArray(0);

  set_atlas(atlas);
  return true;
}

void MapRenderer::set_atlas(const Atlas& atlas) {
  geom_ = build_map_geometry(atlas);
  upload(fill_vao_, fill_vbo_, geom_.fill);
  attrib(0, 2, sizeof(FillVertex), 0);
  upload(line_vao_, line_vbo_, geom_.lines);
  attrib(0, 2, sizeof(LineVertex), offsetof(LineVertex, x));
  attrib(1, 2, sizeof(LineVertex), offsetof(LineVertex, ex));
  attrib(2, 1, sizeof(LineVertex), offsetof(LineVertex, dist));
  glBindVertexArray(0);
  dated_.assign(atlas.features.size(), false);
  for (std::size_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    dated_[i] = f.start || f.end || !f.times.empty();
  }
  // Region labels sit at the middle of their largest ring.
  region_anchor_.assign(atlas.features.size(), GeoPoint{});
  region_width_m_.assign(atlas.features.size(), 0.0);
  for (std::size_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (f.geometry != GeometryType::Polygon || f.kind == Kind::Land || f.parts.empty()) continue;
    const auto& ring = *std::max_element(f.parts.begin(), f.parts.end(),
                                         [](auto& a, auto& b) { return a.size() < b.size(); });
    Bounds b;
    for (const auto& p : ring) b.add(p.x, p.y);
    region_anchor_[i] = {0, 0, (b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2};
    region_width_m_[i] = b.max_x - b.min_x;
  }
  areas_.clear();
  for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
    const Feature& f = atlas.features[i];
    if (f.geometry == GeometryType::Polygon && f.kind != Kind::Land) areas_.push_back(i);
  }
  base_valid_ = false;  // the ground is drawn anew from the new geometry
}

void MapRenderer::use_style(Theme theme, float pixel_ratio) {
  if (theme == theme_ && pixel_ratio == pixel_ratio_) return;
  theme_ = theme;
  pixel_ratio_ = pixel_ratio;
  style_ = map_style(theme, pixel_ratio);
  if (text_.scale() != style_.text_scale) {
    std::string error;
    // Only an atlas too small for the glyphs fails here: labels then go blank, the map stays.
    text_.init(font_, error, style_.text_scale);
  }
}

void MapRenderer::set_view_uniforms(const ShaderProgram& p, const Camera& c) const {
  p.use();
  glUniform2f(p.uniform("u_center"), static_cast<float>(c.center_x - geom_.origin_x),
              static_cast<float>(c.center_y - geom_.origin_y));
  glUniform2f(p.uniform("u_scale"), static_cast<float>(2.0 / (c.width * c.meters_per_pixel)),
              static_cast<float>(2.0 / (c.height * c.meters_per_pixel)));
  glUniform2f(p.uniform("u_viewport"), static_cast<float>(c.width), static_cast<float>(c.height));
  glUniform1f(p.uniform("u_meters_per_pixel"), static_cast<float>(c.meters_per_pixel));
}

void MapRenderer::fill_range(const DrawRange& r, Rgba c) {
  if (r.count <= 0) return;
  glUniform4f(fill_prog_.uniform("u_color"), c.r, c.g, c.b, c.a);
  if (r.cover_first < 0) {  // triangulated: each pixel once
    glDrawArrays(GL_TRIANGLES, r.first, r.count);
    return;
  }
  // Pass 1: flip the stencil under every fan triangle (even-odd: holes cancel out).
  glEnable(GL_STENCIL_TEST);
  glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
  glStencilMask(0x01);
  glStencilFunc(GL_ALWAYS, 0, 0x01);
  glStencilOp(GL_KEEP, GL_KEEP, GL_INVERT);
  glDrawArrays(GL_TRIANGLES, r.first, r.count);
  // Pass 2: colour where the stencil is odd, zeroing it as we go for the next fill.
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glStencilFunc(GL_EQUAL, 1, 0x01);
  glStencilOp(GL_ZERO, GL_ZERO, GL_ZERO);
  glDrawArrays(GL_TRIANGLES, r.cover_first, 6);
  glDisable(GL_STENCIL_TEST);
}

void MapRenderer::draw_lines(const DrawRange& r, Rgba c, float width_px, float dash_on,
                             float dash_off) {
  if (r.count <= 0) return;
  glUniform4f(line_prog_.uniform("u_color"), c.r, c.g, c.b, c.a);
  glUniform1f(line_prog_.uniform("u_half_width"), width_px / 2);
  glUniform2f(line_prog_.uniform("u_dash"), dash_on, dash_off);
  glDrawArrays(GL_TRIANGLES, r.first, r.count);
}

void MapRenderer::add_point(const Camera& camera, const GeoPoint& p, float radius, Rgba fill,
                            Rgba stroke, float shape, bool obstacle) {
  points_.push_back({static_cast<float>(p.x - geom_.origin_x),
                     static_cast<float>(p.y - geom_.origin_y),
                     radius,
                     {fill.r, fill.g, fill.b, fill.a},
                     {stroke.r, stroke.g, stroke.b, stroke.a},
                     shape});
  // A unit's symbol is an obstacle that no label may cover (placed before every label). Station
  // dots are not: along a dense line that would leave no room for the names of the towns.
  if (!obstacle) return;
  // The core of the symbol only: a station's name beside a unit standing on it may touch its edge.
  const Vec2 s = camera.world_to_screen(p.x, p.y);
  const float core = radius * 0.7f;
  LabelCandidate c;
  c.positions[0] = {static_cast<float>(s.x) - core, static_cast<float>(s.y) - core,
                    static_cast<float>(s.x) + core, static_cast<float>(s.y) + core};
  c.priority = kSymbolPriority;
  label_candidates_.push_back(c);
  label_text_.push_back({std::string(), TextSize::Small, style_.label});
}

void MapRenderer::add_label(const std::string& text, float ax, float ay, float r, TextSize size,
                            int priority, Rgba color, bool centered) {
  const float w = text_.measure(text, size);
  const float h = text_.line_height(size);
  LabelCandidate c;
  c.priority = priority;
  // The margins around a label are in window points: as many pixels as the pixel ratio, so a
  // --scale print (or a HiDPI screen) places the same labels as the screen at 1x.
  const float mx = 2 * pixel_ratio_, my = pixel_ratio_;
  if (centered) {
    // An area's name may move a little up or down to get out of the way of point labels.
    const float dy[] = {0, 2 * h, -2 * h, 4 * h};
    for (int k = 0; k < 4; ++k)
      c.positions[static_cast<std::size_t>(k)] = {ax - w / 2 - mx, ay + dy[k] - h / 2 - my,
                                                  ax + w / 2 + mx, ay + dy[k] + h / 2 + my};
    c.position_count = 4;
  } else {
    // Right of the symbol, left, above, below: the cartographer's usual order of preference.
    const float gap = r + 3 * pixel_ratio_;
    c.positions[0] = {ax + gap - mx, ay - h / 2 - my, ax + gap + w + mx, ay + h / 2 + my};
    c.positions[1] = {ax - gap - w - mx, ay - h / 2 - my, ax - gap + mx, ay + h / 2 + my};
    c.positions[2] = {ax - w / 2 - mx, ay - r - my - h - my, ax + w / 2 + mx, ay - r - my + my};
    c.positions[3] = {ax - w / 2 - mx, ay + r + my - my, ax + w / 2 + mx, ay + r + my + h + my};
    c.position_count = 4;
  }
  label_candidates_.push_back(c);
  label_text_.push_back({text, size, color});
}

void MapRenderer::add_dynamic_line(const std::vector<GeoPoint>& points, Rgba color, float width_px,
                                   float dash_on, float alpha_from, float alpha_to) {
  const auto first = static_cast<std::int32_t>(dyn_.size());
  append_dynamic_line(points, geom_.origin_x, geom_.origin_y, alpha_from, alpha_to, dyn_);
  const auto count = static_cast<std::int32_t>(dyn_.size()) - first;
  if (count > 0) dyn_ranges_.push_back({first, count, color, width_px, dash_on});
}

void MapRenderer::draw_dynamic_lines(const Camera& camera) {
  if (dyn_.empty()) return;
  set_view_uniforms(line_prog_, camera);
  glUniform1f(line_prog_.uniform("u_feather"), 1.0f);  // the frame is not multisampled
  glBindVertexArray(dyn_vao_);
  glBindBuffer(GL_ARRAY_BUFFER, dyn_vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(dyn_.size() * sizeof(DynamicLineVertex)),
               dyn_.data(), GL_STREAM_DRAW);
  for (const DynamicRange& r : dyn_ranges_)
    draw_lines({0, r.first, r.count, -1}, r.color, r.width_px, r.dash_on, r.dash_on * 0.6f);
}

void MapRenderer::add_measurement(const Measurement& m, const Camera& camera,
                                  const FrameOptions& opt) {
  const float k = style_.scale;
  for (const GeoPoint& p : m.ends)
    add_point(camera, p, 6 * k, style_.measure_arc, style_.halo, 0, false);
  if (!m.complete() || m.arc.empty()) return;
  const auto words = [&](const char* key, const char* english, const std::string& value) {
    return fill(opt.words ? opt.words->tr(key) : std::string(english), {value});
  };
  // Named before anything else: the answer is what the user asked for.
  const DistanceWords units = opt.words ? distance_words(*opt.words) : DistanceWords{};
  const GeoPoint& mid = m.arc[m.arc.size() / 2];
  const Vec2 s = camera.world_to_screen(mid.x, mid.y);
  add_label(
      words("measure.great_circle", "{0} (great circle)", format_distance(m.great_circle_m, units)),
      static_cast<float>(s.x), static_cast<float>(s.y), 4 * k, TextSize::Medium,
      kSymbolPriority + 2, style_.label, false);
  if (m.rail.found && !m.rail.path.empty()) {
    const GeoPoint& r = m.rail.path[m.rail.path.size() / 2];
    const Vec2 rs = camera.world_to_screen(r.x, r.y);
    add_label(
        words("measure.railway", "along the railway: {0}", format_distance(m.rail.metres, units)),
        static_cast<float>(rs.x), static_cast<float>(rs.y), 6 * k, TextSize::Medium,
        kSymbolPriority + 1, style_.label, false);
  }
}

void MapRenderer::add_effects(const Atlas& atlas, const Scene& scene, const Camera& camera,
                              const FrameOptions& opt) {
  const auto label = [&](const std::string& text, const GeoPoint& p, float r, int priority,
                         Rgba color) {
    const Vec2 s = camera.world_to_screen(p.x, p.y);
    add_label(text, static_cast<float>(s.x), static_cast<float>(s.y), r, TextSize::Small, priority,
              color, false);
  };
  const float k = style_.scale;
  const auto word = [&](const char* key, const char* english) -> std::string {
    return opt.words ? opt.words->tr(key) : std::string(english);
  };
  for (const Effect& e : scene.effects) {
    const Feature& f = atlas.features[e.feature];
    const Rgba c = f.kind == Kind::Event ? event_color(f) : affiliation_color(f.affiliation);
    const float fade = fade_out(e.phase);
    switch (e.kind) {
      case EffectKind::Pulse:
        // A ring that spreads from the event as time passes it.
        add_point(camera, e.pos, style_.event_radius_px * (1.2f + 2.8f * e.phase), {0, 0, 0, 0},
                  with_alpha(c, 0.9f * fade), 0, false);
        break;
      case EffectKind::Formed:
      case EffectKind::StrengthChange: {
        const float r = k * unit_radius_px(strength_at(f, scene.t));
        add_point(camera, e.pos, r * (1.3f + 1.7f * e.phase), {0, 0, 0, 0},
                  with_alpha(c, 0.85f * fade), 0, false);
        if (e.kind == EffectKind::Formed)
          label(word("map.formed", "formed"), e.pos, r * 1.3f + 4, 440, with_alpha(c, fade));
        break;
      }
      case EffectKind::Merged: {
        // The unit travels into the one it joined and fades into it.
        const GeoPoint at = lerp(e.pos, e.to, e.phase);
        const float r = k * unit_radius_px(strength_at(f, scene.t));
        add_point(camera, at, r, with_alpha(c, 0.7f * fade + 0.2f), {1, 1, 1, fade}, 0, false);
        // A Merged effect exists only for a unit whose merge_target link() resolved.
        const Feature& into = atlas.features[static_cast<std::size_t>(f.merge_target)];
        label(display_name(f, opt.language) + " → " + display_name(into, opt.language), e.pos,
              r + 2, 445, with_alpha(style_.label, 0.4f + 0.6f * fade));
        break;
      }
      case EffectKind::Disbanded:
        add_point(camera, e.pos, 8 * k, {0, 0, 0, 0}, with_alpha(c, fade), 3, false);
        label(fill(word("map.disbanded", "{0}: disbanded"), {display_name(f, opt.language)}), e.pos,
              9 * k, 440, with_alpha(style_.label, 0.4f + 0.6f * fade));
        break;
      case EffectKind::Talks:
        // The destination glows while the delegation is there.
        add_point(camera, e.pos, 17 * k, with_alpha(style_.talks, 0.25f),
                  with_alpha(style_.talks, 0.9f), 0, false);
        break;
      case EffectKind::Outcome: {
        add_point(camera, e.pos, 9 * k, with_alpha(style_.talks, 0.35f * fade + 0.1f),
                  with_alpha(style_.talks, 0.9f), 0, true);
        // The outcome, in the mission's words, while the news is fresh.
        label(headline(f.outcome), e.pos, 10 * k, 465,
              with_alpha(style_.label, e.phase < 0.8f ? 1.0f : 5 * (1 - e.phase)));
        break;
      }
    }
  }
}

bool MapRenderer::base_content_current(const Scene& scene, const Camera& camera) {
  // Everything the ground's pixels depend on but the view, as bytes: the size, the style and each
  // undated feature's stage (shown or hidden by the layer filter). Equal bytes, equal pixels.
  key_.clear();
  const auto put = [&](const auto& v) {
    const auto* b = reinterpret_cast<const std::uint8_t*>(&v);
    key_.insert(key_.end(), b, b + sizeof v);
  };
  put(camera.width);
  put(camera.height);
  put(theme_);
  put(pixel_ratio_);
  const auto stage = [&](std::uint32_t i) -> std::uint8_t {
    return i < scene.visible.size() ? scene.visible[i] : 0;
  };
  for (const auto* ranges :
       {&geom_.lake_fills, &geom_.lake_lines, &geom_.river_lines, &geom_.region_fills,
        &geom_.region_lines, &geom_.other_lines, &geom_.railway_lines})
    for (const DrawRange& r : *ranges)
      if (!dated_[r.feature]) key_.push_back(stage(r.feature));
  if (base_valid_ && key_ == base_key_) return true;
  base_key_.swap(key_);
  return false;
}

void MapRenderer::draw_area_fills(const Atlas& atlas, const Scene& scene, bool dated) {
  for (const DrawRange& r : geom_.region_fills) {
    if (!visible(scene, r.feature) || dated_[r.feature] != dated) continue;
    const Feature& f = atlas.features[r.feature];
    // The imperial oblasts are the frame the story happens in: outlines, not colour.
    if (is_administrative(f)) continue;
    fill_range(r, with_alpha(affiliation_color(f.affiliation),
                             style_.region_fill_alpha * scene.opacity[r.feature]));
  }
}

void MapRenderer::draw_area_lines(const Atlas& atlas, const Scene& scene, bool dated) {
  const float k = style_.scale;
  const auto drawn = [&](std::uint32_t i) { return visible(scene, i) && dated_[i] == dated; };
  for (const DrawRange& r : geom_.region_lines) {
    if (!drawn(r.feature)) continue;
    const Feature& f = atlas.features[r.feature];
    if (is_administrative(f)) {
      draw_lines(r, style_.admin_outline, style_.admin_outline_px, 4 * k, 3 * k);
      continue;
    }
    // Dashed where the border is approximate.
    const bool soft = f.certainty != Certainty::Certain;
    draw_lines(r, with_alpha(affiliation_color(f.affiliation), 0.85f * scene.opacity[r.feature]),
               style_.region_outline_px, soft ? 9 * k : 0, soft ? 5 * k : 0);
  }
  for (const DrawRange& r : geom_.other_lines)
    if (drawn(r.feature)) draw_lines(r, {0.35f, 0.33f, 0.30f, 1}, 1.5f * k, 0, 0);
  for (const DrawRange& r : geom_.railway_lines)
    if (drawn(r.feature)) draw_lines(r, style_.rail_casing, style_.rail_width_px, 0, 0);
  for (const DrawRange& r : geom_.railway_lines)
    if (drawn(r.feature)) draw_lines(r, style_.rail_dash, style_.rail_dash_width_px, 7 * k, 7 * k);
}

void MapRenderer::draw_base(const Atlas& atlas, const Scene& scene, const Camera& camera) {
  base_.bind();
  glClearColor(style_.water.r, style_.water.g, style_.water.b, 1);
  glClearStencil(0);
  glStencilMask(0xFF);
  glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  const auto visible = [&](std::uint32_t i) { return MapRenderer::visible(scene, i); };

  set_view_uniforms(fill_prog_, camera);
  glBindVertexArray(fill_vao_);
  for (const DrawRange& r : geom_.land_fills) fill_range(r, style_.land);
  for (const DrawRange& r : geom_.lake_fills)
    if (visible(r.feature)) fill_range(r, style_.water);
  draw_area_fills(atlas, scene, false);
  set_view_uniforms(line_prog_, camera);
  glUniform1f(line_prog_.uniform("u_feather"), 1.0f);
  glBindVertexArray(line_vao_);
  glVertexAttrib1f(3, 1.0f);  // the static map is opaque; only dynamic lines fade
  draw_lines(geom_.coast_lines, style_.coast, style_.coast_width_px, 0, 0);
  for (const DrawRange& r : geom_.lake_lines)
    if (visible(r.feature)) draw_lines(r, style_.coast, style_.coast_width_px, 0, 0);
  for (const DrawRange& r : geom_.river_lines)
    if (visible(r.feature)) draw_lines(r, style_.river, style_.river_width_px, 0, 0);
  draw_area_lines(atlas, scene, false);
  glBindVertexArray(0);
  base_.resolve();
}

void MapRenderer::collect_points_in_view(const Atlas& atlas, const Scene& scene,
                                         const Camera& camera) {
  // The view and a margin as wide as a long label, so that names beside symbols just outside
  // the view still reach into it.
  const double margin = 400.0 * pixel_ratio_ * camera.meters_per_pixel;
  const Vec2 a = camera.screen_to_world(0, camera.height);
  const Vec2 b = camera.screen_to_world(camera.width, 0);
  in_view_.clear();
  // Read from the grid's packed points: a feature is read only if it is drawn.
  atlas.points.visit(std::min(a.x, b.x) - margin, std::min(a.y, b.y) - margin,
                     std::max(a.x, b.x) + margin, std::max(a.y, b.y) + margin,
                     [&](const GridPoint& g) {
                       if (!visible(scene, g.feature)) return;
                       const Vec2 sp = camera.world_to_screen(g.x, g.y);
                       in_view_.push_back({g.feature, static_cast<float>(sp.x),
                                           static_cast<float>(sp.y), g.event, 2});
                     });
  // Only what is on the map at t; in data order when that is cheap (labels of equal rank
  // then keep their order between frames, as in the small path).
  const std::size_t n = in_view_.size();
  if (n <= kSortedPoints)
    std::sort(in_view_.begin(), in_view_.end(),
              [](const ViewPoint& p, const ViewPoint& q) { return p.feature < q.feature; });
  // Thinned when there are more than the screen can show apart: one symbol per few pixels,
  // one label per label-sized cell; events and the rest each on their own.
  thin_ = n > kDensePoints;
  if (!thin_) return;
  // Symbols apart by about their width: denser is a carpet, and costs the time.
  const double symbol_cell = 3.5 * style_.place_radius_px;
  // A name per label-sized cell, a couple of hundred on a screen: more is not read, only drawn.
  const double label_w = 200 * pixel_ratio_, label_h = 48 * pixel_ratio_;
  const auto symbol_cols = static_cast<std::size_t>(camera.width / symbol_cell) + 1;
  const auto label_cols = static_cast<std::size_t>(camera.width / label_w) + 1;
  for (int pass = 0; pass < 2; ++pass) {
    symbol_taken_[pass].assign(
        symbol_cols * (static_cast<std::size_t>(camera.height / symbol_cell) + 1), 0);
    label_taken_[pass].assign(label_cols * (static_cast<std::size_t>(camera.height / label_h) + 1),
                              0);
  }
  for (ViewPoint& p : in_view_) {
    p.draw = 0;
    if (!(p.sx >= 0 && p.sy >= 0 && p.sx < static_cast<float>(camera.width) &&
          p.sy < static_cast<float>(camera.height)))
      continue;
    const auto pass = static_cast<std::size_t>(p.event);
    std::uint8_t& taken =
        symbol_taken_[pass][static_cast<std::size_t>(p.sy / symbol_cell) * symbol_cols +
                            static_cast<std::size_t>(p.sx / symbol_cell)];
    if (taken) continue;  // a symbol is drawn there already
    taken = 1;
    std::uint8_t& named = label_taken_[pass][static_cast<std::size_t>(p.sy / label_h) * label_cols +
                                             static_cast<std::size_t>(p.sx / label_w)];
    p.draw = named ? 1 : 2;
    named = 1;
  }
}

template <class Draw>
void MapRenderer::draw_points_in_view(bool events, const Draw& point_feature) {
  for (const ViewPoint& p : in_view_)
    if (p.event == events && p.draw > 0) point_feature(p.feature, p.draw == 2);
}

void MapRenderer::draw(const Atlas& atlas, const Scene& scene, const Camera& camera,
                       const FrameOptions& opt) {
  use_style(opt.theme, opt.pixel_ratio);
  const float k = style_.scale;
  // With a profile asked for, each stage is finished and timed (the benchmark's breakdown).
  auto stage_start = std::chrono::steady_clock::now();
  const auto lap = [&](double FrameProfile::*field) {
    if (!opt.profile) return;
    glFinish();
    const auto now = std::chrono::steady_clock::now();
    opt.profile->*field += std::chrono::duration<double, std::milli>(now - stage_start).count();
    stage_start = now;
  };
  GLint frame_fbo = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &frame_fbo);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

  // The ground (all that has no dates) is drawn again only when the view changed or a
  // layer was shown or hidden; a played animation copies it and draws only the story over it.
  // Single-sampled: lines are antialiased in their shader and every fill's edge lies under a
  // line (coast, shore, border); 4x multisampling made drawing the ground three times slower
  // on llvmpipe for no visible gain.
  std::string error;
  if (!base_.resize(camera.width, camera.height, error, 1))
    return;  // no framebuffer at this size: the frame's own target refused it already
  // While the view moves and drawing the ground is slow (a large file), the cached ground is
  // moved and scaled with the view instead, and drawn anew as soon as the view rests: a pan
  // stays as smooth as playing, the ground's detail catches up when it stops.
  const auto same_view = [](const Camera& a, const Camera& b) {
    return a.center_x == b.center_x && a.center_y == b.center_y &&
           a.meters_per_pixel == b.meters_per_pixel;
  };
  const bool content = base_content_current(scene, camera);
  const bool resting = same_view(camera, last_camera_);
  last_camera_ = camera;
  bool stretch = false;
  if (!content || !same_view(camera, base_camera_)) {
    if (content && !resting && base_ms_ > slow_ground_ms_) {
      stretch = true;
    } else {
      const auto t0 = std::chrono::steady_clock::now();
      draw_base(atlas, scene, camera);
      glFinish();  // the frame waits for it anyway; this tells how slow the ground is
      base_ms_ =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      base_camera_ = camera;
      base_valid_ = true;
      ++base_redraws_;
    }
  }
  lap(&FrameProfile::ground);
  if (stretch) {
    // Where the cached ground's corners are in this view (screen y runs down, GL's up).
    const Vec2 w0 = base_camera_.screen_to_world(0, 0);
    const Vec2 w1 = base_camera_.screen_to_world(camera.width, camera.height);
    const Vec2 p0 = camera.world_to_screen(w0.x, w0.y);
    const Vec2 p1 = camera.world_to_screen(w1.x, w1.y);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(frame_fbo));
    glViewport(0, 0, camera.width, camera.height);
    glClearColor(style_.water.r, style_.water.g, style_.water.b, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    base_.blit_to(static_cast<GLuint>(frame_fbo), static_cast<int>(std::lround(p0.x)),
                  static_cast<int>(std::lround(camera.height - p1.y)),
                  static_cast<int>(std::lround(p1.x)),
                  static_cast<int>(std::lround(camera.height - p0.y)));
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(frame_fbo));
  } else {
    // A straight copy: a memory copy in llvmpipe, 1.4 ms at 1080p against 20 ms for a
    // textured full-screen triangle.
    base_.blit_to(static_cast<GLuint>(frame_fbo));
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(frame_fbo));
    glViewport(0, 0, camera.width, camera.height);
  }
  lap(&FrameProfile::copy);

  const auto visible = [&](std::uint32_t i) {
    return i < scene.visible.size() && scene.visible[i];
  };
  // How strongly a feature is drawn: its presence (fading over an uncertain start or end)
  // times how sure the data is of its geometry.
  const auto strength = [&](std::uint32_t i) {
    const float o = i < scene.opacity.size() ? scene.opacity[i] : 1.0f;
    return o * certainty_alpha(atlas.features[i].certainty);
  };

  // The story's dated areas, borders and railways, drawn every frame: regions fade in and out
  // over weeks while time plays. The fills' edges lie under the borders' antialiased lines.
  set_view_uniforms(fill_prog_, camera);
  glBindVertexArray(fill_vao_);
  // Even-odd fills leave the stencil zeroed, but the frame's may start with anything in it.
  const bool stencil_fills =
      std::any_of(geom_.region_fills.begin(), geom_.region_fills.end(), [&](const DrawRange& r) {
        return r.cover_first >= 0 && dated_[r.feature] && visible(r.feature);
      });
  if (stencil_fills) glClear(GL_STENCIL_BUFFER_BIT);
  draw_area_fills(atlas, scene, true);
  lap(&FrameProfile::regions);
  set_view_uniforms(line_prog_, camera);
  glUniform1f(line_prog_.uniform("u_feather"), 1.0f);
  glBindVertexArray(line_vao_);
  glVertexAttrib1f(3, 1.0f);
  draw_area_lines(atlas, scene, true);
  lap(&FrameProfile::lines);
  // Moving lines. A mission's journey is drawn as far as the delegation has come (all of it
  // once it has arrived); behind each moving unit a trail fades out over the last days.
  dyn_.clear();
  dyn_ranges_.clear();
  for (const UnitPosition& u : scene.movers) {
    const Feature& f = atlas.features[u.feature];
    const Track& track = atlas.tracks[u.track];
    const Rgba c = affiliation_color(f.affiliation);
    path_.clear();
    if (f.kind == Kind::Mission) {
      atlas.extract(track, 0, u.measure, path_);
      add_dynamic_line(path_, with_alpha(c, 0.9f * strength(u.feature)), style_.journey_width_px,
                       10 * k, 1, 1);
    } else if (u.trail_from < u.measure) {
      atlas.extract(track, u.trail_from, u.measure, path_);
      add_dynamic_line(path_, with_alpha(c, 0.95f * strength(u.feature)), style_.trail_width_px, 0,
                       0.1f, 1);
    }
  }
  for (const Track& track : atlas.tracks) {
    const Feature& f = atlas.features[track.feature];
    if (f.kind != Kind::Mission || !visible(track.feature) ||
        scene.visible[track.feature] != kAfter)
      continue;
    path_.clear();
    atlas.extract(track, 0, track.length(), path_);
    add_dynamic_line(path_, with_alpha(affiliation_color(f.affiliation), 0.45f),
                     style_.journey_width_px, 10 * k, 1, 1);
  }
  for (const Effect& e : scene.effects) {
    if (e.kind != EffectKind::Merged) continue;
    path_.assign({e.pos, e.to});
    add_dynamic_line(
        path_,
        with_alpha(affiliation_color(atlas.features[e.feature].affiliation), 1.0f - 0.6f * e.phase),
        2 * k, 6 * k, 0.4f, 1);
  }
  // A story's highlighted lines and areas are traced over in the selection's colour.
  for (const std::int32_t h : opt.highlighted) {
    const auto i = static_cast<std::uint32_t>(h);
    if (h < 0 || i >= atlas.features.size() || !visible(i)) continue;
    const Feature& f = atlas.features[i];
    if (f.geometry == GeometryType::Point || (i < scene.mover_of.size() && scene.mover_of[i] >= 0))
      continue;
    for (const auto& part : f.parts) {
      path_.assign(part.begin(), part.end());
      if (f.geometry == GeometryType::Polygon && !part.empty()) path_.push_back(part.front());
      add_dynamic_line(path_, with_alpha(style_.selection, 0.9f), 3 * k, 0, 1, 1);
    }
  }
  // A measurement: the way along the railway traced thick, the great circle dashed over it.
  if (const Measurement* m = opt.measurement; m && m->complete()) {
    if (m->rail.found && m->rail.path.size() > 1)
      add_dynamic_line(m->rail.path, with_alpha(style_.measure, 0.85f), 5 * k, 0, 1, 1);
    add_dynamic_line(m->arc, with_alpha(style_.measure_arc, 0.95f), 2.5f * k, 9 * k, 1, 1);
  }
  draw_dynamic_lines(camera);
  lap(&FrameProfile::trails);

  // Points and their labels.
  points_.clear();
  label_candidates_.clear();
  label_text_.clear();
  const auto label_at = [&](std::uint32_t i, const GeoPoint& p, float r, const std::string& text,
                            TextSize size, Rgba color) {
    const Vec2 s = camera.world_to_screen(p.x, p.y);
    // The selected feature is named before anything else.
    const auto me = static_cast<std::int32_t>(i);
    const int priority =
        me == opt.selected || std::find(opt.highlighted.begin(), opt.highlighted.end(), me) !=
                                  opt.highlighted.end()
            ? kSymbolPriority - 1
            : label_priority_at(atlas.features[i], scene.t);
    add_label(text, static_cast<float>(s.x), static_cast<float>(s.y), r, size, priority, color,
              false);
  };
  // with_label false (a thinned layer's symbol without a name): nor is the symbol an obstacle
  // to labels, which would make placing them cost the square of the symbols.
  const auto point_feature = [&](std::uint32_t i, bool with_label = true) {
    const Feature& f = atlas.features[i];
    const float a = strength(i);
    // A past event stays as a small marker, without its name, so the map keeps its history
    // without the clutter.
    const bool past = f.kind == Kind::Event && scene.visible[i] == kAfter;
    // One radius for the symbol and for its label's offset.
    const float r =
        f.kind == Kind::Station
            ? (f.importance == 1 ? style_.major_station_radius_px : style_.station_radius_px)
        : f.kind == Kind::Unit  ? k * unit_radius_px(strength_at(f, scene.t))
        : f.kind == Kind::Event ? (past ? style_.event_marker_px : style_.event_radius_px)
                                : style_.place_radius_px;
    const Rgba white{1, 1, 1, a};
    for (const GeoPoint& p : f.parts.front()) {
      switch (f.kind) {
        case Kind::Station:
          add_point(camera, p, r, style_.station_fill, style_.station_stroke, 0, false);
          break;
        case Kind::Unit:
          add_point(camera, p, r, with_alpha(affiliation_color(f.affiliation), 0.8f * a), white, 0,
                    a > 0.3f && with_label);
          break;
        case Kind::Event:
          add_point(camera, p, r, with_alpha(event_color(f), past ? 0.55f : a),
                    with_alpha(white, past ? 0.7f : a), 2, !past && with_label);
          break;
        default:
          add_point(camera, p, r, style_.place_fill, style_.halo, 0, false);
      }
    }
    if (past || !with_label) return;
    // A unit's label shows the strength the sources give at t.
    const std::string text = f.kind == Kind::Unit
                                 ? unit_label(f, opt.language, strength_at(f, scene.t))
                                 : display_name(f, opt.language);
    const bool big = f.importance == 1 || f.kind == Kind::Unit || f.kind == Kind::Event;
    label_at(i, f.parts.front().front(), r, text, big ? TextSize::Medium : TextSize::Small,
             with_alpha(style_.label, std::max(a, 0.45f)));
  };
  const auto area_label = [&](std::uint32_t i) {
    const Feature& f = atlas.features[i];
    const Vec2 s = camera.world_to_screen(region_anchor_[i].x, region_anchor_[i].y);
    // A lake is named only where it is wide enough on screen to hold its name.
    if (f.kind == Kind::Lake && region_width_m_[i] / camera.meters_per_pixel <
                                    text_.measure(display_name(f, opt.language), TextSize::Small))
      return;
    // Oblasts and lakes are the background: small names that give way to the story's.
    const bool quiet = is_administrative(f) || f.kind == Kind::Lake;
    const Rgba c = f.kind == Kind::Lake   ? style_.water_label
                   : is_administrative(f) ? style_.admin_label
                                          : affiliation_color(f.affiliation);
    add_label(display_name(f, opt.language), static_cast<float>(s.x), static_cast<float>(s.y), 0,
              quiet ? TextSize::Small : TextSize::Medium, quiet ? 60 : label_priority(f),
              with_alpha(c, std::max(scene.opacity[i], 0.35f)), true);
  };
  // A large layer of points (a gazetteer, a million events) is drawn from the grid of what is
  // in view, thinned where symbols would pile up; the bundled atlas and other small data draw
  // every point as before.
  const bool many = atlas.points.size() > kFewPoints;
  if (many) {
    collect_points_in_view(atlas, scene, camera);
    for (const std::uint32_t i : areas_)
      if (visible(i)) area_label(i);
    draw_points_in_view(false, point_feature);
  } else {
    for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
      const Feature& f = atlas.features[i];
      if (!visible(i)) continue;
      if (f.geometry == GeometryType::Polygon && f.kind != Kind::Land) {
        area_label(i);
        continue;
      }
      if (f.geometry != GeometryType::Point || !f.times.empty() || f.kind == Kind::Event) continue;
      point_feature(i);
    }
  }
  for (const UnitPosition& u : scene.movers) {
    const Feature& f = atlas.features[u.feature];
    const float a = strength(u.feature);
    const Rgba c = affiliation_color(f.affiliation);
    const float r = k * (f.strength ? unit_radius_px(strength_at(f, scene.t)) : 7.0f);
    add_point(camera, u.pos, r, with_alpha(c, a), {1, 1, 1, a}, 1, true);
    std::string text = unit_label(f, opt.language, strength_at(f, scene.t));
    if (u.holding && f.kind == Kind::Mission)
      text = fill(opt.words ? opt.words->tr("map.talks") : std::string("{0} \u2014 talks"), {text});
    label_at(u.feature, u.pos, r, text, TextSize::Medium,
             {c.r * 0.6f, c.g * 0.6f, c.b * 0.6f, std::max(a, 0.5f)});
  }
  // Events last: what happened today sits on top of the echelons passing through.
  if (many) {
    draw_points_in_view(true, point_feature);
  } else {
    for (std::uint32_t i = 0; i < atlas.features.size(); ++i) {
      const Feature& f = atlas.features[i];
      if (visible(i) && f.kind == Kind::Event && f.geometry == GeometryType::Point &&
          !f.parts.empty() && !f.parts.front().empty())
        point_feature(i);
    }
  }
  add_effects(atlas, scene, camera, opt);
  // The inspector's feature and a story's highlighted ones are ringed.
  const auto ring = [&](std::int32_t h, float radius) {
    if (h < 0 || static_cast<std::size_t>(h) >= atlas.features.size() ||
        !visible(static_cast<std::uint32_t>(h)))
      return;
    const auto sel = static_cast<std::uint32_t>(h);
    const Feature& f = atlas.features[sel];
    GeoPoint p;
    bool point = false;
    if (scene.mover_of.size() > sel && scene.mover_of[sel] >= 0) {
      p = scene.movers[static_cast<std::size_t>(scene.mover_of[sel])].pos;
      point = true;
    } else if (f.geometry == GeometryType::Point && !f.parts.empty() && !f.parts.front().empty()) {
      p = f.parts.front().front();
      point = true;
    }
    if (point) add_point(camera, p, radius, {0, 0, 0, 0}, style_.selection, 0, false);
  };
  for (const std::int32_t h : opt.highlighted) ring(h, 12 * k);
  ring(opt.selected, 14 * k);
  if (const Measurement* m = opt.measurement) add_measurement(*m, camera, opt);
  lap(&FrameProfile::layout);
  if (!points_.empty()) {
    set_view_uniforms(point_prog_, camera);
    glBindVertexArray(point_vao_);
    glBindBuffer(GL_ARRAY_BUFFER, instance_vbo_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(points_.size() * sizeof(PointInstance)),
                 points_.data(), GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(points_.size()));
  }
  glBindVertexArray(0);
  lap(&FrameProfile::symbols);

  // The caption's corner is reserved first, so no label hides the date.
  std::string date;
  float title_h = 0;
  caption_bottom_ = 0;
  if (opt.caption) {
    date = format_day(static_cast<DayNumber>(std::floor(scene.t)), opt.date_display,
                      opt.words ? opt.words->date_words() : english_date_words());
    title_h = text_.line_height(TextSize::Medium);
    const float w =
        std::max(text_.measure(opt.title, TextSize::Medium), text_.measure(date, TextSize::Large));
    LabelCandidate c;
    c.positions[0] = {0, 0, 24 * k + w, 16 * k + title_h + text_.line_height(TextSize::Large)};
    c.priority = 1 << 20;
    caption_bottom_ = c.positions[0].y1;
    label_candidates_.push_back(c);
    label_text_.push_back({std::string(), TextSize::Small, style_.label});
  }
  place_labels(label_candidates_, static_cast<float>(camera.width),
               static_cast<float>(camera.height), label_order_, label_placed_);
  for (const PlacedLabel& p : label_placed_) {
    const PendingLabel& l = label_text_[p.index];
    const LabelBox& b = label_candidates_[p.index].positions[static_cast<std::size_t>(p.position)];
    if (!l.text.empty())
      text_.add(l.text, b.x0 + 2 * pixel_ratio_, b.y0 + pixel_ratio_, l.size, l.color, style_.halo);
  }
  if (opt.caption) {
    text_.add(opt.title, 16 * k, 10 * k, TextSize::Medium, style_.label, style_.halo);
    text_.add(date, 16 * k, 12 * k + title_h, TextSize::Large, style_.label, style_.halo);
  }
  lap(&FrameProfile::layout);
  text_.flush(camera.width, camera.height);
  lap(&FrameProfile::text);
}

}  // namespace histmap
