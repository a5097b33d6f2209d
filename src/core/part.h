// A named part of the scene (one muscle on one side, a bone, the skin) and its tags.
#pragma once

#include "core/mesh.h"

#include <optional>
#include <string>
#include <string_view>

namespace tpa::core {

enum class PartKind { Muscle, Bone, Skin, Other };
enum class Side { Left, Right, Midline };
// Depth order from the outside in; the viewer toggles and ghosts whole layers.
enum class Layer { Skin, Superficial, Intermediate, Deep, Bone };

inline constexpr int kLayerCount = 5;

std::string_view toText(PartKind kind);
std::string_view toText(Side side);
std::string_view toText(Layer layer);
std::optional<PartKind> parsePartKind(std::string_view text);
std::optional<Side> parseSide(std::string_view text);
std::optional<Layer> parseLayer(std::string_view text);

struct Part {
    std::string id;    // stable, unique in the scene, e.g. "upper-trapezius.left", "femur.right"
    std::string name;  // display name, e.g. "Upper trapezius (left)"
    PartKind kind = PartKind::Other;
    Side side = Side::Midline;
    Layer layer = Layer::Superficial;
    std::string muscleId;  // knowledge-base muscle id when this part is (part of) one, else ""
    Mesh mesh;
    // Simplified mesh drawn while the view moves (about a quarter of the triangles); empty when
    // there is none. Picking, zones and resting frames always use `mesh`.
    Mesh lod;
    // Both meshes closed and wound outward (core::isClosedOutward): from outside, their back
    // faces are always hidden behind front faces, so the renderer skips them.
    bool closedOutward = false;
};

}  // namespace tpa::core
