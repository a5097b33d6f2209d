// Part colours: the left and right copies of a muscle, and the parts of one muscle (upper,
// middle and lower trapezius), share one colour; different muscles differ.
#include "render/palette.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace {

tpa::core::Part musclePart(const std::string& muscleId, const std::string& name) {
    tpa::core::Part part;
    part.kind = tpa::core::PartKind::Muscle;
    part.muscleId = muscleId;
    part.name = name;
    return part;
}

}  // namespace

TEST_CASE("the parts of the trapezius share one colour") {
    using tpa::render::defaultPartColor;
    const glm::vec3 upper = defaultPartColor(musclePart("upper-trapezius", "Upper trapezius"));
    const glm::vec3 middle = defaultPartColor(musclePart("middle-trapezius", "Middle trapezius"));
    const glm::vec3 lower = defaultPartColor(musclePart("lower-trapezius", "Lower trapezius"));
    CHECK(upper == middle);
    CHECK(lower == middle);
    // Its neighbours keep shades of their own.
    const glm::vec3 rhomboids = defaultPartColor(musclePart("rhomboid-major", "Rhomboids"));
    const glm::vec3 latissimus = defaultPartColor(musclePart("latissimus-dorsi", "Latissimus"));
    CHECK(std::abs(rhomboids.r - middle.r) > 0.01f);
    CHECK(std::abs(latissimus.r - middle.r) > 0.01f);
}

TEST_CASE("the halves of a muscle outside the knowledge base share one colour") {
    // The face's muscles of expression carry no muscle id, and their names end in the side:
    // hashed whole, the halves took two shades (red 0.671 and 0.729 for the procerus, 0.746
    // and 0.650 for the levator labii superioris), a hard seam down the middle of the face.
    using tpa::render::defaultPartColor;
    for (const char* name :
         {"Procerus", "Nasalis", "Orbicularis oris", "Mentalis", "Levator labii superioris"}) {
        const glm::vec3 left = defaultPartColor(musclePart("", std::string(name) + " (left)"));
        const glm::vec3 right = defaultPartColor(musclePart("", std::string(name) + " (right)"));
        CAPTURE(name);
        CHECK(left == right);
    }
    // Different muscles still differ.
    const glm::vec3 procerus = defaultPartColor(musclePart("", "Procerus (left)"));
    const glm::vec3 nasalis = defaultPartColor(musclePart("", "Nasalis (left)"));
    CHECK(std::abs(procerus.r - nasalis.r) > 0.01f);
}

TEST_CASE("the infraspinatus' shade lies among those of the muscles around it") {
    // Its hashed shade (red 0.668) was darker and bluer than all four (red 0.704-0.746), and
    // with the light falling on it from the upper left it read as a dark plate below the spine.
    using tpa::render::defaultPartColor;
    const glm::vec3 own = defaultPartColor(musclePart("infraspinatus", "Infraspinatus"));
    float lo = 1.0f, hi = 0.0f;
    for (const char* id :
         {"upper-trapezius", "teres-minor", "deltoid-posterior", "latissimus-dorsi"}) {
        const glm::vec3 c = defaultPartColor(musclePart(id, id));
        lo = std::min(lo, c.r);
        hi = std::max(hi, c.r);
        CHECK(std::abs(own.r - c.r) > 0.01f);  // still told apart from each
    }
    CAPTURE(own.r);
    CHECK(own.r >= lo);
    CHECK(own.r <= hi);
    CHECK(own.b <= own.g);  // orange-red as they are, not crimson
}

namespace {

tpa::core::Part otherPart(const std::string& id, const std::string& name) {
    tpa::core::Part part;
    part.kind = tpa::core::PartKind::Other;
    part.id = id;
    part.name = name;
    return part;
}

float luminance(glm::vec3 c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; }

}  // namespace

