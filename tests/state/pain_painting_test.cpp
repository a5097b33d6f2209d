// Painting on the embedded body through the state: dabs land on the skin with the region
// under them, strokes undo as a whole, ticks and dabs rank muscles, markers are clickable.
#include <doctest/doctest.h>

#include "state/command.h"
#include "state_fixture.h"
#include "state/pain_editing.h"

#include <algorithm>

using namespace tpa;
using state::AppState;

namespace {

using test::embeddedBody;
using test::knowledge;

core::Aabb headBox() {
    core::Aabb box;
    box.expand(glm::vec3(-140, -140, 1500));
    box.expand(glm::vec3(0, 140, 1760));
    return box;
}

// A state showing the embedded body from the subject's right at 1000x800.
AppState& rightView() {
    static AppState s = [] {
        AppState st;
        st.knowledge = knowledge();
        st.camera.setViewport(1000, 800);
        st.setScene(embeddedBody());
        return st;
    }();
    state::apply(s, state::ClearPain{}, 0.0);
    state::apply(s, state::SelectPart{-1}, 0.0);
    state::apply(s, state::GoToView{core::ViewPreset::Right, false}, 0.0);
    // Zoom on the head so a dab is many pixels wide.
    s.camera.setPose(s.camera.framedPose(headBox()));
    return s;
}

glm::vec2 pixelOf(const AppState& s, glm::vec3 p) { return *s.camera.project(p); }

bool ranksHigh(const AppState& s, const std::string& muscle, std::size_t within) {
    for (std::size_t i = 0; i < within && i < s.pain.ranking.size(); ++i)
        if (s.pain.ranking[i].muscleId == muscle) return true;
    return false;
}

}  // namespace

TEST_CASE("a dab on the right temple records the region and side and ranks the temple's muscles") {
    auto& s = rightView();
    REQUIRE(s.skin.field());
    const glm::vec3 temple = *s.scene.landmarks.find("temple.right");
    const glm::vec2 at = pixelOf(s, temple);
    state::apply(s, state::PaintAt{at, true}, 0.0);
    state::apply(s, state::PaintAt{at + glm::vec2(12, 6), false}, 0.0);
    state::apply(s, state::PaintAt{at + glm::vec2(-8, 10), false}, 0.0);
    REQUIRE(!s.pain.drawing.marks.empty());
    const auto& first = s.pain.drawing.marks.front();
    CHECK(first.region == "temple");
    CHECK(first.side == core::Side::Right);
    CHECK(glm::distance(first.position, temple) < 25.0f);
    CHECK(s.pain.strokeStarts.size() == 1);
    REQUIRE(!s.pain.ranking.empty());
    for (const auto& r : s.pain.ranking) MESSAGE(r.muscleId << " " << core::toText(r.side) << " " << r.score);
    CHECK(s.pain.ranking.front().side == core::Side::Right);
    CHECK((ranksHigh(s, "temporalis", 3) || ranksHigh(s, "upper-trapezius", 3)));
    // The painted vertices carry the intensity.
    const auto most = *std::max_element(s.pain.intensity.begin(), s.pain.intensity.end());
    CHECK(most == doctest::Approx(s.pain.brush.intensity));
}

TEST_CASE("a stroke undoes as a whole; the eraser clears; a slow drag does not pile up dabs") {
    auto& s = rightView();
    const glm::vec2 at = pixelOf(s, *s.scene.landmarks.find("temple.right"));
    state::apply(s, state::PaintAt{at, true}, 0.0);
    state::apply(s, state::PaintAt{at + glm::vec2(1, 0), false}, 0.0);  // under a third of the radius
    CHECK(s.pain.drawing.marks.size() == 1);
    state::apply(s, state::PaintAt{at + glm::vec2(0, 60), true}, 0.0);
    CHECK(s.pain.strokeStarts.size() == 2);
    state::apply(s, state::UndoStroke{}, 0.0);
    CHECK(s.pain.drawing.marks.size() == 1);
    auto brush = s.pain.brush;
    brush.erase = true;
    brush.radiusMm = 80.0f;
    state::apply(s, state::SetBrush{brush}, 0.0);
    state::apply(s, state::PaintAt{at, true}, 0.0);
    CHECK(*std::max_element(s.pain.intensity.begin(), s.pain.intensity.end()) < 0.5f);
    CHECK(s.pain.ranking.empty());
    brush.erase = false;
    brush.radiusMm = 30.0f;
    state::apply(s, state::SetBrush{brush}, 0.0);
    // Off the body nothing is painted.
    const auto before = s.pain.drawing.marks.size();
    state::apply(s, state::PaintAt{glm::vec2(2, 2), true}, 0.0);
    CHECK(s.pain.drawing.marks.size() == before);
}

