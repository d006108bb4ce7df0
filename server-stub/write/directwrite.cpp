#include "server-stub/write/directwrite.h"

#include <QAbstractSocket>
#include <QSslSocket>
#include <sys/socket.h>

namespace inventory::server {

void writeDirect(QAbstractSocket *socket, QByteArrayView bytes, QByteArrayView more)
{
    qsizetype sent = 0;
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1 && socket->bytesToWrite() == 0 && !qobject_cast<QSslSocket *>(socket)) {
        iovec pieces[2] = { { const_cast<char *>(bytes.data()), size_t(bytes.size()) },
                            { const_cast<char *>(more.data()), size_t(more.size()) } };
        msghdr message {};
        message.msg_iov = pieces;
        message.msg_iovlen = more.isEmpty() ? 1 : 2;
        const ssize_t n = ::sendmsg(int(fd), &message, MSG_DONTWAIT | MSG_NOSIGNAL);
        // EAGAIN and errors: Qt's write below queues the bytes or reports the error.
        sent = n > 0 ? qsizetype(n) : 0;
    }
    if (sent < bytes.size()) {
        socket->write(bytes.data() + sent, bytes.size() - sent);
        sent = 0;
    } else {
        sent -= bytes.size();
    }
    if (sent < more.size())
        socket->write(more.data() + sent, more.size() - sent);
}

} // namespace inventory::server
