// A linked GLSL program built from embedded shader files, with cached uniform locations.
#pragma once

#include <epoxy/gl.h>
#include <glm/glm.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tpa::render {

class ShaderProgram {
public:
    // Throws RenderError "shaders/<file>:<line>: <driver message>" on compile errors.
    // `define`, when given, is #defined in both stages (one build of a shader with #ifdefs).
    ShaderProgram(std::string_view vertexFile, std::string_view fragmentFile, std::string_view define = {});
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    void use() const { glUseProgram(id_); }
    void set(std::string_view name, int v);
    void set(std::string_view name, float v);
    void set(std::string_view name, const glm::vec2& v);
    void set(std::string_view name, const glm::vec3& v);
    void set(std::string_view name, const glm::vec4& v);
    void set(std::string_view name, const glm::mat4& m);

private:
    GLint location(std::string_view name);

    GLuint id_ = 0;
    std::unordered_map<std::string, GLint> locations_;
};

// Rewrites driver log lines "0:12(3): error: ..." as "shaders/<file>:12: error: ..." (exposed for tests).
std::string annotateShaderLog(std::string_view file, std::string_view log);

}  // namespace tpa::render
