// Landmark rules: each names its source parts and picks an extreme vertex of them, often within a
// band of the bone (top 20 %, distal 12 %...). Frame: mm, +Z up, -Y anterior, -X subject's right.
#include "io/atlas_landmarks.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

#include "io/atlas_mapping.h"

namespace tpa::io {
namespace {

using glm::vec3;
using Points = std::vector<vec3>;
using core::Side;

struct Ctx {
    const core::Scene& scene;
    Side side = Side::Midline;
    float lat = 0.0f;  // +1 toward the side's lateral (left = +x), -1 for the right

    // Vertices of every part whose name matches; "{side}" is this side, or either on the midline.
    Points pts(std::string_view pattern) const {
        std::string p(pattern);
        if (auto at = p.find("{side}"); at != std::string::npos)
            p.replace(at, 6, side == Side::Right ? "right" : side == Side::Left ? "left" : "*");
        Points out;
        for (const auto& part : scene.parts)
            if (matchesAtlasPattern(p, part.name))
                out.insert(out.end(), part.mesh.positions.begin(), part.mesh.positions.end());
        return out;
    }
    Points skin() const {
        Points out;
        for (const auto& part : scene.parts)
            if (part.kind == core::PartKind::Skin)
                out.insert(out.end(), part.mesh.positions.begin(), part.mesh.positions.end());
        return out;
    }
    vec3 lateral() const { return {lat, 0, 0}; }
};

std::optional<vec3> extreme(const Points& pts, vec3 dir) {
    if (pts.empty()) return std::nullopt;
    return *std::max_element(pts.begin(), pts.end(), [&](const vec3& a, const vec3& b) {
        return glm::dot(a, dir) < glm::dot(b, dir);
    });
}

// Points whose coordinate on `axis` lies between fractions lo and hi of the points' range.
Points band(const Points& pts, int axis, float lo, float hi) {
    if (pts.empty()) return {};
    auto [mn, mx] = std::minmax_element(pts.begin(), pts.end(),
                                        [&](auto& a, auto& b) { return a[axis] < b[axis]; });
    const float a = (*mn)[axis], range = (*mx)[axis] - a;
    Points out;
    std::copy_if(pts.begin(), pts.end(), std::back_inserter(out), [&](const vec3& p) {
        return p[axis] >= a + lo * range && p[axis] <= a + hi * range;
    });
    return out;
}

Points where(const Points& pts, const std::function<bool(const vec3&)>& keep) {
    Points out;
    std::copy_if(pts.begin(), pts.end(), std::back_inserter(out), keep);
    return out;
}

// The skin point reached from `from` going along `dir`: the farthest skin vertex along dir
// within `radius` of the ray.
std::optional<vec3> skinAlong(const Ctx& c, std::optional<vec3> from, vec3 dir,
                              float radius = 10.0f) {
    if (!from) return std::nullopt;
    const Points near = where(c.skin(), [&](const vec3& v) {
        const vec3 d = v - *from;
        const float t = glm::dot(d, dir);
        return t > -30.0f && glm::length(d - t * dir) < radius;
    });
    return extreme(near, dir);
}

constexpr vec3 kUp{0, 0, 1}, kDown{0, 0, -1}, kFront{0, -1, 0}, kBack{0, 1, 0};

struct Rule {
    std::string_view name;
    std::vector<std::string> sources;
    std::function<std::optional<vec3>(const Ctx&)> find;
};

std::vector<Rule> rules() {
    auto top = [](const Points& p, float f) { return band(p, 2, 1.0f - f, 1.0f); };
    auto bottom = [](const Points& p, float f) { return band(p, 2, 0.0f, f); };
    auto nearMid = [](const Points& p, float mm) {
        return where(p, [=](const vec3& v) { return std::abs(v.x) < mm; });
    };
    auto onSide = [](const Ctx& c, const Points& p) {
        return where(p, [&](const vec3& v) { return v.x * c.lat > 15; });
    };
    auto tmj = [=](const Ctx& c) {
        return extreme(band(onSide(c, c.pts("mandible")), 1, 0.7f, 1.0f), kUp);
    };
    auto zygoma = [](const Ctx& c) { return extreme(c.pts("{side} zygomatic bone"), c.lateral()); };
    auto spineMax = [](const char* bone) {
        return [=](const Ctx& c) { return extreme(c.pts(bone), kBack); };
    };
    return {
        {"vertex", {"skin"}, [](const Ctx& c) { return extreme(c.skin(), kUp); }},
        {"glabella",
         {"frontal bone"},
         [=](const Ctx& c) { return extreme(nearMid(c.pts("frontal bone"), 15), kFront); }},
        {"nasion",
         {"{side} nasal bone"},
         [](const Ctx& c) { return extreme(c.pts("{side} nasal bone"), kUp); }},
        {"menton",
         {"mandible"},
         [=](const Ctx& c) { return extreme(nearMid(c.pts("mandible"), 12), kDown); }},
        {"inion",
         {"occipital bone"},
         [=](const Ctx& c) { return extreme(nearMid(c.pts("occipital bone"), 15), kBack); }},
        {"tmj", {"mandible"}, tmj},
        {"tragus", {"skin"}, [=](const Ctx& c) { return skinAlong(c, tmj(c), c.lateral()); }},
        {"mastoid",
         {"{side} temporal bone"},
         [](const Ctx& c) {
             const Points back = band(c.pts("{side} temporal bone"), 1, 0.5f, 1.0f);
             const Points outer = where(back, [&](const vec3& v) { return v.x * c.lat > 45; });
             return extreme(outer, kDown);
         }},
        {"zygoma", {"{side} zygomatic bone"}, zygoma},
        {"gonion",
         {"mandible"},
         [=](const Ctx& c) {
             return extreme(onSide(c, c.pts("mandible")),
                            glm::normalize(vec3(0.2f * c.lat, 1, -1)));
         }},
        {"temple",
         {"skin"},
         [=](const Ctx& c) -> std::optional<vec3> {
             const auto z = zygoma(c), t = tmj(c);
             if (!z || !t) return std::nullopt;
             return skinAlong(c, vec3(z->x, 0.5f * (z->y + t->y), z->z + 30.0f), c.lateral());
         }},
        {"c2", {"axis"}, spineMax("axis")},
        {"c7", {"seventh cervical vertebra"}, spineMax("seventh cervical vertebra")},
        {"jugular-notch",
         {"manubrium"},
         [=](const Ctx& c) { return extreme(nearMid(c.pts("manubrium"), 8), kUp); }},
        {"sternoclavicular",
         {"{side} clavicle"},
         [](const Ctx& c) { return extreme(c.pts("{side} clavicle"), -c.lateral()); }},
        {"xiphoid",
         {"xiphoid process"},
         [](const Ctx& c) { return extreme(c.pts("xiphoid process"), kDown); }},
        {"nipple",
         {"skin"},
         [](const Ctx& c) -> std::optional<vec3> {
             const auto clav = c.pts("{side} clavicle");
             const auto cart = extreme(c.pts("{side} fourth costal cartilage"), kDown);
             if (clav.empty() || !cart) return std::nullopt;
             const float x =
                 0.5f * (extreme(clav, c.lateral())->x + extreme(clav, -c.lateral())->x);
             return skinAlong(c, vec3(x, cart->y, cart->z - 10.0f), kFront, 12.0f);
         }},
        {"umbilicus",
         {"skin"},
         [](const Ctx& c) -> std::optional<vec3> {
             const auto l3 = extreme(c.pts("third lumbar vertebra"), kDown);
             if (!l3) return std::nullopt;
             return skinAlong(c, vec3(0, l3->y, l3->z), kFront, 8.0f);
         }},
        {"pubic-symphysis",
         {"{side} hip bone"},
         [=](const Ctx& c) { return extreme(nearMid(c.pts("{side} hip bone"), 15), kFront); }},
        {"t4", {"fourth thoracic vertebra"}, spineMax("fourth thoracic vertebra")},
        {"t7", {"seventh thoracic vertebra"}, spineMax("seventh thoracic vertebra")},
        {"t12", {"twelfth thoracic vertebra"}, spineMax("twelfth thoracic vertebra")},
        {"l3", {"third lumbar vertebra"}, spineMax("third lumbar vertebra")},
        {"s2",
         {"sacrum"},
         [=](const Ctx& c) {
             return extreme(nearMid(band(c.pts("sacrum"), 2, 0.6f, 0.72f), 20), kBack);
         }},
        {"coccyx",
         {"coccyx", "sacrum"},
         [](const Ctx& c) {
             auto p = extreme(c.pts("coccyx"), kDown);
             return p ? p : extreme(c.pts("sacrum"), kDown);
         }},
        {"iliac-crest",
         {"{side} hip bone"},
         [](const Ctx& c) { return extreme(c.pts("{side} hip bone"), kUp); }},
        {"asis",
         {"{side} hip bone"},
         [=](const Ctx& c) { return extreme(top(c.pts("{side} hip bone"), 0.4f), kFront); }},
        {"psis",
         {"{side} hip bone"},
         [=](const Ctx& c) { return extreme(top(c.pts("{side} hip bone"), 0.45f), kBack); }},
        {"acromion",
         {"{side} scapula"},
         [=](const Ctx& c) { return extreme(top(c.pts("{side} scapula"), 0.2f), c.lateral()); }},
        {"coracoid",
         {"{side} scapula"},
         [](const Ctx& c) { return extreme(c.pts("{side} scapula"), kFront); }},
        {"clavicle-mid",
         {"{side} clavicle"},
         [](const Ctx& c) -> std::optional<vec3> {
             const Points p = c.pts("{side} clavicle");
             if (p.empty()) return std::nullopt;
             const float mid = 0.5f * (extreme(p, c.lateral())->x + extreme(p, -c.lateral())->x);
             return extreme(where(p, [&](const vec3& v) { return std::abs(v.x - mid) < 4; }), kUp);
         }},
        {"scapula-superior-angle",
         {"{side} scapula"},
         [](const Ctx& c) {
             const Points p = c.pts("{side} scapula");
             return extreme(c.lat > 0 ? band(p, 0, 0.0f, 0.35f) : band(p, 0, 0.65f, 1.0f), kUp);
         }},
        {"scapula-inferior-angle",
         {"{side} scapula"},
         [](const Ctx& c) { return extreme(c.pts("{side} scapula"), kDown); }},
        {"scapula-spine-root",
         {"{side} scapula"},
         [](const Ctx& c) -> std::optional<vec3> {
             const Points p = c.pts("{side} scapula");
             const auto sup =
                 extreme(c.lat > 0 ? band(p, 0, 0.0f, 0.35f) : band(p, 0, 0.65f, 1.0f), kUp);
             const auto inf = extreme(p, kDown);
             if (!sup || !inf) return std::nullopt;
             const float z = sup->z - 0.3f * (sup->z - inf->z);
             return extreme(where(p, [&](const vec3& v) { return std::abs(v.z - z) < 8; }),
                            -c.lateral());
         }},
        {"deltoid-tuberosity",
         {"{side} humerus"},
         [](const Ctx& c) {
             return extreme(band(c.pts("{side} humerus"), 2, 0.52f, 0.64f), c.lateral());
         }},
        {"lateral-epicondyle",
         {"{side} humerus"},
         [=](const Ctx& c) {
             return extreme(bottom(c.pts("{side} humerus"), 0.12f), c.lateral());
         }},
        {"medial-epicondyle",
         {"{side} humerus"},
         [=](const Ctx& c) {
             return extreme(bottom(c.pts("{side} humerus"), 0.12f), -c.lateral());
         }},
        {"olecranon",
         {"{side} ulna"},
         [=](const Ctx& c) { return extreme(top(c.pts("{side} ulna"), 0.08f), kBack); }},
        {"radial-styloid",
         {"{side} radius"},
         [](const Ctx& c) { return extreme(c.pts("{side} radius"), kDown); }},
        {"ulnar-styloid",
         {"{side} ulna"},
         [](const Ctx& c) { return extreme(c.pts("{side} ulna"), kDown); }},
        {"middle-fingertip",
         {"skin"},
         [](const Ctx& c) {
             return skinAlong(c, extreme(c.pts("distal phalanx of {side} middle finger"), kDown),
                              kDown, 8.0f);
         }},
        {"thumb-tip",
         {"skin"},
         [](const Ctx& c) {
             return skinAlong(c, extreme(c.pts("distal phalanx of {side} thumb"), kDown), kDown,
                              8.0f);
         }},
        {"greater-trochanter",
         {"{side} femur"},
         [=](const Ctx& c) { return extreme(top(c.pts("{side} femur"), 0.12f), c.lateral()); }},
        {"ischial-tuberosity",
         {"{side} hip bone"},
         [](const Ctx& c) {
             return extreme(band(c.pts("{side} hip bone"), 1, 0.5f, 1.0f), kDown);
         }},
        {"patella",
         {"{side} patella"},
         [](const Ctx& c) { return extreme(c.pts("{side} patella"), kFront); }},
        {"tibial-tuberosity",
         {"{side} tibia"},
         [=](const Ctx& c) { return extreme(top(c.pts("{side} tibia"), 0.25f), kFront); }},
        {"fibular-head",
         {"{side} fibula"},
         [](const Ctx& c) { return extreme(c.pts("{side} fibula"), kUp); }},
        {"lateral-malleolus",
         {"{side} fibula"},
         [](const Ctx& c) { return extreme(c.pts("{side} fibula"), kDown); }},
        {"medial-malleolus",
         {"{side} tibia"},
         [=](const Ctx& c) {
             const Points end = bottom(c.pts("{side} tibia"), 0.1f);
             return extreme(c.lat > 0 ? band(end, 0, 0.0f, 0.5f) : band(end, 0, 0.5f, 1.0f), kDown);
         }},
        {"heel",
         {"{side} calcaneus"},
         [](const Ctx& c) { return extreme(c.pts("{side} calcaneus"), kBack); }},
        {"first-mtp",
         {"{side} first metatarsal bone"},
         [](const Ctx& c) { return extreme(c.pts("{side} first metatarsal bone"), kFront); }},
        {"toe-tip",
         {"skin"},
         [](const Ctx& c) {
             return skinAlong(c, extreme(c.pts("distal phalanx of {side} big toe"), kFront), kFront,
                              8.0f);
         }},
    };
}

const std::vector<Rule>& ruleTable() {
    static const std::vector<Rule> kRules = rules();
    return kRules;
}

}  // namespace

std::vector<std::string> atlasLandmarkSources(std::string_view bareName) {
    for (const auto& r : ruleTable())
        if (r.name == bareName) return r.sources;
    return {};
}

std::vector<std::string> registerAtlasLandmarks(core::Scene& scene) {
    std::vector<std::string> warnings;
    scene.landmarks = core::Landmarks{};
    for (const auto& l : core::landmarkVocabulary()) {
        auto it = std::find_if(ruleTable().begin(), ruleTable().end(),
                               [&](const Rule& r) { return r.name == l.name; });
        const std::string name(l.name);
        if (it == ruleTable().end()) {
            warnings.push_back("landmark '" + name + "': no atlas rule");
            continue;
        }
        for (Side side : l.sided ? std::vector<Side>{Side::Right, Side::Left}
                                 : std::vector<Side>{Side::Midline}) {
            Ctx c{scene, side, side == Side::Right ? -1.0f : 1.0f};
            const std::string key =
                l.sided ? name + (side == Side::Right ? ".right" : ".left") : name;
            if (auto p = it->find(c))
                scene.landmarks.set(key, *p);
            else
                warnings.push_back("landmark '" + key + "': the atlas lacks " +
                                   it->sources.front());
        }
    }
    return warnings;
}

}  // namespace tpa::io
