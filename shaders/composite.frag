#version 330 core
// Copies the cached layer pixel for pixel (same size as the frame).
uniform sampler2D u_layer;
out vec4 frag_color;
void main() {
  frag_color = texelFetch(u_layer, ivec2(gl_FragCoord.xy), 0);
}
