#version 330 core
// Lit surfaces: world-space position and normal for the fragment shader.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;

uniform mat4 u_viewProj;

out vec3 v_worldPos;
out vec3 v_normal;

void main() {
    v_worldPos = a_position;
    v_normal = a_normal;
    gl_Position = u_viewProj * vec4(a_position, 1.0);
}
