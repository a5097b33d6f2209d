// Shader compilation with file-and-line error messages.
#include "render/shader_program.h"

#include "render/render_error.h"
#include "shader_sources.h"

#include <glm/gtc/type_ptr.hpp>
#include <regex>
#include <sstream>

namespace tpa::render {
namespace {

// The source with "#define <define>" after its #version line, and a #line so that messages
// still name the file's own line numbers.
std::string withDefine(std::string_view source, std::string_view define) {
    if (define.empty()) return std::string(source);
    const auto eol = source.find('\n');
    if (eol == std::string_view::npos) return std::string(source);
    return std::string(source.substr(0, eol + 1)) + "#define " + std::string(define) + "\n#line 2\n" +
           std::string(source.substr(eol + 1));
}

GLuint compile(GLenum type, std::string_view file, std::string_view define) {
    const auto source = shaders::find(file);
    if (!source) throw RenderError("shaders/" + std::string(file) + ": no such embedded shader");
    const GLuint shader = glCreateShader(type);
    const std::string code = withDefine(*source, define);
    const char* text = code.data();
    const GLint length = GLint(code.size());
    glShaderSource(shader, 1, &text, &length);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint logLength = 0;
        glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &logLength);
        std::string log(std::size_t(std::max(logLength, 1)), '\0');
        glGetShaderInfoLog(shader, logLength, nullptr, log.data());
        glDeleteShader(shader);
        throw RenderError(annotateShaderLog(file, log));
    }
    return shader;
}

}  // namespace

std::string annotateShaderLog(std::string_view file, std::string_view log) {
    // Mesa: "0:12(3): error: ...", NVIDIA: "0(12) : error ...". Both become "shaders/f:12: ...".
    static const std::regex mesa(R"(^\s*\d+:(\d+)\(\d+\):\s*)");
    static const std::regex nvidia(R"(^\s*\d+\((\d+)\)\s*:\s*)");
    std::ostringstream out;
    std::istringstream in{std::string(log)};
    std::string line;
    const std::string prefix = "shaders/" + std::string(file);
    while (std::getline(in, line)) {
        line.erase(line.find_last_not_of(std::string("\0\r\n ", 4)) + 1);
        if (line.empty()) continue;
        std::smatch m;
        if (std::regex_search(line, m, mesa) || std::regex_search(line, m, nvidia))
            out << prefix << ':' << m[1] << ": " << m.suffix() << '\n';
        else
            out << prefix << ": " << line << '\n';
    }
    std::string s = out.str();
    if (!s.empty()) s.pop_back();
    return s;
}

ShaderProgram::ShaderProgram(std::string_view vertexFile, std::string_view fragmentFile, std::string_view define) {
    const GLuint vs = compile(GL_VERTEX_SHADER, vertexFile, define);
    GLuint fs = 0;
    try {
        fs = compile(GL_FRAGMENT_SHADER, fragmentFile, define);
    } catch (...) {
        glDeleteShader(vs);
        throw;
    }
    id_ = glCreateProgram();
    glAttachShader(id_, vs);
    glAttachShader(id_, fs);
    glLinkProgram(id_);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(id_, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetProgramInfoLog(id_, sizeof log - 1, nullptr, log);
        glDeleteProgram(id_);
        throw RenderError("shaders/" + std::string(vertexFile) + " + " + std::string(fragmentFile) +
                          ": link failed: " + log);
    }
}

ShaderProgram::~ShaderProgram() {
    if (id_) glDeleteProgram(id_);
}

GLint ShaderProgram::location(std::string_view name) {
    auto it = locations_.find(std::string(name));
    if (it != locations_.end()) return it->second;
    const GLint loc = glGetUniformLocation(id_, std::string(name).c_str());
    locations_.emplace(std::string(name), loc);
    return loc;
}

void ShaderProgram::set(std::string_view n, int v) { glUniform1i(location(n), v); }
void ShaderProgram::set(std::string_view n, float v) { glUniform1f(location(n), v); }
void ShaderProgram::set(std::string_view n, const glm::vec2& v) { glUniform2fv(location(n), 1, glm::value_ptr(v)); }
void ShaderProgram::set(std::string_view n, const glm::vec3& v) { glUniform3fv(location(n), 1, glm::value_ptr(v)); }
void ShaderProgram::set(std::string_view n, const glm::vec4& v) { glUniform4fv(location(n), 1, glm::value_ptr(v)); }
void ShaderProgram::set(std::string_view n, const glm::mat4& m) {
    glUniformMatrix4fv(location(n), 1, GL_FALSE, glm::value_ptr(m));
}

}  // namespace tpa::render
