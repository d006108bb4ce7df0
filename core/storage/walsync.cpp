#include "core/storage/walsync.h"

#include "core/storage/storagelog.h"

#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
Error systemError(const char *what, const QString &path, int error)
{
    return Error::unavailable(u"storage error: %1 %2: %3"_s.arg(
        QString::fromLatin1(what), path, QString::fromLocal8Bit(std::strerror(error))));
}

int retryingOnSignal(int (*call)(int), int fd)
{
    int result;
    do
        result = call(fd);
    while (result != 0 && errno == EINTR);
    return result;
}
} // namespace

WalSync::WalSync(QString walPath)
    : m_path(std::move(walPath))
{
}

WalSync::~WalSync()
{
    detach();
}

void WalSync::detach()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Status WalSync::attach()
{
    const QByteArray name = QFile::encodeName(m_path);
    struct stat now
    {
    };
    if (::stat(name.constData(), &now) != 0)
        return systemError("cannot find", m_path, errno);
    if (m_fd >= 0 && now.st_dev == m_device && now.st_ino == m_inode)
        return {};
    detach();
    m_fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0)
        return systemError("cannot open", m_path, errno);
    struct stat held
    {
    };
    if (::fstat(m_fd, &held) != 0) {
        const int error = errno;
        detach();
        return systemError("cannot inspect", m_path, error);
    }
    m_device = held.st_dev;
    m_inode = held.st_ino;
    const QByteArray directory = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int dirFd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        const int error = errno;
        detach();
        return systemError("cannot open the directory of", m_path, error);
    }
    const int synced = retryingOnSignal(::fsync, dirFd);
    const int error = errno;
    ::close(dirFd);
    if (synced != 0) {
        detach();
        return systemError("cannot sync the directory of", m_path, error);
    }
    qCDebug(lcStorage) << "syncing the write-ahead log" << m_path;
    return {};
}

Status WalSync::flush()
{
    if (Status s = attach(); !s)
        return s;
    if (retryingOnSignal(::fdatasync, m_fd) != 0)
        return systemError("cannot sync", m_path, errno);
    return {};
}

} // namespace inventory
