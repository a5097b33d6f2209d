// String forms of part tags, shared by the command line, JSON output and loaders.
#include "core/part.h"

#include <array>
#include <utility>

namespace tpa::core {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N>& table,
                        std::string_view text) {
    for (const auto& [value, name] : table)
        if (name == text) return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return "?";
}

constexpr std::array<std::pair<PartKind, std::string_view>, 4> kKinds{{
    {PartKind::Muscle, "muscle"},
    {PartKind::Bone, "bone"},
    {PartKind::Skin, "skin"},
    {PartKind::Other, "other"},
}};
constexpr std::array<std::pair<Side, std::string_view>, 3> kSides{{
    {Side::Left, "left"},
    {Side::Right, "right"},
    {Side::Midline, "midline"},
}};
constexpr std::array<std::pair<Layer, std::string_view>, 5> kLayers{{
    {Layer::Skin, "skin"},
    {Layer::Superficial, "superficial"},
    {Layer::Intermediate, "intermediate"},
    {Layer::Deep, "deep"},
    {Layer::Bone, "bone"},
}};

}  // namespace

std::string_view toText(PartKind kind) { return nameOf(kKinds, kind); }
std::string_view toText(Side side) { return nameOf(kSides, side); }
std::string_view toText(Layer layer) { return nameOf(kLayers, layer); }
std::optional<PartKind> parsePartKind(std::string_view t) { return lookup(kKinds, t); }
std::optional<Side> parseSide(std::string_view t) { return lookup(kSides, t); }
std::optional<Layer> parseLayer(std::string_view t) { return lookup(kLayers, t); }

}  // namespace tpa::core
