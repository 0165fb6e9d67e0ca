#include "render/text_renderer.h"

#include <algorithm>
#include <cmath>

#include <stb/stb_rect_pack.h>
#include <stb/stb_truetype.h>

#include "render/shader_sources.h"

namespace histmap {
namespace {

constexpr float kPixelSizes[] = {15.0f, 19.0f, 30.0f};
// The halo's radius in pixels at scale 1, per size.
constexpr float kHaloPx[] = {1.5f, 1.5f, 2.0f};

// Coverage of the halo at each texel of one glyph's box: the glyph drawn at eight offsets of
// radius r (and in place), composited as eight overlapping copies would be. Computed once
// here so that a frame draws one halo quad per glyph instead of eight.
void dilate(const std::vector<unsigned char>& glyph, std::vector<unsigned char>& halo, int atlas_w,
            int atlas_h, int x0, int y0, int x1, int y1, float r, int oversample) {
  const auto at = [&](float x, float y) {  // bilinear, zero outside the atlas
    const int ix = static_cast<int>(std::floor(x)), iy = static_cast<int>(std::floor(y));
    const float fx = x - static_cast<float>(ix), fy = y - static_cast<float>(iy);
    const auto px = [&](int cx, int cy) -> float {
      if (cx < 0 || cy < 0 || cx >= atlas_w || cy >= atlas_h) return 0;
      return glyph[static_cast<std::size_t>(cy) * static_cast<std::size_t>(atlas_w) +
                   static_cast<std::size_t>(cx)] /
             255.0f;
    };
    return (px(ix, iy) * (1 - fx) + px(ix + 1, iy) * fx) * (1 - fy) +
           (px(ix, iy + 1) * (1 - fx) + px(ix + 1, iy + 1) * fx) * fy;
  };
  const float d = r * 0.7f;
  const float offsets[9][2] = {{0, 0},   {-r, 0}, {r, 0},  {0, -r}, {0, r},
                               {-d, -d}, {d, -d}, {-d, d}, {d, d}};
  for (int y = std::max(0, y0); y < std::min(atlas_h, y1); ++y)
    for (int x = std::max(0, x0); x < std::min(atlas_w, x1); ++x) {
      float clear = 1;
      for (const auto& o : offsets)
        clear *= 1 - at(static_cast<float>(x) - o[0] * static_cast<float>(oversample),
                        static_cast<float>(y) - o[1]);
      halo[static_cast<std::size_t>(y) * static_cast<std::size_t>(atlas_w) +
           static_cast<std::size_t>(x)] =
          static_cast<unsigned char>(std::lround((1 - clear) * 255));
    }
}

// Code point blocks packed into the atlas: what the four languages of the atlas need.
constexpr std::pair<std::uint32_t, std::uint32_t> kRanges[] = {
    {0x20, 0x5F},    // Basic Latin
    {0xA0, 0x60},    // Latin-1 Supplement
    {0x100, 0x80},   // Latin Extended-A (Czech)
    {0x400, 0x100},  // Cyrillic, with the Kazakh letters
    {0x2000, 0x30},  // spaces (the thin space groups digits), dashes, quotes, ellipsis
    {0x2116, 0x1},   // numero sign, as in newspaper issue numbers
};

}  // namespace

std::uint32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = byte(pos);
  int extra = 0;
  std::uint32_t cp = 0;
  if (c < 0x80) {
    ++pos;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    extra = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3;
    cp = c & 0x07;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + static_cast<std::size_t>(extra) >= s.size()) {  // truncated sequence
    pos = s.size();
    return 0xFFFD;
  }
  for (int i = 1; i <= extra; ++i) {
    const unsigned char cc = byte(pos + static_cast<std::size_t>(i));
    if ((cc & 0xC0) != 0x80) {
      pos += static_cast<std::size_t>(i);
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  pos += static_cast<std::size_t>(extra) + 1;
  return cp;
}

TextRenderer::~TextRenderer() {
  if (texture_) glDeleteTextures(1, &texture_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool TextRenderer::init(const std::vector<unsigned char>& font, std::string& error, float scale) {
  // Up to 12: an 8x print (--scale 8) in the projector theme (type a third larger).
  scale = std::clamp(scale, 0.5f, 12.0f);
  scale_ = scale;
  // Small type is rasterized at twice the horizontal resolution for sharper positioning; from
  // 2x on the glyphs are large enough without, and the atlas stays half the size.
  const int oversample = scale < 2.0f ? 2 : 1;
  // Each glyph keeps room around it for its halo (oversample times wider across).
  const int pad =
      static_cast<int>(std::ceil(kHaloPx[2] * scale * static_cast<float>(oversample))) + 2;
  if (texture_) glDeleteTextures(1, &texture_);
  texture_ = 0;
  stbtt_fontinfo info;
  if (font.empty() ||
      !stbtt_InitFont(&info, font.data(), stbtt_GetFontOffsetForIndex(font.data(), 0))) {
    error = "the font file is not a TrueType font";
    return false;
  }
  ranges_.assign(std::begin(kRanges), std::end(kRanges));
  std::size_t per_size = 0;
  for (auto& r : ranges_) per_size += r.second;

  // Every glyph's box at the three sizes first, then the smallest atlas they pack into: the
  // area grows with the square of the scale (1.1 million texels at 1x, 43 million at 10.8x).
  std::vector<stbtt_packedchar> chars[kSizes];
  std::vector<stbtt_pack_range> pr[kSizes];
  std::vector<stbrp_rect> rects(per_size * kSizes);
  std::size_t rect_count = 0;
  double area = 0;
  stbtt_pack_context pc;
  if (!stbtt_PackBegin(&pc, nullptr, 2048, 2048, 0, pad, nullptr)) {  // no pixels: boxes only
    error = "cannot start packing the font atlas";
    return false;
  }
  stbtt_PackSetOversampling(&pc, static_cast<unsigned>(oversample), 1);
  for (int s = 0; s < kSizes; ++s) {
    chars[s].resize(per_size);
    std::size_t offset = 0;
    for (auto& r : ranges_) {
      stbtt_pack_range one{};
      one.font_size = kPixelSizes[s] * scale;
      one.first_unicode_codepoint_in_range = static_cast<int>(r.first);
      one.num_chars = static_cast<int>(r.second);
      one.chardata_for_range = chars[s].data() + offset;
      offset += r.second;
      pr[s].push_back(one);
    }
    const int n = stbtt_PackFontRangesGatherRects(
        &pc, &info, pr[s].data(), static_cast<int>(pr[s].size()), rects.data() + rect_count);
    for (int i = 0; i < n; ++i)
      area += static_cast<double>(rects[rect_count + static_cast<std::size_t>(i)].w) *
              rects[rect_count + static_cast<std::size_t>(i)].h;
    rect_count += static_cast<std::size_t>(n);
  }
  stbtt_PackEnd(&pc);
  // At most 8192 a side (128 MB of texture) and what the driver allows.
  GLint max_texture = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture);
  const int limit = std::min(8192, std::max(2048, static_cast<int>(max_texture)));
  int atlas_w = 2048, atlas_h = 2048;
  bool fits = false;
  for (;;) {
    if (static_cast<double>(atlas_w) * atlas_h >= area * 1.1) {
      if (!stbtt_PackBegin(&pc, nullptr, atlas_w, atlas_h, 0, pad, nullptr)) break;
      // One size after another, as stbtt_PackFontRanges packs: the same places as ever.
      for (int k = 0; k < kSizes; ++k)
        stbtt_PackFontRangesPackRects(&pc, rects.data() + per_size * static_cast<std::size_t>(k),
                                      static_cast<int>(per_size));
      stbtt_PackEnd(&pc);
      fits = std::all_of(rects.begin(), rects.begin() + static_cast<std::ptrdiff_t>(rect_count),
                         [](const stbrp_rect& r) { return r.was_packed != 0; });
      if (fits) break;
    }
    if (atlas_h < limit && atlas_h <= atlas_w)
      atlas_h *= 2;
    else if (atlas_w < limit)
      atlas_w *= 2;
    else
      break;
  }
  if (!fits) {
    error = "the font atlas is too small for all glyphs at " + std::to_string(scale) +
            " times the type size";
    return false;
  }
  atlas_w_ = atlas_w;
  atlas_h_ = atlas_h;
  std::vector<unsigned char> pixels(static_cast<std::size_t>(atlas_w) * atlas_h);
  std::vector<unsigned char> halo(pixels.size());
  if (!stbtt_PackBegin(&pc, pixels.data(), atlas_w, atlas_h, 0, pad, nullptr)) {
    error = "cannot start packing the font atlas";
    return false;
  }
  stbtt_PackSetOversampling(&pc, static_cast<unsigned>(oversample), 1);
  bool packed = true;
  rect_count = 0;
  for (int s = 0; s < kSizes; ++s) {
    packed =
        stbtt_PackFontRangesRenderIntoRects(
            &pc, &info, pr[s].data(), static_cast<int>(pr[s].size()), rects.data() + rect_count) &&
        packed;
    rect_count += per_size;
    const float px_scale = stbtt_ScaleForPixelHeight(&info, kPixelSizes[s] * scale);
    int asc = 0, desc = 0, gap = 0;
    stbtt_GetFontVMetrics(&info, &asc, &desc, &gap);
    ascent_[s] = static_cast<float>(asc) * px_scale;
    line_h_[s] = static_cast<float>(asc - desc) * px_scale;
    glyphs_[s].resize(per_size);
    halo_px_[s] = kHaloPx[s] * scale;
    for (const stbtt_packedchar& c : chars[s])
      if (c.x1 > c.x0)
        dilate(pixels, halo, atlas_w, atlas_h, c.x0 - pad + 1, c.y0 - pad + 1, c.x1 + pad - 1,
               c.y1 + pad - 1, halo_px_[s], oversample);
    std::size_t offset = 0;
    for (auto& r : ranges_) {
      for (std::uint32_t k = 0; k < r.second; ++k) {
        const stbtt_packedchar& pcd = chars[s][offset + k];
        Glyph& g = glyphs_[s][offset + k];
        float px = 0, py = 0;
        stbtt_aligned_quad q;
        stbtt_GetPackedQuad(chars[s].data() + offset, atlas_w, atlas_h, static_cast<int>(k), &px,
                            &py, &q, 0);
        g = {q.x0,         q.y0,
             q.x1,         q.y1,
             q.s0,         q.t0,
             q.s1,         q.t1,
             pcd.xadvance, stbtt_FindGlyphIndex(&info, static_cast<int>(r.first + k)) != 0};
      }
      offset += r.second;
    }
  }
  stbtt_PackEnd(&pc);
  if (!packed) {
    error = "the font atlas is too small for all glyphs";
    return false;
  }
  glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  // Red: the glyphs; green: their halos.
  std::vector<unsigned char> rg(pixels.size() * 2);
  for (std::size_t i = 0; i < pixels.size(); ++i) {
    rg[2 * i] = pixels[i];
    rg[2 * i + 1] = halo[i];
  }
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, atlas_w, atlas_h, 0, GL_RG, GL_UNSIGNED_BYTE, rg.data());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);

  if (vao_) return true;  // again at another scale: only the glyphs change
  auto prog = ShaderProgram::build("text", shaders::text_vert, shaders::text_frag, error);
  if (!prog) return false;
  program_ = std::move(*prog);
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  const auto stride = static_cast<GLsizei>(sizeof(Vertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(Vertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(Vertex, u)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(Vertex, r)));
  glBindVertexArray(0);
  return true;
}

const TextRenderer::Glyph* TextRenderer::glyph(std::uint32_t cp, TextSize size) const {
  std::size_t offset = 0;
  for (auto& r : ranges_) {
    if (cp >= r.first && cp < r.first + r.second) {
      const Glyph& g = glyphs_[static_cast<int>(size)][offset + (cp - r.first)];
      return g.present ? &g : nullptr;
    }
    offset += r.second;
  }
  return nullptr;
}

float TextRenderer::measure(std::string_view s, TextSize size) const {
  float w = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const Glyph* g = glyph(next_code_point(s, pos), size);
    if (!g) g = glyph('?', size);
    if (g) w += g->advance;
  }
  return w;
}

float TextRenderer::line_height(TextSize size) const {
  return line_h_[static_cast<int>(size)];
}

bool TextRenderer::covers(std::string_view s) const {
  for (std::size_t pos = 0; pos < s.size();)
    if (!glyph(next_code_point(s, pos), TextSize::Medium)) return false;
  return true;
}

void TextRenderer::emit(std::vector<Vertex>& out, std::string_view s, float x, float y,
                        TextSize size, Rgba c, float grow) const {
  const float baseline = y + ascent_[static_cast<int>(size)];
  float pen = x;
  for (std::size_t pos = 0; pos < s.size();) {
    const Glyph* g = glyph(next_code_point(s, pos), size);
    if (!g) g = glyph('?', size);  // a visible stand-in, never a silent gap
    if (!g) continue;
    if (g->x1 <= g->x0 || g->y1 <= g->y0) {  // a space
      pen += g->advance;
      continue;
    }
    // A halo quad is the glyph's, grown by the halo's radius on every side.
    const float du = grow * (g->u1 - g->u0) / (g->x1 - g->x0);
    const float dv = grow * (g->v1 - g->v0) / (g->y1 - g->y0);
    const float x0 = pen + g->x0 - grow, x1 = pen + g->x1 + grow;
    const float y0 = baseline + g->y0 - grow, y1 = baseline + g->y1 + grow;
    const float u0 = g->u0 - du, u1 = g->u1 + du, v0 = g->v0 - dv, v1 = g->v1 + dv;
    const Vertex v[6] = {
        {x0, y0, u0, v0, c.r, c.g, c.b, c.a}, {x1, y0, u1, v0, c.r, c.g, c.b, c.a},
        {x1, y1, u1, v1, c.r, c.g, c.b, c.a}, {x0, y0, u0, v0, c.r, c.g, c.b, c.a},
        {x1, y1, u1, v1, c.r, c.g, c.b, c.a}, {x0, y1, u0, v1, c.r, c.g, c.b, c.a}};
    out.insert(out.end(), std::begin(v), std::end(v));
    pen += g->advance;
  }
}

void TextRenderer::add(std::string_view s, float x, float y, TextSize size, Rgba color, Rgba halo,
                       bool with_halo) {
  // The halo reads over any fill; its pixels were made at init (dilate), one quad a glyph.
  if (with_halo) emit(halo_quads_, s, x, y, size, halo, halo_px_[static_cast<int>(size)]);
  emit(text_quads_, s, x, y, size, color, 0);
}

void TextRenderer::flush(int viewport_w, int viewport_h) {
  if (halo_quads_.empty() && text_quads_.empty()) return;
  program_.use();
  glUniform2f(program_.uniform("u_viewport"), static_cast<float>(viewport_w),
              static_cast<float>(viewport_h));
  glUniform1i(program_.uniform("u_atlas"), 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  // All halos first, then all text: no halo covers a neighbouring glyph's stroke.
  for (auto* quads : {&halo_quads_, &text_quads_}) {
    if (quads->empty()) continue;
    const bool halos = quads == &halo_quads_;
    glUniform2f(program_.uniform("u_channel"), halos ? 0.0f : 1.0f, halos ? 1.0f : 0.0f);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(quads->size() * sizeof(Vertex)),
                 quads->data(), GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(quads->size()));
    quads->clear();
  }
  glBindVertexArray(0);
}

}  // namespace histmap
