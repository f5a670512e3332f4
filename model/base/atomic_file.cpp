// write-to-temporary, fsync, rename: the POSIX recipe for atomic replacement.
#include "atomic_file.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace textgen {

namespace {

[[noreturn]] void fail(FaultCode code, const std::string& path, int error)
{
    throw FileError({code, {path}, error});
}

void syncFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail(FaultCode::CannotOpen, path, errno);
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        fail(FaultCode::CannotFlush, path, error);
}

// The fault hook of the reliability suite: TEXTGEN_KILL_MID_WRITE=<text> kills this process with SIGKILL
// halfway through writing any file whose path contains <text>, exactly where a `kill -9` or a power cut
// would hurt most. Unset (always, outside the suite) it costs one getenv per file written.
bool killMidWrite(const std::string& path)
{
    const char* target = std::getenv("TEXTGEN_KILL_MID_WRITE");
    return target != nullptr && *target != '\0' && path.find(target) != std::string::npos;
}

} // namespace

std::string temporaryPathFor(const std::string& path)
{
    static std::atomic<unsigned> counter{0};
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

void writeFileAtomically(const std::string& path, std::string_view bytes)
{
    const std::string temporary = temporaryPathFor(path);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(FaultCode::CannotWrite, path, errno);
    const std::size_t stopAt = killMidWrite(path) ? bytes.size() / 2 : bytes.size();
    std::size_t written = 0;
    while (written < bytes.size()) {
        if (written >= stopAt)
            ::raise(SIGKILL);
        const ssize_t n = ::write(fd, bytes.data() + written, stopAt - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.c_str());
            fail(FaultCode::CannotWrite, path, error);
        }
        written += static_cast<std::size_t>(n);
    }
    int error = ::fsync(fd) == 0 ? 0 : errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        ::unlink(temporary.c_str());
        fail(FaultCode::CannotWrite, path, error);
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        fail(FaultCode::CannotReplace, path, error);
    }
}

void commitFile(const std::string& temporary, const std::string& path)
{
    try {
        syncFile(temporary);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        fail(FaultCode::CannotReplace, path, error);
    }
}

} // namespace textgen
