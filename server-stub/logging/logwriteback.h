#pragma once

#include <QtGlobal>

namespace inventory::server {

// Starts the kernel's writeback of a log file every few hundred KiB, as the lines are written,
// instead of leaving it to the kernel's flusher. Linux keeps written pages dirty for up to
// 30 s (vm.dirty_expire_centisecs) and then writes them all at once; on ext4 (data=ordered)
// the database's fdatasync then waits behind that burst, so a request log written to a file
// on the database's disk stalled every durable write once every half minute
// (docs/PERFORMANCE.md). PostgreSQL's *_flush_after settings exist for the same reason.
// Does nothing when the log is not a regular file (a pipe, journald's socket, a terminal).
class LogWriteback
{
public:
    static constexpr qint64 DefaultChunkBytes = 256 * 1024;

    explicit LogWriteback(int fd, qint64 chunkBytes = DefaultChunkBytes);

    // bytes were written to the file: starts the writeback of what is dirty once a chunk's
    // worth has gathered. Does not wait for the writes to finish (only, on a congested disk,
    // for room in the device's queue, as any write to the file may).
    void wrote(qint64 bytes);

    // A regular file whose writeback the kernel accepts starting.
    bool active() const { return m_active; }
    // How many times writeback was started.
    int started() const { return m_started; }

private:
    int m_fd;
    qint64 m_chunkBytes;
    bool m_active = false;
    qint64 m_pending = 0;
    qint64 m_startedThrough = 0; // the file offset up to which writeback was started
    int m_started = 0;
};

} // namespace inventory::server
