#version 330 core
// Selection outline from a silhouette mask: pixels outside the mask but within
// u_widthPx of it take the highlight colour. Works for any mesh, hard edges included.
in vec2 v_uv;
uniform sampler2D u_mask;
uniform vec2 u_texel;     // 1 / mask size
uniform float u_widthPx;
uniform vec4 u_color;
out vec4 o_color;

void main() {
    if (texture(u_mask, v_uv).r > 0.5) discard;
    float cover = 0.0;
    // Two rings of 12 taps: enough for a smooth 2-4 px line without a blur pass.
    for (int ring = 1; ring <= 2; ++ring) {
        float r = u_widthPx * float(ring) / 2.0;
        for (int i = 0; i < 12; ++i) {
            float a = 6.2831853 * (float(i) + 0.5 * float(ring)) / 12.0;
            cover = max(cover, texture(u_mask, v_uv + vec2(cos(a), sin(a)) * r * u_texel).r);
        }
    }
    if (cover < 0.01) discard;
    o_color = vec4(u_color.rgb, u_color.a * cover);
}
