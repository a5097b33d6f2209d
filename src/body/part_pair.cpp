#include "body/part_pair.h"

#include <string>

#include "body/mesh_ops.h"

namespace tpa::body {

void appendLeftRight(std::vector<core::Part>& parts, core::Part base, std::string_view id,
                     std::string_view name, core::Mesh left) {
    core::Part right = base;
    right.id = std::string(id) + ".right";
    right.name = std::string(name) + " (right)";
    right.side = core::Side::Right;
    right.mesh = mirrored(left);
    base.id = std::string(id) + ".left";
    base.name = std::string(name) + " (left)";
    base.side = core::Side::Left;
    base.mesh = std::move(left);
    parts.push_back(std::move(base));
    parts.push_back(std::move(right));
}

}  // namespace tpa::body
