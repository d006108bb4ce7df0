// An LD_PRELOAD library that makes the disk under one path misbehave on demand, so a real
// server process can be shown a full disk or a read-only file system without root, loop
// devices or a tiny mount (none of which a CI machine or a developer's laptop can be
// assumed to allow).
//
//   INVENTORY_FAULT_PREFIX   files whose path starts with this are affected (the database)
//   INVENTORY_FAULT_CONTROL  a file: absent = healthy; "ENOSPC" or "EROFS" = every write,
//                            sync, truncate and allocation on an affected file fails so;
//                            "SYNC-EIO" = only syncs fail, with EIO (writes reach the page
//                            cache, the disk never confirms them); "SYNC-SLOW" = every sync
//                            takes 2 ms more, as on a disk without a write cache
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

template<typename Fn> Fn next(const char *name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

enum class Call { Write, Sync };

// The errno to fail a call of this kind with now, or 0. Read on every call: tests flip it
// while the server runs.
int injectedError(Call call = Call::Write)
{
    const char *control = std::getenv("INVENTORY_FAULT_CONTROL");
    if (!control)
        return 0;
    static auto realOpen = next<int (*)(const char *, int, ...)>("open");
    static auto realRead = next<ssize_t (*)(int, void *, size_t)>("read");
    const int fd = realOpen(control, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    char text[16] = {};
    const ssize_t n = realRead(fd, text, sizeof text - 1);
    close(fd);
    if (n <= 0)
        return 0;
    if (std::strncmp(text, "ENOSPC", 6) == 0)
        return ENOSPC;
    if (std::strncmp(text, "EROFS", 5) == 0)
        return EROFS;
    if (std::strncmp(text, "SYNC-EIO", 8) == 0 && call == Call::Sync)
        return EIO;
    if (std::strncmp(text, "SYNC-SLOW", 9) == 0 && call == Call::Sync)
        usleep(2000);
    return 0;
}

bool affected(int fd)
{
    const char *prefix = std::getenv("INVENTORY_FAULT_PREFIX");
    if (!prefix || !*prefix)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char path[4096];
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    return std::strncmp(path, prefix, std::strlen(prefix)) == 0;
}

// True (with errno set) when this call on fd must fail.
bool fails(int fd, Call call = Call::Write)
{
    if (!affected(fd))
        return false;
    const int error = injectedError(call);
    if (error == 0)
        return false;
    errno = error;
    return true;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    return fails(fd) ? -1 : real(fd, buffer, count);
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    return fails(fd) ? -1 : real(fd, buffer, count, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    return fails(fd) ? -1 : real(fd, buffer, count, offset);
}

ssize_t writev(int fd, const struct iovec *iov, int count)
{
    static auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    return fails(fd) ? -1 : real(fd, iov, count);
}

int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    return fails(fd, Call::Sync) ? -1 : real(fd);
}

int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    return fails(fd, Call::Sync) ? -1 : real(fd);
}

int ftruncate(int fd, off_t length)
{
    static auto real = next<int (*)(int, off_t)>("ftruncate");
    return fails(fd) ? -1 : real(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    static auto real = next<int (*)(int, off64_t)>("ftruncate64");
    return fails(fd) ? -1 : real(fd, length);
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    static auto real = next<int (*)(int, int, off_t, off_t)>("fallocate");
    return fails(fd) ? -1 : real(fd, mode, offset, length);
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    static auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (affected(fd)) {
        if (const int error = injectedError())
            return error; // posix_fallocate returns the error instead of setting errno
    }
    return real(fd, offset, length);
}

} // extern "C"
