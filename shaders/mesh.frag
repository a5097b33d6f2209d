#version 330 core
// Soft studio lighting for anatomy: a key light from the viewer's upper left, a fill,
// a sky/ground ambient and a gentle rim, so muscle relief reads at a glance. Ghosted
// (x-ray) parts fade in their interiors and keep their silhouettes.
in vec3 v_worldPos;
in vec3 v_normal;

uniform vec3 u_eye;
uniform vec3 u_right;     // camera right, world space
uniform vec3 u_up;        // camera up, world space
uniform vec3 u_color;
uniform float u_opacity;  // 1 = opaque
uniform float u_xray;     // 1 = ghost shading (silhouette-weighted opacity)
uniform vec3 u_tint;      // highlight colour
uniform float u_tintAmount;

out vec4 o_color;

void main() {
    vec3 n = normalize(v_normal);
    vec3 v = normalize(u_eye - v_worldPos);
    if (dot(n, v) < 0.0) n = -n;  // meshes from the wild have mixed winding: light both faces
    vec3 keyDir = normalize(v + 0.55 * u_up - 0.45 * u_right);
    vec3 fillDir = normalize(v - 0.3 * u_up + 0.6 * u_right);
    float key = max(dot(n, keyDir), 0.0);
    float fill = max(dot(n, fillDir), 0.0);
    float hemi = 0.5 + 0.5 * n.z;  // sky above, floor below (Z up)
    vec3 h = normalize(keyDir + v);
    float spec = pow(max(dot(n, h), 0.0), 40.0) * 0.18;
    float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0) * 0.25;

    vec3 base = mix(u_color, u_tint, u_tintAmount);
    vec3 ambient = mix(vec3(0.20, 0.19, 0.21), vec3(0.34, 0.35, 0.38), hemi);
    vec3 c = base * (ambient + 0.72 * key + 0.22 * fill) + vec3(spec + rim);
    c += u_tint * u_tintAmount * 0.18;  // a touch of glow keeps the selection readable in shadow

    float alpha = u_opacity;
    if (u_xray > 0.5) {
        // Faces seen edge-on (the silhouette) stay strong, faces seen head-on fade, so a
        // ghosted skin reads as an outline of the body around the layers beneath it.
        float edge = pow(1.0 - abs(dot(n, v)), 2.5);
        alpha = clamp(u_opacity * (0.45 + 2.2 * edge), 0.0, 1.0);
        c = mix(c, vec3(1.0), 0.25 * edge);
    }
    o_color = vec4(c, alpha);
}
