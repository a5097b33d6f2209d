// Guesses a part's kind, side and layer from its name, for meshes that carry no tags.
#pragma once

#include "core/part.h"

#include <string>
#include <string_view>
#include <vector>

namespace tpa::io {

struct PartTags {
    core::PartKind kind = core::PartKind::Other;
    core::Side side = core::Side::Midline;
    core::Layer layer = core::Layer::Superficial;
};

PartTags guessPartTags(std::string_view name);
// Lower-case alphanumeric words of a name ("Right_Biceps brachii" -> right, biceps, brachii).
std::vector<std::string> nameWords(std::string_view name);
// Lower-case kebab-case id from a display name ("Left Biceps_brachii" -> "left-biceps-brachii").
std::string slugify(std::string_view name);

}  // namespace tpa::io
