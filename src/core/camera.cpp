// Orbit camera: pose math, presets, framing, orbit/pan/zoom-to-cursor, picking rays.
#include "core/camera.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace tpa::core {
namespace {

constexpr float kOrbitRadiansPerPixel = 0.008f;
constexpr float kZoomPerStep = 0.85f;
constexpr float kFrameMargin = 1.06f;

constexpr std::array<std::pair<ViewPreset, std::string_view>, 5> kPresetNames{{
    {ViewPreset::Anterior, "anterior"},
    {ViewPreset::Posterior, "posterior"},
    {ViewPreset::Left, "left"},
    {ViewPreset::Right, "right"},
    {ViewPreset::Superior, "superior"},
}};

glm::vec3 offsetDirection(float yaw, float pitch) {
    // Unit vector from target to eye. yaw 0 puts the eye on the anterior (-Y) side.
    return {std::sin(yaw) * std::cos(pitch), -std::cos(yaw) * std::cos(pitch), std::sin(pitch)};
}

float wrapAngle(float a) {
    const float twoPi = glm::two_pi<float>();
    a = std::fmod(a + glm::pi<float>(), twoPi);
    if (a < 0.0f) a += twoPi;
    return a - glm::pi<float>();
}

}  // namespace

std::optional<ViewPreset> parseViewPreset(std::string_view name) {
    for (const auto& [p, n] : kPresetNames)
        if (n == name) return p;
    return std::nullopt;
}

std::string_view toText(ViewPreset preset) {
    for (const auto& [p, n] : kPresetNames)
        if (p == preset) return n;
    return "?";
}

void Camera::setViewport(int width, int height) {
    width_ = std::max(width, 1);
    height_ = std::max(height, 1);
}

void Camera::setPose(const CameraPose& pose) {
    pose_ = pose;
    pose_.yaw = wrapAngle(pose_.yaw);
    pose_.pitch = std::clamp(pose_.pitch, -kMaxPitch, kMaxPitch);
    pose_.distance = std::clamp(pose_.distance, minDistance(), maxDistance());
}

CameraPose Camera::presetPose(ViewPreset preset, const Aabb& bounds) const {
    CameraPose p;
    switch (preset) {
        case ViewPreset::Anterior: p.yaw = 0.0f; break;
        case ViewPreset::Posterior: p.yaw = glm::pi<float>(); break;
        case ViewPreset::Left: p.yaw = glm::half_pi<float>(); break;  // subject's left is +X
        case ViewPreset::Right: p.yaw = -glm::half_pi<float>(); break;
        case ViewPreset::Superior: p.pitch = kMaxPitch; break;
    }
    Camera probe = *this;
    probe.pose_ = p;
    return probe.framedPose(bounds);
}

CameraPose Camera::framedPose(const Aabb& bounds) const {
    CameraPose p = pose_;
    if (bounds.empty()) return p;
    p.target = bounds.center();
    // Closest distance at which all eight corners fit the view: a tall body fills the
    // height of a wide window instead of floating in its bounding sphere.
    const glm::vec3 f = -offsetDirection(p.yaw, p.pitch);
    const glm::vec3 r = glm::normalize(glm::cross(f, glm::vec3(0, 0, 1)));
    const glm::vec3 u = glm::cross(r, f);
    const float tanV = std::tan(kFovY * 0.5f);
    const float tanH = tanV * aspect();
    float distance = 1e-3f;
    for (int i = 0; i < 8; ++i) {
        const glm::vec3 corner{i & 1 ? bounds.max.x : bounds.min.x, i & 2 ? bounds.max.y : bounds.min.y,
                               i & 4 ? bounds.max.z : bounds.min.z};
        const glm::vec3 c = corner - p.target;
        const float along = glm::dot(c, f);
        distance = std::max({distance, along + std::abs(glm::dot(c, r)) / tanH, along + std::abs(glm::dot(c, u)) / tanV});
    }
    p.distance = distance * kFrameMargin;
    return p;
}

void Camera::orbit(float dx, float dy) {
    CameraPose p = pose_;
    p.yaw -= dx * kOrbitRadiansPerPixel;
    p.pitch += dy * kOrbitRadiansPerPixel;
    setPose(p);
}

void Camera::pan(float dx, float dy) {
    // World units per pixel at the target's depth, so the grabbed point follows the cursor.
    const float perPixel = 2.0f * pose_.distance * std::tan(kFovY * 0.5f) / float(height_);
    const glm::vec3 right = glm::normalize(glm::cross(forward(), up()));
    CameraPose p = pose_;
    p.target += (-dx * right + dy * up()) * perPixel;
    setPose(p);
}

