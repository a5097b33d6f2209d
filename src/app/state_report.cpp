// State report fields: selected/hovered part ids, camera pose, layer modes, visible count.
#include "app/state_report.h"

#include "io/atomic_file.h"

namespace tpa::app {

nlohmann::json stateReport(const state::AppState& s) {
    auto partId = [&](int i) -> nlohmann::json {
        return i >= 0 ? nlohmann::json(s.scene.parts[i].id) : nlohmann::json(nullptr);
    };
    nlohmann::json layers = nlohmann::json::object();
    for (int i = 0; i < core::kLayerCount; ++i)
        layers[std::string(core::toText(core::Layer(i)))] = std::string(state::toText(s.view.layers[i]));
    int visible = 0;
    for (std::size_t i = 0; i < s.scene.parts.size(); ++i)
        visible += s.visibility(int(i)) != state::PartVisibility::Hidden;
    const auto& pose = s.camera.pose();
    nlohmann::json ranking = nlohmann::json::array();
    for (const auto& r : s.pain.ranking)
        ranking.push_back({{"muscle", r.muscleId}, {"side", std::string(core::toText(r.side))}, {"score", r.score}});
    const auto* muscle = s.selectedMuscle();
    return {{"source", s.scene.source},
            {"selected", partId(s.selected)},
            {"hovered", partId(s.hovered)},
            {"isolate", s.view.isolate},
            {"layers", layers},
            {"visible_parts", visible},
            {"camera",
             {{"target", {pose.target.x, pose.target.y, pose.target.z}},
              {"yaw", pose.yaw},
              {"pitch", pose.pitch},
              {"distance", pose.distance}}},
            {"notice", s.notice},
            {"condition", s.condition},
            {"muscle", muscle ? nlohmann::json(muscle->id) : nlohmann::json(nullptr)},
            {"muscle_side", muscle ? nlohmann::json(std::string(core::toText(s.selectedSide()))) : nlohmann::json(nullptr)},
            {"trigger_point", s.selectedTrigger},
            {"markers", s.markers.size()},
            {"pain",
             {{"painting", s.pain.painting},
              {"marks", s.pain.drawing.marks.size()},
              {"strokes", s.pain.strokeStarts.size()},
              {"ranking", ranking}}}};
}

void writeStateReport(const std::filesystem::path& path, const state::AppState& state) {
    io::writeFileAtomically(path, stateReport(state).dump(2) + "\n");
}

}  // namespace tpa::app
