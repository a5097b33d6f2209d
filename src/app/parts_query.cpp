// Part listing: id, name, kind, side, layer, triangles.
#include "app/parts_query.h"

#include <algorithm>
#include <iomanip>

namespace tpa::app {

nlohmann::json partsJson(const core::Scene& scene) {
    nlohmann::json parts = nlohmann::json::array();
    for (const auto& p : scene.parts)
        parts.push_back({{"id", p.id},
                         {"name", p.name},
                         {"kind", core::toText(p.kind)},
                         {"side", core::toText(p.side)},
                         {"layer", core::toText(p.layer)},
                         {"muscle", p.muscleId.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.muscleId)},
                         {"triangles", p.mesh.triangleCount()}});
    return {{"source", scene.source}, {"triangles", scene.triangleCount()}, {"parts", parts}};
}

void printPartsTable(const core::Scene& scene, std::ostream& out) {
    std::size_t idW = 2, nameW = 4;
    for (const auto& p : scene.parts) {
        idW = std::max(idW, p.id.size());
        nameW = std::max(nameW, p.name.size());
    }
    out << std::left << std::setw(int(idW)) << "ID" << "  " << std::setw(int(nameW)) << "NAME" << "  "
        << std::setw(7) << "KIND" << "  " << std::setw(8) << "SIDE" << "  " << std::setw(13) << "LAYER"
        << "  TRIANGLES\n";
    for (const auto& p : scene.parts)
        out << std::setw(int(idW)) << p.id << "  " << std::setw(int(nameW)) << p.name << "  " << std::setw(7)
            << core::toText(p.kind) << "  " << std::setw(8) << core::toText(p.side) << "  " << std::setw(13)
            << core::toText(p.layer) << "  " << p.mesh.triangleCount() << "\n";
    out << scene.parts.size() << " parts, " << scene.triangleCount() << " triangles (" << scene.source << ")\n";
}

}  // namespace tpa::app
