// Word lists for FMA names: which words make a bone, a cartilage, a ligament or a muscle.
#include "io/atlas_names.h"

#include "io/part_tags.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

namespace tpa::io {
namespace {

template <std::size_t N>
bool hasWord(const std::vector<std::string>& w, const std::array<std::string_view, N>& any) {
    return std::any_of(w.begin(), w.end(), [&](const std::string& x) {
        return std::find(any.begin(), any.end(), x) != any.end();
    });
}

bool hasPrefix(const std::vector<std::string>& w, std::string_view prefix) {
    return std::any_of(w.begin(), w.end(),
                       [&](const std::string& x) { return x.rfind(prefix, 0) == 0; });
}

// Names of bones that do not contain the word "bone" (FMA names, lower case).
constexpr std::array<std::string_view, 44> kBoneWords{
    "skull",      "vertebra",  "atlas",   "axis",       "sacrum",   "coccyx",    "rib",
    "sternum",    "manubrium", "xiphoid", "clavicle",   "scapula",  "humerus",   "radius",
    "ulna",       "scaphoid",  "lunate",  "triquetral", "pisiform", "trapezium", "trapezoid",
    "capitate",   "hamate",    "phalanx", "femur",      "patella",  "tibia",     "fibula",
    "talus",      "calcaneus", "cuboid",  "mandible",   "maxilla",  "vomer",     "ethmoid",
    "concha",     "ossicle",   "malleus", "incus",      "stapes",   "coccygeal", "metacarpal",
    "metatarsal", "sesamoid"};
constexpr std::array<std::string_view, 5> kCartilageWords{"cartilage", "disk", "disc", "meniscus",
                                                          "epiglottis"};
constexpr std::array<std::string_view, 11> kLigamentWords{
    "ligament",    "membrane", "tendon", "retinaculum", "tract", "raphe",
    "aponeurosis", "alba",     "fascia", "ligamentum",  "conus"};
// Words that only muscles' names carry (with the word "muscle" itself).
constexpr std::array<std::string_view, 20> kMuscleWords{"muscle",
                                                        "sphincter",
                                                        "masseter",
                                                        "part",
                                                        "parts",
                                                        "digastric",
                                                        "oblique",
                                                        "opponens",
                                                        "head",
                                                        "belly",
                                                        "lumbrical",
                                                        "lumbricals",
                                                        "interossei",
                                                        "interosseous",
                                                        "rotator",
                                                        "intertransversarius",
                                                        "intertransversarii",
                                                        "interspinales",
                                                        "interspinalis",
                                                        "levatores"};
// Organs and other non-musculoskeletal structures whose Latin names look like muscles'.
constexpr std::array<std::string_view, 22> kOtherWords{
    "artery", "vein",  "nerve",  "lobe",  "ventricle", "atrium", "valve", "gland",
    "duct",   "penis", "testis", "lung",  "kidney",    "liver",  "heart", "intestine",
    "colon",  "tooth", "eye",    "brain", "gyrus",     "sinus"};

// Latin muscle-name endings ("trapezius", "deltoid", "biceps", "platysma"...).
bool looksLikeMuscle(const std::vector<std::string>& w) {
    static constexpr std::array<std::string_view, 11> kEndings{
        "us", "is", "ii", "eps", "oid", "or", "ae", "ma", "ragm", "ris", "es"};
    return std::any_of(w.begin(), w.end(), [](const std::string& x) {
        return x.size() > 4 &&
               std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view e) {
                   return x.compare(x.size() - e.size(), e.size(), e) == 0;
               });
    });
}

}  // namespace

std::string_view toText(AtlasKind kind) {
    switch (kind) {
        case AtlasKind::Muscle:
            return "muscle";
        case AtlasKind::Bone:
            return "bone";
        case AtlasKind::Cartilage:
            return "cartilage";
        case AtlasKind::Ligament:
            return "ligament";
        case AtlasKind::Skin:
            return "skin";
        case AtlasKind::Other:
            return "other";
    }
    return "other";
}

std::optional<AtlasKind> parseAtlasKind(std::string_view text) {
    for (AtlasKind k : {AtlasKind::Muscle, AtlasKind::Bone, AtlasKind::Cartilage,
                        AtlasKind::Ligament, AtlasKind::Skin, AtlasKind::Other})
        if (toText(k) == text) return k;
    return std::nullopt;
}

core::PartKind toPartKind(AtlasKind kind) {
    switch (kind) {
        case AtlasKind::Muscle:
            return core::PartKind::Muscle;
        case AtlasKind::Bone:
            return core::PartKind::Bone;
        case AtlasKind::Skin:
            return core::PartKind::Skin;
        default:
            return core::PartKind::Other;
    }
}

core::Side sideFromName(std::string_view name) {
    const auto w = nameWords(name);
    if (std::find(w.begin(), w.end(), "right") != w.end()) return core::Side::Right;
    if (std::find(w.begin(), w.end(), "left") != w.end()) return core::Side::Left;
    return core::Side::Midline;
}

AtlasKind kindFromName(std::string_view name) {
    const auto w = nameWords(name);
    if (w.size() == 1 && w[0] == "skin") return AtlasKind::Skin;
    if (hasWord(w, kCartilageWords)) return AtlasKind::Cartilage;
    if (hasWord(w, kLigamentWords)) return AtlasKind::Ligament;
    if (hasWord(w, kOtherWords)) return AtlasKind::Other;
    if (hasWord(w, std::array<std::string_view, 2>{"bone", "bones"}) || hasWord(w, kBoneWords) ||
        hasPrefix(w, "vertebra"))
        return AtlasKind::Bone;
    if (hasWord(w, kMuscleWords) || looksLikeMuscle(w)) return AtlasKind::Muscle;
    return AtlasKind::Other;
}

std::string lowerCase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string displayName(std::string_view name) {
    std::string out(name);
    if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

}  // namespace tpa::io
