// Shared fixtures for the embedded-body tests: one cached build and mesh/inside queries.
#pragma once

#include <glm/glm.hpp>
#include <map>
#include <string>
#include <vector>

#include "core/bvh.h"
#include "core/camera.h"
#include "core/mesh.h"
#include "core/scene.h"

namespace tpa::body::test {

// Built once per test run (a build takes a moment) and shared by the test cases.
const core::Scene& embeddedScene();

// Empty when every edge is used by exactly two triangles, once in each direction (closed,
// manifold, consistently wound); otherwise a description of the first problem.
std::string closedManifoldError(const core::Mesh& mesh);

// Empty when the mesh is closed and manifold (as above) and wound outward everywhere: every
// connected piece encloses a positive volume, and no triangle's normal points against the
// summed vertex normals of its corners (a fold that back-face culling would turn into a
// hole). Otherwise the problems found, with the first folded triangle's place.
std::string outwardError(const core::Mesh& mesh);

// Where the eye of a preset view stands, framed on the whole body as `render` frames it at
// 4000x4000: rays from it see points off the axis at a slant, as the renders do.
glm::vec3 presetEye(core::ViewPreset view);

// What the eye of a view preset meets first through a grid of points given relative to a rig
// point of the left side (+x lateral, +y posterior, z up; mm, scaled with the stature), mirrored
// onto the right side when `side` is -1: how many rays met a part, how many of those met a bone
// first, and how many met each part (by id) first.
struct SeenFirst {
    int parts = 0;
    int bones = 0;
    std::map<std::string, int> byId;
};
// Parts of the `hidden` layers are looked through, as the render's --layer LAYER=hidden does.
SeenFirst seenOnGrid(core::ViewPreset view, const std::string& rigPoint, float side,
                     glm::vec2 xRange, glm::vec2 yRange, glm::vec2 zRange, float step,
                     const std::vector<core::Layer>& hidden = {});

// The index of the first muscle or bone part a ray meets, looking through the skin; -1 if none.
int firstPartHit(glm::vec3 from, glm::vec3 direction);
// The same, looking through the parts of the `hidden` layers too (the deep renders hide the
// skin and the superficial layer).
int firstPartHit(glm::vec3 from, glm::vec3 direction, const std::vector<core::Layer>& hidden);
// The same part's id; empty if none.
std::string firstPartHitId(glm::vec3 from, glm::vec3 direction);

// Rays from the side (from +x on the left, -x on the right, both sides) at (y, z) offsets in mm
// (scaled with the stature) from a rig point: each must meet a muscle part first.
void checkMuscleFirstFromSide(const std::string& rigPoint, const std::vector<glm::vec2>& probes);

// A part's id without its side: "soleus.left" -> "soleus"; midline ids ("skull") unchanged.
std::string withoutSide(const std::string& id);

// The mesh of a muscle's left part (the test fails when there is none).
const core::Mesh& leftMesh(const std::string& muscle);

// A part a ray meets after passing the skin, and how far under the skin (mm along the ray).
struct HitUnderSkin {
    std::string id;
    float depth;
};
// Every muscle, bone or other part a ray meets, nearest first, with its depth under the skin.
std::vector<HitUnderSkin> hitsUnderSkin(glm::vec3 from, glm::vec3 direction);

// Where a ray crosses a mesh's triangles, nearest first: the parameter along the ray (in units
// of `direction`'s length), whether it enters there (the triangle faces the ray) and the
// triangle's unit normal.
struct MeshCrossing {
    float t;
    bool entering;
    glm::vec3 normal;
};
std::vector<MeshCrossing> meshCrossings(const core::Mesh& mesh, glm::vec3 from,
                                        glm::vec3 direction);

// The pieces of a mesh that share no vertex (a fan's slips, swept one by one), each a mesh of
// its own, in the order their first triangles come.
std::vector<core::Mesh> pieces(const core::Mesh& mesh);

// A fan's slips with their ray tests: which slip a ray meets first, or -1.
struct Slips {
    explicit Slips(const core::Mesh& mesh);
    // The slip met first along the ray (-1: none), and how far along it (1e9 where none).
    int front(const glm::vec3& from, const glm::vec3& dir, float* distance = nullptr) const;
    std::vector<core::Mesh> meshes;
    std::vector<core::Bvh> bvhs;
};

// How a part shades seen from `eye` through a grid of points in the plane y = planeY (x across,
// mirrored onto the right when `side` is -1, z up; mm) `step` apart: the pairs of neighbouring
// rays that both meet the part first (looking through the skin) away from its borders (no ray
// within `margin` meets anything else), and how many of them see the renderer's interpolated
// vertex normal turn by more than `degrees` (a seam between a fan's slips shading as a line).
// The renderer's normal where a ray (from, dir) meets a mesh at `hit`: its corners' vertex
// normals, interpolated.
glm::vec3 shadedNormal(const core::Mesh& mesh, const core::MeshHit& hit, glm::vec3 from,
                       glm::vec3 dir);

struct ShadingTurns {
    int pairs = 0;
    int turns = 0;
};
ShadingTurns shadingTurns(int part, glm::vec3 eye, float side, glm::vec2 xRange, glm::vec2 zRange,
                          float planeY, float step, float margin, float degrees);

// A point 300 mm out on the left at (y, z) mm (scaled with the stature) from the
// temporomandibular joint, for rays from the side across the face.
glm::vec3 lateralOfJaw(float y, float z);
// How much of a mesh such a ray from the left (-x) passes through (mm; 0 if it misses).
float throughMeshFromLeft(const core::Mesh& mesh, float y, float z);

// Enclosed volume of a closed, outward-wound mesh (mm^3).
double meshVolume(const core::Mesh& mesh);

// Point-in-mesh by the parity of crossings of a vertical ray, accelerated by a 2-D grid.
class InsideTest {
public:
    explicit InsideTest(const core::Mesh& closedMesh, float cell = 10.0f);
    bool inside(const glm::vec3& p) const;

private:
    const core::Mesh& mesh_;
    float cell_;
    glm::vec2 origin_;
    glm::ivec2 dims_;
    std::vector<std::vector<std::uint32_t>> bins_;
};

}  // namespace tpa::body::test