TEST_CASE("the patellar retinacula take a duller shade than the tendons beside them") {
    // In the tendons' shade they merged with the quadriceps tendon and the patellar ligament
    // into one pale cap over the front of the knee (luminance 0.77-0.79 all four; now 0.54).
    using tpa::render::defaultPartColor;
    for (const char* side : {"left", "right"}) {
        CAPTURE(side);
        const std::string s = side;
        const glm::vec3 ligament =
            defaultPartColor(otherPart("patellar-ligament." + s, "Patellar ligament (" + s + ")"));
        const glm::vec3 tendon =
            defaultPartColor(otherPart("quadriceps-tendon." + s, "Quadriceps tendon (" + s + ")"));
        for (const char* id : {"patellar-retinaculum-lateral.", "patellar-retinaculum-medial."}) {
            CAPTURE(id);
            const glm::vec3 sheet = defaultPartColor(otherPart(id + s, std::string(id) + s));
            CHECK(luminance(sheet) < luminance(ligament) - 0.15f);
            CHECK(luminance(sheet) < luminance(tendon) - 0.15f);
            // Still fibrous tissue, not a muscle's red.
            CHECK(sheet.r - sheet.g < 0.15f);
        }
    }
}

TEST_CASE("the external oblique's aponeurosis takes a pale shade between tendon and muscle") {
    // In the tendons' bright blue-grey (luminance 0.77, blue over red) the two sheets over the
    // lower abdomen read as paper triangles cut out of the wall; a warm pale shade reads as
    // the muscle's own sheet running on from its fleshy part.
    using tpa::render::defaultPartColor;
    const glm::vec3 tendon =
        defaultPartColor(otherPart("linea-alba", "Linea alba"));
    for (const char* side : {"left", "right"}) {
        CAPTURE(side);
        const std::string s = side;
        const glm::vec3 sheet = defaultPartColor(otherPart(
            "external-oblique-aponeurosis." + s, "Aponeurosis of external oblique (" + s + ")"));
        const glm::vec3 muscle =
            defaultPartColor(musclePart("external-oblique", "External oblique (" + s + ")"));
        CHECK(luminance(sheet) < luminance(tendon) - 0.08f);
        CHECK(luminance(sheet) > luminance(muscle) + 0.25f);  // still pale
        CHECK(sheet.r > sheet.b);                              // warm, not blue-grey
        CHECK(sheet.r - sheet.g < 0.25f);                      // not a muscle's red
    }
}

TEST_CASE("the oblique popliteal ligament takes a dim shade as the popliteal fossa's floor") {
    // In the tendons' bright blue-grey (luminance 0.78) it read from behind as a white diamond
    // between the hamstrings and the gastrocnemius' heads; dim (0.37), it reads as the floor
    // of a recess. At 0.37 the lit ligament still showed as a pale grey patch between the red
    // heads, bone at a glance; now 0.21.
    using tpa::render::defaultPartColor;
    for (const char* side : {"left", "right"}) {
        CAPTURE(side);
        const std::string s = side;
        const glm::vec3 tendon =
            defaultPartColor(otherPart("patellar-ligament." + s, "Patellar ligament (" + s + ")"));
        const glm::vec3 floor = defaultPartColor(otherPart(
            "oblique-popliteal-ligament." + s, "Oblique popliteal ligament (" + s + ")"));
        const glm::vec3 muscle =
            defaultPartColor(musclePart("gastrocnemius", "Gastrocnemius (" + s + ")"));
        CHECK(luminance(floor) < luminance(tendon) - 0.25f);
        CHECK(luminance(floor) < 0.25f);
        CHECK(floor.r - floor.g < 0.15f);  // fibrous tissue, not a muscle's red
        CHECK(muscle.r - muscle.g > floor.r - floor.g + 0.2f);  // told apart from the heads' red
    }
}

