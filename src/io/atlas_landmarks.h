// Registration: finds every landmark of the vocabulary on an atlas from its named bones and its
// skin (acromion = most lateral point of the scapula's top, C7 = most posterior point of the
// seventh cervical vertebra, ...), so knowledge written against landmarks lands on the atlas.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/scene.h"

namespace tpa::io {

// The atlas parts a landmark is read from: FMA name patterns ("{side} scapula"), or "skin" for
// landmarks placed on the skin surface. Empty for names outside the vocabulary.
std::vector<std::string> atlasLandmarkSources(std::string_view bareName);

// Sets scene.landmarks (sided ones as "<name>.right" / "<name>.left"). Returns one warning per
// landmark that could not be placed because its bone or the skin is missing.
std::vector<std::string> registerAtlasLandmarks(core::Scene& scene);

}  // namespace tpa::io
