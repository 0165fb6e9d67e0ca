#include "render/shader_program.h"

#include <vector>

namespace histmap {
namespace {

std::string shader_log(GLuint shader) {
  GLint len = 0;
  glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &len);
  std::vector<char> buf(static_cast<std::size_t>(len > 0 ? len : 1));
  glGetShaderInfoLog(shader, len, nullptr, buf.data());
  return buf.data();
}

GLuint compile(GLenum type, const char* src, const char* name, std::string& error) {
  const GLuint s = glCreateShader(type);
  glShaderSource(s, 1, &src, nullptr);
  glCompileShader(s);
  GLint ok = 0;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    error = std::string("shader '") + name + (type == GL_VERTEX_SHADER ? ".vert" : ".frag") +
            "' failed to compile:\n" + shader_log(s);
    glDeleteShader(s);
    return 0;
  }
  return s;
}

}  // namespace

std::optional<ShaderProgram> ShaderProgram::build(const char* name, const char* vertex_src,
                                                  const char* fragment_src, std::string& error) {
  const GLuint vs = compile(GL_VERTEX_SHADER, vertex_src, name, error);
  if (!vs) return std::nullopt;
  const GLuint fs = compile(GL_FRAGMENT_SHADER, fragment_src, name, error);
  if (!fs) {
    glDeleteShader(vs);
    return std::nullopt;
  }
  ShaderProgram p;
  p.id_ = glCreateProgram();
  glAttachShader(p.id_, vs);
  glAttachShader(p.id_, fs);
  glLinkProgram(p.id_);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(p.id_, GL_LINK_STATUS, &ok);
  if (!ok) {
    GLint len = 0;
    glGetProgramiv(p.id_, GL_INFO_LOG_LENGTH, &len);
    std::vector<char> buf(static_cast<std::size_t>(len > 0 ? len : 1));
    glGetProgramInfoLog(p.id_, len, nullptr, buf.data());
    error = std::string("shader program '") + name + "' failed to link:\n" + buf.data();
    return std::nullopt;
  }
  return p;
}

ShaderProgram& ShaderProgram::operator=(ShaderProgram&& o) noexcept {
  if (this != &o) {
    if (id_) glDeleteProgram(id_);
    id_ = o.id_;
    o.id_ = 0;
  }
  return *this;
}

ShaderProgram::~ShaderProgram() {
  if (id_) glDeleteProgram(id_);
}

}  // namespace histmap
