// The loaded body: named parts plus the landmarks that register knowledge onto it.
#pragma once

#include "core/landmarks.h"
#include "core/part.h"

#include <string>
#include <string_view>
#include <vector>

namespace tpa::core {

struct Scene {
    std::string source;  // where it came from, for titles and messages ("embedded body", a path)
    std::string attribution;  // credit the data's licence requires wherever it is shown, or ""
    std::vector<Part> parts;
    Landmarks landmarks;

    Aabb bounds() const;
    std::size_t triangleCount() const;
    // Index of the part with this id, or -1.
    int findPart(std::string_view id) const;
    // Indices of all parts that belong to a knowledge-base muscle on a side (Midline = both).
    std::vector<int> partsOfMuscle(std::string_view muscleId, Side side) const;
    // Bounds of the parts named by `ids`: an id names the part with that id, or else both of
    // its sides ("femur": femur.left and femur.right). Ids that name nothing go to `missing`.
    Aabb boundsOfParts(const std::vector<std::string>& ids, std::vector<std::string>& missing) const;
};

}  // namespace tpa::core
