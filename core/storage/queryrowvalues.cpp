#include "core/storage/queryrowvalues.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace inventory {

QueryRowValues::QueryRowValues(const QSqlQuery &query)
    : m_query(query)
    , m_texts(query.record().count())
{
}

QStringView QueryRowValues::text(int column) const
{
    if (m_row != m_query.at()) {
        m_row = m_query.at();
        m_decoded.fill(false, m_texts.size());
    }
    if (!m_decoded.at(column)) {
        m_texts[column] = m_query.value(column).toString();
        m_decoded[column] = true;
    }
    return m_texts.at(column);
}

qint64 QueryRowValues::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

} // namespace inventory
