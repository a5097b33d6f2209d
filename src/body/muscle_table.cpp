// One row per muscle: attachments on the rig (origin and insertion as in standard anatomy texts,
// e.g. Gray's Anatomy), shape class, belly size and depth under the skin. Left side; the right
// side is its mirror image.
#include "body/muscle_table.h"

namespace tpa::body {
namespace {

using S = MuscleShape;
using L = core::Layer;

std::vector<MuscleSpec> headNeckAndShoulder() {
    // One row per muscle reads better unwrapped.
    // clang-format off
    return {
        // Temporalis: from the whole arch of the temporal fossa (behind the orbital rim, up 6 mm
        // under the galea's lateral edge at the superior temporal line, round above and behind
        // the ear) onto the coronoid under the arch, as six slips: one sweep lofted between
        // that horseshoe and the short insertion line folded, and a shallower arch left bone
        // round the fan's front, top and back.
        {"temporalis", "Temporalis", S::Fan, L::Superficial, {{"temple", {-7, -26, -6}}, {"temple", {-10, -16, 24}}, {"temple", {-12, -4, 37}}, {"temple", {-10, 16, 51}}, {"temple", {-8, 38, 55}}, {"temple", {-6, 57, 50}}, {"temple", {-5, 73, 39}}, {"temple", {-4, 85, 23}}, {"temple", {-5, 88, 4}}, {"temple", {-5, 72, -22}}}, {{"zygoma", {-16, 15, -36}}, {"zygoma", {-14, 16, -14}}}, {}, 0, 7, 0.5f, 0.5f, 6, true, 0.72f},
        {"masseter-superficial", "Masseter (superficial)", S::Sheet, L::Superficial, {{"zygoma", {-6, -18, -10}}, {"zygoma", {0, 12, -10}}, {"zygoma", {0, 32, -8}}}, {{"gonion", {0, -48, -18}}, {"gonion", {5, -4, -10}}, {"gonion", {6, 6, 16}}}, {}, 0, 7, 3.5f, 3.5f},
        {"masseter-deep", "Masseter (deep)", S::Pennate, L::Intermediate, {{"zygoma", {-6, 24, -6}}}, {{"gonion", {0, -6, 26}}}, {}, 16, 7, 9, 9},
        {"lateral-pterygoid", "Lateral pterygoid", S::SmallDeep, L::Deep, {{"tmj", {-30, -26, -20}}}, {{"tmj", {-5, -2, -10}}}, {}, 14, 10, -1, -1},
        {"medial-pterygoid", "Medial pterygoid", S::SmallDeep, L::Deep, {{"tmj", {-28, -22, -30}}}, {{"gonion", {-9, -4, 8}}}, {}, 14, 10, -1, -1},
        {"digastric", "Digastric", S::Fusiform, L::Intermediate, {{"mastoid", {-4, -4, -4}}}, {{"menton", {8, 8, 6}}}, {{"hyoid", {0, 0, 0}}}, 9, 7, 6, 5},
        {"frontalis", "Frontalis", S::Sheet, L::Superficial, {{"vertex", {3, -74, -30}}, {"vertex", {22, -70, -30}}, {"vertex", {40, -60, -36}}, {"vertex", {54, -46, -52}}}, {{"glabella", {3, 4, 2}}, {"glabella", {18, 5, 2}}, {"glabella", {34, 10, 1}}, {"glabella", {48, 22, -3}}}, {}, 0, 3, 0.5f, 0.5f, 1, true},
        // Occipital bellies: from the lateral two thirds of the superior nuchal line (following
        // it down laterally toward the mastoid) up over the back of the vault into the galea,
        // about 5 cm wide and 3.5 cm tall, the galea coming down between them to the inion.
        {"occipitalis", "Occipitalis", S::Sheet, L::Superficial, {{"inion", {17, -8, 2}}, {"inion", {45, -26, -1}}, {"inion", {59, -53, 3}}}, {{"inion", {19, -3, 32}}, {"inion", {43, -20, 28}}, {"inion", {59, -46, 21}}}, {}, 0, 1.5f, 0.5f, 0.5f, 1, true, 1.0f, 0.0f, {}, -1.0f, true},
        // The trapezius as one diamond-shaped sheet (sheetOverlap: flat faces, feathered rims) in
        // three parts: the upper from the medial nuchal line, the inion and the ligamentum nuchae
        // (crossing the midline a little, so the two sides meet) to the lateral clavicle and the
        // acromion; the middle from C7-T4 to the acromion and the spine of the scapula; the lower
        // from T4-T12 to the root of the spine. Each border overlaps its neighbour by 1-2 cm, the
        // upper and lower parts 0.8-1.3 mm over the middle (depth plus the id's stagger), and the
        // lower over the latissimus dorsi.
        {"upper-trapezius", "Upper trapezius", S::Fan, L::Superficial, {{"inion", {28, -8, -5}}, {"inion", {-4, 0, 4}}, {"c2", {-1.5f, 12, 0}}, {"c7", {-1.5f, 6, -14}}}, {{"clavicle-mid", {40, 4, 4}}, {"acromion", {-24, 8, 2}}, {"acromion", {-22, 18, -4}}}, {}, 0, 7, 1.1f, 1.1f, 3, false, 1.0f, 0.25f},
        {"middle-trapezius", "Middle trapezius", S::Fan, L::Superficial, {{"c7", {0, 4, 4}}, {"t1", {0, 4, -20}}, {"t4", {0, 4, -16}}}, {{"acromion", {-18, 14, -2}}, {"spine-of-scapula-mid", {0, 10, -4}}, {"scapula-spine-root", {4, 8, -4}}}, {}, 0, 5, 1.5f, 2.0f, 3, false, 1.0f, 0.25f},
        {"lower-trapezius", "Lower trapezius", S::Fan, L::Superficial, {{"t4", {0, 4, 8}}, {"t12", {0, 4, 0}}}, {{"scapula-spine-root", {4, 8, 2}}, {"scapula-spine-root", {14, 8, 10}}}, {}, 0, 4.5f, 0.7f, 0.7f, 1, false, 1.0f, 0.25f},
        {"scm-sternal", "Sternocleidomastoid (sternal head)", S::Strap, L::Superficial, {{"jugular-notch", {10, -2, 2}}}, {{"mastoid", {4, -4, 0}}, {"mastoid", {-8, 14, 10}}}, {}, 24, 11, 1.5f, 1.5f},
        {"scm-clavicular", "Sternocleidomastoid (clavicular head)", S::Strap, L::Superficial, {{"sternoclavicular", {14, 2, 8}}, {"sternoclavicular", {44, 6, 10}}}, {{"mastoid", {4, 2, -2}}}, {}, 18, 8, 2.5f, 3.5f},
        {"splenius-capitis", "Splenius capitis", S::Sheet, L::Intermediate, {{"c2", {0, 4, -40}}, {"t1", {0, 2, -20}}}, {{"mastoid", {0, -2, 6}}, {"mastoid", {-16, 16, 14}}}, {}, 0, 7, 10, 8},
        {"splenius-cervicis", "Splenius cervicis", S::Strap, L::Intermediate, {{"t4", {0, 2, 12}}, {"t4", {0, 2, -30}}}, {{"c2", {30, -30, 6}}}, {}, 12, 6, 12, 16},
        {"semispinalis-capitis", "Semispinalis capitis", S::Column, L::Deep, {{"t4", {18, -18, 20}}}, {{"inion", {8, -8, -12}}, {"inion", {34, -18, -14}}}, {{"c7", {16, -20, 0}}}, 20, 10, 16, 16},
        {"suboccipitals", "Suboccipital muscles", S::SmallDeep, L::Deep, {{"c2", {2, -8, 0}}, {"c2", {28, -30, 16}}}, {{"inion", {8, -20, -26}}, {"inion", {38, -30, -28}}}, {}, 10, 8, -1, -1},
        {"levator-scapulae", "Levator scapulae", S::Strap, L::Intermediate, {{"c2", {35, -37, -10}}}, {{"scapula-superior-angle", {-2, 5, -6}}}, {}, 24, 10, 11, 10},
        {"scalene-anterior", "Anterior scalene", S::Strap, L::Intermediate, {{"c2", {24, -19, -13}}, {"c2", {26, -7, -63}}}, {{"first-rib-tubercle", {8, 4, 4}}}, {}, 6, 8, 20, 12},
        {"scalene-medius", "Middle scalene", S::Strap, L::Intermediate, {{"c2", {26, -15, -11}}, {"c2", {27, -3, -63}}}, {{"first-rib-tubercle", {18, 32, 18}}}, {}, 8, 9, 20, 11},
        {"scalene-posterior", "Posterior scalene", S::Strap, L::Intermediate, {{"c2", {27, -9, -35}}, {"c2", {28, -1, -63}}}, {{"first-rib-tubercle", {40, 54, -8}}}, {}, 6, 7, 20, 18},
        {"rhomboids", "Rhomboids", S::Sheet, L::Intermediate, {{"c7", {6, 2, -10}}, {"t4", {6, 2, -26}}}, {{"scapula-spine-root", {6, 2, 8}}, {"scapula-inferior-angle", {6, 2, 4}}}, {}, 0, 6, 6, 6},
        {"serratus-anterior", "Serratus anterior", S::Sheet, L::Superficial, {{"rib-8-lateral", {-32, -8, 215}}, {"rib-8-lateral", {-20, -20, 175}}, {"rib-8-lateral", {-14, -38, 145}}, {"rib-8-lateral", {-12, -58, 118}}, {"rib-8-lateral", {-10, -66, 88}}, {"rib-8-lateral", {-6, -64, 58}}, {"rib-8-lateral", {0, -46, 34}}, {"rib-8-lateral", {3, -32, 12}}, {"rib-8-lateral", {3, -14, -12}}}, {{"scapula-superior-angle..scapula-inferior-angle:0", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.3", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.55", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.72", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.83", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.9", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.95", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:0.98", {12, -16, 0}}, {"scapula-superior-angle..scapula-inferior-angle:1", {12, -16, 0}}}, {{"rib-8-lateral", {-12, 50, 190}}, {"rib-8-lateral", {8, 50, 15}}}, 40, 7, 1.1f, 30, 8, false, 1.0f, 0.0f, {}, 22},
        {"serratus-posterior-superior", "Serratus posterior superior", S::Sheet, L::Deep, {{"c7", {4, -4, -6}}, {"t1", {4, -4, -40}}}, {{"t4", {66, -30, 12}}, {"t4", {72, -30, -36}}}, {}, 0, 3, 17, 17},
        {"serratus-posterior-inferior", "Serratus posterior inferior", S::Sheet, L::Deep, {{"t12", {4, -4, 16}}, {"l1", {4, -4, -16}}}, {{"t12", {92, -40, 50}}, {"t12", {98, -46, -6}}}, {}, 0, 3, 14, 14},
        {"supraspinatus", "Supraspinatus", S::Fusiform, L::Intermediate, {{"scapula-superior-angle", {10, -4, -4}}}, {{"greater-tubercle", {-4, 2, 10}}}, {{"supraspinous-fossa", {0, 0, 0}}}, 26, 12, 5, 16},
        // The infraspinatus fills its fossa with a flat face (sheetOverlap) 1.5-7 mm under the
        // skin, at least 1 mm over the latissimus' upper slip (an elliptical section dived to the
        // latissimus' depth at its rim and the two met along a torn line); its upper border dives
        // toward the insertion (depthAcross) under the posterior deltoid's thin lower border, through which it
        // stood out as a spike. Its origin stops 60 mm above the inferior angle, so its lower
        // border leaves the teres minor and major below it (reaching 24 mm above, it covered
        // both, and its lower outer part showed as a ragged tab lateral to the teres minor). The
        // teres major starts under the latissimus at the inferior angle and rises toward the
        // arm, so it shows as a thick band above the latissimus' upper border; the teres minor
        // lies just under the skin along the infraspinatus' lower border, deeper under the deltoid.
        {"infraspinatus", "Infraspinatus", S::Fan, L::Superficial, {{"spine-of-scapula-mid", {0, 2, -12}}, {"scapula-spine-root", {-2, 2, -6}}, {"scapula-inferior-angle", {-4, 2, 60}}}, {{"greater-tubercle", {-4, 14, -8}}}, {{"infraspinous-fossa", {10, 0, 14}}}, 34, 12, 1.5f, 7, 1, false, 1.0f, 0.25f, {}, -1.0f, false, 30},
        {"teres-minor", "Teres minor", S::Fusiform, L::Intermediate, {{"scapula-lateral-border", {4, 2, -6}}}, {{"greater-tubercle", {-4, 16, -24}}}, {}, 26, 10, 3, 8},
        {"teres-major", "Teres major", S::Fusiform, L::Superficial, {{"scapula-inferior-angle", {10, 0, 10}}}, {{"bicipital-groove", {-10, 8, -30}}}, {{"scapula-lateral-border", {20, 0, -20}}}, 44, 18, 11, 3},
        {"subscapularis", "Subscapularis", S::Fan, L::Deep, {{"scapula-superior-angle", {6, -22, -10}}, {"scapula-inferior-angle", {4, -20, 24}}}, {{"lesser-tubercle", {-4, 4, 0}}}, {{"glenoid", {-14, -22, -12}}}, 10, 12, -1, -1},
        {"latissimus-dorsi", "Latissimus dorsi", S::Fan, L::Superficial, {{"t7", {4, 2, 0}}, {"t12", {4, 2, 0}}, {"l3", {4, 2, 0}}, {"psis", {6, 2, 20}}, {"iliac-crest..psis:0.5", {0, 10, 0}}, {"iliac-crest", {-10, 18, 6}}, {"rib-10-lateral", {-6, 50, 10}}}, {{"bicipital-groove", {-4, 6, -24}}, {"bicipital-groove", {-4, 6, -4}}}, {}, 0, 8, 2, 12, 4, false, 1.0f, 0.25f},
        // The deltoid's three parts make one rounded cap: a continuous U of origin (lateral third
        // of the clavicle, acromion, spine of the scapula), each part overlapping its neighbour
        // at one depth with the flat, feather-rimmed section (sheetOverlap), so the seams are
        // hairlines; thin at the tendinous origin and thickest over the humeral head, so their
        // tops blend into the bone instead of ending square; narrowing (widthProfile) onto the
        // tuberosity in a V, the posterior part from its middle on so the teres major still
        // shows below it. As elliptical sections at staggered depths they were stacked slabs.
        {"deltoid-anterior", "Anterior deltoid", S::Fan, L::Superficial, {{"clavicle-mid", {22, -4, 0}}, {"acromion", {-2, -24, 0}}}, {{"deltoid-tuberosity", {0, -8, 0}}}, {}, 30, 16, 2, 2, 1, false, 1.0f, 0.25f, {}, -1.0f, false, 0.0f, false, {}, {0.3f, 0.9f, 0.8f, 0.5f, 0.0f}, {0.3f, 0.8f, 1.0f, 0.8f, 0.35f}},
        {"deltoid-middle", "Middle deltoid", S::Fan, L::Superficial, {{"acromion", {-4, -30, 0}}, {"acromion", {-4, 30, 0}}}, {{"deltoid-tuberosity", {4, 0, 0}}}, {}, 40, 16, 2, 2, 1, false, 1.0f, 0.25f, {}, -1.0f, false, 0.0f, false, {}, {0.3f, 0.9f, 0.8f, 0.5f, 0.0f}, {0.3f, 0.8f, 1.0f, 0.8f, 0.35f}},
        {"deltoid-posterior", "Posterior deltoid", S::Fan, L::Superficial, {{"acromion", {-2, 20, 6}}, {"spine-of-scapula-mid", {-14, 10, 4}}}, {{"deltoid-tuberosity", {0, 8, 0}}}, {}, 34, 14, 2, 2, 1, false, 1.0f, 0.25f, {}, -1.0f, false, 0.0f, false, {}, {0.3f, 0.9f, 0.8f, 0.5f, 0.0f}, {0.3f, 0.8f, 1.0f, 0.8f, 0.35f}},
        {"pectoralis-major", "Pectoralis major", S::Fan, L::Superficial, {{"clavicle-mid", {6, -4, -2}}, {"sternoclavicular", {-10, -8, -8}}, {"sternal-angle", {7, -8, 0}}, {"sternal-angle..xiphoid:0.5", {7, -6, 0}}, {"xiphoid", {10, -6, 10}}, {"rib-5-front", {-12, -4, -36}}}, {{"bicipital-groove", {2, -12, 0}}, {"bicipital-groove", {4, -12, -32}}}, {}, 0, 16, 1.5f, 4.5f, 4, false, 1.0f, 0.25f, {}, -1.0f, false, 0.0f, false, {}, {}, {}, {{}, {}, {}, {"rib-5-front", {40, 20, 55}}}},
        {"pectoralis-minor", "Pectoralis minor", S::Fan, L::Intermediate, {{"rib-5-front", {0, 0, 40}}, {"rib-5-front", {12, 8, -10}}}, {{"coracoid", {0, -2, -4}}}, {}, 0, 8, 24, 22},
        {"coracobrachialis", "Coracobrachialis", S::Fusiform, L::Intermediate, {{"coracoid", {2, 0, -6}}}, {{"humerus-mid", {-18, -6, 0}}}, {}, 14, 12, 9, 10},
    };
    // clang-format on
}

std::vector<MuscleSpec> armAndHand() {
    // One row per muscle reads better unwrapped.
    // clang-format off
    return {
        {"biceps-brachii", "Biceps brachii", S::Fusiform, L::Superficial, {{"coracoid", {0, 0, -8}}, {"bicipital-groove", {0, 0, 8}}}, {{"radial-tuberosity", {0, -10, 0}}}, {}, 34, 28, 2, 2, 2},
        // The brachialis wraps the front and lateral face of the lower humerus from just below
        // the deltoid's insertion (embracing its point), its lateral origin back to the lateral
        // border, so from the side it meets the triceps over the lateral intermuscular septum
        // instead of leaving a strip of bone; its insertion sits a little medial so the
        // humerus above the medial epicondyle stays covered.
        {"brachialis", "Brachialis", S::Pennate, L::Intermediate, {{"humerus-mid", {-18, -12, 24}}, {"humerus-mid", {26, 8, 24}}}, {{"ulna-coronoid", {2, -6, -20}}}, {}, 40, 16, 9, 8},
        // The heads end at either side of the tendon's plate (triceps-tendon, aponeurosis.cpp).
        {"triceps-brachii", "Triceps brachii", S::Fusiform, L::Superficial, {{"glenoid", {-6, 10, -24}}, {"shoulder-joint", {18, 22, -50}}}, {{"olecranon", {-30, 4, 26}}, {"olecranon", {30, 4, 26}}}, {}, 4, 26, 10, 2, 2},
        {"anconeus", "Anconeus", S::Fan, L::Superficial, {{"lateral-epicondyle", {0, 8, 0}}}, {{"olecranon..ulnar-styloid:0.22", {4, 4, 0}}, {"olecranon..ulnar-styloid:0.05", {6, 6, 0}}}, {}, 20, 8, 2, 2},
        // The brachioradialis rises from the upper two thirds of the lateral supracondylar
        // ridge (to 11 cm above the epicondyle), on the ridge itself, behind the brachialis.
        {"brachioradialis", "Brachioradialis", S::Pennate, L::Superficial, {{"lateral-epicondyle", {-5, 9, 110}}, {"lateral-epicondyle", {-2, 2, 30}}}, {{"elbow-joint..wrist-joint:0.62", {22, -12, 0}}}, {{"elbow-joint..wrist-joint:0.3", {34, -16, 0}}}, 44, 18, 2, 2},
        {"extensor-carpi-radialis-longus", "Extensor carpi radialis longus", S::Pennate, L::Superficial, {{"lateral-epicondyle", {4, 2, 24}}}, {{"second-metacarpal-base", {0, 12, 0}}}, {{"elbow-joint..wrist-joint:0.35", {32, 8, 0}}}, 22, 12, 2, 2},
        {"extensor-carpi-radialis-brevis", "Extensor carpi radialis brevis", S::Pennate, L::Superficial, {{"lateral-epicondyle", {0, 8, 0}}}, {{"second-metacarpal-base", {-14, 12, 0}}}, {{"elbow-joint..wrist-joint:0.45", {22, 22, 0}}}, 22, 10, 2, 2},
        {"extensor-carpi-ulnaris", "Extensor carpi ulnaris", S::Pennate, L::Superficial, {{"lateral-epicondyle", {-4, 12, -4}}}, {{"ulnar-styloid", {2, 6, -14}}}, {{"ulna-mid", {4, 12, 0}}}, 22, 10, 2, 2},
        {"extensor-digitorum", "Extensor digitorum", S::Pennate, L::Superficial, {{"lateral-epicondyle", {-2, 12, 0}}}, {{"wrist-joint", {12, 18, -34}}, {"wrist-joint", {-16, 18, -34}}}, {{"elbow-joint..wrist-joint:0.5", {4, 24, 0}}}, 24, 12, 2, 2},
        {"supinator", "Supinator", S::SmallDeep, L::Deep, {{"lateral-epicondyle", {-8, -4, -10}}}, {{"radial-tuberosity", {4, -14, -26}}}, {}, 30, 8, 7, 6},
        {"flexor-carpi-radialis", "Flexor carpi radialis", S::Pennate, L::Superficial, {{"medial-epicondyle", {2, -8, 0}}}, {{"elbow-joint..wrist-joint:0.62", {9, -18, 0}}}, {}, 34, 12, 2, 2},
        {"flexor-carpi-ulnaris", "Flexor carpi ulnaris", S::Pennate, L::Superficial, {{"medial-epicondyle", {0, 4, 0}}}, {{"ulnar-styloid", {0, -10, -12}}}, {{"elbow-joint..wrist-joint:0.5", {-22, -14, 0}}}, 36, 12, 2, 2},
        {"flexor-digitorum-superficialis", "Flexor digitorum superficialis", S::Pennate, L::Intermediate, {{"medial-epicondyle", {4, -10, -6}}, {"radius-mid", {-4, -10, 30}}}, {{"elbow-joint..wrist-joint:0.8", {18, -14, 0}}, {"elbow-joint..wrist-joint:0.8", {-14, -14, 0}}}, {}, 44, 14, 4, 3},
        {"pronator-teres", "Pronator teres", S::Fusiform, L::Superficial, {{"medial-epicondyle", {4, -10, 6}}, {"medial-epicondyle", {8, -10, 20}}}, {{"radius-mid", {2, -8, 10}}}, {}, 20, 12, 2, 2},
        {"adductor-pollicis", "Adductor pollicis", S::Fan, L::Deep, {{"palm-centre", {-10, 0, -14}}, {"palm-centre", {-4, 0, 10}}}, {{"thumb-base", {10, -18, -40}}}, {}, 8, 6, 7, 6},
        {"first-dorsal-interosseous", "First dorsal interosseous", S::Pennate, L::Intermediate, {{"thumb-base", {0, 8, -10}}, {"second-metacarpal-base", {0, 8, -30}}}, {{"second-metacarpal-base", {4, 4, -66}}}, {}, 10, 10, 3, 3},
    };
    // clang-format on
}

}  // namespace

std::vector<MuscleSpec> trunkAndLeg();

const std::vector<MuscleSpec>& muscleTable() {
    static const std::vector<MuscleSpec> table = [] {
        std::vector<MuscleSpec> all = headNeckAndShoulder();
        for (auto& m : armAndHand()) all.push_back(std::move(m));
        for (auto& m : trunkAndLeg()) all.push_back(std::move(m));
        return all;
    }();
    return table;
}

}  // namespace tpa::body
