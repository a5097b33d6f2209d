// Skin shapes per body segment. Sizes are for the 1750 mm reference body and scale with it;
// blend radii set how softly neighbouring masses flow into each other.
#include "body/skin_field.h"

#include <array>
#include <cmath>

#include "body/hand_layout.h"

namespace tpa::body {
namespace {

void addHead(SdfModel& f, const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const float eye = r.proportions().eyeHeight * r.stature();
    const glm::vec3 e(0.0f, 0.0f, eye);
    f.ellipsoid(mm(0, 14, 0) + glm::vec3(0, 0, r.stature() - 94.0f * k), mm(77, 98, 94), 0.0f);
    f.ellipsoid(e + mm(0, -58, 30), mm(62, 34, 42), 20.0f * k);
    f.roundCone(e + mm(0, -84, 21), e + mm(40, -78, 22), 9.0f * k, 8.0f * k, 12.0f * k);
    f.ellipsoid(e + mm(0, -44, -36), mm(58, 50, 62), 24.0f * k);
    f.ellipsoid(r.at("zygoma") + mm(-10, -4, 0), mm(18, 22, 14), 14.0f * k);
    f.roundCone(r.at("gonion") + mm(-2, 0, 4), r.at("menton") + mm(18, 8, 14), 15.0f * k, 13.0f * k,
                22.0f * k);
    f.ellipsoid(r.at("menton") + mm(0, 6, 18), mm(24, 16, 19), 14.0f * k);
    f.ellipsoid(e + mm(0, -88, -68), mm(24, 10, 12), 10.0f * k);
    f.roundCone(r.at("nasion") + mm(0, -2, 0), e + mm(0, -110, -38), 7.0f * k, 9.0f * k, 8.0f * k);
    f.ellipsoid(e + mm(0, -100, -42), mm(16, 11, 9), 8.0f * k);
    f.ellipsoid(r.at("tragus") + mm(7, 6, 4), mm(10, 16, 29), 6.0f * k,
                frameAlong(glm::vec3(0.0f, 0.25f, 1.0f), glm::vec3(0.0f, -1.0f, 0.0f)));
    f.carveEllipsoid(e + mm(32, -98, 0), mm(17, 13, 10), 8.0f * k);
    f.ellipsoid(e + mm(32, -82, 0), mm(13, 8, 9), 6.0f * k);
}

void addNeckAndTrunk(SdfModel& f, const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    f.roundCone(mm(0, 18, 1445), mm(0, 20, 1575), 63.0f * k, 54.0f * k, 26.0f * k);
    f.ellipsoid(r.at("menton") + mm(0, 42, 6), mm(44, 44, 24), 20.0f * k);
    f.roundCone(r.at("sternoclavicular") + mm(0, 6, 4), r.at("mastoid") + mm(0, -6, -6), 11.0f * k,
                10.0f * k, 16.0f * k);
    f.roundCone(mm(38, 42, 1508), r.at("acromion") + mm(-18, 12, -8), 34.0f * k, 30.0f * k,
                30.0f * k);
    f.ellipsoid(mm(0, 8, 1350), mm(168, 104, 122), 40.0f * k);
    f.ellipsoid(mm(0, 2, 1250), mm(150, 112, 168), 40.0f * k);
    // The pectoral mass: a man's pectoralis is a broad, flat plate from the sternum to the front
    // of the armpit, its lower border rising laterally to the axillary fold and its front facing
    // a little down. A round ellipsoid centred over the nipple line read as a pair of breasts,
    // domed, with a rounded under-bust contour lowest under the nipple (chest_shape_test.cpp).
    f.ellipsoid(mm(76, -70, 1300), mm(54, 36, 86), 32.0f * k,
                frameAlong(glm::vec3(0.848f, 0.0f, 0.530f), glm::vec3(0.0f, -0.978f, -0.208f)));
    f.roundCone(r.at("sternoclavicular") + mm(0, -2, 2), r.at("acromion") + mm(-12, 0, 0),
                15.0f * k, 18.0f * k, 26.0f * k);
    f.ellipsoid(mm(0, -4, 1085), mm(138, 100, 150), 50.0f * k);
    // The flank over the iliac crest: its pad lies at the side and in front, where it overhangs
    // the crest; reaching round to the back it read as a lump over a crease (flank_test.cpp).
    f.ellipsoid(mm(124, 0, 1042), mm(40, 64, 66), 40.0f * k);
    f.ellipsoid(mm(0, -64, 884), mm(58, 26, 34), 30.0f * k);
    f.ellipsoid(mm(0, 4, 945), mm(150, 96, 110), 50.0f * k);
    f.ellipsoid(mm(70, 60, 882), mm(82, 70, 98), 34.0f * k);
    f.ellipsoid(mm(106, 0, 930), mm(44, 80, 92), 40.0f * k);
    f.ellipsoid(mm(78, 52, 1320), mm(70, 44, 120), 40.0f * k);
}

void addArm(SdfModel& f, const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const glm::vec3 s = r.at("shoulder-joint"), el = r.at("elbow-joint"), w = r.at("wrist-joint");
    const glm::vec3 armDir = glm::normalize(el - s), foreDir = glm::normalize(w - el);
    const glm::vec3 handDir = glm::normalize(r.at("middle-fingertip") - w);
    const glm::mat3 armFrame = frameAlong(armDir), foreFrame = frameAlong(foreDir);
    f.ellipsoid(s + mm(6, -2, -18), mm(38, 52, 70), 30.0f * k, armFrame);
    f.roundCone(s + armDir * 20.0f * k, el, 43.0f * k, 36.0f * k, 30.0f * k);
    // The biceps' mass in front (lower-middle) and the triceps' behind (upper-middle), for a
    // relaxed girth of about 320 mm (girth_test.cpp). Both are centred near the humerus, not
    // under the bulge: the muscles are pressed under the skin along the field's gradient, which
    // inside an ellipsoid points away from its centre, and bellies behind a centre were turned
    // inward. Deep rather than wide, so the armpit opens where it did.
    f.ellipsoid(glm::mix(s, el, 0.6f) + mm(0, -7, 0), mm(32, 50, 96), 20.0f * k, armFrame);
    f.ellipsoid(glm::mix(s, el, 0.5f) + mm(6, 0, 0), mm(38, 52, 88), 20.0f * k, armFrame);
    f.ellipsoid(el + mm(0, 4, 4), mm(38, 30, 30), 20.0f * k);
    f.roundCone(el, w, 38.0f * k, 24.0f * k, 20.0f * k);
    f.ellipsoid(glm::mix(el, w, 0.3f), mm(42, 33, 82), 26.0f * k, foreFrame);
    f.ellipsoid(w, mm(29, 17, 16), 14.0f * k, foreFrame);
    // Hand: palm facing forward (-y), thumb lateral (+x), fingers slightly fanned and apart.
    // Sized on ANSUR II men (breadth 88 mm across the metacarpal heads, circumference 212 mm
    // there, length 193): the palm widens from the carpus to the knuckles and is about 30 mm
    // thick there, a rounded slab rather than a box with square edges.
    const glm::mat3 handFrame = frameAlong(handDir);
    f.box(w + handDir * 30.0f * k + mm(0, -2, 0), mm(34, 14, 22), 12.0f * k, 12.0f * k, handFrame);
    f.box(w + handDir * 68.0f * k + mm(1, -2, 0), mm(44, 15, 24), 14.0f * k, 14.0f * k, handFrame);
    for (const FingerRay& ray : fingerRays(r)) {
        // Proximal segment thicker than the tip; little blend so the fingers do not web.
        const glm::vec3 joint = ray.knuckle + ray.dir * (0.45f * ray.length);
        f.roundCone(ray.knuckle - ray.dir * (6.0f * k), joint, ray.knuckleRadius, ray.jointRadius,
                    3.0f * k);
        f.roundCone(joint, ray.knuckle + ray.dir * (ray.length - ray.tipRadius), ray.jointRadius,
                    ray.tipRadius, 2.0f * k);
    }
    const auto thumb = thumbChain(r);
    f.roundCone(thumb[0], thumb[1], 14.0f * k, 10.5f * k, 12.0f * k);
    f.roundCone(thumb[1], thumb[2], 10.5f * k, kThumbTipRadius * k, 3.0f * k);
}

void addLeg(SdfModel& f, const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const glm::vec3 hip = r.at("hip-joint"), knee = r.at("knee-joint"), ankle = r.at("ankle-joint");
    const glm::mat3 thighFrame = frameAlong(knee - hip), shankFrame = frameAlong(ankle - knee);
    // Girths near a lean man's in ANSUR II (girth_test.cpp): thigh ~595 mm at the gluteal
    // furrow, ~395 above the patella, calf ~380, ankle ~220. The thigh's extra bulk is in front,
    // behind and at the corners, not medially, so the thighs stay apart below the crotch; the
    // cone starts lower, so the hips across the trochanters stay as broad as before.
    f.roundCone(hip + mm(10, -2, -60), knee + mm(0, 0, 40), 82.0f * k, 60.0f * k, 40.0f * k);
    f.ellipsoid(glm::mix(hip, knee, 0.45f) + mm(14, -30, 0), mm(72, 62, 170), 30.0f * k,
                thighFrame);
    f.ellipsoid(knee + mm(-28, -24, 88), mm(37, 34, 60), 20.0f * k, thighFrame);
    f.ellipsoid(glm::mix(hip, knee, 0.4f) + mm(2, 36, 0), mm(64, 64, 160), 30.0f * k, thighFrame);
    f.ellipsoid(knee + mm(0, -2, 6), mm(50, 47, 50), 25.0f * k);
    f.ellipsoid(r.at("patella") + mm(0, -4, 0), mm(22, 10, 26), 12.0f * k);
    f.roundCone(knee + mm(0, 5, -20), ankle + mm(0, 0, 24), 46.0f * k, 25.5f * k, 30.0f * k);
    // The calf swells behind and to either side in its upper third (the medial head lower and
    // fuller, the lateral one higher), not at the front-lateral shin, where a wider calf laid
    // the tibialis anterior over the tibia's subcutaneous face.
    f.ellipsoid(glm::mix(knee, ankle, 0.3f) + mm(2, 34, 0), mm(47, 50, 108), 30.0f * k, shankFrame);
    f.ellipsoid(glm::mix(knee, ankle, 0.34f) + mm(-14, 32, -10), mm(33, 35, 100), 20.0f * k,
                shankFrame);
    f.ellipsoid(glm::mix(knee, ankle, 0.28f) + mm(24, 34, 0), mm(32, 30, 75), 20.0f * k,
                shankFrame);
    f.roundCone(knee + mm(0, -38, -50), ankle + mm(-8, -24, 34), 15.0f * k, 12.0f * k, 26.0f * k);
    f.roundCone(glm::mix(knee, ankle, 0.42f) + mm(0, 24, 0), glm::mix(knee, ankle, 0.86f) + mm(0, 12, 0),
                39.0f * k, 21.0f * k, 30.0f * k);
    f.ellipsoid(r.at("lateral-malleolus") + mm(-6, 0, 0), mm(12, 14, 18), 10.0f * k);
    f.ellipsoid(r.at("medial-malleolus") + mm(6, 0, 0), mm(12, 14, 18), 10.0f * k);
    // The calcaneal tendon from the end of the calf down to the heel, so the back of the leg
    // tapers into it (it began 90 mm above the ankle, leaving a waist in the outline above it).
    f.roundCone(glm::mix(knee, ankle, 0.62f) + mm(0, 32, 0), r.at("heel") + mm(0, -14, 14),
                8.0f * k, 12.0f * k, 20.0f * k);
    f.ellipsoid(r.at("heel") + mm(0, -28, 4), mm(30, 32, 36), 20.0f * k);
    f.ellipsoid(ankle + mm(2, -62, -30), mm(42, 92, 34), 30.0f * k);
    f.ellipsoid(ankle + mm(6, -135, -48), mm(48, 48, 22), 24.0f * k);
    f.roundCone(r.at("first-mtp") + mm(2, -8, 2), r.at("toe-tip") + mm(0, 11, 6), 13.0f * k,
                11.0f * k, 6.0f * k);
    const glm::vec3 lateral = r.at("toes-lateral");
    for (int i = 0; i < 4; ++i) {
        const float t = float(i + 1) / 4.0f;
        const glm::vec3 tip = glm::mix(r.at("toe-tip") + mm(10, 6, 0), lateral, t);
        f.roundCone(tip + mm(0, 34, 0), tip, 9.0f * k - t * 2.0f * k, 7.5f * k - t * 1.5f * k,
                    5.0f * k);
    }
}

}  // namespace

SdfModel skinField(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    SdfModel f;
    addHead(f, rig, k);
    addNeckAndTrunk(f, rig, k);
    addArm(f, rig, k);
    addLeg(f, rig, k);
    f.setFloor(0.0f);
    f.makeSymmetric();
    return f;
}

}  // namespace tpa::body
