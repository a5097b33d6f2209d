// Small helpers of the client-session model.
#include "session/client_session.h"

#include <algorithm>
#include <charconv>
#include <ctime>

namespace tpa::session {

const ExaminedMuscle* ClientSession::findExamined(const std::string& muscle, core::Side side) const {
    for (const auto& e : examined)
        if (e.muscle == muscle && e.side == side) return &e;
    return nullptr;
}

bool ClientSession::hasSelfCare(const std::string& id) const {
    return std::find(selfCare.items.begin(), selfCare.items.end(), id) != selfCare.items.end();
}

const char* pressureWord(int pressure) {
    if (pressure <= 3) return "light";
    if (pressure <= 6) return "moderate";
    return "firm";
}

std::string selfCareId(const std::string& muscle, std::size_t index) {
    return muscle + "/" + std::to_string(index + 1);
}

bool splitSelfCareId(const std::string& id, std::string& muscle, std::size_t& index) {
    const auto slash = id.rfind('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == id.size()) return false;
    std::size_t n = 0;
    const char* first = id.data() + slash + 1;
    const char* last = id.data() + id.size();
    const auto [end, ec] = std::from_chars(first, last, n);
    if (ec != std::errc() || end != last || n == 0) return false;
    muscle = id.substr(0, slash);
    index = n - 1;
    return true;
}

std::string todayIso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

std::string displayName(const ClientSession& session) {
    return session.client.empty() ? std::string("Untitled session") : session.client;
}

}  // namespace tpa::session