TEST_CASE("ticked regions rank like painting them; painting the left side never ranks right-side trigger points first") {
    auto& s = rightView();
    state::apply(s, state::SetPainRegion{"elbow-lateral", core::Side::Left, true, 6.0f}, 0.0);
    REQUIRE(!s.pain.ranking.empty());
    CHECK(s.pain.ranking.front().side == core::Side::Left);
    CHECK(s.pain.revision > 0);
    state::apply(s, state::SetPainRegion{"elbow-lateral", core::Side::Left, false, 6.0f}, 0.0);
    CHECK(s.pain.ranking.empty());
}

TEST_CASE("clicking a marker selects its muscle, then that trigger point alone, then all again") {
    auto& s = rightView();
    const auto* trap = s.knowledge->findMuscle("upper-trapezius");
    REQUIRE(trap);
    for (const auto& trp : trap->triggerPoints)
        if (auto p = anatomy::placeTriggerPoint(s.scene, *trap, trp, core::Side::Right)) s.markers.push_back(*p);
    REQUIRE(s.markers.size() >= 2);
    s.camera.setPose(s.camera.presetPose(core::ViewPreset::Posterior, s.scene.bounds()));
    const auto trp2 = s.markers[1];
    const glm::vec2 at = *s.camera.project(trp2.position);
    state::apply(s, state::PickAt{at}, 0.0);
    REQUIRE(s.selectedMuscle());
    CHECK(s.selectedMuscle()->id == "upper-trapezius");
    CHECK(s.selectedTrigger.empty());
    state::apply(s, state::PickAt{at}, 0.0);
    CHECK(s.selectedTrigger == trp2.triggerPoint);
    state::apply(s, state::PickAt{at}, 0.0);
    CHECK(s.selectedTrigger.empty());
    s.markers.clear();
}

TEST_CASE("a drawing carried to a body in another place keeps each mark in its region and side") {
    auto& s = rightView();
    const glm::vec2 at = pixelOf(s, *s.scene.landmarks.find("temple.right"));
    state::apply(s, state::PaintAt{at, true}, 0.0);
    REQUIRE(s.pain.drawing.marks.size() == 1);
    REQUIRE(s.pain.drawing.marks[0].region == "temple");
    // The same body 300 mm to the subject's left: the mark's old position is now in the air
    // beside the other side of the head.
    core::Scene moved = embeddedBody();
    for (auto& part : moved.parts)
        for (auto& p : part.mesh.positions) p.x += 300.0f;
    core::Landmarks shifted;
    for (const auto& [name, p] : moved.landmarks.all()) shifted.set(name, p + glm::vec3(300, 0, 0));
    moved.landmarks = shifted;
    state::AppState t;
    t.knowledge = s.knowledge;
    t.pain = s.pain;
    t.camera.setViewport(1000, 800);
    t.setScene(moved);
    REQUIRE(t.pain.drawing.marks.size() == 1);
    const glm::vec3 templeNow = *t.scene.landmarks.find("temple.right");
    CHECK(glm::distance(t.pain.drawing.marks[0].position, templeNow) < 40.0f);
    REQUIRE(!t.pain.ranking.empty());
    CHECK(t.pain.ranking.front().side == core::Side::Right);
}
