#include "core/storage/postgres/pgpipeline.h"

#include "core/storage/storagelog.h"

#include <QAtomicInteger>
#include <libpq-fe.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// ? placeholders as PostgreSQL's $1, $2, …; a ? inside a quoted literal stays.
QByteArray numbered(const QString &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    const QByteArray utf8 = sql.toUtf8();
    bool quoted = false;
    int next = 1;
    for (const char c : utf8) {
        if (c == '\'')
            quoted = !quoted;
        if (c == '?' && !quoted) {
            out += '$' + QByteArray::number(next++);
            continue;
        }
        out += c;
    }
    return out;
}

// A parameter in PostgreSQL's text form; a null one is SQL NULL.
std::optional<QByteArray> textOf(const QVariant &value)
{
    // As QtSql binds them: a null text or byte array is SQL NULL too.
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull())
        || (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull()))
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QByteArray(value.toBool() ? "t" : "f");
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return value.toByteArray();
    default:
        return value.toString().toUtf8();
    }
}

bool changesRows(const QString &sql)
{
    const QStringView verb = QStringView(sql).trimmed().left(6);
    return verb.compare(u"INSERT", Qt::CaseInsensitive) == 0
        || verb.compare(u"UPDATE", Qt::CaseInsensitive) == 0
        || verb.compare(u"DELETE", Qt::CaseInsensitive) == 0;
}

// sql (an INSERT, UPDATE or DELETE without RETURNING) made to fail unless it changes as many
// rows as the two parameters added after its own say: the cast of the message to a number
// fails, and carries the message into the error.
QString checkedCount(const QString &sql)
{
    return u"WITH changed AS ("_s + sql
        + u" RETURNING 1) SELECT CASE WHEN COUNT(*) = ?::bigint THEN 0 ELSE ('changed '"
          " || COUNT(*) || ' row(s) where ' || ?::text || ' were expected')::integer END"
          " FROM changed"_s;
}

QString errorText(const PGresult *result, pg_conn *connection)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    return QString::fromUtf8(message).trimmed();
}
} // namespace

PgPipeline::PgPipeline(pg_conn *connection, PreparedNames &prepared)
    : m_connection(connection)
    , m_prepared(prepared)
{
}

std::unique_ptr<PgPipeline> PgPipeline::enter(pg_conn *connection, PreparedNames &prepared)
{
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return nullptr;
    // QtSql's driver sends every statement with PQsendQuery and leaves the end of its replies
    // unread until its next statement, when it discards them: so does this. A statement whose
    // replies are still coming (a forward-only query read halfway) is read to its end here,
    // as the driver's next statement would.
    while (PGresult *left = PQgetResult(connection))
        PQclear(left);
    // Only inside a transaction: outside one, the Sync that ends the pipeline would commit
    // what it holds even when the caller means to roll it back.
    if (PQtransactionStatus(connection) != PQTRANS_INTRANS || PQenterPipelineMode(connection) != 1)
        return nullptr;
    return std::unique_ptr<PgPipeline>(new PgPipeline(connection, prepared));
}

PgPipeline::~PgPipeline()
{
    if (!m_finished)
        finish();
}

QByteArray PgPipeline::preparedName(const QString &sql)
{
    if (auto found = m_prepared.constFind(sql); found != m_prepared.cend())
        return *found;
    // Named once per process: a statement prepared stays prepared even when its pipeline's
    // transaction fails, so a name is never given twice.
    static QAtomicInteger<quint64> counter;
    const QByteArray name
        = "inventory_pipeline_" + QByteArray::number(counter.fetchAndAddRelaxed(1) + 1);
    if (PQsendPrepare(m_connection, name.constData(), numbered(sql).constData(), 0, nullptr) != 1) {
        m_sendFailed
            = Error::unavailable(u"storage error: %1"_s.arg(errorText(nullptr, m_connection)));
        return {};
    }
    m_sent.append({ sql, std::nullopt, true });
    m_prepared.insert(sql, name);
    return name;
}

