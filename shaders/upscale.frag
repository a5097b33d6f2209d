#version 330 core
// A moving frame drawn at reduced resolution, stretched over the view with bilinear filtering.
in vec2 v_uv;
uniform sampler2D u_image;
out vec4 o_color;

void main() {
    o_color = vec4(texture(u_image, v_uv).rgb, 1.0);
}
