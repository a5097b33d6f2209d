// The medial side of the leg from the front: the tibia's medial face is subcutaneous, and its
// medial border meets the muscles behind it (the gastrocnemius' medial head, the soleus) in one
// clean edge. Before, the tibia lay 30 mm inside the medial skin with nothing behind its border:
// the soleus' medial rim poked past it in dark red specks below the knee, and lower down the
// flexor digitorum longus' top, laid under the medial skin 18 mm medial of the tibia and level
// with it, stood as a dark spike between the soleus and the gastrocnemius.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "body/rig.h"
#include "body_fixture.h"
#include "core/camera.h"

using tpa::body::test::withoutSide;

TEST_CASE("from the front, the tibia's medial border meets the calf's muscles in one clean edge") {
    const tpa::body::Rig rig;
    const float k = rig.stature() / 1750.0f;
    const glm::vec3 eye = tpa::body::test::presetEye(tpa::core::ViewPreset::Anterior);
    const glm::vec3 knee = rig.at("knee-joint"), ankle = rig.at("ankle-joint");
    const auto& scene = tpa::body::test::embeddedScene();
    // Columns of rays 0.5 to 18.5 mm medial of the border as the eye sees it.
    std::vector<float> offsets;
    for (float o = 0.5f; o < 20.0f; o += 1.5f) offsets.push_back(o);
    for (float side : {1.0f, -1.0f}) {
        int rays = 0, gaps = 0, deep = 0, bone = 0, flicker = 0, switches = 0;
        std::vector<std::string> last(offsets.size());
        // From under the pes anserinus to the lower third, rays from the anterior view's eye
        // through points 60 mm in front of the shank's axis every 4.3 mm down the leg.
        for (float t = 0.12f; t <= 0.70f; t += 0.01f) {
            const glm::vec3 at = glm::mix(knee, ankle, t);
            auto ray = [&](float dx) {
                const glm::vec3 point(side * (at.x + dx * k), at.y - 60.0f * k, at.z);
                return tpa::body::test::hitsUnderSkin(eye, point - eye);
            };
            // The tibia's medial edge: the first ray in from the medial side that meets it first.
            float edge = 1e9f;
            for (float dx = -75.0f; dx <= 10.0f && edge > 1e8f; dx += 0.25f) {
                const auto hits = ray(dx);
                if (!hits.empty() && withoutSide(hits.front().id) == "tibia") edge = dx;
            }
            REQUIRE(edge < 1e8f);
            for (std::size_t o = 0; o < offsets.size(); ++o) {
                const auto hits = ray(edge - offsets[o]);
                // Further out the rays leave the muscles' outline (the skin stands well off
                // them), but the border itself stands against a muscle.
                if (hits.empty()) {
                    gaps += offsets[o] < 2.0f;
                    continue;
                }
                ++rays;
                const auto& part = scene.parts[std::size_t(scene.findPart(hits.front().id))];
                // The flexor digitorum longus comes out beside the tibia in the lower third,
                // from under the soleus' edge.
                deep += part.layer == tpa::core::Layer::Deep && t < 0.575f;
                bone += part.kind == tpa::core::PartKind::Bone;
                flicker += hits.size() > 1 && hits[1].depth - hits[0].depth < 1.0f * k;
                const std::string id = withoutSide(hits.front().id);
                switches += !last[o].empty() && id != last[o];
                last[o] = id;
            }
        }
        std::printf("medial leg from the front (side %+.0f): of %d rays beside the tibia's medial "
                    "border %d meet a deep muscle first above the lower third, %d a bone, %d two "
                    "parts within 1 mm, %d none; %d changes of the part seen down the columns\n",
                    side, rays, deep, bone, flicker, gaps, switches);
        CAPTURE(side);
        CHECK(rays >= 500);
        CHECK(deep == 0);
        CHECK(bone == 0);
        CHECK(gaps == 0);
        CHECK(flicker <= rays / 100);
        // One edge down each column: the gastrocnemius' medial head, then the soleus, then
        // the flexor digitorum longus (or the leg's outline).
        CHECK(switches <= 2 * int(offsets.size()));
    }
}
