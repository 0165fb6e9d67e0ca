// histmap render: a linked GLSL program. Compile and link failures carry the driver's log,
// so the app can print it and exit cleanly.
#pragma once

#include <optional>
#include <string>

#include "render/gl.h"

namespace histmap {

class ShaderProgram {
 public:
  // name: for messages ("line"). Returns nullopt and fills error on failure.
  static std::optional<ShaderProgram> build(const char* name, const char* vertex_src,
                                            const char* fragment_src, std::string& error);
  ShaderProgram() = default;
  ShaderProgram(ShaderProgram&& o) noexcept : id_(o.id_) { o.id_ = 0; }
  ShaderProgram& operator=(ShaderProgram&& o) noexcept;
  ShaderProgram(const ShaderProgram&) = delete;
  ShaderProgram& operator=(const ShaderProgram&) = delete;
  ~ShaderProgram();

  void use() const { glUseProgram(id_); }
  GLint uniform(const char* name) const { return glGetUniformLocation(id_, name); }
  GLuint id() const { return id_; }

 private:
  GLuint id_ = 0;
};

}  // namespace histmap
