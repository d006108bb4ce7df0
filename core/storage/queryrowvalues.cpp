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
    m_texts[column] = m_query.value(column).toString();
    return m_texts.at(column);
}

qint64 QueryRowValues::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

} // namespace inventory
