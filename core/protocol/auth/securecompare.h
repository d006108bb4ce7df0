#pragma once

#include <QByteArray>

namespace inventory {

// Compares in time that depends only on the lengths, so a timing probe learns nothing of
// the secret. Qt has no public equivalent.
bool secureEquals(const QByteArray &a, const QByteArray &b);

} // namespace inventory
