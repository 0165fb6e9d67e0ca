#version 330 core
// The atlas holds glyphs in red and their halos in green; u_channel picks one.
uniform sampler2D u_atlas;
uniform vec2 u_channel;
in vec2 v_uv;
in vec4 v_color;
out vec4 frag_color;
void main() {
  float a = dot(texture(u_atlas, v_uv).rg, u_channel);
  frag_color = vec4(v_color.rgb, v_color.a * a);
}
