// The back of the shoulder as an écorché shows it: the infraspinatus fills its fossa between the
// trapezius, the deltoid and the latissimus. Before, it lay deep and narrow and the bare blade
// of the scapula showed below the spine.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;

TEST_CASE("muscle, not the scapular blade, covers the infraspinous fossa") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 fossa = rig.at("infraspinous-fossa");
    // A grid over the fossa below the spine, looked at from behind on both sides.
    for (float side : {1.0f, -1.0f})
        for (float dx : {-10.0f, 5.0f, 20.0f})
            for (float dz : {0.0f, 25.0f, 50.0f}) {
                const glm::vec3 from((fossa.x + dx * k) * side, 400.0f * k, fossa.z + dz * k);
                CAPTURE(from.x);
                CAPTURE(from.z);
                const int hit = firstPartHit(from, {0.0f, -1.0f, 0.0f});
                REQUIRE(hit >= 0);
                const auto& part = embeddedScene().parts[std::size_t(hit)];
                CAPTURE(part.id);
                CHECK(part.kind == tpa::core::PartKind::Muscle);
            }
}

TEST_CASE("teres major keeps its belly's bulk from the inferior angle to the humerus") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const int i = embeddedScene().findPart("teres-major.left");
    REQUIRE(i >= 0);
    // Its course under the arm crossed the axillary fold and its rings were narrowed to a
    // quarter of their width, a cord of a third of the muscle's real volume (about 50 cm3).
    const double volume = tpa::body::test::meshVolume(embeddedScene().parts[std::size_t(i)].mesh);
    CHECK(volume >= 30000.0 * k * k * k);
}

TEST_CASE("the posterior deltoid covers the triceps' heads down to its insertion") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 shoulder = rig.at("shoulder-joint"), tuberosity = rig.at("deltoid-tuberosity");
    // Seen from behind, the lateral head of the triceps emerges from under the deltoid's lower
    // border. Started as shallow as the deltoid, it poked through it in ragged patches.
    int seen = 0, deltoid = 0;
    for (float side : {1.0f, -1.0f})
        for (float t : {0.3f, 0.45f, 0.6f, 0.75f})
            for (float dx : {-6.0f, 0.0f, 6.0f}) {
                const glm::vec3 at = glm::mix(shoulder, tuberosity, t);
                const glm::vec3 from((at.x + dx * k) * side, 400.0f * k, at.z);
                const int hit = firstPartHit(from, {0.0f, -1.0f, 0.0f});
                if (hit < 0) continue;
                ++seen;
                deltoid += embeddedScene().parts[std::size_t(hit)].id.rfind("deltoid-", 0) == 0;
            }
    CHECK(seen == 24);
    CHECK(deltoid == seen);
}

TEST_CASE("the deltoid caps the shoulder from the side without gaps between its parts") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 acromion = rig.at("acromion");
    // Seen from the side 35 mm below the acromion, its three parts together span the shoulder
    // from front to back (about 9 cm); narrow spindles left the arm's muscles showing between.
    for (float side : {1.0f, -1.0f})
        for (float dy = -40.0f; dy <= 40.0f; dy += 5.0f) {
            const glm::vec3 from(400.0f * k * side, acromion.y + dy * k, acromion.z - 35.0f * k);
            CAPTURE(from.x);
            CAPTURE(from.y);
            const int hit = firstPartHit(from, {-side, 0.0f, 0.0f});
            REQUIRE(hit >= 0);
            CHECK(embeddedScene().parts[std::size_t(hit)].id.rfind("deltoid-", 0) == 0);
        }
}
