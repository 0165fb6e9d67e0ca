#version 330 core
// Lines as quads extruded in screen space, so their width is in pixels at any zoom.
// Every segment is six vertices (map_geometry.cpp's segment_quad), so gl_VertexID % 6 tells
// which side of the line a vertex is on: the edge's soft fall-off needs it where no
// multisampling smooths the edge (lines drawn every frame).
layout(location = 0) in vec2 a_pos;      // world metres, relative to the origin
layout(location = 1) in vec2 a_extrude;  // unit-ish offset: side normal plus end cap
layout(location = 2) in float a_dist;    // metres along the line, for dashes
layout(location = 3) in float a_alpha;   // fading lines (trails); 1 for the static map
uniform vec2 u_center;
uniform vec2 u_scale;
uniform vec2 u_viewport;        // pixels
uniform float u_half_width;     // pixels
uniform float u_feather;        // pixels of soft edge: 0 when multisampled, 1 otherwise
uniform float u_meters_per_pixel;
out float v_dist_px;
out float v_alpha;
out float v_across_px;
void main() {
  vec2 ndc = (a_pos - u_center) * u_scale;
  float half_w = max(u_half_width, 0.5 * u_feather) + u_feather;
  ndc += a_extrude * half_w * 2.0 / u_viewport;
  int corner = gl_VertexID % 6;
  v_across_px = (corner == 0 || corner == 3 || corner == 5) ? half_w : -half_w;
  v_dist_px = a_dist / u_meters_per_pixel;
  v_alpha = a_alpha;
  gl_Position = vec4(ndc, 0.0, 1.0);
}
