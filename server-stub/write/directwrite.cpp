#include "server-stub/write/directwrite.h"

#include <QAbstractSocket>
#include <QSslSocket>
#include <sys/socket.h>

namespace inventory::server {

void writeDirect(QAbstractSocket *socket, QByteArrayView bytes)
{
    qsizetype sent = 0;
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1 && socket->bytesToWrite() == 0 && !qobject_cast<QSslSocket *>(socket)) {
        const ssize_t n
            = ::send(int(fd), bytes.data(), size_t(bytes.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        // EAGAIN and errors: Qt's write below queues the bytes or reports the error.
        sent = n > 0 ? qsizetype(n) : 0;
    }
    if (sent < bytes.size())
        socket->write(bytes.data() + sent, bytes.size() - sent);
}

} // namespace inventory::server
