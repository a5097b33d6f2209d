// The error every loader throws: its message names the file, the entry and the field.
#pragma once

#include <stdexcept>
#include <string>

namespace tpa::io {

class LoadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace tpa::io
