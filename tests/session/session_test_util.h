// Shared helpers for the session tests: a filled-in session and a scratch folder.
#pragma once

#include "session/client_session.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace tpa::test {

inline session::ClientSession sampleSession() {
    session::ClientSession s;
    s.client = "JD-0412";
    s.date = "2026-11-20";
    anatomy::PainMark a;
    a.position = {-60.0f, 40.0f, 1450.0f};
    a.normal = {0.0f, 1.0f, 0.0f};
    a.radiusMm = 25.0f;
    a.intensity = 7.0f;
    a.region = "neck-posterior";
    a.side = core::Side::Right;
    a.qualities = {"aching", "burning"};
    anatomy::PainMark b = a;
    b.position.z = 1500.0f;
    b.intensity = 4.0f;
    b.region = "temple";
    b.qualities = {};
    anatomy::PainMark eraser = b;
    eraser.erase = true;
    eraser.region = "occiput";
    s.drawing.marks = {a, b, eraser};
    session::ExaminedMuscle e;
    e.muscle = "upper-trapezius";
    e.side = core::Side::Right;
    e.pressure = 6;
    e.localTenderness = true;
    e.referredPain = true;
    e.referredZone = "TrP1";
    e.jumpSign = true;
    e.notes = "familiar headache reproduced";
    s.examined = {e};
    s.notes = "Desk work, 8 h a day.";
    s.selfCare = {{"upper-trapezius/1"}, "Ball against the wall, 1 minute, twice a day."};
    return s;
}

inline std::filesystem::path freshDir(const std::string& name) {
    auto dir = std::filesystem::path(TPA_BINARY_DIR) / "test-output" / "session" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace tpa::test
