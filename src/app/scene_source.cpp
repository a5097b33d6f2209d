// Scene loading by source; the embedded body is the default.
#include "app/scene_source.h"

#include "body/embedded_body.h"
#include "io/atlas_loader.h"
#include "io/model_importer.h"

namespace tpa::app {

core::Scene loadScene(const SceneSource& source) {
    if (source.model) return io::importModel(*source.model);
    if (source.atlas && !source.embedded) return io::loadAtlas(*source.atlas);
    return body::buildEmbeddedBody();
}

}  // namespace tpa::app
