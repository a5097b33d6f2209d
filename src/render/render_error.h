// Errors from the GL layer: shader compile/link failures, incomplete framebuffers.
#pragma once

#include <stdexcept>

namespace tpa::render {

class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace tpa::render
