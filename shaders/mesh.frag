#version 330 core
// Soft studio lighting for anatomy: a key light from the viewer's upper left, a fill,
// a sky/ground ambient and a gentle rim, so muscle relief reads at a glance. Ghosted
// (x-ray) parts fade in their interiors and keep their silhouettes. Built with TPA_ZONES it
// also draws referral zones and the pain drawing; parts without them use the build without,
// whose four fewer varyings llvmpipe sets up and interpolates ~8 % faster.
in vec3 v_worldPos;
in vec3 v_normal;
#ifdef TPA_ZONES
in vec4 v_zone;  // x essential weight, y spillover weight, z skin distance from the TrP (mm),
                 // w the client's painted pain (0-1)
#endif

uniform vec3 u_eye;
uniform vec3 u_right;     // camera right, world space
uniform vec3 u_up;        // camera up, world space
uniform vec3 u_color;
uniform float u_opacity;  // 1 = opaque
uniform float u_xray;     // 1 = ghost shading (silhouette-weighted opacity)
uniform vec3 u_tint;      // highlight colour
uniform float u_tintAmount;
// Referral zones: solid essential colour, lighter hatched spillover. The animation reveals
// them along the skin from the trigger point (a travelling bright front), then breathes.
uniform vec3 u_essentialColor;
uniform vec3 u_spilloverColor;
uniform float u_zoneTime;    // seconds since the zones appeared; < 0 = still image (reduced motion)
uniform float u_waveSpeed;   // mm of skin per second
uniform vec3 u_painColor;    // the pain drawing

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
#ifdef TPA_ZONES
    float essential = v_zone.x, spill = v_zone.y;
    if (essential + spill > 0.001) {
        float reveal = 1.0, front = 0.0, breath = 1.0;
        if (u_zoneTime >= 0.0) {
            float wave = u_zoneTime * u_waveSpeed;
            reveal = clamp((wave - v_zone.z) / 80.0, 0.0, 1.0);
            front = exp(-pow((wave - v_zone.z) / 30.0, 2.0));
            breath = 0.85 + 0.15 * sin(6.2831853 * u_zoneTime / 2.5);
        }
        // Diagonal hatching in screen space, like the stippled spillover of the clinical charts.
        float hatch = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
        float e = clamp(essential * reveal * breath, 0.0, 1.0);
        float s = clamp(spill * (1.0 - essential) * reveal * breath * (0.35 + 0.45 * hatch), 0.0, 1.0);
        vec3 lit = ambient + 0.72 * key + 0.22 * fill;
        c = mix(c, u_essentialColor * lit, e * 0.92);
        c = mix(c, u_spilloverColor * lit, s);
        c += vec3(1.0, 0.85, 0.6) * front * 0.35 * max(essential, spill);
        alpha = max(alpha, max(e * 0.95, s * 1.2));
    }
    // The pain drawing: violet, stronger with intensity. Over a zone it turns to stripes
    // crossing the zone's hatching, so where the drawing and a candidate's zone agree both read.
    float pain = v_zone.w;
    if (pain > 0.001) {
        float stripes = step(0.5, fract((gl_FragCoord.x - gl_FragCoord.y) / 10.0));
        float overZone = step(0.05, essential + spill);
        float amount = clamp(0.30 + 0.6 * pain, 0.0, 0.9) * mix(1.0, stripes, overZone) * smoothstep(0.0, 0.08, pain);
        vec3 lit = ambient + 0.72 * key + 0.22 * fill;
        c = mix(c, u_painColor * lit * 1.15, amount);
        alpha = max(alpha, amount);
    }
#endif
    o_color = vec4(c, alpha);
}
