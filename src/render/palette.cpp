// Colour choices: muscle red, bone ivory, skin warm beige, other tissue pale blue-grey.
#include "render/palette.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace tpa::render {
namespace {

std::uint32_t hash(std::string_view s) {
    std::uint32_t h = 2166136261u;  // FNV-1a: stable across runs and platforms
    for (char c : s) h = (h ^ std::uint8_t(c)) * 16777619u;
    return h;
}

// Connective sheets that must not take the tendons' bright blue-grey, each for the reason in its
// row; the tendons keep it, so that they read as the bright bands.
struct SheetShade {
    std::string_view idPrefix;
    glm::vec3 colour;
};
const SheetShade kSheetShades[] = {
    // The patellar retinacula are thin fascia over the knee's capsule and fat pad: in the
    // tendons' shade they merged with the patella's tendon and ligament into one pale cap; a
    // duller, darker shade leaves those two reading as the bright bands.
    {"patellar-retinaculum", glm::vec3(0.60f, 0.52f, 0.50f)},
    // The external oblique's aponeurosis is a glistening sheet over the lower abdomen that runs
    // on from the muscle's fleshy part: in the tendons' shade it read as two paper triangles cut
    // out of the wall; a pale, warm shade keeps it apart from the muscle's red yet of a piece
    // with it.
    {"external-oblique-aponeurosis", glm::vec3(0.76f, 0.60f, 0.56f)},
    // The oblique popliteal ligament floors the popliteal fossa, a recess between the hamstrings'
    // tendons and the gastrocnemius' heads: in the tendons' bright shade it read from behind as
    // a white diamond at the surface, a hole or a sheet of paper; a dim, dull shade reads as
    // the fossa's shadowed floor. At luminance 0.37 it still lit to a pale grey between the
    // red heads, bare bone at a glance; darker and warmer (0.21) it reads as the recess' floor.
    {"oblique-popliteal-ligament", glm::vec3(0.30f, 0.19f, 0.19f)},
    // The triceps' tendon is a broad aponeurotic plate over the lower half of the back of the
    // arm, framed by the heads: in the tendons' bright blue-grey it was the brightest thing on
    // the arms and read as a white blade laid on them; a pale, warm shade reads as the
    // muscle's own flat tendon.
    {"triceps-tendon", glm::vec3(0.78f, 0.66f, 0.62f)},
    // The bicipital aponeurosis is a thin sheet laid on the forearm's flexors below the elbow:
    // in the tendons' bright blue-grey it was, with the triceps' plate, the brightest thing on
    // the arms and read as a white clip on them. In the triceps' plate's shade, once it became
    // the triangle it is (widest at its lower end), it was still the brightest patch on the
    // forearm at full-body scale; a sheet that thin lets the flexors' red show through, so a
    // rosier, dimmer shade than the plate's.
    {"bicipital-aponeurosis", glm::vec3(0.74f, 0.55f, 0.51f)},
    // The thoracolumbar fascia is a thick, glistening white aponeurosis over the loin, the
    // latissimus' origin running on from its fleshy border: in the tendons' blue-grey, bright
    // and flat, the diamond read as a card or as bone between the muscles. A pearly, faintly
    // warm white a little dimmer lets the key light model its curve over the loin and sacrum.
    {"thoracolumbar-fascia", glm::vec3(0.66f, 0.66f, 0.70f)},
};

}  // namespace

glm::vec3 defaultPartColor(const core::Part& part) {
    // Left and right copies of a muscle share their colour: hash the muscle, not the part.
    std::string_view key = part.muscleId.empty() ? std::string_view(part.name) : std::string_view(part.muscleId);
    // Parts outside the knowledge base (the face's muscles of expression, the bones) carry no
    // muscle id: hash their name without its side, or the two halves of the procerus, nasalis
    // and orbicularis oris meet on the midline in two shades, a hard seam down the face.
    for (std::string_view side : {" (left)", " (right)"})
        if (part.muscleId.empty() && key.ends_with(side)) key.remove_suffix(side.size());
    // So do the parts of one muscle (upper, middle and lower trapezius), taking the upper
    // part's: in different shades they read as stacked plates rather than one sheet (and
    // "trapezius" alone hashes to nearly the latissimus dorsi's shade beside it).
    std::string upper;
    for (std::string_view prefix : {"middle-", "lower-"})
        if (!part.muscleId.empty() && key.starts_with(prefix)) {
            upper = "upper-" + std::string(key.substr(prefix.size()));
            key = upper;
        }
    float jitter = float(hash(key) % 1000) / 1000.0f - 0.5f;  // -0.5 .. 0.5
    // The infraspinatus hashes to the dark, bluish end (-0.32) while the trapezius, teres minor,
    // posterior deltoid and latissimus round it lie at 0.05-0.46: lit from the upper left as it
    // faces out and down, it read as a dark crimson plate among them. It takes a shade between
    // theirs, still apart from each.
    if (part.kind == core::PartKind::Muscle && key == "infraspinatus") jitter = 0.2f;
    // The teres major hashes to the darkest crimson of all (-0.50), between the triceps' long
    // head (0.04) and the latissimus (0.46) that cross it at the back of the armpit: it read as
    // a dark patch in a tangle of shards there. It takes a shade between theirs.
    if (part.kind == core::PartKind::Muscle && key == "teres-major") jitter = 0.25f;
    for (const SheetShade& sheet : kSheetShades)
        if (part.kind == core::PartKind::Other && part.id.starts_with(sheet.idPrefix)) return sheet.colour;
    switch (part.kind) {
        case core::PartKind::Muscle:
            return glm::vec3(0.70f + 0.10f * jitter, 0.24f + 0.07f * jitter, 0.22f - 0.04f * jitter);
        case core::PartKind::Bone: return glm::vec3(0.88f, 0.84f, 0.74f) * (1.0f + 0.04f * jitter);
        case core::PartKind::Skin: return glm::vec3(0.92f, 0.74f, 0.62f);
        case core::PartKind::Other: return glm::vec3(0.72f, 0.78f, 0.84f) * (1.0f + 0.05f * jitter);
    }
    return glm::vec3(0.8f);
}

}  // namespace tpa::render
