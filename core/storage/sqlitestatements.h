#pragma once

#include "core/domain/result.h"
#include "core/storage/rowvalues.h"

#include <QString>
#include <QStringEncoder>
#include <QVariantList>
#include <functional>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace inventory {

// Runs statements that return no rows (INSERT, UPDATE without RETURNING, SAVEPOINT, COMMIT)
// on the SQLite connection that QtSql opened, through SQLite's own API with prepared
// statements cached per SQL text. The writer runs several such statements for every command;
// QSqlResult::bindValue formats a placeholder name and looks it up in a hash for every
// value, a large share of the writer's time (docs/PERFORMANCE.md). Values are bound as Qt's
// SQLite driver binds them (the same SQL types), except that text goes in as UTF-8, the
// database's encoding, which spares SQLite converting it from UTF-16 one character at a
// time. Used on the connection's own thread only.
class SqliteStatements
{
public:
    explicit SqliteStatements(sqlite3 *db);

    // Process-wide settings, applied once before the first SQLite database is opened.
    static void configureProcess();
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Any failure is UNAVAILABLE with SQLite's message: callers treat it as storage trouble.
    Status execute(const QString &sql, const QVariantList &args = {});
    // execute(), then how many rows the statement inserted, changed or deleted.
    Result<qint64> executeCounted(const QString &sql, const QVariantList &args);
    // Rows inserted, changed or deleted on this connection since it opened.
    qint64 totalChanges() const;
    // Runs the statement to its end and returns its first row's columns as whole numbers
    // (UPDATE ... RETURNING of a stock row); nullopt when it gave no row.
    Result<std::optional<QList<qint64>>> integerRow(const QString &sql, const QVariantList &args);
    // Hands row() every row of a query, read in place (DbConnection::scan).
    Status scan(const QString &sql, const QVariantList &args,
                const std::function<void(const RowValues &)> &row);

private:
    // The cached statement with args bound, ready to step; nullptr (and error set) on failure.
    sqlite3_stmt *bound(const QString &sql, const QVariantList &args, std::optional<Error> &error);
    // Steps to the end, then resets the statement for its next use.
    Status finish(sqlite3_stmt *statement, int step, const QString &sql);
    sqlite3_stmt *statement(const QString &sql);
    int bind(sqlite3_stmt *statement, int index, const QVariant &value);

    sqlite3 *m_db;
    std::unordered_map<QString, sqlite3_stmt *> m_cache;
    // The same statements by where a literal's text lives (see statement()).
    std::unordered_map<const QChar *, sqlite3_stmt *> m_byLiteral;
    // The UTF-8 of the text values bound to the statement being run; kept until it is reset.
    QByteArray m_text;
    qsizetype m_textUsed = 0;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
};

} // namespace inventory
