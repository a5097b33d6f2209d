#version 330 core
// Lit surfaces: world-space position and normal for the fragment shader, plus, built with
// TPA_ZONES, the per-vertex referral data (essential, spillover, skin distance from the
// trigger point, painted pain).
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
#ifdef TPA_ZONES
layout(location = 2) in vec4 a_zone;
#endif

uniform mat4 u_viewProj;
uniform mat4 u_model;  // identity for scene parts; places and scales markers

out vec3 v_worldPos;
out vec3 v_normal;
#ifdef TPA_ZONES
out vec4 v_zone;
#endif

void main() {
    vec4 world = u_model * vec4(a_position, 1.0);
    v_worldPos = world.xyz;
    v_normal = mat3(u_model) * a_normal;
#ifdef TPA_ZONES
    v_zone = a_zone;
#endif
    gl_Position = u_viewProj * world;
}
