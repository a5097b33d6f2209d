// How layers and parts are shown: per-layer show/ghost/hide, ghost strength, isolation.
#pragma once

#include "core/part.h"

#include <array>
#include <optional>
#include <string_view>

namespace tpa::state {

enum class LayerMode { Shown, Ghosted, Hidden };
std::string_view toText(LayerMode mode);
std::optional<LayerMode> parseLayerMode(std::string_view text);

struct ViewSettings {
    // Indexed by core::Layer. The skin starts ghosted so the muscles read at first sight.
    std::array<LayerMode, core::kLayerCount> layers{LayerMode::Ghosted, LayerMode::Shown, LayerMode::Shown,
                                                    LayerMode::Shown, LayerMode::Shown};
    float ghostOpacity = 0.22f;  // 0.05 .. 0.9
    bool isolate = false;        // show only the selection

    LayerMode& layer(core::Layer l) { return layers[std::size_t(l)]; }
    LayerMode layer(core::Layer l) const { return layers[std::size_t(l)]; }
};

}  // namespace tpa::state
