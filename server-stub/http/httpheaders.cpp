#include "server-stub/http/httpheaders.h"

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
        // Not null even when empty (it points into the head), so a field given empty is there.
        if (at(it->name, it->nameSize).compare(name, Qt::CaseInsensitive) == 0)
            return at(it->value, it->valueSize);
    }
    return {};
}

} // namespace inventory::server
