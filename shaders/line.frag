#version 330 core
uniform vec4 u_color;
uniform vec2 u_dash;  // on, off in pixels; on = 0 draws solid
in float v_dist_px;
in float v_alpha;
out vec4 frag_color;
void main() {
  if (u_dash.x > 0.0 && mod(v_dist_px, u_dash.x + u_dash.y) > u_dash.x) discard;
  frag_color = vec4(u_color.rgb, u_color.a * v_alpha);
}
