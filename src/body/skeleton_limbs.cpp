// Limb skeleton shapes: clavicle, scapula, arm and hand bones, leg and foot bones.
#include <array>

#include "body/hand_layout.h"
#include "body/skeleton.h"

namespace tpa::body {
namespace {

BoneShape bone(const char* id, const char* name, float cell) {
    return BoneShape{id, name, true, cell, {}};
}

BoneShape clavicle(const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    BoneShape b = bone("clavicle", "Clavicle", 4.0f * k);
    addTube(b.field,
            {r.at("sternoclavicular") + mm(4, 4, 0), r.at("clavicle-mid") + mm(-20, -4, 0),
             r.at("clavicle-mid") + mm(30, 4, 2), r.at("acromion") + mm(-14, 0, -2)},
            8.5f * k, 7.0f * k, 4.0f * k);
    return b;
}

BoneShape scapula(const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    BoneShape b = bone("scapula", "Scapula", 3.25f * k);
    b.clipToSkin = true;
    // The blade lies on the ribs a little in front of the rig's surface points, so that the
    // clip under the skin trims only the crest of the spine rather than the whole blade.
    auto at = [&](const char* name) { return r.at(name) + mm(0, -5, 0); };
    SdfModel& f = b.field;
    const glm::vec3 sup = at("scapula-superior-angle") + mm(0, -17, 0),
                    inf = at("scapula-inferior-angle") + mm(0, -9, 0);
    const glm::vec3 gl = at("glenoid"), root = at("scapula-spine-root") + mm(0, -6, 0);
    f.roundCone(sup, inf, 4 * k, 5 * k, 0.0f);
    f.roundCone(inf, gl + mm(-10, 6, -22), 6 * k, 7 * k, 4 * k);
    f.roundCone(sup, gl + mm(-16, 4, 6), 3.5f * k, 5 * k, 4 * k);
    // The blade: a plate between the borders whose rim is as thick as the plate, so the
    // medial border and the angles come out smooth instead of as a thin ragged edge.
    f.roundTriangle(sup + mm(2, 0, -2), inf + mm(2, 0, 4), gl + mm(-14, 5, -8), 4.0f * k, 8 * k);
    f.ellipsoid(gl, mm(10, 14, 20), 8 * k);
    addTube(f,
            {root + mm(2, -8, 0), at("spine-of-scapula-mid") + mm(-4, -11, -2),
             at("acromion") + mm(-18, -2, -6), at("acromion") + mm(-6, -4, -8)},
            3.5f * k, 6.0f * k, 6.0f * k, 3);
    f.roundCone(gl + mm(-10, -14, 8), r.at("coracoid") + mm(0, 6, 0), 7 * k, 6 * k, 6 * k);
    return b;
}

void addArmBones(std::vector<BoneShape>& out, const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const glm::vec3 s = r.at("shoulder-joint"), el = r.at("elbow-joint"), w = r.at("wrist-joint");
    BoneShape hum = bone("humerus", "Humerus", 6.0f * k);
    hum.field.ellipsoid(s, mm(24, 24, 25), 0.0f);
    hum.field.ellipsoid(r.at("greater-tubercle") + mm(-6, 2, -4), mm(12, 12, 16), 8 * k);
    hum.field.roundCone(s + (el - s) * 0.08f, el + mm(0, 0, 20), 13 * k, 11 * k, 14 * k);
    hum.field.ellipsoid(el + mm(-2, 4, 6), mm(34, 12, 13), 14 * k);
    out.push_back(std::move(hum));
    BoneShape rad = bone("radius", "Radius", 4.5f * k);
    rad.field.roundCone(el + mm(16, -2, -8), r.at("radius-mid") + mm(0, -4, 0), 10 * k, 7 * k,
                        0.0f);
    rad.field.roundCone(r.at("radius-mid") + mm(0, -4, 0), w + mm(10, -2, 6), 7 * k, 13 * k, 6 * k);
    rad.field.ellipsoid(w + mm(10, -2, 4), mm(18, 10, 9), 8 * k);
    out.push_back(std::move(rad));
    BoneShape uln = bone("ulna", "Ulna", 4.5f * k);
    uln.field.roundCone(r.at("olecranon") + mm(0, -6, 10), el + mm(-10, -4, -20), 11 * k, 10 * k,
                        0.0f);
    uln.field.roundCone(el + mm(-10, -2, -20), r.at("ulnar-styloid") + mm(2, -6, 8), 10 * k, 7 * k,
                        8 * k);
    out.push_back(std::move(uln));
    // Hand: carpal block, metacarpals and phalanges (palm forward, thumb lateral).
    BoneShape hand = bone("hand", "Hand bones", 2.5f * k);
    const glm::vec3 dir = glm::normalize(r.at("middle-fingertip") - w);
    hand.field.box(w + dir * 16.0f * k + mm(0, 2, 0), mm(24, 8, 12), 5 * k, 0.0f, frameAlong(dir));
    for (const FingerRay& ray : fingerRays(r)) {
        // Metacarpal heads and phalanges in proportion to the finger (about half its breadth).
        const float head = 0.55f * ray.knuckleRadius;
        hand.field.roundCone(ray.base, ray.knuckle, 4.5f * k, head, 3 * k);
        hand.field.roundCone(ray.knuckle, ray.knuckle + ray.dir * (ray.length - 12.0f * k),
                             0.5f * ray.knuckleRadius, 0.42f * ray.tipRadius, 2 * k);
    }
    const auto thumb = thumbChain(r);
    hand.field.roundCone(thumb[0] + mm(-6, 4, 2), thumb[1], 5.5f * k, 5 * k, 3 * k);
    hand.field.roundCone(thumb[1], thumb[2], 5 * k, 3.5f * k, 2 * k);
    out.push_back(std::move(hand));
}

void addLegBones(std::vector<BoneShape>& out, const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const glm::vec3 hip = r.at("hip-joint"), knee = r.at("knee-joint"), ankle = r.at("ankle-joint");
    BoneShape fem = bone("femur", "Femur", 6.5f * k);
    fem.field.ellipsoid(hip, mm(23, 23, 23), 0.0f);
    fem.field.roundCone(hip, r.at("greater-trochanter") + mm(-22, 0, -22), 15 * k, 16 * k, 8 * k);
    fem.field.ellipsoid(r.at("greater-trochanter") + mm(-12, 4, 2), mm(14, 18, 22), 10 * k);
    fem.field.roundCone(r.at("greater-trochanter") + mm(-24, 2, -20), knee + mm(0, 4, 40), 15 * k,
                        14 * k, 14 * k);
    fem.field.ellipsoid(r.at("lesser-trochanter") + mm(4, -4, 0), mm(9, 9, 10), 8 * k);
    fem.field.ellipsoid(knee + mm(-18, 6, 14), mm(17, 26, 22), 14 * k);
    fem.field.ellipsoid(knee + mm(18, 6, 14), mm(17, 26, 22), 14 * k);
    out.push_back(std::move(fem));
    BoneShape pat = bone("patella", "Patella", 3.0f * k);
    pat.field.ellipsoid(r.at("patella") + mm(0, 10, 0), mm(21, 10, 23), 0.0f);
    out.push_back(std::move(pat));
    BoneShape tib = bone("tibia", "Tibia", 6.0f * k);
    tib.field.ellipsoid(knee + mm(0, 2, -20), mm(38, 28, 14), 0.0f);
    tib.field.roundCone(knee + mm(0, 0, -30), ankle + mm(-6, -2, 20), 18 * k, 13 * k, 16 * k);
    tib.field.ellipsoid(r.at("tibial-tuberosity") + mm(0, 8, 0), mm(11, 9, 16), 10 * k);
    tib.field.roundCone(ankle + mm(-10, 0, 20), r.at("medial-malleolus") + mm(6, 0, 4), 14 * k,
                        8 * k, 8 * k);
    out.push_back(std::move(tib));
    BoneShape fib = bone("fibula", "Fibula", 4.5f * k);
    fib.field.ellipsoid(r.at("fibular-head") + mm(-6, 2, 0), mm(10, 10, 12), 0.0f);
    fib.field.roundCone(r.at("fibular-head") + mm(-6, 2, -6),
                        r.at("lateral-malleolus") + mm(-6, 0, 14), 8 * k, 7 * k, 6 * k);
    fib.field.ellipsoid(r.at("lateral-malleolus") + mm(-7, 0, 10), mm(8, 10, 16), 6 * k);
    out.push_back(std::move(fib));
    BoneShape foot = bone("foot", "Foot bones", 3.5f * k);
    SdfModel& f = foot.field;
    f.ellipsoid(ankle + mm(0, -4, -10), mm(20, 26, 16), 0.0f);
    // The calcaneus: long, narrow and flat-sided, its tuberosity at the back of the heel (as a
    // 40 mm wide ellipsoid it bulged out of the side and back of the heel as a bare bulb).
    f.ellipsoid(r.at("heel") + mm(2, -28, 0), mm(15, 34, 19), 8 * k);
    f.box(ankle + mm(0, -55, -30), mm(26, 24, 14), 6 * k, 10 * k);
    // The second and third metatarsals' bases rise toward the tarsus' dorsum, the second's
    // highest (the transverse arch): 12 and 6 mm lower, they stepped down off the tarsal block
    // and the dorsum's tendons stood 35-40 mm over them. The first stays low beside the abductor
    // hallucis and the fourth and fifth under the short extensor: raised, they showed bare from
    // the medial side and from the side.
    constexpr float kBaseZ[5] = {-38.0f, -28.0f, -36.0f, -44.0f, -46.0f};
    for (int i = 0; i < 5; ++i) {
        const float t = float(i) / 4.0f;
        const glm::vec3 base =
            ankle + glm::vec3(glm::mix(-20.0f, 34.0f, t), -72.0f, kBaseZ[i]) * k;
        const glm::vec3 head =
            glm::mix(r.at("first-mtp") + mm(4, 0, 4), r.at("toes-lateral") + mm(-6, 46, 6), t);
        // The lesser toes' tips lie on the skin's toes (skin_field.cpp), 6 mm behind their
        // ends: placed apart from them they stood out of the toes' sides.
        const glm::vec3 tip =
            i == 0 ? r.at("toe-tip") + mm(1, 9, 5)
                   : glm::mix(r.at("toe-tip") + mm(10, 6, 0), r.at("toes-lateral"), t) + mm(0, 6, 1);
        f.roundCone(base, head, (i == 0 ? 9.0f : 5.5f) * k, (i == 0 ? 9.0f : 5.0f) * k, 3 * k);
        f.roundCone(head, tip, (i == 0 ? 7.0f : 3.5f) * k, (i == 0 ? 5.5f : 2.6f) * k, 2 * k);
    }
    out.push_back(std::move(foot));
}

}  // namespace

std::vector<BoneShape> limbBones(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    std::vector<BoneShape> out;
    out.push_back(clavicle(rig, k));
    out.push_back(scapula(rig, k));
    addArmBones(out, rig, k);
    addLegBones(out, rig, k);
    return out;
}

}  // namespace tpa::body
