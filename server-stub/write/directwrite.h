#pragma once

#include <QByteArrayView>

class QAbstractSocket;

namespace inventory::server {

// Writes bytes to a socket straight to the kernel when Qt holds nothing unsent for it (so the
// byte order stays right), and only what the kernel does not take through Qt's buffer.
// QAbstractSocket::write() switches the socket's write notifier on, and the flush on the next
// pass of the event loop switches it off again: two changes to the dispatcher's poll set and
// a poll round for every reply or feed message, and with a thousand feed subscribers the
// dispatcher walked all of their notifiers for each change. Qt has no call that writes
// through at once, hence this.
// TLS sockets always go through Qt: the kernel would carry the bytes unencrypted.
// A second run of bytes (a reply's body after its head) goes out in the same call without
// being copied after the first: an availability answer in a chain is some 70 KB.
void writeDirect(QAbstractSocket *socket, QByteArrayView bytes, QByteArrayView more = {});

} // namespace inventory::server
