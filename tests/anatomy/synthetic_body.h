// Landmarks of a plausible 1.75 m adult in anatomical position (palms forward), in the body
// frame (mm, +Z up, -Y anterior, -X the subject's right), for tests that need a body.
#pragma once

#include <glm/glm.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/landmarks.h"

namespace tpa::test {

// Left-side positions (+X); the right side is their mirror image.
inline core::Landmarks syntheticLandmarks() {
    const std::vector<std::pair<std::string, glm::vec3>> midline = {
        {"vertex", {0, 0, 1750}},
        {"glabella", {0, -95, 1630}},
        {"nasion", {0, -92, 1615}},
        {"menton", {0, -80, 1520}},
        {"inion", {0, 95, 1610}},
        {"c2", {0, 60, 1545}},
        {"c7", {0, 75, 1460}},
        {"jugular-notch", {0, -50, 1440}},
        {"xiphoid", {0, -105, 1270}},
        {"umbilicus", {0, -100, 1060}},
        {"pubic-symphysis", {0, -70, 900}},
        {"t4", {0, 95, 1380}},
        {"t7", {0, 100, 1300}},
        {"t12", {0, 80, 1160}},
        {"l3", {0, 65, 1060}},
        {"s2", {0, 85, 950}},
        {"coccyx", {0, 80, 860}},
    };
    const std::vector<std::pair<std::string, glm::vec3>> left = {
        {"tragus", {72, 5, 1600}},
        {"mastoid", {60, 25, 1570}},
        {"tmj", {65, -8, 1595}},
        {"zygoma", {62, -55, 1605}},
        {"gonion", {50, -30, 1540}},
        {"temple", {65, -45, 1645}},
        {"sternoclavicular", {25, -55, 1440}},
        {"nipple", {100, -115, 1290}},
        {"iliac-crest", {140, 10, 1080}},
        {"asis", {115, -75, 990}},
        {"psis", {45, 85, 980}},
        {"acromion", {190, 10, 1440}},
        {"coracoid", {150, -45, 1410}},
        {"clavicle-mid", {100, -50, 1445}},
        {"scapula-superior-angle", {95, 90, 1400}},
        {"scapula-inferior-angle", {100, 105, 1240}},
        {"scapula-spine-root", {75, 100, 1370}},
        {"deltoid-tuberosity", {205, 0, 1310}},
        {"lateral-epicondyle", {225, 10, 1110}},
        {"medial-epicondyle", {165, 15, 1110}},
        {"olecranon", {195, 40, 1115}},
        {"radial-styloid", {240, 0, 850}},
        {"ulnar-styloid", {190, 5, 850}},
        {"middle-fingertip", {215, -20, 660}},
        {"thumb-tip", {270, -45, 760}},
        {"greater-trochanter", {170, 10, 920}},
        {"ischial-tuberosity", {60, 50, 840}},
        {"patella", {95, -55, 500}},
        {"tibial-tuberosity", {95, -45, 440}},
        {"fibular-head", {130, 5, 460}},
        {"lateral-malleolus", {120, 20, 70}},
        {"medial-malleolus", {75, 10, 85}},
        {"heel", {95, 60, 30}},
        {"first-mtp", {80, -120, 20}},
        {"toe-tip", {75, -175, 15}},
    };
    core::Landmarks lm;
    for (const auto& [name, p] : midline) lm.set(name, p);
    for (const auto& [name, p] : left) {
        lm.set(name + ".left", p);
        lm.set(name + ".right", {-p.x, p.y, p.z});
    }
    return lm;
}

}  // namespace tpa::test
