// What an atlas element's FMA English name says about it: kind (muscle, bone, ...) and side.
// Used for the official BodyParts3D layouts, whose lists carry names but no kind or side.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/part.h"

namespace tpa::io {

// The kinds an atlas element can have, as written in parts.tsv.
enum class AtlasKind { Muscle, Bone, Cartilage, Ligament, Skin, Other };

std::string_view toText(AtlasKind kind);
std::optional<AtlasKind> parseAtlasKind(std::string_view text);
core::PartKind toPartKind(AtlasKind kind);

// Side from the words "right" / "left" in an FMA name ("Descending part of right trapezius");
// Midline when neither occurs.
core::Side sideFromName(std::string_view name);
// Kind from an FMA name: skin, then cartilage and ligament words, then bone names, then muscle
// words; everything else (organs, vessels, nerves) is Other. A heuristic, used only where the
// atlas lists give no kind (see docs/atlas.md).
AtlasKind kindFromName(std::string_view name);
// Lower-cased copy, for case-insensitive name matching (BodyParts3D 3.0 names are lower case,
// 4.0 names capitalised).
std::string lowerCase(std::string_view text);
// First letter upper-cased, for display ("right brachialis" -> "Right brachialis").
std::string displayName(std::string_view name);

}  // namespace tpa::io
