// A client session: who was seen and when, where it hurts, what was examined and found,
// and the self-care given. Plain values; files are session_format.h's business.
#pragma once

#include "anatomy/pain_drawing.h"
#include "core/part.h"

#include <string>
#include <vector>

namespace tpa::session {

inline constexpr int kMaxPressure = 10;

// One muscle palpated: the pressure used and what the client felt.
struct ExaminedMuscle {
    std::string muscle;                    // knowledge-base muscle id
    core::Side side = core::Side::Right;
    int pressure = 5;                      // 0-10; see pressureWord()
    bool localTenderness = false;
    bool referredPain = false;             // the client's familiar pain was reproduced
    std::string referredZone;              // where: a trigger-point id, region id or words
    bool jumpSign = false;
    bool twitchResponse = false;
    std::string notes;
    bool operator==(const ExaminedMuscle&) const = default;
};

// Self-care given: knowledge-base items by id (see selfCareId()) plus the therapist's words.
struct SelfCareGiven {
    std::vector<std::string> items;
    std::string text;
    bool operator==(const SelfCareGiven&) const = default;
};

struct ClientSession {
    std::string client;  // name or code
    std::string date;    // YYYY-MM-DD
    anatomy::PainDrawing drawing;
    std::vector<ExaminedMuscle> examined;
    std::string notes;
    SelfCareGiven selfCare;
    bool operator==(const ClientSession&) const = default;

    // The examined entry for this muscle and side, or null.
    const ExaminedMuscle* findExamined(const std::string& muscle, core::Side side) const;
    bool hasSelfCare(const std::string& id) const;
};

// "light" (0-3), "moderate" (4-6) or "firm" (7-10).
const char* pressureWord(int pressure);
// A knowledge-base self-care item's id: "<muscle id>/<n>", n counting from 1 in the muscle's list.
std::string selfCareId(const std::string& muscle, std::size_t index);
// Splits an id made by selfCareId(); false when it is not of that form.
bool splitSelfCareId(const std::string& id, std::string& muscle, std::size_t& index);
// Today's date as YYYY-MM-DD (local time).
std::string todayIso();
// The name a session goes by in titles and lists: the client, else "Untitled session".
std::string displayName(const ClientSession& session);

}  // namespace tpa::session
