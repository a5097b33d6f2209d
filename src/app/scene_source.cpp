// Scene loading by source; the embedded body is the default.
#include "app/scene_source.h"

#include "app/data_paths.h"
#include "bake/baked_body.h"
#include "body/embedded_body.h"
#include "io/atlas_loader.h"
#include "io/atlas_lod.h"
#include "io/atlas_mapping.h"
#include "io/model_importer.h"

#include <iostream>

namespace tpa::app {

core::Scene loadScene(const SceneSource& source, const anatomy::KnowledgeBase* knowledge, io::AtlasProgress progress) {
    if (source.model) return io::importModel(*source.model);
    if (source.atlas && !source.embedded) {
        io::AtlasLoadOptions options;
        options.mappingFile = io::atlasMappingFile(assetsDir());
        options.knowledge = knowledge;
        options.cacheDir = source.atlasCache;
        options.progress = std::move(progress);
        auto result = io::loadAtlasFull(*source.atlas, options);
        for (const auto& w : result.warnings) std::cerr << "tpatlas: " << w << "\n";
        result.scene.attribution =
            "Anatomy meshes from BodyParts3D, (c) The Database Center for Life Science (DBCLS), Japan, licensed "
            "under CC BY-SA 2.1 Japan (the current BodyParts3D site states CC BY 4.0). https://lifesciencedb.jp/bp3d/";
        return std::move(result.scene);
    }
    return loadEmbeddedBody();
}

core::Scene loadEmbeddedBody() { return loadEmbeddedBody(bake::bakedBodyBytes()); }

core::Scene loadEmbeddedBody(std::span<const char> baked) {
    std::string problem;
    if (auto body = bake::loadBakedBody(baked, problem)) return std::move(*body);
    // Only a broken build gets here; the generator gives the same body, just slower.
    std::cerr << "tpatlas: " << problem << "; generating the body instead\n";
    core::Scene body = body::buildEmbeddedBody();
    io::prepareForDrawing(body);
    return body;
}

}  // namespace tpa::app
