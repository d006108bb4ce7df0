#include "server-stub/logging/logwriteback.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inventory::server {

LogWriteback::LogWriteback(int fd, qint64 chunkBytes)
    : m_fd(fd)
    , m_chunkBytes(chunkBytes)
{
    struct stat st = {};
    m_active = fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

void LogWriteback::wrote(qint64 bytes)
{
    if (!m_active)
        return;
    m_pending += bytes;
    if (m_pending < m_chunkBytes)
        return;
    m_pending = 0;
    const off_t end = ::lseek(m_fd, 0, SEEK_CUR);
    // SYNC_FILE_RANGE_WRITE alone queues the dirty pages for writing and returns without
    // waiting for them; from the last start to here, or the whole file when the offset is
    // unknown or went back (a log truncated by its rotation). A file system that refuses it
    // leaves the file to the kernel's flusher, as before: this is an optimisation, and the
    // log cannot report on itself here.
    const off_t from = end > m_startedThrough ? m_startedThrough : 0;
    const off_t length = end > from ? end - from : 0;
    if (::sync_file_range(m_fd, from, length, SYNC_FILE_RANGE_WRITE) != 0) {
        m_active = false;
        return;
    }
    m_startedThrough = end > 0 ? end : 0;
    ++m_started;
}

} // namespace inventory::server
