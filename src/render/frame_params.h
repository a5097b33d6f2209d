// Everything the renderer needs to draw one frame, decided by the app from its state:
// the camera, and per part whether and how to draw it.
#pragma once

#include <glm/glm.hpp>
#include <vector>

namespace tpa::render {

enum class PartDraw { Hidden, Opaque, Ghost };

struct PartStyle {
    PartDraw draw = PartDraw::Opaque;
    glm::vec3 color{0.8f};
    float opacity = 1.0f;     // for Ghost parts
    float tintAmount = 0.0f;  // 0 = own colour; hover and selection tint toward the highlight
    bool outlined = false;    // selected: outline + visible through occluders
};

// A trigger-point marker: a small sphere in the muscle, visible through ghosted layers.
struct Marker {
    glm::vec3 position{0.0f};
    float radiusMm = 9.0f;
    bool emphasised = false;  // hovered or chosen: larger and brighter
    bool satellite = false;   // a satellite trigger point, lit when the spreading pain reaches it
    float appearAt = 0.0f;    // animation time (s) at which it appears
    bool shownAt(float zoneTime) const { return zoneTime < 0.0f || zoneTime >= appearAt; }
};

struct FrameParams {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    glm::vec3 eye{0.0f};
    int x = 0;  // viewport origin in the target framebuffer, GL convention (bottom-left)
    int y = 0;
    int width = 1;
    int height = 1;
    std::vector<PartStyle> parts;  // one per scene part, same order
    bool moving = false;  // the camera moves: parts may be drawn from their simplified meshes
    // Fraction of the resolution a moving frame is drawn at, then scaled up to the viewport;
    // 0 = the renderer's choice (half on software renderers, where pixels cost the most; full
    // on GPUs). A resting frame is always drawn at full resolution.
    float movingResolution = 0.0f;
    glm::vec3 highlight{1.0f, 0.78f, 0.12f};
    glm::vec3 backgroundTop{0.30f, 0.33f, 0.38f};
    glm::vec3 backgroundBottom{0.11f, 0.12f, 0.14f};
    float outlineWidthPx = 2.5f;
    // Referral zones (per-vertex data uploaded with Renderer::setZones).
    glm::vec3 essentialColor{0.86f, 0.05f, 0.16f};
    glm::vec3 spilloverColor{0.98f, 0.45f, 0.50f};
    float zoneTime = -1.0f;  // seconds since the zones appeared; < 0 = still (reduced motion)
    float waveSpeedMmPerS = 450.0f;
    std::vector<Marker> markers;
    glm::vec3 markerColor{0.25f, 0.95f, 1.0f};  // cyan: apart from red zones and the yellow selection
    glm::vec3 satelliteMarkerColor{0.55f, 1.0f, 0.55f};
    // The client's pain drawing on the skin: violet, apart from the red referral zones.
    glm::vec3 painColor{0.42f, 0.20f, 0.88f};
    float occludedOpacity = 0.45f;  // how strongly a hidden selected part shows through
};

}  // namespace tpa::render
