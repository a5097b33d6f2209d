// One problem found in a knowledge file, located by file, line, entry and field path.
#pragma once

#include <string>
#include <vector>

namespace tpa::io {

struct KnowledgeDiagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    std::string file;     // relative to the knowledge directory, '/' separated
    int line = 0;         // 1-based; 0 when it cannot be told
    int column = 0;       // 1-based; 0 when not meaningful
    std::string entry;    // "muscle 'upper-trapezius'", or empty for file-level problems
    std::string path;     // field path inside the entry, "trigger_points[0].zones[1]"
    std::string message;  // what is wrong and what was expected

    bool isError() const { return severity == Severity::Error; }
    // "<file>:<line>: [warning: ]<entry>: <path>: <message>", leaving out empty parts.
    std::string format() const;
};

std::size_t countErrors(const std::vector<KnowledgeDiagnostic>& diagnostics);
std::size_t countWarnings(const std::vector<KnowledgeDiagnostic>& diagnostics);

}  // namespace tpa::io
