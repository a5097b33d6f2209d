// Atomic write: temp file + fsync + rename (POSIX rename is atomic within one filesystem).
#include "io/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace tpa::io {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on chained operator+ at -O2.
    std::string message = path.string();
    message.append(": ").append(what).append(": ").append(std::strerror(errno));
    throw std::runtime_error(message);
}

}  // namespace

void writeFileAtomically(const std::filesystem::path& path, std::span<const unsigned char> bytes) {
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string name = ".";
    name.append(path.filename().string()).append(".tmp-XXXXXX");
    std::string tmpl = (dir / name).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) fail(path, "cannot create a temporary file in " + dir.string());
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmpl.c_str());
            errno = err;
            fail(path, "write failed");
        }
        done += std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::fchmod(fd, 0644) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpl.c_str());
        errno = err;
        fail(path, "flush failed");
    }
    ::close(fd);
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmpl.c_str());
        errno = err;
        fail(path, "cannot replace the file");
    }
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view text) {
    writeFileAtomically(path, std::span(reinterpret_cast<const unsigned char*>(text.data()), text.size()));
}

}  // namespace tpa::io
