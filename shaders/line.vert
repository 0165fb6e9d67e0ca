#version 330 core
// Lines as quads extruded in screen space, so their width is in pixels at any zoom.
layout(location = 0) in vec2 a_pos;      // world metres, relative to the origin
layout(location = 1) in vec2 a_extrude;  // unit-ish offset: side normal plus end cap
layout(location = 2) in float a_dist;    // metres along the line, for dashes
layout(location = 3) in float a_alpha;   // fading lines (trails); 1 for the static map
uniform vec2 u_center;
uniform vec2 u_scale;
uniform vec2 u_viewport;        // pixels
uniform float u_half_width;     // pixels
uniform float u_meters_per_pixel;
out float v_dist_px;
out float v_alpha;
void main() {
  vec2 ndc = (a_pos - u_center) * u_scale;
  ndc += a_extrude * u_half_width * 2.0 / u_viewport;
  v_dist_px = a_dist / u_meters_per_pixel;
  v_alpha = a_alpha;
  gl_Position = vec4(ndc, 0.0, 1.0);
}
