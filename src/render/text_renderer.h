// histmap render: text on the map (labels, the date caption). Glyphs for Latin, Latin-1,
// Latin Extended-A (Czech), Cyrillic with the Kazakh letters and general punctuation are
// rasterized once by stb_truetype into an atlas texture at three sizes, with each glyph's halo
// (outline) precomputed beside it in a second channel; each frame appends one halo quad and one
// text quad a glyph and draws them in two calls.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "render/gl.h"
#include "render/shader_program.h"
#include "render/style.h"

namespace histmap {

enum class TextSize { Small = 0, Medium = 1, Large = 2 };

class TextRenderer {
 public:
  TextRenderer() = default;
  ~TextRenderer();
  TextRenderer(const TextRenderer&) = delete;
  TextRenderer& operator=(const TextRenderer&) = delete;

  // font: the bytes of a TrueType file (the app reads it). False with error on failure.
  // scale multiplies the three pixel sizes (HiDPI, the projector theme, --scale prints; 0.5 to
  // 12); init again to change it. The atlas grows with it, to at most 8192 texels a side.
  bool init(const std::vector<unsigned char>& font, std::string& error, float scale = 1.0f);
  float scale() const { return scale_; }
  // The glyph atlas texture's size in texels.
  int atlas_width() const { return atlas_w_; }
  int atlas_height() const { return atlas_h_; }

  // Width and height in pixels of a line of text.
  float measure(std::string_view utf8, TextSize size) const;
  float line_height(TextSize size) const;

  // Queues text with its top-left at (x, y) in pixels; halo draws an outline behind it.
  void add(std::string_view utf8, float x, float y, TextSize size, Rgba color, Rgba halo,
           bool with_halo = true);
  // Draws and clears everything queued.
  void flush(int viewport_w, int viewport_h);

  // True if every code point of the text has a glyph (no boxes): the language tests use it.
  bool covers(std::string_view utf8) const;

 private:
  struct Glyph {
    float x0, y0, x1, y1;  // quad relative to the pen on the baseline
    float u0, v0, u1, v1;
    float advance;
    bool present;
  };
  struct Vertex {
    float x, y, u, v;
    float r, g, b, a;
  };
  const Glyph* glyph(std::uint32_t cp, TextSize size) const;
  // grow: pixels added around each glyph's quad (the halo's radius), 0 for the text itself.
  void emit(std::vector<Vertex>& out, std::string_view utf8, float x, float y, TextSize size,
            Rgba c, float grow) const;

  static constexpr int kSizes = 3;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_;  // first code point, count
  std::vector<Glyph> glyphs_[kSizes];
  float ascent_[kSizes] = {};
  float line_h_[kSizes] = {};
  float halo_px_[kSizes] = {};
  float scale_ = 1.0f;
  int atlas_w_ = 0, atlas_h_ = 0;
  GLuint texture_ = 0, vao_ = 0, vbo_ = 0;
  ShaderProgram program_;
  std::vector<Vertex> halo_quads_, text_quads_;
};

// Next code point of a UTF-8 string (U+FFFD for malformed bytes); advances pos.
std::uint32_t next_code_point(std::string_view s, std::size_t& pos);

}  // namespace histmap
