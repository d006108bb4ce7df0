#pragma once

#include <QString>

namespace inventory {

// One column of a whole batch as a PostgreSQL array literal, bound as one parameter and
// opened by unnest(?::text[], ?::bigint[], …): a batch then costs one statement whatever its
// size, where a statement per row cost a round trip per row. QtSql's PostgreSQL driver binds
// no arrays of its own, so the text form is built here.
class PgArray
{
public:
    void append(const QString &text);
    void append(qint64 number);
    // NULL for an empty text (a column such as events.store_id that is NULL when unset).
    void appendOrNull(const QString &text);
    qsizetype size() const { return m_size; }
    QString literal() const;

private:
    void separate();

    QString m_items;
    qsizetype m_size = 0;
};

} // namespace inventory
