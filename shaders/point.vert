#version 330 core
// Instanced symbols: one quad per point, shaped in the fragment shader.
layout(location = 0) in vec2 a_corner;    // -1..1
layout(location = 1) in vec2 a_center;    // world metres, relative to the origin
layout(location = 2) in float a_radius;   // pixels
layout(location = 3) in vec4 a_fill;
layout(location = 4) in vec4 a_stroke;
layout(location = 5) in float a_shape;    // 0 circle, 1 square, 2 diamond, 3 cross
uniform vec2 u_center;
uniform vec2 u_scale;
uniform vec2 u_viewport;
out vec2 v_local;
out float v_radius;
flat out vec4 v_fill;
flat out vec4 v_stroke;
flat out float v_shape;
void main() {
  // One pixel of room for the soft edge; a diamond reaches a third further along its axes.
  float r = (a_shape > 1.5 ? a_radius * 1.34 : a_radius) + 1.0;
  vec2 ndc = (a_center - u_center) * u_scale + a_corner * r * 2.0 / u_viewport;
  v_local = a_corner * r;
  v_radius = a_radius;
  v_fill = a_fill;
  v_stroke = a_stroke;
  v_shape = a_shape;
  gl_Position = vec4(ndc, 0.0, 1.0);
}
