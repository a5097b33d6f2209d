// Anchor resolution on a body's landmarks, with side mirroring of the lateral offset.
#include "anatomy/anchor.h"

namespace tpa::anatomy {

Anchor Anchor::at(std::string landmark, AnchorOffset offset) {
    Anchor a;
    a.from = std::move(landmark);
    a.offsetMm = offset;
    return a;
}

Anchor Anchor::between(std::string a, std::string b, float t, AnchorOffset offset) {
    Anchor anchor;
    anchor.from = std::move(a);
    anchor.to = std::move(b);
    anchor.t = t;
    anchor.offsetMm = offset;
    return anchor;
}

glm::vec3 lateralDirection(core::Side side) {
    switch (side) {
        case core::Side::Right:
            return {-1.0f, 0.0f, 0.0f};
        case core::Side::Left:
            return {1.0f, 0.0f, 0.0f};
        case core::Side::Midline:
            break;
    }
    return {0.0f, 0.0f, 0.0f};
}

glm::vec3 offsetVector(const AnchorOffset& offset, core::Side side) {
    return glm::vec3(0.0f, 0.0f, offset.up) + glm::vec3(0.0f, -offset.anterior, 0.0f) +
           lateralDirection(side) * offset.lateral;
}

std::optional<glm::vec3> resolveAnchor(const Anchor& anchor, const core::Landmarks& landmarks,
                                       core::Side side) {
    auto first = landmarks.resolve(anchor.from, side);
    if (!first) return std::nullopt;
    glm::vec3 p = *first;
    if (anchor.isBetween()) {
        auto second = landmarks.resolve(anchor.to, side);
        if (!second) return std::nullopt;
        p = glm::mix(*first, *second, anchor.t);
    }
    return p + offsetVector(anchor.offsetMm, side);
}

core::Side oppositeSide(core::Side side) {
    switch (side) {
        case core::Side::Left:
            return core::Side::Right;
        case core::Side::Right:
            return core::Side::Left;
        case core::Side::Midline:
            break;
    }
    return core::Side::Midline;
}

std::vector<core::Side> zoneSides(ZoneSide zoneSide, core::Side trpSide) {
    switch (zoneSide) {
        case ZoneSide::Same:
            return {trpSide};
        case ZoneSide::Opposite:
            return {oppositeSide(trpSide)};
        case ZoneSide::Both:
            return {core::Side::Left, core::Side::Right};
    }
    return {trpSide};
}

}  // namespace tpa::anatomy
