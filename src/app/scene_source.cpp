// Scene loading by source; the embedded body is the default.
#include "app/scene_source.h"

#include "app/data_paths.h"
#include "body/embedded_body.h"
#include "io/atlas_loader.h"
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
        options.progress = std::move(progress);
        auto result = io::loadAtlasFull(*source.atlas, options);
        for (const auto& w : result.warnings) std::cerr << "tpatlas: " << w << "\n";
        result.scene.attribution =
            "Anatomy meshes from BodyParts3D, (c) The Database Center for Life Science (DBCLS), Japan, licensed "
            "under CC BY-SA 2.1 Japan (the current BodyParts3D site states CC BY 4.0). https://lifesciencedb.jp/bp3d/";
        return std::move(result.scene);
    }
    return body::buildEmbeddedBody();
}

}  // namespace tpa::app
