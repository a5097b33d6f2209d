#version 330 core
// Vertical studio gradient: calm, dark enough for a bright body, light enough to print.
in vec2 v_uv;
uniform vec3 u_top;
uniform vec3 u_bottom;
out vec4 o_color;

void main() {
    float t = smoothstep(0.0, 1.0, v_uv.y);
    o_color = vec4(mix(u_bottom, u_top, t), 1.0);
}
