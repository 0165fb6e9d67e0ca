// The GLSL sources of shaders/, embedded by cmake/EmbedShaders.cmake.
#pragma once
namespace histmap::shaders {
extern const char* const fill_vert;
extern const char* const fill_frag;
extern const char* const line_vert;
extern const char* const line_frag;
extern const char* const point_vert;
extern const char* const point_frag;
extern const char* const text_vert;
extern const char* const text_frag;
}  // namespace histmap::shaders