TEST_CASE("the arm's aponeurotic plates take a pale shade between tendon and muscle") {
    // In the tendons' bright blue-grey (luminance 0.77, blue over red) the triceps' plate on the
    // back of the arm and the bicipital aponeurosis on the flexors were the brightest things on
    // the arms, a white blade and a white clip laid on them.
    using tpa::render::defaultPartColor;
    struct Plate {
        const char* id;
        const char* name;
        const char* muscleId;
        const char* muscleName;
    };
    for (const Plate& p : {Plate{"triceps-tendon", "Tendon of triceps brachii", "triceps-brachii",
                                 "Triceps brachii"},
                           Plate{"bicipital-aponeurosis", "Bicipital aponeurosis",
                                 "biceps-brachii", "Biceps brachii"}})
        for (const char* side : {"left", "right"}) {
            CAPTURE(p.id);
            CAPTURE(side);
            const std::string s = side;
            const glm::vec3 tendon = defaultPartColor(
                otherPart("patellar-ligament." + s, "Patellar ligament (" + s + ")"));
            const glm::vec3 plate = defaultPartColor(
                otherPart(std::string(p.id) + "." + s, std::string(p.name) + " (" + s + ")"));
            const glm::vec3 muscle = defaultPartColor(
                musclePart(p.muscleId, std::string(p.muscleName) + " (" + s + ")"));
            CHECK(luminance(plate) < luminance(tendon) - 0.05f);
            CHECK(luminance(plate) > luminance(muscle) + 0.25f);  // still pale
            CHECK(plate.r > plate.b);                              // warm, not blue-grey
            CHECK(plate.r - plate.g < 0.2f);                       // not a muscle's red
        }
}

TEST_CASE("the bicipital aponeurosis is dimmer and rosier than the triceps' plate") {
    // In the plate's shade the aponeurosis, now a triangle widest at its lower end, was still the
    // brightest patch on the forearm at full-body scale; a sheet that thin shows the flexors'
    // red through it.
    using tpa::render::defaultPartColor;
    for (const char* side : {"left", "right"}) {
        CAPTURE(side);
        const std::string s = side;
        const glm::vec3 plate = defaultPartColor(
            otherPart("triceps-tendon." + s, "Tendon of triceps brachii (" + s + ")"));
        const glm::vec3 sheet = defaultPartColor(
            otherPart("bicipital-aponeurosis." + s, "Bicipital aponeurosis (" + s + ")"));
        CHECK(luminance(sheet) < luminance(plate) - 0.07f);
        CHECK(sheet.r - sheet.g > plate.r - plate.g + 0.05f);
    }
}

TEST_CASE("the teres major takes a shade between the long head's and the latissimus'") {
    // It hashed to the darkest crimson of all (red 0.650), a dark patch at the back of the
    // armpit between the triceps' long head (0.704) and the latissimus (0.746).
    using tpa::render::defaultPartColor;
    const glm::vec3 teres = defaultPartColor(musclePart("teres-major", "Teres major (left)"));
    const glm::vec3 triceps =
        defaultPartColor(musclePart("triceps-brachii", "Triceps brachii (left)"));
    const glm::vec3 latissimus =
        defaultPartColor(musclePart("latissimus-dorsi", "Latissimus dorsi (left)"));
    CHECK(teres.r > triceps.r + 0.01f);
    CHECK(teres.r < latissimus.r - 0.01f);
}

TEST_CASE("the thoracolumbar fascia takes a pearly shade, dimmer than the tendons', not bone's") {
    // In the tendons' bright blue-grey (luminance 0.77) the diamond over the loin lit flat
    // white under the key light, a card or a plate of bone between the muscles; a dimmer,
    // neutral pearl (0.66) keeps the light's modelling and the sheen of the highlight on it.
    using tpa::render::defaultPartColor;
    const glm::vec3 tendon = defaultPartColor(otherPart("linea-alba", "Linea alba"));
    for (const char* side : {"left", "right"}) {
        CAPTURE(side);
        const std::string s = side;
        const glm::vec3 sheet = defaultPartColor(
            otherPart("thoracolumbar-fascia." + s, "Thoracolumbar fascia (" + s + ")"));
        const glm::vec3 muscle =
            defaultPartColor(musclePart("latissimus-dorsi", "Latissimus dorsi (" + s + ")"));
        CAPTURE(luminance(sheet));
        CHECK(luminance(sheet) < luminance(tendon) - 0.08f);
        CHECK(luminance(sheet) > luminance(muscle) + 0.25f);  // still white-ish
        CHECK(sheet.b >= sheet.r);                             // not bone's ivory
        CHECK(std::max({sheet.r, sheet.g, sheet.b}) - std::min({sheet.r, sheet.g, sheet.b}) <
              0.06f);  // near neutral: not the tendons' blue, not a muscle's red
    }
}
