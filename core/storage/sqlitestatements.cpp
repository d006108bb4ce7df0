#include "core/storage/sqlitestatements.h"

#include "core/storage/storagelog.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
Error failure(sqlite3 *db, const QString &sql)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    qCWarning(lcStorage) << "statement failed:" << sql << message;
    return Error::unavailable(u"storage error: %1"_s.arg(message));
}

// As QtSql decides it (QSqlResultPrivate::isVariantNull): a null QString or QByteArray is
// SQL NULL, although QVariant::isNull() no longer looks inside the value.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    default:
        return false;
    }
}

// How a value is bound: the SQL type Qt's driver gives it.
enum class Binding { Null, Integer, Real, Blob, Text };

Binding bindingOf(const QVariant &value)
{
    if (isNullValue(value))
        return Binding::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return Binding::Integer;
    case QMetaType::Double:
        return Binding::Real;
    case QMetaType::QByteArray:
        return Binding::Blob;
    default:
        return Binding::Text; // strings, and whatever else as its text
    }
}

QString textOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QString ? *static_cast<const QString *>(value.constData())
                                                : value.toString();
}
} // namespace

// SQLite keeps memory statistics by default, behind one global mutex taken on every
// allocation and free, which every durable reservation pays for. Nothing here reads the
// statistics. It can only be changed before SQLite initializes.
void SqliteStatements::configureProcess()
{
    static const int status = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (status != SQLITE_OK)
        qCInfo(lcStorage) << "SQLite memory statistics stay on:" << sqlite3_errstr(status);
}

int SqliteStatements::bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (bindingOf(value)) {
    case Binding::Null:
        return sqlite3_bind_null(statement, index);
    case Binding::Integer:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case Binding::Real:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case Binding::Blob: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    case Binding::Text: {
        // Into room bound() made for every text value of the statement, so nothing moves
        // while SQLite points at it.
        char *start = m_text.data() + m_textUsed;
        char *end = m_encoder.appendToBuffer(start, textOf(value));
        m_textUsed += end - start;
        return sqlite3_bind_text64(statement, index, start, sqlite3_uint64(end - start),
                                   SQLITE_STATIC, SQLITE_UTF8);
    }
    }
    Q_UNREACHABLE();
}

SqliteStatements::SqliteStatements(sqlite3 *db)
    : m_db(db)
{
}

SqliteStatements::~SqliteStatements()
{
    for (const auto &[sql, statement] : m_cache)
        sqlite3_finalize(statement);
}

sqlite3_stmt *SqliteStatements::statement(const QString &sql)
{
    // The writer's statements are literals: text in static storage (no allocation, so no
    // capacity), which never moves and is never reused for other text, so where it lives
    // names it, which costs less than hashing and comparing the whole text.
    const bool literal = sql.capacity() == 0 && !sql.isEmpty();
    if (literal) {
        const auto known = m_byLiteral.find(sql.constData());
        if (known != m_byLiteral.end())
            return known->second;
    }
    const auto cached = m_cache.find(sql);
    if (cached != m_cache.end()) {
        if (literal)
            m_byLiteral.emplace(sql.constData(), cached->second);
        return cached->second;
    }
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare16_v3(m_db, sql.constData(), int(sql.size() * qsizetype(sizeof(QChar))),
                             SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return nullptr;
    }
    m_cache.emplace(sql, prepared);
    if (literal)
        m_byLiteral.emplace(sql.constData(), prepared);
    return prepared;
}

sqlite3_stmt *SqliteStatements::bound(const QString &sql, const QVariantList &args,
                                      std::optional<Error> &error)
{
    sqlite3_stmt *prepared = statement(sql);
    if (!prepared) {
        error = failure(m_db, sql);
        return nullptr;
    }
    if (sqlite3_bind_parameter_count(prepared) != args.size()) {
        qCWarning(lcStorage) << "statement takes" << sqlite3_bind_parameter_count(prepared)
                             << "values, given" << args.size() << ":" << sql;
        error = Error::unavailable(u"storage error: wrong number of values for a statement"_s);
        return nullptr;
    }
    qsizetype textRoom = 0;
    for (const QVariant &arg : args) {
        if (bindingOf(arg) == Binding::Text)
            textRoom += m_encoder.requiredSpace(textOf(arg).size());
    }
    if (m_text.size() < textRoom)
        m_text.resize(textRoom);
    m_textUsed = 0;
    for (int i = 0; i < args.size(); ++i) {
        if (bind(prepared, i + 1, args.at(i)) != SQLITE_OK) {
            error = failure(m_db, sql);
            sqlite3_clear_bindings(prepared);
            return nullptr;
        }
    }
    return prepared;
}

Status SqliteStatements::finish(sqlite3_stmt *prepared, int step, const QString &sql)
{
    while (step == SQLITE_ROW) // the rest of a RETURNING, or a PRAGMA reporting its value
        step = sqlite3_step(prepared);
    const Status result = step == SQLITE_DONE ? Status() : failure(m_db, sql);
    sqlite3_reset(prepared);
    sqlite3_clear_bindings(prepared);
    return result;
}

Status SqliteStatements::execute(const QString &sql, const QVariantList &args)
{
    std::optional<Error> error;
    sqlite3_stmt *prepared = bound(sql, args, error);
    if (!prepared)
        return *error;
    return finish(prepared, sqlite3_step(prepared), sql);
}

Result<qint64> SqliteStatements::executeCounted(const QString &sql, const QVariantList &args)
{
    if (Status s = execute(sql, args); !s)
        return s.error();
    return qint64(sqlite3_changes64(m_db));
}

qint64 SqliteStatements::totalChanges() const
{
    return qint64(sqlite3_total_changes64(m_db));
}

Result<std::optional<QList<qint64>>> SqliteStatements::integerRow(const QString &sql,
                                                                  const QVariantList &args)
{
    std::optional<Error> error;
    sqlite3_stmt *prepared = bound(sql, args, error);
    if (!prepared)
        return *error;
    const int step = sqlite3_step(prepared);
    std::optional<QList<qint64>> row;
    if (step == SQLITE_ROW) {
        row.emplace();
        for (int i = 0; i < sqlite3_column_count(prepared); ++i)
            row->append(sqlite3_column_int64(prepared, i));
    }
    if (Status s = finish(prepared, step, sql); !s)
        return s.error();
    return row;
}

namespace {
class SqliteRowValues final : public RowValues
{
public:
    explicit SqliteRowValues(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    QStringView text(int column) const override
    {
        const auto *chars = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
        return { chars, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)) };
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt *m_statement;
};
} // namespace

Status SqliteStatements::scan(const QString &sql, const QVariantList &args,
                              const std::function<void(const RowValues &)> &row)
{
    std::optional<Error> error;
    sqlite3_stmt *prepared = bound(sql, args, error);
    if (!prepared)
        return *error;
    const SqliteRowValues values(prepared);
    int step = sqlite3_step(prepared);
    for (; step == SQLITE_ROW; step = sqlite3_step(prepared))
        row(values);
    return finish(prepared, step, sql);
}

} // namespace inventory