void PgPipeline::send(const QString &sql, const QVariantList &args,
                      std::optional<qint64> expectedRows)
{
    if (!m_sendFailed)
        return;
    // A count other than expected fails the statement itself, in PostgreSQL: found in the
    // reply, it would come after the COMMIT that follows in the pipeline had run.
    const QString statement = expectedRows ? checkedCount(sql) : sql;
    const QByteArray name = preparedName(statement);
    if (!m_sendFailed)
        return;
    std::vector<std::optional<QByteArray>> texts;
    texts.reserve(size_t(args.size()) + 2);
    for (const QVariant &arg : args)
        texts.push_back(textOf(arg));
    if (expectedRows) {
        texts.push_back(QByteArray::number(*expectedRows));
        texts.push_back(QByteArray::number(*expectedRows));
    }
    std::vector<const char *> values;
    values.reserve(texts.size());
    for (const auto &text : texts)
        values.push_back(text ? text->constData() : nullptr);
    // libpq copies the values into its output buffer before it returns.
    if (PQsendQueryPrepared(m_connection, name.constData(), int(values.size()), values.data(),
                            nullptr, nullptr, 0)
        != 1) {
        m_sendFailed
            = Error::unavailable(u"storage error: %1"_s.arg(errorText(nullptr, m_connection)));
        return;
    }
    m_sent.append({ statement, expectedRows, false });
}

PgPipeline::Finished PgPipeline::finish()
{
    m_finished = true;
    Finished finished;
    finished.status = m_sendFailed;
    const auto fail = [&finished](const QString &sql, const QString &message, QString sqlState) {
        if (!finished.status)
            return;
        qCWarning(lcStorage) << "statement failed:" << sql << message;
        finished.status = Error::unavailable(u"storage error: %1"_s.arg(message));
        finished.sqlState = std::move(sqlState);
    };
    if (PQpipelineSync(m_connection) != 1) {
        // The server holds its replies until a Sync comes: waiting for them would not end.
        // The caller rolls back, and the writer opens the connection again when that fails.
        fail(u"(pipeline sync)"_s, errorText(nullptr, m_connection), {});
        return finished;
    }
    for (const Sent &sent : std::as_const(m_sent)) {
        PGresult *result = PQgetResult(m_connection);
        if (!result) {
            fail(sent.sql, u"no reply: %1"_s.arg(errorText(nullptr, m_connection)), {});
            if (sent.prepare)
                m_prepared.remove(sent.sql);
            continue;
        }
        // A statement's replies end with a null result. Its rows may come one at a time: the
        // single-row mode QtSql's driver set for its last query can outlast it.
        bool ran = false;
        for (; result; result = PQgetResult(m_connection)) {
            const ExecStatusType status = PQresultStatus(result);
            switch (status) {
            case PGRES_COMMAND_OK:
            case PGRES_TUPLES_OK:
            case PGRES_SINGLE_TUPLE:
                // A COMMIT in a transaction that had failed answers ROLLBACK, without an
                // error.
                if (!ran && !sent.prepare && sent.sql == "COMMIT"_L1
                    && qstrcmp(PQcmdStatus(result), "COMMIT") != 0)
                    fail(sent.sql,
                         u"the transaction was rolled back: %1"_s.arg(
                             QLatin1StringView(PQcmdStatus(result))),
                         {});
                if (!ran && sent.expectedRows)
                    finished.changes += *sent.expectedRows;
                else if (!ran && !sent.prepare && changesRows(sent.sql))
                    finished.changes += QByteArray(PQcmdTuples(result)).toLongLong();
                ran = true;
                break;
            case PGRES_PIPELINE_ABORTED:
                break; // skipped after an earlier failure, which is the one reported
            default:
                fail(sent.sql,
                     u"%1 %2"_s.arg(QLatin1StringView(PQresStatus(status)),
                                    errorText(result, m_connection)),
                     QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)));
                break;
            }
            PQclear(result);
        }
        // A PREPARE that did not run (the pipeline failed before it) is to be sent again.
        if (sent.prepare && !ran)
            m_prepared.remove(sent.sql);
    }
    for (;;) {
        PGresult *result = PQgetResult(m_connection);
        if (!result)
            break;
        const bool sync = PQresultStatus(result) == PGRES_PIPELINE_SYNC;
        PQclear(result);
        if (sync)
            break;
    }
    if (PQexitPipelineMode(m_connection) != 1)
        fail(u"(leaving pipeline mode)"_s, errorText(nullptr, m_connection), {});
    return finished;
}

} // namespace inventory
