#version 330 core
in vec2 v_local;
in float v_radius;
flat in vec4 v_fill;
flat in vec4 v_stroke;
flat in float v_shape;
out vec4 frag_color;
void main() {
  float stroke_w = max(1.2, v_radius * 0.22);
  if (v_shape > 2.5) {
    // 3: a cross (a disbanded unit), in the stroke colour
    float box = max(abs(v_local.x), abs(v_local.y));
    float arm = min(abs(v_local.x - v_local.y), abs(v_local.x + v_local.y)) * 0.7071;
    float a = clamp(stroke_w - arm + 0.5, 0.0, 1.0) * clamp(v_radius - box + 0.5, 0.0, 1.0);
    frag_color = vec4(v_stroke.rgb, v_stroke.a * a);
    if (frag_color.a <= 0.0) discard;
    return;
  }
  // 0 circle (places, units; rings with a clear fill), 1 square (moving units), 2 diamond (events)
  float d = v_shape < 0.5 ? length(v_local)
          : v_shape < 1.5 ? max(abs(v_local.x), abs(v_local.y))
                          : (abs(v_local.x) + abs(v_local.y)) * 0.75;
  float edge = clamp(v_radius - d + 0.5, 0.0, 1.0);            // outer soft edge
  float inner = clamp(v_radius - stroke_w - d + 0.5, 0.0, 1.0);  // inside the stroke
  vec4 c = mix(v_stroke, v_fill, inner);
  frag_color = vec4(c.rgb, c.a * edge);
  if (frag_color.a <= 0.0) discard;
}
