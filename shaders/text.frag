#version 330 core
uniform sampler2D u_atlas;
in vec2 v_uv;
in vec4 v_color;
out vec4 frag_color;
void main() {
  float a = texture(u_atlas, v_uv).r;
  frag_color = vec4(v_color.rgb, v_color.a * a);
  if (frag_color.a <= 0.0) discard;
}
