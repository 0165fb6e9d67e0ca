#version 330 core
// Polygon fans and cover quads in world metres (relative to the atlas origin).
layout(location = 0) in vec2 a_pos;
uniform vec2 u_center;  // camera centre, relative to the origin
uniform vec2 u_scale;   // world metres -> NDC
void main() {
  gl_Position = vec4((a_pos - u_center) * u_scale, 0.0, 1.0);
}
