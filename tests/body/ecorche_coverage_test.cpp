// A guard over the whole écorché: from the front, from behind and from the side, how much of
// the body shows bone or a deeper layer through the superficial muscles. The targeted tests
// check named places; this one catches a change that opens seams anywhere else.
#include <doctest/doctest.h>

#include <string>

#include "body/rig.h"
#include "body_fixture.h"

using tpa::body::test::embeddedScene;
using tpa::body::test::firstPartHit;

namespace {

struct Coverage {
    int rays = 0;  // rays that meet a part
    int bone = 0;  // of those, meeting bone first
    int deep = 0;  // meeting a muscle of the intermediate or deep layer first
};

// Parallel rays along `dir` on a 5 mm grid (scaled with the stature) over the whole body.
Coverage survey(glm::vec3 dir, bool acrossX) {
    const float k = tpa::body::Rig().stature() / 1750.0f;
    const auto& scene = embeddedScene();
    Coverage c;
    for (float z = 0.0f; z < 1760.0f * k; z += 5.0f * k)
        for (float u = -450.0f * k; u <= 450.0f * k; u += 5.0f * k) {
            glm::vec3 from = -dir * (600.0f * k);
            from.z = z;
            (acrossX ? from.x : from.y) = u;
            const int hit = firstPartHit(from, dir);
            if (hit < 0) continue;
            const auto& part = scene.parts[static_cast<std::size_t>(hit)];
            ++c.rays;
            if (part.kind == tpa::core::PartKind::Bone)
                ++c.bone;
            else if (part.layer != tpa::core::Layer::Superficial)
                ++c.deep;
        }
    return c;
}

}  // namespace

TEST_CASE("the écorché shows little bone or deep muscle from the front, behind and the side") {
    // Bounds about a tenth over what the body showed when this test was written, as fractions
    // of the rays that meet it (20,380 from the front: 1,224 bone and 918 deep; from behind 383
    // and 1,573, most of it the semimembranosus' lower belly, intermediate but showing medially
    // as in life; 11,019 from the side: 394 and 547). Much of that bone is subcutaneous in
    // life: the sternum, clavicles, the tibia's face, patellae, the ulna's border, the spines.
    // From the front, deep muscle then rose to 1,085 of 20,554 rays when the groin was closed:
    // its window had shown the gluteus maximus (superficial) through the pelvis, and shows the
    // pectineus and adductor brevis (intermediate) instead, as in life.
    // From behind, the bound was raised a thousandth (1,755 of 20,564 rays) when the brachialis
    // was laid round the humerus and the internal oblique added: as in life the brachialis
    // shows either side of the biceps above the elbow, and the internal oblique in the lumbar
    // triangle between the latissimus, the external oblique and the iliac crest. And again
    // (1,798 of 20,760) when the internal oblique's origin was carried back along the crest to
    // the latissimus: the crest's arc had shown as bone below the triangle, its floor now.
    // From the side, the bound was raised three thousandths (643 of 11,270 rays; 617 before)
    // when the soleus' top was laid level with its neighbours: as in life it shows as a strip
    // between the fibularis longus and the gastrocnemius' lateral head from under the knee down
    // (it lay sunk 14-17 mm in a groove there and stepped out in a block lower down).
    const Coverage front = survey({0.0f, 1.0f, 0.0f}, true);
    const Coverage back = survey({0.0f, -1.0f, 0.0f}, true);
    const Coverage side = survey({-1.0f, 0.0f, 0.0f}, false);
    CAPTURE(front.rays);
    CAPTURE(front.bone);
    CAPTURE(front.deep);
    CAPTURE(back.rays);
    CAPTURE(back.bone);
    CAPTURE(back.deep);
    CAPTURE(side.rays);
    CAPTURE(side.bone);
    CAPTURE(side.deep);
    CHECK(front.bone <= front.rays * 66 / 1000);
    CHECK(front.deep <= front.rays * 58 / 1000);
    CHECK(back.bone <= back.rays * 21 / 1000);
    CHECK(back.deep <= back.rays * 87 / 1000);
    CHECK(side.bone <= side.rays * 39 / 1000);
    CHECK(side.deep <= side.rays * 58 / 1000);
}
