#pragma once

#include "core/domain/result.h"

#include <QString>
#include <sys/types.h>

namespace inventory {

// Makes a SQLite write-ahead log durable from a thread other than the one writing it.
// The writer commits with synchronous=NORMAL (SQLite writes the log but does not wait for
// the disk) and goes on with its next batch while this waits for the disk: fsync works on
// the file, not the descriptor, so one of our own covers what SQLite's wrote. A log is a
// prefix of transactions after a crash (its frames carry chained checksums), so once a
// flush returns, every transaction committed before it started is on disk.
// SQLite offers no call for this: sqlite3_wal_checkpoint copies pages too, and the VFS file
// object belongs to the writer's thread.
class WalSync
{
public:
    explicit WalSync(QString walPath);
    ~WalSync();
    WalSync(const WalSync &) = delete;
    WalSync &operator=(const WalSync &) = delete;

    // fdatasync of the log; UNAVAILABLE with the system's reason when the disk refuses.
    Status flush();
    const QString &path() const { return m_path; }

private:
    // (Re)opens the log when it is not the file we hold (first use, or SQLite made a new
    // one) and syncs its directory, so that a new log's name survives a power cut too.
    Status attach();
    void detach();

    QString m_path;
    int m_fd = -1;
    dev_t m_device = 0;
    ino_t m_inode = 0;
};

} // namespace inventory
