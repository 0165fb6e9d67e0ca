#version 330 core
uniform vec4 u_color;
uniform vec2 u_dash;  // on, off in pixels; on = 0 draws solid
uniform float u_half_width;
uniform float u_feather;
in float v_dist_px;
in float v_alpha;
in float v_across_px;
out vec4 frag_color;
void main() {
  if (u_dash.x > 0.0 && mod(v_dist_px, u_dash.x + u_dash.y) > u_dash.x) discard;
  float cover = 1.0;
  if (u_feather > 0.0) {
    // Coverage of the pixel by the line; a line thinner than a pixel is drawn one pixel wide
    // and lighter, as a rasterizer's coverage would be.
    float half_w = max(u_half_width, 0.5);
    cover = clamp(half_w + 0.5 - abs(v_across_px), 0.0, 1.0) * min(1.0, u_half_width / 0.5);
  }
  frag_color = vec4(u_color.rgb, u_color.a * v_alpha * cover);
  if (frag_color.a <= 0.0) discard;
}
