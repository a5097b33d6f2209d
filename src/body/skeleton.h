// The skeleton: each bone an implicit shape built from the rig, meshed like the skin.
#pragma once

#include <string>
#include <vector>

#include "body/rig.h"
#include "body/sdf_model.h"
#include "core/part.h"

namespace tpa::body {

struct BoneShape {
    std::string id;     // bare id: "femur" (sided) or "skull" (midline)
    std::string name;   // display name without side
    bool sided = true;  // built for the left side and mirrored; midline bones are built as halves
    float cell = 3.0f;  // polygonisation cell, mm
    SdfModel field;
    // Thin bones with a subcutaneous crest (scapular spine) are meshed already clipped to the
    // clearance under the skin: pressing them in afterwards folds the crest.
    bool clipToSkin = false;
    // Added to the bone clearance for bones whose subcutaneous edges lie under a muscle's
    // insertion and fat in life (the iliac crest under the external oblique and the flank).
    float extraClearance = 0.0f;
    // Normals within this of each other are merged by the decimation: deep bones seen only in
    // glimpses (the vertebral column) take a coarser mesh.
    float decimateDot = 0.95f;
};

std::vector<BoneShape> axialBones(const Rig& rig);
// The skull's braincase alone (no face, arches or mastoids): the surface the scalp muscles and
// the temporalis follow.
SdfModel craniumField(const Rig& rig);  // skull, mandible, spine, ribs, sternum, pelvis
std::vector<BoneShape> limbBones(const Rig& rig);   // girdles, arm, hand, leg, foot

// Centre lines of the twelve left ribs, from the head by the vertebral body round the side to
// the end of the costal cartilage (at the sternum for ribs 1-7, the costal margin for 8-10;
// ribs 11 and 12 end free in the flank), and the tube radii at the head and the front end
// (mm for the 1750 mm body): the rib cage and the intercostal sheet over it share them.
std::vector<std::vector<glm::vec3>> ribCentreLines(const Rig& rig);
constexpr float kRibRadiusBack = 6.0f;
constexpr float kRibRadiusFront = 4.5f;

// How far every bone surface stays under the skin (mm for the 1750 mm body): subcutaneous bones
// (clavicle, ribs, iliac crest, tibia, malleoli) would otherwise graze the skin and show
// through it as white streaks.
constexpr float kBoneClearanceMm = 4.0f;

// All bone shapes, and their meshed parts (left and right for sided bones). Vertices closer to
// the skin than the clearance are pressed inward along the skin field's gradient.
std::vector<BoneShape> skeletonShapes(const Rig& rig);
std::vector<core::Part> buildSkeleton(const std::vector<BoneShape>& shapes, const SdfModel& skin,
                                      float clearance);

// The mandible's field as it is meshed, clipped under `skin` (which must outlive it): the
// surface the chin's muscles lie on (MuscleSpec::jawProfile).
SdfModel mandibleField(const Rig& rig, const SdfModel& skin);

// Distance to the nearest bone surface (negative inside a bone).
float boneDistance(const std::vector<BoneShape>& shapes, glm::vec3 p);

}  // namespace tpa::body
