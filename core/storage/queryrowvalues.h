#pragma once

#include "core/storage/rowvalues.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace inventory {

// The current row of a QtSql query as RowValues (DbConnection::scan on PostgreSQL).
class QueryRowValues final : public RowValues
{
public:
    explicit QueryRowValues(const QSqlQuery &query);
    QStringView text(int column) const override;
    qint64 integer(int column) const override;

private:
    const QSqlQuery &m_query;
    // What text() handed out, decoded once a row so that it lives until the next row.
    mutable QList<QString> m_texts;
    mutable QList<bool> m_decoded;
    mutable int m_row = -1;
};

} // namespace inventory
