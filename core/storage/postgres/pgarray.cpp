#include "core/storage/postgres/pgarray.h"

using namespace Qt::StringLiterals;

namespace inventory {

void PgArray::separate()
{
    if (m_size++ > 0)
        m_items += u',';
}

void PgArray::append(const QString &text)
{
    separate();
    m_items.reserve(m_items.size() + text.size() + 2);
    m_items += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            m_items += u'\\';
        m_items += c;
    }
    m_items += u'"';
}

void PgArray::append(qint64 number)
{
    separate();
    m_items += QString::number(number);
}

void PgArray::appendOrNull(const QString &text)
{
    if (text.isEmpty()) {
        separate();
        m_items += u"NULL"_s;
        return;
    }
    append(text);
}

QString PgArray::literal() const
{
    return u'{' + m_items + u'}';
}

} // namespace inventory
