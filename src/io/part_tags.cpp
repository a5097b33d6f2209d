// Name heuristics: words like "left", "_L", "bone", "skin", "muscle" decide the tags.
#include "io/part_tags.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace tpa::io {

std::vector<std::string> nameWords(std::string_view name) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            cur += char(std::tolower(static_cast<unsigned char>(c)));
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

namespace {

bool has(const std::vector<std::string>& w, std::initializer_list<std::string_view> any) {
    return std::any_of(w.begin(), w.end(), [&](const std::string& x) {
        return std::find(any.begin(), any.end(), x) != any.end();
    });
}

}  // namespace

PartTags guessPartTags(std::string_view name) {
    const auto w = nameWords(name);
    PartTags t;
    if (has(w, {"left", "l", "sinister", "lt"})) t.side = core::Side::Left;
    if (has(w, {"right", "r", "dexter", "rt"})) t.side = core::Side::Right;
    if (has(w, {"skin", "body", "surface"})) {
        t.kind = core::PartKind::Skin;
        t.layer = core::Layer::Skin;
    } else if (has(w, {"bone", "skull", "femur", "tibia", "fibula", "humerus", "radius", "ulna", "vertebra",
                       "rib", "pelvis", "scapula", "clavicle", "sternum", "mandible", "patella", "sacrum"})) {
        t.kind = core::PartKind::Bone;
        t.layer = core::Layer::Bone;
    } else if (has(w, {"muscle", "musculus", "m"})) {
        t.kind = core::PartKind::Muscle;
    }
    return t;
}

std::string slugify(std::string_view name) {
    std::string out;
    for (const auto& w : nameWords(name)) {
        if (!out.empty()) out += '-';
        out += w;
    }
    return out.empty() ? "part" : out;
}

}  // namespace tpa::io
