// Muscle table rows for the trunk, abdomen, hip, thigh, leg and foot (see muscle_table.cpp).
#include "body/muscle_table.h"

namespace tpa::body {

using S = MuscleShape;
using L = core::Layer;

std::vector<MuscleSpec> trunkAndLeg() {
    // One row per muscle reads better unwrapped.
    // clang-format off
    return {
        {"iliocostalis-thoracis", "Iliocostalis thoracis", S::Column, L::Intermediate, {{"t12", {58, -14, -10}}}, {{"t1", {48, -14, -20}}}, {{"t7", {62, -14, 0}}}, 20, 12, 9, 9},
        {"iliocostalis-lumborum", "Iliocostalis lumborum", S::Column, L::Intermediate, {{"psis", {12, 2, 20}}}, {{"t7", {60, -14, -40}}}, {{"l1", {56, -8, 0}}}, 26, 18, 6, 9},
        {"longissimus-thoracis", "Longissimus thoracis", S::Column, L::Intermediate, {{"s2", {26, -4, 0}}}, {{"t1", {28, -16, 0}}}, {{"l3", {30, -2, 0}}, {"t7", {30, -10, 0}}}, 24, 22, 6, 9},
        {"multifidus", "Multifidus", S::Column, L::Deep, {{"s2", {12, -6, -10}}}, {{"c2", {8, -4, -10}}}, {{"l3", {14, -8, 0}}, {"t7", {12, -12, 0}}}, 14, 12, 20, 20},
        {"quadratus-lumborum", "Quadratus lumborum", S::Sheet, L::Deep, {{"iliac-crest", {-30, 14, -6}}, {"iliac-crest", {-84, 30, -20}}}, {{"t12", {70, -40, -10}}, {"l1", {30, -40, 0}}}, {}, 0, 14, 44, 44},
        {"rectus-abdominis", "Rectus abdominis", S::Sheet, L::Superficial, {{"pubic-symphysis", {2, -2, 8}}, {"pubic-symphysis", {36, -2, 10}}}, {{"xiphoid", {6, -4, 14}}, {"rib-5-front", {6, -8, 0}}}, {}, 0, 10, 0.7f, 0.7f, 1, false, 1.0f, 0.0f, {0.42f, 0.64f, 0.91f}},
        {"external-oblique", "External oblique", S::Sheet, L::Superficial, {{"rib-5-front", {-22, 2, -8}}, {"rib-5-front", {36, 10, 30}}, {"rib-8-lateral", {2, -12, 12}}, {"rib-10-lateral", {-6, 60, -30}}}, {{"umbilicus", {34, 0, 40}}, {"asis", {2, -2, -10}}, {"iliac-crest", {4, 2, -16}}}, {}, 0, 8, 1.5f, 1.5f},
        {"iliopsoas", "Iliopsoas", S::Fan, L::Deep, {{"l1", {30, -62, 0}}, {"iliac-fossa", {0, 0, 20}}}, {{"lesser-trochanter", {0, -4, 0}}}, {{"hip-joint", {-22, -40, 22}}}, 16, 28, -1, -1},
        {"gluteus-maximus", "Gluteus maximus", S::Fan, L::Superficial, {{"psis", {18, 6, 28}}, {"sacrum-lateral", {2, 8, 0}}, {"coccyx", {10, 10, -6}}}, {{"greater-trochanter", {8, 14, 12}}, {"greater-trochanter", {-12, 28, -100}}}, {}, 0, 30, 1.5f, 1.5f, 1, false, 1.0f, 0.25f},
        {"gluteus-medius", "Gluteus medius", S::Fan, L::Superficial, {{"asis", {4, 0, 0}}, {"iliac-crest", {8, 0, 6}}, {"psis", {20, 0, -10}}}, {{"greater-trochanter", {0, -4, 8}}}, {}, 0, 20, 4, 4},
        {"gluteus-minimus", "Gluteus minimus", S::Fan, L::Deep, {{"asis", {-10, 20, -30}}, {"iliac-crest", {-20, 30, -60}}}, {{"greater-trochanter", {-6, -10, 4}}}, {}, 0, 12, 22, 20},
        {"piriformis", "Piriformis", S::SmallDeep, L::Deep, {{"sacrum-lateral", {0, -20, -10}}}, {{"greater-trochanter", {-14, 10, 14}}}, {}, 24, 14, 38, 30},
        {"tensor-fasciae-latae", "Tensor fasciae latae", S::Fusiform, L::Superficial, {{"asis", {8, 8, 0}}}, {{"greater-trochanter", {6, -16, -90}}}, {}, 38, 16, 3, 3},
        {"pectineus", "Pectineus", S::Strap, L::Intermediate, {{"pubic-tubercle", {20, 8, -4}}}, {{"lesser-trochanter", {0, -2, -30}}}, {}, 28, 12, 8, 10},
        {"sartorius", "Sartorius", S::Strap, L::Superficial, {{"asis", {0, -4, -8}}}, {{"pes-anserinus", {0, -4, 0}}}, {{"hip-joint..knee-joint:0.5", {-40, -40, 0}}, {"knee-joint", {-42, 12, 70}}}, 30, 8, 1.5f, 1.5f},
        {"rectus-femoris", "Rectus femoris", S::Fusiform, L::Superficial, {{"asis", {-14, -4, -40}}}, {{"patella", {0, 2, 30}}}, {}, 52, 30, 2, 2},
        {"vastus-medialis", "Vastus medialis", S::Pennate, L::Superficial, {{"hip-joint..knee-joint:0.45", {-18, -20, 0}}}, {{"patella", {-4, 0, 26}}, {"patella", {-20, 4, 8}}}, {{"knee-joint", {-36, -42, 84}}}, 50, 30, 2, 2},
        // The vastus lateralis wraps back to the biceps femoris: on the fuller thigh of the ANSUR
        // girths (skin_field.cpp) its 90 mm left the femur bare between them below the gluteus.
        {"vastus-lateralis", "Vastus lateralis", S::Pennate, L::Superficial, {{"greater-trochanter", {4, -10, -40}}, {"greater-trochanter", {-6, 34, -60}}, {"greater-trochanter", {-36, 46, -90}}}, {{"patella", {18, 4, 26}}}, {{"hip-joint..knee-joint:0.5", {50, 38, 0}}}, 134, 28, 2, 2},
        {"adductor-longus", "Adductor longus", S::Fan, L::Superficial, {{"pubic-tubercle", {0, 0, -10}}}, {{"linea-aspera", {-8, 0, 10}}, {"linea-aspera", {-8, 0, -30}}}, {}, 40, 16, 3, 3},
        {"adductor-magnus", "Adductor magnus", S::Fan, L::Intermediate, {{"pubic-symphysis", {24, 30, -30}}, {"ischial-tuberosity", {0, 0, -6}}}, {{"linea-aspera", {-10, 0, 60}}, {"adductor-tubercle", {0, 0, 6}}}, {}, 0, 24, 9, 8},
        {"gracilis", "Gracilis", S::Strap, L::Superficial, {{"pubic-symphysis", {24, 34, -50}}}, {{"pes-anserinus", {2, 6, 6}}}, {{"knee-joint", {-50, 12, 70}}}, 30, 10, 1.5f, 1.5f},
        {"biceps-femoris", "Biceps femoris", S::Fusiform, L::Superficial, {{"ischial-tuberosity", {6, 2, -6}}, {"hip-joint..knee-joint:0.62", {16, 34, 0}}}, {{"fibular-head", {0, 4, 6}}}, {{"hip-joint..knee-joint:0.3", {8, 40, 0}}, {"hip-joint..knee-joint:0.85", {22, 34, 0}}}, -36, 26, 2, 2, 2},
        {"semitendinosus", "Semitendinosus", S::Fusiform, L::Superficial, {{"ischial-tuberosity", {-4, 2, -6}}}, {{"pes-anserinus", {2, 10, -4}}}, {{"knee-joint", {-38, 44, 80}}}, 46, 22, 2, 2},
        {"semimembranosus", "Semimembranosus", S::Fusiform, L::Intermediate, {{"ischial-tuberosity", {0, -4, -12}}}, {{"tibia-medial-condyle", {0, 16, 0}}}, {{"hip-joint..knee-joint:0.7", {-4, 40, 0}}}, 64, 24, 8, 5},
        // 18 mm under the skin: the fuller calf's skin stands further off the back of the tibia,
        // and 12 mm under it the popliteus left the tibia showing between the gastrocnemius' heads.
        {"popliteus", "Popliteus", S::SmallDeep, L::Deep, {{"femur-lateral-condyle", {-4, 16, -2}}}, {{"tibia-medial-condyle", {10, 20, -35}}}, {}, 36, 8, 18, 16},
        // Gastrocnemius: two heads from the femoral condyles that swell below the knee and taper
        // into the calcaneal tendon (whose top lies under their ends), the medial head bigger and
        // reaching lower (0.58 of the shank) than the lateral (0.5); the soleus shows either side
        // of the tendon below them. With the Pennate profile and one shared insertion they ran
        // as two straight, even tubes down to the tendon.
        {"gastrocnemius", "Gastrocnemius", S::Pennate, L::Superficial, {{"femur-medial-condyle", {6, 24, 20}}, {"femur-lateral-condyle", {-4, 24, 20}}}, {{"knee-joint..ankle-joint:0.58", {-6, 44, 0}}, {"knee-joint..ankle-joint:0.5", {8, 48, 0}}}, {{"knee-joint..ankle-joint:0.3", {-22, 62, 0}}, {"knee-joint..ankle-joint:0.26", {20, 60, 0}}}, 80, 28, 2, 2, 2, false, 1.0f, 0.0f, {}, -1.0f, false, 0.0f,
         true, {1.1f, 0.9f}, {0.28f, 0.36f, 0.5f, 0.75f, 0.95f, 1.0f, 0.95f, 0.86f, 0.74f, 0.6f, 0.45f, 0.3f, 0.15f}, {0.35f, 0.5f, 0.7f, 0.88f, 1.0f, 1.0f, 0.95f, 0.86f, 0.74f, 0.6f, 0.45f, 0.3f, 0.16f}},
        // Its lower end a little medial of the calcaneal tendon, where it shows beside the tendon
        // at mid-calf medial to the gastrocnemius' longer medial head.
        {"soleus", "Soleus", S::Fusiform, L::Intermediate, {{"fibular-head", {2, 30, -80}}, {"fibular-head", {-4, 34, -16}}, {"tibia-medial-condyle", {10, 42, -66}}}, {{"heel", {-4, -8, 30}}}, {{"knee-joint..ankle-joint:0.4", {10, 36, 0}}}, 64, 18, 9, 4},
        // The tibialis anterior lies on the tibia's lateral surface up to the crest: from the
        // front a full belly in the upper two thirds, the tibia's subcutaneous face a band
        // medial to it (arising at the condyle's lateral edge, 34 mm wide, it was a strap beside
        // a bone band wider than itself).
        {"tibialis-anterior", "Tibialis anterior", S::Pennate, L::Superficial, {{"tibia-lateral-condyle", {-12, -18, -10}}}, {{"first-metatarsal-base", {0, -4, 8}}}, {{"ankle-joint", {-5, -32, 40}}, {"ankle-joint", {-6, -18, 8}}}, 44, 20, 2, 2},
        // 44 mm under the fuller calf's skin (40 swept it inside out there), along the bones.
        {"tibialis-posterior", "Tibialis posterior", S::Pennate, L::Deep, {{"tibia-mid", {18, 20, 120}}}, {{"navicular", {0, 0, -4}}}, {{"medial-malleolus", {6, 14, 10}}}, 22, 14, 44, 10},
        // The fibulares' bellies end above the lateral malleolus (the longus' higher, over the
        // brevis'); their tendons behind and under the malleolus onto the foot are a part of
        // their own (fibularis-tendons, foot_bands.cpp): swept on to the foot, the bellies'
        // tapered ends had stood for the tendons.
        // The longus' lower belly keeps to the side of the leg: through a point further back,
        // it lay beside the calcaneal tendon on the fuller calf, where the soleus shows.
        {"fibularis-longus", "Fibularis longus", S::Pennate, L::Superficial, {{"fibular-head", {6, -6, -14}}, {"fibular-head", {4, 12, -50}}}, {{"lateral-malleolus", {-8, 4, 70}}}, {{"lateral-malleolus", {-10, -8, 130}}}, 36, 12, 2, 2},
        {"fibularis-brevis", "Fibularis brevis", S::Pennate, L::Intermediate, {{"fibula-mid", {4, 2, -20}}}, {{"lateral-malleolus", {-4, 12, 16}}}, {{"lateral-malleolus", {-4, 10, 60}}}, 18, 10, 8, 3},
        {"extensor-digitorum-longus", "Extensor digitorum longus", S::Pennate, L::Superficial, {{"tibia-lateral-condyle", {8, -10, -20}}}, {{"ankle-joint", {4, -44, 14}}, {"ankle-joint", {18, -40, 14}}}, {{"ankle-joint", {12, -34, 50}}}, 28, 9, 4, 3},
        // Extensor hallucis longus ends on the base of the big toe's distal phalanx, under its
        // extensor expansion (ended at the tip, it showed through the sheath's rounded end).
        {"extensor-hallucis-longus", "Extensor hallucis longus", S::Pennate, L::Intermediate, {{"fibula-mid", {-12, -20, 0}}}, {{"toe-tip", {0, 22, 8}}}, {{"ankle-joint", {-4, -30, 20}}}, 14, 8, 8, 3},
        {"flexor-digitorum-longus", "Flexor digitorum longus", S::Pennate, L::Deep, {{"tibia-mid", {-8, 18, 40}}}, {{"first-mtp", {20, 30, -10}}}, {{"medial-malleolus", {2, 16, 10}}}, 22, 12, 12, 5},
        {"abductor-hallucis", "Abductor hallucis", S::Fusiform, L::Superficial, {{"heel", {-22, -20, -10}}}, {{"first-mtp", {-4, -10, 0}}}, {}, 22, 14, 2, 2},
        {"quadratus-plantae", "Quadratus plantae", S::SmallDeep, L::Deep, {{"calcaneus-plantar", {0, -10, 4}}}, {{"cuboid", {-20, -10, -4}}}, {}, 26, 10, 12, 12},
    };
    // clang-format on
}

}  // namespace tpa::body
