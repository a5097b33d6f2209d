// Fuzzes the user's own files: the .tpsession parser (1) and the settings parser (2). A parse
// either gives a value that serialises and parses back to the same text, or a message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "session/session_format.h"
#include "session/settings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if constexpr (TPA_FUZZ_USER_FILE == 1) {
        const auto parsed = tpa::session::parseSession(text, "fuzz.tpsession");
        if (parsed) {
            // What we accept we must be able to save and read again unchanged.
            const std::string saved = tpa::session::serializeSession(*parsed.session);
            const auto again = tpa::session::parseSession(saved, "again.tpsession");
            if (!again || tpa::session::serializeSession(*again.session) != saved) std::abort();
        }
    } else {
        (void)tpa::session::parseSettings(text, "settings.json");
    }
    return 0;
}
