// Orbit camera around a target point, Z up: the single source of view and projection
// matrices for the window, headless renders and picking rays.
#pragma once

#include "core/aabb.h"
#include "core/ray.h"

#include <glm/glm.hpp>
#include <optional>
#include <string_view>

namespace tpa::core {

enum class ViewPreset { Anterior, Posterior, Left, Right, Superior };
std::optional<ViewPreset> parseViewPreset(std::string_view name);
std::string_view toText(ViewPreset preset);

// The pose is what transitions interpolate; everything else derives from it.
struct CameraPose {
    glm::vec3 target{0.0f};
    float yaw = 0.0f;    // radians; 0 = camera on the -Y side looking toward +Y (anterior view)
    float pitch = 0.0f;  // radians; positive = camera above the target looking down
    float distance = 1.0f;
};

class Camera {
public:
    static constexpr float kFovY = glm::radians(30.0f);
    static constexpr float kMaxPitch = glm::radians(89.0f);

    void setViewport(int width, int height);
    int width() const { return width_; }
    int height() const { return height_; }
    float aspect() const { return height_ > 0 ? float(width_) / float(height_) : 1.0f; }

    const CameraPose& pose() const { return pose_; }
    void setPose(const CameraPose& pose);
    // Scene bounds set the clip planes and the zoom limits.
    void setSceneBounds(const Aabb& bounds) { scene_ = bounds; }

    // Pose that shows `bounds` whole from a preset direction.
    CameraPose presetPose(ViewPreset preset, const Aabb& bounds) const;
    // Same direction as now, target and distance chosen so `bounds` fills the view.
    CameraPose framedPose(const Aabb& bounds) const;

    void orbit(float dxPixels, float dyPixels);
    void pan(float dxPixels, float dyPixels);
    // Zooms by `steps` wheel notches toward the point under the cursor (pixel coordinates,
    // origin top-left). `pivot` is the surface point under the cursor if known.
    void zoom(float steps, glm::vec2 cursor, std::optional<glm::vec3> pivot);

    glm::vec3 eye() const;
    glm::vec3 forward() const;
    glm::vec3 up() const;
    glm::mat4 view() const;
    glm::mat4 projection() const;
    // Ray through a pixel (origin top-left, pixel centres at +0.5), in world space.
    Ray rayThroughPixel(glm::vec2 pixel) const;
    // World point -> pixel (origin top-left); nullopt when behind the camera.
    std::optional<glm::vec2> project(const glm::vec3& world) const;

private:
    float nearPlane() const;
    float farPlane() const;
    float minDistance() const;
    float maxDistance() const;

    CameraPose pose_;
    Aabb scene_;
    int width_ = 1;
    int height_ = 1;
};

// Smooth transition between two poses (ease in-out, shortest way round in yaw).
CameraPose interpolate(const CameraPose& from, const CameraPose& to, float t);

}  // namespace tpa::core
