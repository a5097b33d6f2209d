// Joint centres from the proportion table, then bony points placed relative to them. Offsets
// in millimetres are for the 1750 mm reference body and scale with stature.
#include "body/rig.h"

#include <cmath>
#include <stdexcept>

#include "body/hand_layout.h"

namespace tpa::body {
namespace {

glm::vec3 limbDirection(float abductionDeg) {
    const float a = glm::radians(abductionDeg);
    return {std::sin(a), 0.0f, -std::cos(a)};
}

}  // namespace

Rig::Rig(const BodyProportions& p) : p_(p) {
    placeJoints();
    placeHeadAndTrunk();
    placeLimbs();
}

glm::vec3 Rig::at(std::string_view name) const {
    auto it = points_.find(name);
    if (it == points_.end())
        throw std::out_of_range("Rig::at: unknown point '" + std::string(name) + "'");
    return it->second;
}

void Rig::placeJoints() {
    const float h = p_.stature, k = h / 1750.0f;
    // Shoulder joint sits inside the deltoid: half the shoulder breadth less ~46 mm of
    // humeral head and deltoid.
    const glm::vec3 shoulder(0.5f * p_.shoulderBreadth * h - 46.0f * k, 5.0f * k,
                             p_.shoulderHeight * h);
    // Anatomical position: arm 11 degrees from vertical, forearm 16 (carrying angle), hand 12.
    const glm::vec3 elbow = shoulder + p_.upperArmLength * h * limbDirection(11.0f);
    const glm::vec3 wrist = elbow + p_.forearmLength * h * limbDirection(16.0f);
    const glm::vec3 fingertip = wrist + p_.handLength * h * limbDirection(12.0f);
    set("shoulder-joint", shoulder);
    set("elbow-joint", elbow);
    set("wrist-joint", wrist);
    set("middle-fingertip", fingertip);
    const glm::vec3 hip(88.0f * k, -10.0f * k, p_.hipHeight * h);
    const glm::vec3 knee(82.0f * k, -5.0f * k, p_.kneeHeight * h);
    const glm::vec3 ankle(80.0f * k, 15.0f * k, p_.ankleHeight * h);
    set("hip-joint", hip);
    set("knee-joint", knee);
    set("ankle-joint", ankle);
}

void Rig::placeHeadAndTrunk() {
    const float h = p_.stature, k = h / 1750.0f;
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    // Head: vertex at stature, menton at chin height, eyes at eye height.
    const float eye = p_.eyeHeight * h, chin = p_.chinHeight * h;
    set("vertex", {0.0f, 12.0f * k, h});
    set("menton", {0.0f, -78.0f * k, chin});
    set("glabella", {0.0f, -93.0f * k, eye + 20.0f * k});
    set("nasion", {0.0f, -88.0f * k, eye + 8.0f * k});
    set("inion", {0.0f, 104.0f * k, eye - 12.0f * k});
    set("tragus", {72.0f * k, 12.0f * k, eye - 18.0f * k});
    set("tmj", {58.0f * k, 0.0f, eye - 18.0f * k});
    set("mastoid", {52.0f * k, 28.0f * k, eye - 52.0f * k});
    set("zygoma", {64.0f * k, -45.0f * k, eye - 14.0f * k});
    set("temple", {66.0f * k, -30.0f * k, eye + 22.0f * k});
    set("gonion", {50.0f * k, 5.0f * k, chin + 28.0f * k});
    set("c2", {0.0f, 55.0f * k, eye - 75.0f * k});
    // Trunk, midline.
    set("c7", mm(0, 74, 1472));
    set("t1", mm(0, 78, 1450));
    set("t4", mm(0, 94, 1370));
    set("t7", mm(0, 100, 1292));
    set("t12", mm(0, 88, 1140));
    set("l1", mm(0, 84, 1112));
    set("l3", mm(0, 74, 1048));
    set("l5", mm(0, 78, 985));
    set("s2", mm(0, 90, 935));
    set("coccyx", mm(0, 78, 868));
    set("jugular-notch", mm(0, -62, 1440));
    set("sternal-angle", mm(0, -82, 1395));
    set("xiphoid", mm(0, -106, 1218));
    set("umbilicus", mm(0, -104, 1040));
    set("pubic-symphysis", mm(0, -74, 884));
    set("sternoclavicular", mm(22, -60, 1442));
    set("clavicle-mid", mm(100, -42, 1456));
    set("nipple", {92.0f * k, -120.0f * k, p_.chestHeight * h});
    set("rib-10-lateral", mm(128, -30, 1130));
    set("rib-5-front", mm(85, -100, 1250));
    set("rib-8-lateral", mm(140, -20, 1200));
    set("rib-1-lateral", mm(60, -30, 1420));
    set("first-rib-tubercle", mm(38, -40, 1440));
    set("hyoid", mm(18, -30, 1488));
    // Pelvis.
    set("iliac-crest", mm(134, 12, 1062));
    set("asis", mm(118, -68, 985));
    set("psis", mm(42, 84, 992));
    set("ischial-tuberosity", mm(55, 62, 862));
    set("pubic-tubercle", mm(24, -72, 888));
    set("sacrum-lateral", mm(40, 92, 930));
    set("iliac-fossa", mm(95, -10, 1010));
    // Scapula (on the back of the ribs, facing antero-laterally).
    set("scapula-superior-angle", mm(82, 84, 1418));
    set("scapula-spine-root", mm(76, 92, 1380));
    set("scapula-inferior-angle", mm(96, 96, 1250));
    set("scapula-lateral-border", mm(136, 68, 1310));
    set("infraspinous-fossa", mm(115, 88, 1330));
    set("supraspinous-fossa", mm(115, 78, 1415));
    set("glenoid", mm(170, 20, 1428));
    set("acromion", mm(202, 2, 1457));
    set("spine-of-scapula-mid", mm(140, 75, 1418));
    set("coracoid", mm(144, -32, 1416));
}

void Rig::placeLimbs() {
    const float k = p_.stature / 1750.0f;
    auto mm = [k](float x, float y, float z) { return glm::vec3(x, y, z) * k; };
    const glm::vec3 shoulder = at("shoulder-joint"), elbow = at("elbow-joint"),
                    wrist = at("wrist-joint");
    auto alongArm = [&](float t) { return glm::mix(shoulder, elbow, t); };
    auto alongForearm = [&](float t) { return glm::mix(elbow, wrist, t); };
    set("greater-tubercle", shoulder + mm(24, -8, 5));
    set("lesser-tubercle", shoulder + mm(8, -24, 0));
    set("bicipital-groove", shoulder + mm(14, -22, -30));
    set("deltoid-tuberosity", alongArm(0.45f) + mm(14, -4, 0));
    set("humerus-mid", alongArm(0.5f));
    set("lateral-epicondyle", elbow + mm(32, 6, 6));
    set("medial-epicondyle", elbow + mm(-36, 6, 6));
    set("olecranon", elbow + mm(0, 24, 4));
    set("radial-tuberosity", alongForearm(0.12f) + mm(10, 2, 0));
    set("ulna-coronoid", alongForearm(0.06f) + mm(-8, -10, 0));
    set("radius-mid", alongForearm(0.5f) + mm(16, 0, 0));
    set("ulna-mid", alongForearm(0.5f) + mm(-16, 6, 0));
    set("radial-styloid", wrist + mm(26, 0, -6));
    set("ulnar-styloid", wrist + mm(-22, 6, 0));
    set("palm-centre", wrist + mm(6, -14, -50));
    set("second-metacarpal-base", wrist + mm(20, -4, -22));
    set("thumb-base", wrist + mm(30, -14, -18));
    // The tip from the thumb's chain, which the skin and the bones follow (hand_layout.h), so
    // the two cannot drift apart.
    set("thumb-tip", thumbChain(*this)[2] - glm::vec3(0.0f, 0.0f, kThumbTipRadius * k));
    // Leg.
    const glm::vec3 hip = at("hip-joint"), knee = at("knee-joint"), ankle = at("ankle-joint");
    auto alongThigh = [&](float t) { return glm::mix(hip, knee, t); };
    auto alongShank = [&](float t) { return glm::mix(knee, ankle, t); };
    set("greater-trochanter", hip + mm(64, 2, -6));
    set("lesser-trochanter", alongThigh(0.12f) + mm(-6, 12, 0));
    set("linea-aspera", alongThigh(0.5f) + mm(0, 16, 0));
    set("adductor-tubercle", knee + mm(-34, 4, 28));
    set("patella", knee + mm(0, -44, 24));
    set("tibial-tuberosity", knee + mm(0, -36, -42));
    set("pes-anserinus", knee + mm(-30, -22, -50));
    set("femur-lateral-condyle", knee + mm(32, 6, 8));
    set("femur-medial-condyle", knee + mm(-32, 6, 8));
    set("tibia-lateral-condyle", knee + mm(30, 4, -20));
    set("tibia-medial-condyle", knee + mm(-30, 4, -20));
    set("fibular-head", knee + mm(40, 12, -30));
    set("tibia-mid", alongShank(0.5f) + mm(0, -6, 0));
    set("fibula-mid", alongShank(0.5f) + mm(32, 12, 0));
    set("lateral-malleolus", ankle + mm(28, 8, -14));
    set("medial-malleolus", ankle + mm(-24, 0, -4));
    set("heel", ankle + mm(0, 58, -38));
    set("calcaneus-plantar", ankle + mm(0, 30, -62));
    set("navicular", ankle + mm(-20, -45, -28));
    set("cuboid", ankle + mm(24, -50, -45));
    set("fifth-metatarsal-base", ankle + mm(40, -70, -52));
    set("first-metatarsal-base", ankle + mm(-20, -80, -40));
    set("first-mtp", ankle + mm(-24, -148, -46));
    set("toe-tip", ankle + mm(-22, -212, -52));
    set("toes-lateral", ankle + mm(22, -180, -56));
}

}  // namespace tpa::body
