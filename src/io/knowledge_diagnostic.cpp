// Formatting of knowledge-file diagnostics in the compiler-like style of STYLE.md.
#include "io/knowledge_diagnostic.h"

#include <algorithm>

namespace tpa::io {

std::string KnowledgeDiagnostic::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    if (line > 0 && column > 0) out += ":" + std::to_string(column);
    auto part = [&out](const std::string& text) {
        if (text.empty()) return;
        if (!out.empty()) out += ": ";
        out += text;
    };
    if (severity == Severity::Warning) part("warning");
    part(entry);
    part(path);
    part(message);
    return out;
}

std::size_t countErrors(const std::vector<KnowledgeDiagnostic>& diagnostics) {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const auto& d) { return d.isError(); }));
}

std::size_t countWarnings(const std::vector<KnowledgeDiagnostic>& diagnostics) {
    return diagnostics.size() - countErrors(diagnostics);
}

}  // namespace tpa::io
