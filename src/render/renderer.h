// Draws a scene for a FrameParams into the bound framebuffer (window or offscreen):
// background, opaque parts, the selected part showing through occluders, ghosted parts
// back to front, then the selection outline. Parts outside the view are skipped; while the
// view moves, parts are drawn from their simplified meshes.
#pragma once

#include "core/scene.h"
#include "render/frame_params.h"
#include "render/gpu_scene.h"
#include "render/reduced_target.h"
#include "render/screen_rect.h"
#include "render/shader_program.h"

#include <memory>

namespace tpa::render {

struct RenderStats {
    std::size_t drawCalls = 0;
    std::size_t triangles = 0;
};

class Renderer {
public:
    // Needs a current GL 3.3 core context; throws RenderError if shaders fail.
    Renderer();
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;
    // Uploads a new scene (replacing the previous one). Without LODs (one still image) the
    // simplified meshes are not uploaded and moving frames draw full detail.
    void setScene(const core::Scene& scene, bool withLods = true);
    const core::Scene* scene() const { return scene_; }
    std::size_t gpuBytes() const { return gpu_ ? gpu_->gpuBytes() : 0; }

    // Referral data per vertex of one part: x essential weight, y spillover weight, z skin
    // distance from the trigger point (mm, for the wave), w painted pain 0-1 (see
    // GpuScene::setVertexZones); clearZones() removes every zone and drawing.
    void setZones(std::size_t part, const std::vector<glm::vec4>& zones);
    void clearZones();

    // Draws into the currently bound framebuffer, which must have depth and stencil.
    RenderStats draw(const FrameParams& frame);
    // The fraction of the resolution moving frames are drawn at when FrameParams leaves it
    // to the renderer.
    float defaultMovingResolution() const { return software_ ? 0.5f : 1.0f; }
    // A reduced moving frame is stretched only over the scene's screen rectangle, the
    // background drawn around it at full size (on by default; off: the whole view stretched).
    void setTrimmedUpscale(bool on) { trimmedUpscale_ = on; }

private:
    RenderStats drawFrame(const FrameParams& f);
    // A moving frame at reduced resolution into reduced_, then stretched over the view.
    RenderStats drawReduced(const FrameParams& f, float scale);
    void drawBackground(const FrameParams& f);
    // Where a reduced frame's scene lies in the view (nullopt: stretch the whole view).
    std::optional<PixelRect> sceneRect(const FrameParams& f, float scale) const;
    void drawBackgroundAround(const FrameParams& f, const PixelRect& r);
    void drawOpaque(const FrameParams& f, RenderStats& stats);
    void drawOccludedSelection(const FrameParams& f, RenderStats& stats);
    void drawGhosts(const FrameParams& f, RenderStats& stats);
    void drawOutline(const FrameParams& f, RenderStats& stats);
    void drawMarkers(const FrameParams& f, RenderStats& stats);
    // The lit-surface program for a pass: beginMesh() starts it with the pass's opacity and
    // x-ray and binds the build without zones; useMesh() binds the build a part needs (zones or
    // not), giving it the frame's uniforms when it changes.
    ShaderProgram& beginMesh(const FrameParams& f, float opacity, float xray);
    ShaderProgram& useMesh(bool zoned);
    void setCommonUniforms(ShaderProgram& p, const FrameParams& f);
    void drawPart(std::size_t i, RenderStats& stats);
    void setCulling(bool on);
    void ensureMask(int w, int h);

    const core::Scene* scene_ = nullptr;
    std::unique_ptr<GpuScene> gpu_;
    std::vector<core::Aabb> partBounds_;
    std::vector<bool> cullable_;  // closed outward meshes: back faces skipped
    bool culling_ = false;        // GL_CULL_FACE as last set
    // This frame: which parts are in the view at all, and whether simplified meshes will do.
    std::vector<bool> inView_;
    std::vector<std::pair<float, std::size_t>> order_;  // draw order, reused between frames
    bool moving_ = false;
    // Lit surfaces without zone inputs (most parts), and with them (built on first use: the
    // skin once a muscle's zones or a pain drawing are shown). See shaders/mesh.frag.
    ShaderProgram mesh_{"mesh.vert", "mesh.frag"};
    std::unique_ptr<ShaderProgram> zoneMesh_;
    ShaderProgram* activeMesh_ = nullptr;  // the one bound, with this pass's uniforms
    const FrameParams* meshFrame_ = nullptr;
    float meshOpacity_ = 1.0f, meshXray_ = 0.0f;
    ShaderProgram outline_{"background.vert", "outline.frag"};
    ShaderProgram flat_{"mesh.vert", "flat.frag"};
    ShaderProgram background_{"background.vert", "background.frag"};
    ShaderProgram upscale_{"background.vert", "upscale.frag"};
    GLuint emptyVao_ = 0;
    std::unique_ptr<GpuScene> markerMesh_;  // one unit sphere, scaled per marker
    core::Scene markerScene_;
    // Silhouette mask of the selection, at viewport size, for the outline pass.
    GLuint maskFbo_ = 0, maskTex_ = 0;
    int maskW_ = 0, maskH_ = 0;
    bool software_ = false;                   // llvmpipe/softpipe: every pixel costs CPU time
    std::unique_ptr<ReducedTarget> reduced_;  // moving frames at reduced resolution
    bool trimmedUpscale_ = true;
};

}  // namespace tpa::render
