// The muscle table: one row per knowledge-base muscle, read by the shape builders.
#pragma once

#include <glm/glm.hpp>
#include <string_view>
#include <vector>

#include "core/part.h"

namespace tpa::body {

// Shape classes: they set how width and thickness vary from origin (u = 0) to insertion (u = 1).
enum class MuscleShape {
    Fan,        // broad origin converging on a narrow insertion (trapezius, pectoralis major)
    Fusiform,   // spindle with tendinous ends (biceps)
    Pennate,    // flat spindle whose belly sits nearer the origin (gastrocnemius, vasti)
    Sheet,      // broad, thin, little taper (external oblique, rhomboids)
    Strap,      // long, even width (sartorius, gracilis)
    Column,     // long deep column along the spine (erector spinae, multifidus)
    SmallDeep,  // short, thick, blunt (suboccipitals, piriformis, pterygoids)
    Digit,      // a toe's sheath: full at the base, tapering, rounded off at the tip (u = 1)
};

// A point on the rig: "acromion", or "a..b:t" for t of the way from a to b, plus an offset in
// mm where +x is lateral (away from the midline on the muscle's side), +y posterior, +z up.
struct Anchor {
    std::string_view point;
    glm::vec3 offset{0.0f};
};

struct MuscleSpec {
    std::string_view id;    // knowledge-base id
    std::string_view name;  // display name without side
    MuscleShape shape;
    core::Layer layer;
    std::vector<Anchor> origin;     // 1-3 points across the width
    std::vector<Anchor> insertion;  // 1-3 points across the width
    std::vector<Anchor> via{};      // optional points the centre line passes through
    float width;      // mm added to the belly's width (over the spread of origin/insertion)
    float thickness;  // mm at the belly
    float depth0;     // mm from the skin to the outer face at the origin; < 0: placed freely
    float depth1;     // the same at the insertion
    // Heads shown as separate bellies (biceps, triceps, gastrocnemius): head i springs from the
    // origin line at i/(heads-1) of its length and all converge on the insertion; the part
    // stays one knowledge-base muscle; given as many via anchors as heads, head i runs through
    // the i-th (the gastrocnemius' heads over the back of the calf). A fan with heads > 1 is laid as that many slips side by
    // side instead (pectoralis major, latissimus dorsi), slip i from the i-th stretch of the
    // origin line to the i-th stretch of the insertion line. A sheet with heads > 1 is laid as
    // that many digitations (serratus anterior): slips apart at the origin, each through its
    // own point of the via line (via anchors then run across the slips, first to last).
    int heads = 1;
    // Thin muscles on the braincase (frontalis, occipitalis, temporalis) follow the bone rather
    // than the skin, whose scalp stands well off it: depth is then the gap above the cranium.
    bool onCranium = false;
    // Where along its length (0 origin .. 1 insertion) a muscle on the cranium starts to leave
    // it for an insertion off the braincase: the temporalis dives under the zygomatic arch onto
    // the coronoid process.
    float leavesCranium = 1.0f;
    // Parts and slips that must read as one smooth sheet (the trapezius): > 0 gives the section
    // a flat outer face with feathered rims (sheet_section.h), and a fan's slips lie at one
    // depth, overlapping by this fraction of a slip at both ends, so no groove shows between
    // them. 0: the elliptical section, and slips (pectoralis major, latissimus dorsi) at
    // alternate depths overlapping by a tenth at the origin, with shallow grooves between.
    float sheetOverlap = 0.0f;
    // > 0: a flat band that thins to a feather edge at both rims over this fraction of its
    // half-width (the orbicularis oculi): toward the rim nearer the middle of its course (a
    // ring's inner edge) its outer face stays level and its deep face rises, so it meets a
    // sheet just under that face flush; toward the other rim its deep face stays level and its
    // outer face sinks, so it runs out onto what lies under it without a step.
    float featherAcross = 0.0f;
    // With it, mm the other rim sinks by besides, where that rim faces up (+z from the middle
    // of the course): the orbicularis oculi's orbital part runs out onto the frontalis, which
    // lies on the bone under a thick scalp, while at the sides and below it stays over the
    // zygomatic bone, the lip elevators and the procerus.
    float featherSink = 0.0f;
    // > 0: besides, the section sinks by featherSink over this fraction of its width from the
    // outer rim, growing toward it (past a half, from inside the middle), except where it faces
    // medially: the orbicularis oculi's upper part slopes down into the frontalis, a sheet
    // laid over the brow, rather than a level band whose rim drops steeply just short of its
    // edge, a raised rim of goggles. 0: it sinks only where its rim thins.
    float featherSinkSpan = 0.0f;
    // Tendinous intersections (rectus abdominis): where along the length (0..1) the outer face
    // dips in a transverse groove while the deep face stays, so the bellies between bulge.
    std::vector<float> intersections{};
    // Intersections only: over this outer fraction of the half-width (0..1) the groove fades
    // out, so the rims keep their depth and the borders run straight past it (the rectus' sunk
    // rims showed as square bites under the oblique's aponeurosis). 0: the whole ring dips.
    float intersectionRimKeep = 0.0f;
    // Digitations only: depth under the skin at the origin of the first slip (< 0: depth0 for
    // all); slips between take depths between it and depth0 (the serratus' upper slips start
    // under the pectorals, its lower ones just under the skin).
    float firstSlipDepth0 = -1.0f;
    // Digitations only: depth under the skin at the insertion of the last slip (< 0: depth1 for
    // all); the others take depths between it and depth1 by the fourth power of their rank, so
    // only the lowest few rise (the serratus' lowest slips run on the ribs to the inferior angle,
    // where diving to the upper slips' depth under the scapula laid them under the intercostal
    // sheet; rising by the square of their rank, the middle ones merged in the oblique views).
    float lastSlipDepth1 = -1.0f;
    // A scalp sheet on the cranium laid as a shell straight from the bilinear patch between its
    // origin and insertion lines (cranial_sheet.h) rather than swept: wide, short sheets
    // (the occipitalis) folded in the sweep and the fold repair collapsed them.
    bool cranialPatch = false;
    // Such a patch's thickness left at its origin, insertion, first-anchor and last-anchor rims
    // (fractions; empty: 0.7 all round) and the fraction of its length or width over which it
    // thins to them: the frontalis feathers into the galea at its upper border.
    std::vector<float> patchRims{};
    float patchFeather = 0.2f;
    // Such a patch's outer face this many mm under the skin toward its insertion (< 0: at its
    // gap above the bone throughout), rising to it from that gap over patchSkinSpan of its
    // length: the frontalis, laid on the bone, lay 6-11 mm under the forehead's skin and the
    // orbicularis oculi, just under it, stood proud of it as goggles.
    float patchSkinDepth = -1.0f;
    glm::vec2 patchSkinSpan{0.2f, 0.7f};
    // Such a patch's gap above the bone (mm, as depth0) at its origin, insertion, first-anchor
    // and last-anchor rims, reached over patchFeather of the way across like patchRims (< 0, or
    // empty: the gap as elsewhere). The occipitalis' upper and medial borders, thinned, lie on
    // the galea's face instead of under it: buried, their thin edges crossed the galea's face
    // at a shallow angle in a ragged line, and laid at the gap they stood as a pad's rim.
    std::vector<float> patchRimGaps{};
    // Extra depth (mm) at the insertion, at the rim of the first origin anchor's side, fading to
    // none at the middle of the width and at the origin, so that border dives under a neighbour
    // on its way to the insertion while the rest stays near the skin (the infraspinatus' upper
    // border under the deltoid, its lower half over the latissimus, its origin on the spine).
    // Negative: the same at the rim of the last anchor's side (the medial patellar
    // retinaculum's back edge under the sartorius, its front at the patella).
    float depthAcross = 0.0f;
    // How much of depthAcross a ring takes along the length (fractions at evenly spaced u, as
    // widthProfile); empty: u itself, none at the origin rising to all of it at the insertion.
    // The vastus lateralis' posterior border sinks under the biceps down the thigh but comes
    // back up near the patella, where at the full 20 mm its lower end left the side of the
    // knee above the lateral retinaculum open onto the biceps 50 mm in.
    std::vector<float> depthAcrossProfile{};
    // Offset (mm, as an anchor's: +x lateral, +y posterior, +z up) by which the corners of the
    // first origin anchor's rim are carried before they are laid under the skin, all of it at
    // the origin and fading to none at the middle of the width and a sixth of the way to the
    // insertion (over a quarter, the stretched rings cut 3 mm under the cap's face below it). The posterior deltoid's acromial corner reaches up and out over the back of
    // the acromion to the trapezius and the middle part: left where its anchor puts it, a
    // hollow 40 mm deep stayed open behind the acromion between the three, and the posterior
    // view's rising rays looked through it onto the far side of the shoulder. Moving the
    // anchor itself moved the whole part and stepped the cap. Zero: none.
    glm::vec3 originRimReach{0.0f};
    // Offset (mm, as an anchor's) added to the centre line before its rings are laid under the
    // skin, by the share pathBendProfile gives along the length (samples at evenly spaced u, as
    // widthProfile). The deltoid's straight chord from the clavicle or the spine to the
    // tuberosity runs deep through the arm, in front of or behind the humerus: laid out from
    // there, the anterior part's lower rings wrapped the front of the arm 60 mm wide down to
    // 30 mm above the tuberosity and closed in a cut edge across the biceps. Bent toward the
    // side of the arm over its lower half, its parts converge on the tuberosity in one V.
    // Zero or no profile: none.
    glm::vec3 pathBend{0.0f};
    std::vector<float> pathBendProfile{};
    // Extra depth (mm) along the origin line's first stretch (between its first two anchors),
    // fading to none three quarters of the way to its third anchor and, along the belly, a
    // quarter of the way to the insertion: the upper trapezius' origin on the superior nuchal
    // line and the inion sinks under the thick scalp toward the occiput instead of ending
    // there as a raised collar, while its origin down the ligamentum nuchae keeps its depth.
    float originDive = 0.0f;
    // Multi-headed muscles with a belly shape of their own (the gastrocnemius: heads that swell
    // below the knee and taper into the calcaneal tendon, the medial one bigger and lower).
    // ownInsertions: head i ends at insertion anchor i instead of on the shared insertion line;
    // headScale[i]: head i's width as a fraction of the even share; widthProfile and
    // thicknessProfile: the belly's width and thickness along its length (fractions at evenly
    // spaced u from origin to insertion, smoothly interpolated) in place of the shape class's.
    // Empty or false: the shape class's profile and the shared insertion.
    bool ownInsertions = false;
    std::vector<float> headScale{};
    std::vector<float> widthProfile{};
    std::vector<float> thicknessProfile{};
    // How much of the spread of the origin and insertion lines a ring takes along the length
    // (fractions at evenly spaced u, as widthProfile); empty: all of it. A muscle laid round a
    // bone from anchors across its face (the vastus intermedius) otherwise ends in a square
    // edge as wide as its anchors; below 1 at the ends, it rounds off there.
    std::vector<float> spreadProfile{};
    // Extra depth (mm) along the length (at evenly spaced u, as widthProfile); empty: none. The
    // rectus abdominis' top end sinks under the pectoralis major's lower border onto the costal
    // cartilages instead of ending level with the skin as a shelf.
    std::vector<float> depthProfile{};
    // Multi-headed muscles only: head 0's depthProfile in place of depthProfile, where given.
    // The triceps' long head comes up between the teres minor and the teres major, over the
    // teres major, while its lateral and medial heads keep their depth under the deltoid.
    std::vector<float> firstHeadDepthProfile{};
    // Multi-headed muscles only: head 0's widthProfile in place of widthProfile, where given.
    // The triceps' long head is narrow where it passes between the teres minor and major in
    // the armpit (as wide as the lateral head there, it spread under the teres major and into
    // the armpit) and broad down the medial half of the back of the arm.
    std::vector<float> firstHeadWidthProfile{};
    // Fan slips only: slip i runs through slipVia[i] where that anchor names a point (else as
    // before, straight or through its lifted midpoint). The pectoralis major's lowest slip
    // keeps to the front of the chest on its way to the arm, as the anterior axillary fold;
    // straight, its rings were laid on the side of the chest under the armpit and folded over.
    std::vector<Anchor> slipVia{};
    // Ring corners placed well under the skin (a slip's straight course through the chest) are
    // first carried outward from the trunk's long axis before they are fitted under the skin:
    // the pectoralis major's lower sternocostal slip otherwise lay on the side of the chest and
    // showed its edge from the front, a groove above the abdominal slip.
    bool liftCorners = false;
    // Fan slips only: the first this many slips' origins follow the origin line through the
    // anchors within their stretch instead of the straight chord between their ends. Where the
    // line bends (the latissimus' border leaving the spine, meeting the iliac crest), the chords
    // of neighbouring slips crossed, and the ends of their overlaps stood out as teeth beyond it.
    int slipsAlongOrigin = 0;
    // Fan slips only: slip i's origin line (its anchors, first to last) in place of its
    // stretch of the muscle's, where given. The pectoralis major's lower sternocostal slip
    // took the sternum down to 26 mm below where the lowest slip's origin starts on it: its
    // corner stood below that slip's origin as a spike by the xiphoid, over a notch of rectus.
    std::vector<std::vector<Anchor>> slipOrigins{};
    // Fan slips only: extra depth (mm) of slip i, where given. The slips of one sheet lie at one
    // depth, and where neighbours overlap their faces coincide and take turns in front: a
    // jagged line across the sheet (the pectoralis major's sternocostal slips). A fraction of a
    // millimetre deeper, a slip's face stays behind its neighbour's feathered rim.
    std::vector<float> slipDepth{};
    // Fan slips only: slip i's thickness as a fraction of the muscle's, where given (the
    // masseter's posterior slip, narrowest where the insertion turns up the ramus, at full
    // thickness stood 5.3 mm thick 3 mm inside its border, a wall; at half, 2.2).
    std::vector<float> slipThickness{};
    // Fan slips of one sheet (sheetOverlap > 0): mm the odd slips lie under the even ones at
    // the origin, fading to none at the insertion. Where two slips' overlap spans a bend of the
    // origin line (the latissimus' lowest point), their faces at one depth crossed in a
    // staircase; a little apart, one slip's feathered rim runs out onto the other's face.
    float slipStagger = 0.0f;
    // > 0: the cross-section is a lens rather than an ellipse, its half-thickness at a fraction
    // s of the way across (1 - s^2)^((1 + rimThinning) / 2) of the middle's, so a thick belly's
    // outer face domes from its middle down to thin borders (the masseter) instead of running
    // flat under the skin to a wall at each border.
    float rimThinning = 0.0f;
    // Sheets (sheetOverlap > 0) only: mm the whole section sinks toward each rim, from none at
    // 60 % of the half-width to all of it at the bevel. Where two slips or parts overlap, the
    // top one's face then runs under its neighbour's at a slant before its bevel and rim: a
    // rim left standing over the neighbour catches the light as a bright line across the
    // sheet, and faces crossing nearly parallel take turns in a saw-tooth (the trapezius).
    float sheetRimSink = 0.0f;
    // Which of the part's borders take it: 1 the first anchors' (s = -1), 2 the last
    // anchors', 3 both; a fan's slips always sink where they overlap each other. The middle
    // trapezius' upper border keeps its depth under the upper part's edge, which otherwise
    // stood over it as a deeper ledge.
    int sheetRimSides = 3;
    // The rims take sheetRimSink from the origin on instead of fading it in over the first
    // 6 % of the length. The lower trapezius' upper border starts at T4 on the midline, under
    // the middle part: unsunk there, its corner and the 1.5 mm by which it crosses the midline
    // stood 0.4 mm proud of the middle part as a dark notch at the top of the lower part.
    bool sheetRimSinkFromOrigin = false;
    // Fan slips of one sheet only, > 0: a slip's rim that runs under the slip before it (its
    // first anchors' side, which slipDepth puts deeper) keeps its depth instead of sinking, and
    // the rim on top sinks by this many mm (in place of sheetRimSink) under the neighbour's
    // face. With both rims of an overlap sunk, each boundary was a V-groove 0.4 mm deep whose
    // flanks turned about 12 degrees apart: the middle trapezius read as a stack of shingles.
    // A steeper sink than sheetRimSink keeps the two faces crossing briskly (where they lie
    // within a tenth of a millimetre they take turns in front).
    float slipTuckSink = 0.0f;
    // sheetRimSink at the last anchors' rim (s = +1) where >= 0; set on a fan's slips by
    // slipTuckSink, and in the table where a part's two borders sink by different amounts
    // (the lower trapezius: its upper border deep under the middle part, its lateral border
    // over the latissimus as before).
    float sheetRimSinkLast = -1.0f;
    // A sheet swept under the skin that reaches up onto the braincase (the insertions behind
    // the ear): from this fraction of its length (0 origin .. 1 insertion) on, where it stands
    // off the cranium it is carried down onto it, fully at the insertion. The scalp thickens
    // over the vault, and a sheet kept under the skin stood there as a plate 6-9 mm off the
    // bone between the muscles laid on it. 1: it follows the skin all along.
    float settlesOnCranium = 1.0f;
    // > 0: the section thins toward its last anchors' rim (s = +1) over this fraction of its
    // half-width, its deep face rising to the outer one, and that rim sinks by lastRimSink mm
    // besides, less toward the insertion and none there (where the gluteus maximus' lower
    // fibres run into the tract at its level): its lower border thins into the gluteal fold
    // instead of ending in a 30 mm wall, a flat shelf over the thigh seen from the side. 0: none.
    float lastRimFeather = 0.0f;
    float lastRimSink = 0.0f;
    // > 0 (sheets only): over its last lastRimRoll mm of width the last anchors' rim rolls
    // under, the whole section sinking on a quarter circle by up to lastRimRollDrop mm at the
    // rim (faded in over the first 30 % of the length from the origin), and the bevel's corner
    // on that side moves in to the middle of the roll. The gluteus maximus' lower border kept
    // a flat face to a 4 mm bevel and read from the side as the cut edge of a card, a lit rim
    // with a dark line under it; rolled under, its face turns down into the thigh's and meets
    // it flush. 0: none.
    float lastRimRoll = 0.0f;
    float lastRimRollDrop = 0.0f;
    // The chin's muscles lie on the mandible, whose front stands 10-20 mm under the skin's
    // broad, round chin: kept 1.5-2.5 mm under the skin they stood off the bone as a muzzle,
    // wider and rounder than the chin. How far each ring is carried from its place under the
    // skin down onto the mandible (mandibleField), its deep face just over the bone: fractions
    // at evenly spaced u, as widthProfile (1 on the bone, 0 where the skin puts it); empty:
    // none, as for every other muscle.
    std::vector<float> jawProfile{};
    // Each ring's sideways direction follows the previous ring's wherever the anchors' spread
    // says otherwise: a band whose spread turns from across the muscle at one end to square to
    // the skin halfway (the sternocleidomastoid's sternal head, from across the notch to back
    // along the mastoid) otherwise flipped for a ring or two there and twisted edge-on.
    bool keepsSide = false;
    // Outer-face vertex normals along the skin field's gradient instead of the mesh's own: a
    // fan's slips are separate pieces whose rims sink under each other, so each piece's normals
    // bent down at its rims and turned a little off its neighbour's, and every seam between two
    // slips shaded as a hard line across what must read as one smooth muscle (the pectoralis
    // major). Their outer faces follow the skin's level sets, so its gradient is their normal
    // where they lie flat. false: the mesh's own area-weighted normals, as for every other part.
    bool fieldNormals = false;
    // With fieldNormals: mm under a rim vertex within which another slip's face makes that
    // rim a seam inside the fan, whose bevel then takes the field's normal too. The latissimus'
    // slips overlap with their rims standing over the slip below; the bevels kept their own
    // normals, facing sideways, and each seam shaded as a dark line across the back. The
    // fan's outline (other parts under it) keeps its bevels. 0: bevels keep their own.
    float seamFieldNormals = 0.0f;
    // With seamFieldNormals: a rim vertex with another slip's face within that distance over
    // it (a rim tucked just under its neighbour) takes the field's normal too. The pectoralis
    // major's clavicular slip ends 0.1-0.7 mm under the sternocostal slip's face near the
    // sternum; its bevel, facing up and away, won the depth test in places there and read as
    // short jagged dark marks. false: only rims over another slip, as before.
    bool seamFieldNormalsTucked = false;
    // Cross-sections along each belly; 0: one every few millimetres of its length
    // (muscle_builder.cpp), so small muscles take fewer triangles than large ones.
    int rings = 0;
};

const std::vector<MuscleSpec>& muscleTable();

// Muscles the knowledge base has no entry for (no trigger points), drawn so the écorché has no
// holes where an anatomist expects muscle: the infrahyoid straps and the floor of the mouth,
// the insertions behind the ear, the face's muscles of expression, the thenar and hypothenar
// eminences and the back of the hand, the deep layer's vastus intermedius, internal oblique and
// adductor brevis, the hip's short external rotators, the leg's flexor hallucis longus and
// fibularis tertius, and the dorsum and border of the foot.
// Their parts carry no muscle id, as the atlas's parts outside the knowledge base do.
const std::vector<MuscleSpec>& contextMuscleTable();

}  // namespace tpa::body
