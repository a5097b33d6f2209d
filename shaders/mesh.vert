#version 330 core
// Lit surfaces: world-space position and normal for the fragment shader, plus the
// per-vertex referral data (essential, spillover, skin distance from the trigger point,
// painted pain).
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec4 a_zone;

uniform mat4 u_viewProj;
uniform mat4 u_model;  // identity for scene parts; places and scales markers

out vec3 v_worldPos;
out vec3 v_normal;
out vec4 v_zone;

void main() {
    vec4 world = u_model * vec4(a_position, 1.0);
    v_worldPos = world.xyz;
    v_normal = mat3(u_model) * a_normal;
    v_zone = a_zone;
    gl_Position = u_viewProj * world;
}
