// GL tests: the map's font has every letter of the four languages. Each sample label is drawn
// offscreen and compared with the same label with its letters replaced by the renderer's
// stand-in for a missing glyph ('?'): a letter without a glyph would draw the stand-in and
// the two frames would match. A script the font lacks (Chinese) is the control.
#include <catch2/catch.hpp>

#include <string>

#include "app/gl_window.h"
#include "app/resources.h"
#include "render/offscreen_target.h"
#include "render/text_renderer.h"

namespace histmap {
namespace {

struct Gl {
  std::unique_ptr<GlWindow> window;
  TextRenderer text;
  OffscreenTarget target;
  Gl() {
    std::string error;
    window = GlWindow::create({.offscreen = true}, error);
    REQUIRE(window);
    std::vector<unsigned char> font;
    REQUIRE(read_file_bytes(default_font_path(), font, error));
    REQUIRE(text.init(font, error));
    REQUIRE(target.resize(640, 48, error));
  }
  Image draw(const std::string& s) {
    target.bind();
    glViewport(0, 0, 640, 48);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    text.add(s, 4, 8, TextSize::Medium, {0, 0, 0, 1}, {1, 1, 1, 1}, false);
    text.flush(640, 48);
    return target.read();
  }
};

std::size_t ink(const Image& img) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < img.rgba.size(); i += 4)
    if (img.rgba[i] < 128) ++n;
  return n;
}

std::string stand_ins(const std::string& s) {
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    const std::uint32_t cp = next_code_point(s, pos);
    out += cp == ' ' ? ' ' : '?';
  }
  return out;
}

}  // namespace

TEST_CASE("fonts: labels in English, Russian, Kazakh and Czech draw real glyphs", "[fonts]") {
  Gl gl;
  const char* const labels[] = {
      "Steppe and Rail: Semipalatinsk",                              // English
      "Семипалатинск, Щучинск, Ъ Ы Ь Э Ю Я ё",                       // Russian
      "Қостанай Өскемен Ұлытау Әлихан Ғ Ң Ү Һ І ә ғ қ ң ө ұ ү һ і",  // every Kazakh letter
      "Čeljabinsk, Přerov, Žďár, Ůů Ěě Ťť Ňň Ďď Řř Šš",              // Czech diacritics
  };
  for (const char* label : labels) {
    INFO(label);
    CHECK(gl.text.covers(label));
    const Image real = gl.draw(label);
    const Image boxes = gl.draw(stand_ins(label));
    CHECK(ink(real) > 200);
    CHECK(real.rgba != boxes.rgba);
  }
}

TEST_CASE("fonts: the check would catch a script the font lacks", "[fonts]") {
  Gl gl;
  const std::string chinese = "中国";
  CHECK_FALSE(gl.text.covers(chinese));
  CHECK(gl.draw(chinese).rgba == gl.draw(stand_ins(chinese)).rgba);
}

TEST_CASE("fonts: type for a print at 4x (and in the projector theme) fits the glyph atlas",
          "[fonts]") {
  Gl gl;
  std::vector<unsigned char> font;
  std::string error;
  REQUIRE(read_file_bytes(default_font_path(), font, error));
  GLint max_texture = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_texture);
  // --scale 4, and the same in the projector theme (type a third larger). --scale 8 in it
  // (10.8) packs into 8192x8192 too but takes ten seconds to rasterize: checked by hand.
  for (const float scale : {4.0f, 5.4f}) {
    INFO("scale " << scale);
    TextRenderer big;
    REQUIRE(big.init(font, error, scale));
    CHECK(big.scale() == scale);  // not clamped: type is as large as the lines and symbols
    CHECK(big.atlas_width() <= std::min(8192, static_cast<int>(max_texture)));
    CHECK(big.atlas_height() <= std::min(8192, static_cast<int>(max_texture)));
    CHECK(big.covers("Қостанай Өскемен Žďár Семипалатинск"));
    // The type scales with it (the line height of DejaVu Sans at 19 px is about 22 px).
    CHECK(big.line_height(TextSize::Medium) ==
          Approx(gl.text.line_height(TextSize::Medium) * scale).epsilon(0.01));
  }
}

}  // namespace histmap