void Camera::zoom(float steps, glm::vec2 cursor, std::optional<glm::vec3> pivot) {
    const float wanted = pose_.distance * std::pow(kZoomPerStep, steps);
    const float scale = std::clamp(wanted, minDistance(), maxDistance()) / pose_.distance;
    glm::vec3 anchor = pose_.target;
    if (pivot) {
        anchor = *pivot;
    } else {
        // Point under the cursor on the plane through the target facing the camera.
        const Ray r = rayThroughPixel(cursor);
        const float denom = glm::dot(r.direction, forward());
        if (denom > 1e-6f) anchor = r.origin + r.direction * (pose_.distance / denom);
    }
    // Scaling eye and target about the anchor keeps the anchor's pixel fixed.
    CameraPose p = pose_;
    p.target = anchor + (pose_.target - anchor) * scale;
    p.distance = pose_.distance * scale;
    pose_ = p;  // already clamped; avoid re-clamping the distance against rounding
}

glm::vec3 Camera::eye() const {
    return pose_.target + offsetDirection(pose_.yaw, pose_.pitch) * pose_.distance;
}

glm::vec3 Camera::forward() const { return -offsetDirection(pose_.yaw, pose_.pitch); }

glm::vec3 Camera::up() const {
    const glm::vec3 f = forward();
    const glm::vec3 right = glm::normalize(glm::cross(f, glm::vec3(0, 0, 1)));
    return glm::cross(right, f);
}

glm::mat4 Camera::view() const { return glm::lookAt(eye(), pose_.target, up()); }

glm::mat4 Camera::projection() const {
    return glm::perspective(kFovY, aspect(), nearPlane(), farPlane());
}

Ray Camera::rayThroughPixel(glm::vec2 pixel) const {
    const float ndcX = 2.0f * pixel.x / float(width_) - 1.0f;
    const float ndcY = 1.0f - 2.0f * pixel.y / float(height_);
    const float tanHalf = std::tan(kFovY * 0.5f);
    const glm::vec3 f = forward();
    const glm::vec3 u = up();
    const glm::vec3 r = glm::normalize(glm::cross(f, u));
    const glm::vec3 dir = f + r * (ndcX * tanHalf * aspect()) + u * (ndcY * tanHalf);
    return Ray{eye(), glm::normalize(dir)};
}

std::optional<glm::vec2> Camera::project(const glm::vec3& world) const {
    const glm::vec4 clip = projection() * view() * glm::vec4(world, 1.0f);
    if (clip.w <= 0.0f) return std::nullopt;
    const glm::vec3 ndc = glm::vec3(clip) / clip.w;
    return glm::vec2((ndc.x + 1.0f) * 0.5f * float(width_), (1.0f - ndc.y) * 0.5f * float(height_));
}

float Camera::nearPlane() const {
    const float sceneR = scene_.empty() ? pose_.distance : scene_.radius();
    const float toCentre = scene_.empty() ? pose_.distance : glm::length(eye() - scene_.center());
    // As close as the nearest scene point allows, but never so small that depth precision collapses.
    return std::max({toCentre - sceneR, pose_.distance * 0.01f, 0.1f}) * 0.9f;
}

float Camera::farPlane() const {
    const float sceneR = scene_.empty() ? pose_.distance : scene_.radius();
    const float toCentre = scene_.empty() ? pose_.distance : glm::length(eye() - scene_.center());
    return std::max(toCentre + sceneR, nearPlane() * 2.0f) * 1.1f;
}

float Camera::minDistance() const {
    return scene_.empty() ? 1e-3f : std::max(scene_.radius() * 0.01f, 1e-3f);
}

float Camera::maxDistance() const { return scene_.empty() ? 1e9f : scene_.radius() * 20.0f; }

CameraPose interpolate(const CameraPose& from, const CameraPose& to, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    const float s = t * t * (3.0f - 2.0f * t);  // smoothstep ease in-out
    CameraPose p;
    p.target = glm::mix(from.target, to.target, s);
    p.yaw = from.yaw + wrapAngle(to.yaw - from.yaw) * s;
    p.pitch = glm::mix(from.pitch, to.pitch, s);
    // Distance interpolates geometrically so zoom feels even.
    p.distance = from.distance * std::pow(to.distance / from.distance, s);
    return p;
}

}  // namespace tpa::core
