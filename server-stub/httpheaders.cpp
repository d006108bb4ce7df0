#include "httpheaders.h"

namespace inventory::server {

void HttpHeaders::add(QByteArrayView head, QByteArrayView name, QByteArrayView value)
{
    const char *base = head.data();
    m_fields.append({ name.data() - base, name.size(), value.data() - base, value.size() });
}

QByteArrayView HttpHeaders::at(qsizetype offset, qsizetype size) const
{
    return QByteArrayView(m_head.constData() + offset, size);
}

QByteArrayView HttpHeaders::find(QByteArrayView name) const
{
    for (auto it = m_fields.crbegin(); it != m_fields.crend(); ++it) {
        if (at(it->name, it->nameSize).compare(name, Qt::CaseInsensitive) == 0) {
            // Not null even when empty, so that a field given empty is still there.
            return it->valueSize > 0 ? at(it->value, it->valueSize)
                                     : QByteArrayView(m_head.constData() + it->value, 0);
        }
    }
    return {};
}

} // namespace inventory::server
