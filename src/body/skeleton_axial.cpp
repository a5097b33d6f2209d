// Axial skeleton shapes: skull, mandible, vertebral column, ribs, sternum and pelvis.
#include <array>
#include <cmath>

#include "body/skeleton.h"

namespace tpa::body {
namespace {

// Spinous-process tips of C1..L5 (24 vertebrae), interpolated between the rig's named levels.
std::array<glm::vec3, 24> spinousTips(const Rig& r) {
    const std::array<std::pair<int, const char*>, 9> keys{{{1, "c2"},
                                                           {6, "c7"},
                                                           {7, "t1"},
                                                           {10, "t4"},
                                                           {13, "t7"},
                                                           {18, "t12"},
                                                           {19, "l1"},
                                                           {21, "l3"},
                                                           {23, "l5"}}};
    std::array<glm::vec3, 24> tips{};
    for (std::size_t k = 0; k + 1 < keys.size(); ++k) {
        const glm::vec3 a = r.at(keys[k].second), b = r.at(keys[k + 1].second);
        const int ia = keys[k].first, ib = keys[k + 1].first;
        for (int i = ia; i <= ib; ++i) tips[i] = glm::mix(a, b, float(i - ia) / float(ib - ia));
    }
    tips[0] = tips[1] + (tips[1] - tips[2]) * 0.8f + glm::vec3(0.0f, -14.0f, 0.0f);
    return tips;
}

glm::vec3 bodyCentre(const glm::vec3& tip, int i, float k) {
    if (i < 7) return tip + glm::vec3(0.0f, -42.0f, 8.0f) * k;
    if (i < 19) return tip + glm::vec3(0.0f, -58.0f, 20.0f) * k;
    return tip + glm::vec3(0.0f, -64.0f, 4.0f) * k;
}

// How much deeper than the bone clearance the pelvis lies under the skin (mm): the iliac crest
// is pressed to the skin wherever the wing's shape reaches past it, and at the clearance the
// external oblique's insertion and the flank's fat had no room over it.
constexpr float kPelvisExtraClearanceMm = 3.0f;
// How much deeper than the bone clearance the facial skeleton lies under the skin (mm).
constexpr float kFaceRecessMm = 3.5f;

// The braincase: vault, occiput and forehead (what the scalp muscles lie on).
void addCranium(SdfModel& f, const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const glm::vec3 e(0.0f, 0.0f, r.proportions().eyeHeight * r.stature());
    f.ellipsoid(glm::vec3(0, 14 * k, r.stature() - 80 * k), mm(70, 91, 80), 0.0f);
    f.ellipsoid(mm(0, 48, 0) + glm::vec3(0, 0, r.stature() - 120 * k), mm(56, 46, 44), 16 * k);
    f.ellipsoid(e + mm(0, -52, 26), mm(56, 34, 36), 16 * k);
    // The temporal fossa: a shallow dish in the vault's side below the temporal line, deepest
    // above the arch and flatter than the vault so it feathers out toward the line; the
    // temporalis lies in it about level with the galea (its face 4.4 mm under the skin, the
    // galea's 3.5 mm). On the plain ellipsoid the fan's face was 1.9 mm under the skin, a
    // domed lump standing proud of the scalp. Carved before the face so the orbital rim,
    // cheek bone and arch stay whole; makeSymmetric mirrors it.
    f.carveEllipsoid(e + mm(102.5f, -14, 30), mm(40, 72, 120), 12 * k);
}

// Braincase plus a face: brow ridges over deep orbits with their lateral rims, cheek bones
// and zygomatic arches standing off the temporal fossa, nasal bones over a pear-shaped nasal
// aperture, and the maxilla carrying the upper teeth. Left side and midline only.
BoneShape skull(const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const glm::vec3 e(0.0f, 0.0f, r.proportions().eyeHeight * r.stature());
    BoneShape b{"skull", "Skull", false, 4.5f * k, {}};
    SdfModel& f = b.field;
    addCranium(f, r, k);
    f.ellipsoid(e + mm(0, -47, -30), mm(34, 35, 42), 18 * k);               // facial mass
    f.ellipsoid(e + mm(0, -67, -56), mm(29, 17, 16), 12 * k);               // maxilla
    addTube(f, {e + mm(0, -82, -70), e + mm(20, -76, -70), e + mm(32, -61, -68),
                e + mm(36, -40, -66)}, 7 * k, 6 * k, 8 * k, 2);             // upper teeth
    f.roundCone(r.at("glabella") + mm(0, 5, -4), e + mm(46, -77, 14), 7 * k, 5 * k, 6 * k);
    f.roundCone(e + mm(48, -73, 12), r.at("zygoma") + mm(-4, -3, 6), 5 * k, 5 * k, 6 * k);
    f.ellipsoid(r.at("zygoma") + mm(-6, 0, -2), mm(12, 16, 11), 8 * k);     // cheek bone
    f.roundCone(r.at("zygoma") + mm(2, 8, -2), r.at("tmj") + mm(8, -8, 2), 5 * k, 4.5f * k,
                4 * k);                                                      // zygomatic arch
    f.roundCone(r.at("nasion") + mm(0, 6, 0), e + mm(0, -89, -24), 6 * k, 3.5f * k, 6 * k);
    f.roundCone(r.at("tragus") + mm(-16, 6, 0), r.at("mastoid") + mm(-5, 0, 6), 9 * k, 6 * k,
                10 * k);
    f.ellipsoid(r.at("inion") + mm(0, -12, 0), mm(10, 5, 7), 3 * k);
    f.carveEllipsoid(e + mm(31, -74, 0), mm(16, 28, 16), 2 * k);            // orbit
    f.carveEllipsoid(e + mm(0, -90, -42), mm(11, 22, 15), 3 * k);           // nasal aperture
    f.carveEllipsoid(e + mm(0, -92, -52), mm(7, 20, 7), 3 * k);
    // The face lies deeper under the skin than the clearance: round the orbits and over the
    // maxilla, nose and cheeks the facial muscles need 3-6 mm between bone and skin (pressed
    // to the clearance, the bare bones were the face). Forehead, temples and arches keep it.
    b.clipToSkin = true;
    f.recessClip(e + mm(30, -85, 0), mm(40, 40, 34), kFaceRecessMm * k);   // orbits
    f.recessClip(e + mm(20, -90, -50), mm(50, 50, 50), kFaceRecessMm * k); // maxilla, nose
    return b;
}

// Horseshoe body with its chin and lower teeth; the ramus rises from the angle to the condyle
// in the jaw joint, the coronoid process in front of it up under the zygomatic arch.
BoneShape mandible(const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    BoneShape b{"mandible", "Mandible", false, 3.0f * k, {}};
    SdfModel& f = b.field;
    const glm::vec3 m = r.at("menton"), tmj = r.at("tmj");
    // The ramus lies 7 mm medial to the gonion, deep to a masseter of its real thickness (at
    // the bone clearance it pierced the muscle); only the condyle reaches the joint.
    const glm::vec3 g = r.at("gonion") + mm(-7, 0, 0), neck = tmj + mm(-6, 0, 0);
    addTube(f, {m + mm(0, 11, 4), m + mm(24, 15, 6), m + mm(37, 34, 14), g + mm(-1, -14, 0), g},
            6.5f * k, 6.0f * k, 4 * k, 2);                                  // lower border
    addTube(f, {m + mm(0, 7, 15), m + mm(23, 13, 16), m + mm(36, 32, 22), g + mm(-3, -18, 12)},
            6.5f * k, 6.0f * k, 6 * k, 2);                                  // body
    addTube(f, {m + mm(0, 6, 26), m + mm(22, 12, 26), m + mm(38, 30, 30), g + mm(-5, -22, 24)},
            6.0f * k, 5.5f * k, 6 * k, 2);                                  // teeth
    f.ellipsoid(m + mm(0, 9, 14), mm(20, 8, 14), 8 * k);                    // chin
    f.roundCone(g, neck + mm(0, 2, -6), 6.5f * k, 5.5f * k, 6 * k);         // ramus, back
    f.ellipsoid(tmj + mm(0, 2, -4), mm(9, 6, 5), 4 * k);                    // condyle
    f.ellipsoid(glm::mix(g, neck, 0.4f) + mm(-2, -14, 2), mm(15, 4.5f, 24), 8 * k,
                frameAlong(neck - g, glm::vec3(1, 0, 0)));                  // ramus plate
    f.roundCone(g + mm(-1, -22, 22), r.at("zygoma") + mm(-16, 14, -14), 6 * k, 2.5f * k,
                6 * k);                                                      // coronoid
    // The lips' and chin's muscles lie on its front: the body and chin sit deeper (the ramus,
    // thin, would be cut to slivers).
    b.clipToSkin = true;
    f.recessClip(m + mm(0, 0, 25), mm(70, 70, 50), kFaceRecessMm * k);
    return b;
}

BoneShape spine(const Rig& r, float k) {
    BoneShape b{"spine", "Vertebral column", false, 5.0f * k, {}};
    SdfModel& f = b.field;
    const auto tips = spinousTips(r);
    for (int i = 0; i < 24; ++i) {
        const float t = float(i) / 23.0f;
        const glm::vec3 c = bodyCentre(tips[i], i, k);
        const glm::vec3 radii = glm::vec3(glm::mix(11.0f, 24.0f, t), glm::mix(9.0f, 17.0f, t),
                                          glm::mix(6.0f, 12.0f, t)) *
                                k;
        f.ellipsoid(c, radii, 0.0f);
        const glm::vec3 arch = c + glm::vec3(0.0f, radii.y + 12.0f * k, 0.0f);
        f.roundCone(arch, tips[i], 5.0f * k, 4.0f * k, 6.0f * k);
        f.roundCone(c + glm::vec3(0.0f, radii.y, 0.0f), arch + glm::vec3(10.0f * k, 0.0f, 0.0f),
                    5 * k, 5 * k, 6 * k);
        const float span = (i < 7 ? 26.0f : (i < 19 ? 30.0f : 36.0f)) * k;
        f.roundCone(arch + glm::vec3(0.0f, -4.0f * k, 0.0f), arch + glm::vec3(span, 2.0f * k, 0.0f),
                    4.5f * k, 3.5f * k, 5.0f * k);
    }
    // Mostly hidden under the erectors and ribs: a coarser mesh (cell 4.5 -> 5 mm, merge
    // normals within 0.85) takes it 16,668 -> 12,004 triangles with the same look from behind.
    b.decimateDot = 0.85f;
    return b;
}

BoneShape ribCage(const Rig& r, float k) {
    BoneShape b{"rib-cage", "Rib cage", false, 4.0f * k, {}};
    for (const auto& pts : ribCentreLines(r))
        addTube(b.field, pts, kRibRadiusBack * k, kRibRadiusFront * k, 0.0f);
    return b;
}

BoneShape sternum(const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    BoneShape b{"sternum", "Sternum", false, 3.5f * k, {}};
    const glm::vec3 top = r.at("jugular-notch") + mm(0, 6, -4),
                    angle = r.at("sternal-angle") + mm(0, 6, 0);
    const glm::vec3 bottom = r.at("xiphoid") + mm(0, 4, 22);
    b.field.box((top + angle) * 0.5f, mm(21, 6, 24), 5 * k, 0.0f,
                frameAlong(angle - top, glm::vec3(0, -1, 0)));
    b.field.box((angle + bottom) * 0.5f,
                glm::vec3(11 * k, 5 * k, glm::length(bottom - angle) * 0.5f), 4 * k, 6 * k,
                frameAlong(bottom - angle, glm::vec3(0, -1, 0)));
    b.field.roundCone(bottom, r.at("xiphoid") + mm(0, 4, 0), 6 * k, 3 * k, 4 * k);
    return b;
}

BoneShape pelvis(const Rig& r, float k) {
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    BoneShape b{"pelvis", "Pelvis (hip bones and sacrum)", false, 4.0f * k, {}};
    SdfModel& f = b.field;
    const glm::vec3 asis = r.at("asis"), psis = r.at("psis"), crest = r.at("iliac-crest"),
                    hip = r.at("hip-joint");
    const glm::vec3 u = glm::normalize(asis - psis);
    const glm::vec3 v = glm::normalize((crest - hip) - u * glm::dot(crest - hip, u));
    const glm::vec3 n = glm::cross(u, v);
    const glm::mat3 wing = glm::transpose(glm::mat3(u, v, n));
    f.ellipsoid(glm::mix(crest, hip, 0.42f) + mm(-8, 0, 0),
                glm::vec3(glm::length(asis - psis) * 0.5f, 62 * k, 9.0f * k), 0.0f, wing);
    addTube(f, {asis, crest, glm::mix(crest, psis, 0.6f) + mm(8, 0, 8), psis}, 6.0f * k, 7.0f * k,
            6.0f * k);
    f.ellipsoid(hip + mm(-6, 0, 2), mm(22, 30, 30), 14 * k);
    f.roundCone(hip + mm(-16, -14, -4), r.at("pubic-symphysis") + mm(6, 10, 0), 10 * k, 9 * k,
                10 * k);
    f.roundCone(hip + mm(-12, 16, -20), r.at("ischial-tuberosity"), 12 * k, 13 * k, 10 * k);
    f.roundCone(r.at("ischial-tuberosity"), r.at("pubic-symphysis") + mm(4, 12, -26), 8 * k, 7 * k,
                8 * k);
    // The body of the pubis beside the symphysis, where the two rami meet: without it the
    // obturator foramen reached the midline and the groin was open front to back.
    f.ellipsoid(r.at("pubic-symphysis") + mm(17, 10, -12), mm(20, 9, 20), 8 * k);
    f.roundCone(psis, r.at("sacrum-lateral") + mm(0, -10, 0), 13 * k, 12 * k, 10 * k);
    const glm::vec3 sacrumTop = r.at("l5") + mm(0, -40, -22),
                    sacrumLow = r.at("coccyx") + mm(0, -6, 26);
    f.ellipsoid((sacrumTop + sacrumLow) * 0.5f + mm(0, 4, 0),
                glm::vec3(46 * k, 15 * k, glm::length(sacrumLow - sacrumTop) * 0.55f), 10 * k,
                frameAlong(sacrumLow - sacrumTop, glm::vec3(0, -1, 0)));
    f.roundCone(sacrumLow, r.at("coccyx") + mm(0, -4, 0), 8 * k, 4 * k, 6 * k);
    b.extraClearance = kPelvisExtraClearanceMm * k;
    return b;
}

}  // namespace

std::vector<std::vector<glm::vec3>> ribCentreLines(const Rig& r) {
    const float k = r.stature() / 1750.0f;
    std::vector<std::vector<glm::vec3>> ribs;
    const auto tips = spinousTips(r);
    const std::array<float, 12> halfWidth{58, 82, 100, 112, 120, 126, 129, 130, 128, 122, 112, 96};
    const float sternumTop = r.at("jugular-notch").z, sternumBottom = r.at("xiphoid").z;
    for (int i = 0; i < 12; ++i) {
        const glm::vec3 head =
            bodyCentre(tips[7 + i], 7 + i, k) + glm::vec3(14.0f, 10.0f, 0.0f) * k;
        const float a = halfWidth[i] * k, drop = (26.0f + 9.0f * i) * k;
        const glm::vec3 angle(a * 0.45f, tips[7 + i].y - 22.0f * k, head.z - 6.0f * k);
        const glm::vec3 side(a, 0.0f, head.z - drop * 0.45f);
        std::vector<glm::vec3>& pts = ribs.emplace_back(std::vector<glm::vec3>{
            head, angle, glm::vec3(a * 0.9f, 0.55f * angle.y, head.z - drop * 0.25f), side});
        if (i < 10) {
            const float zFront =
                i < 7 ? glm::mix(sternumTop - 8 * k, sternumBottom + 10 * k, float(i) / 6.0f)
                      : sternumBottom - (i - 6) * 26.0f * k;
            const float yFront =
                glm::mix(r.at("jugular-notch").y, r.at("xiphoid").y, std::min(1.0f, i / 6.0f)) +
                8 * k;
            pts.push_back(glm::vec3(a * 0.78f, yFront * 0.75f, glm::mix(side.z, zFront, 0.55f)));
            pts.push_back(
                glm::vec3(i < 7 ? 16.0f * k : (44.0f - 6.0f * (i - 7)) * k, yFront, zFront));
        } else {
            pts.push_back(glm::vec3(a * 0.85f, -0.3f * a, side.z - 10.0f * k));
        }
    }
    return ribs;
}

SdfModel craniumField(const Rig& rig) {
    SdfModel f;
    addCranium(f, rig, rig.stature() / 1750.0f);
    f.makeSymmetric();
    return f;
}

std::vector<BoneShape> axialBones(const Rig& rig) {
    const float k = rig.stature() / 1750.0f;
    std::vector<BoneShape> out;
    out.push_back(skull(rig, k));
    out.push_back(mandible(rig, k));
    out.push_back(spine(rig, k));
    out.push_back(ribCage(rig, k));
    out.push_back(sternum(rig, k));
    out.push_back(pelvis(rig, k));
    // Midline bones are meshed as halves and mirror-welded: their fields must be symmetric.
    for (BoneShape& b : out) b.field.makeSymmetric();
    return out;
}

}  // namespace tpa::body
