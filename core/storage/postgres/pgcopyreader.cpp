#include "core/storage/postgres/pgcopyreader.h"

#include "core/storage/rowvalues.h"
#include "core/storage/storagelog.h"

#include <QByteArray>
#include <QList>
#include <charconv>
#include <cstring>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
// The character a backslash and c stand for. PostgreSQL writes every other character after
// a backslash as itself (the backslash's own); octal and hex forms are read back by COPY
// FROM, never written by COPY TO.
char unescaped(char c)
{
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return c;
    }
}

// One line of COPY's text format: fields separated by tabs, `\N` for NULL, and a backslash
// before a character that would otherwise end a field or the line (PostgreSQL's
// CopyAttributeOutText). A field with no backslash is used where it lies; the others are
// unescaped into a buffer of their own.
class CopyLine final : public RowValues
{
public:
    // False when the line is not COPY's text format.
    bool parse(const char *line, qsizetype size)
    {
        if (size == 0 || line[size - 1] != '\n')
            return false;
        m_fields.clear();
        m_unescaped.resize(0);
        const char *end = line + size - 1;
        const char *start = line;
        for (const char *p = line;; ++p) {
            if (p == end || *p == '\t') {
                if (!addField(start, p))
                    return false;
                if (p == end)
                    break;
                start = p + 1;
            }
        }
        m_texts.resize(m_fields.size());
        m_decoded.fill(false, m_fields.size());
        return true;
    }

    QStringView text(int column) const override
    {
        if (column < 0 || column >= m_fields.size() || m_fields.at(column).null)
            return {};
        if (!m_decoded.at(column)) {
            m_texts[column] = QString::fromUtf8(bytes(column));
            m_decoded[column] = true;
        }
        return m_texts.at(column);
    }

    qint64 integer(int column) const override
    {
        if (column < 0 || column >= m_fields.size() || m_fields.at(column).null)
            return 0;
        const QByteArrayView value = bytes(column);
        qint64 number = 0;
        std::from_chars(value.data(), value.data() + value.size(), number);
        return number;
    }

private:
    struct Field
    {
        const char *data = nullptr; // nullptr: the bytes are in m_unescaped, from offset
        qsizetype offset = 0;
        qsizetype size = 0;
        bool null = false;
    };

    bool addField(const char *start, const char *end)
    {
        const qsizetype size = end - start;
        if (size == 2 && start[0] == '\\' && start[1] == 'N') {
            m_fields.append({ start, 0, 0, true });
            return true;
        }
        if (!std::memchr(start, '\\', size)) {
            m_fields.append({ start, 0, size, false });
            return true;
        }
        const qsizetype offset = m_unescaped.size();
        for (const char *p = start; p < end; ++p) {
            if (*p != '\\') {
                m_unescaped += *p;
                continue;
            }
            if (++p == end)
                return false;
            m_unescaped += unescaped(*p);
        }
        m_fields.append({ nullptr, offset, m_unescaped.size() - offset, false });
        return true;
    }

    QByteArrayView bytes(int column) const
    {
        const Field &field = m_fields.at(column);
        return field.data ? QByteArrayView(field.data, field.size)
                          : QByteArrayView(m_unescaped.constData() + field.offset, field.size);
    }

    QList<Field> m_fields;
    QByteArray m_unescaped;
    // What text() handed out, decoded once a row so that it lives until the next row.
    mutable QList<QString> m_texts;
    mutable QList<bool> m_decoded;
};

struct CopyBuffer
{
    char *data = nullptr;
    ~CopyBuffer() { PQfreemem(data); }
};
} // namespace

PgCopyReader::PgCopyReader(pg_conn *connection)
    : m_connection(connection)
{
}

Error PgCopyReader::failure(const QString &message)
{
    qCWarning(lcStorage) << "COPY failed:" << message;
    return Error::unavailable(u"storage error: %1"_s.arg(message));
}

Status PgCopyReader::read(const QString &query, const std::function<void(const RowValues &)> &row)
{
    m_sqlState.clear();
    if (!m_connection || PQstatus(m_connection) != CONNECTION_OK)
        return failure(u"no connection to PostgreSQL"_s);
    // As QtSql's driver does before each statement: the end of its last statement's
    // replies, left unread, is read and dropped.
    while (PGresult *left = PQgetResult(m_connection))
        PQclear(left);
    const QByteArray copy = "COPY (" + query.toUtf8() + ") TO STDOUT";
    PGresult *started = PQexec(m_connection, copy.constData());
    const ExecStatusType status = PQresultStatus(started);
    if (status != PGRES_COPY_OUT) {
        if (const char *state = PQresultErrorField(started, PG_DIAG_SQLSTATE))
            m_sqlState = QString::fromLatin1(state);
        const QString message = QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
        PQclear(started);
        return failure(message.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()
                                         : message);
    }
    PQclear(started);

    CopyLine line;
    for (;;) {
        CopyBuffer buffer;
        const int size = PQgetCopyData(m_connection, &buffer.data, 0);
        if (size == -1)
            return finish();
        if (size < 0) {
            const QString message = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
            static_cast<void>(finish());
            return failure(message);
        }
        if (!line.parse(buffer.data, size)) {
            // Read to the end, so the connection is idle for the next statement.
            for (CopyBuffer rest; PQgetCopyData(m_connection, &rest.data, 0) > 0;) {
                PQfreemem(rest.data);
                rest.data = nullptr;
            }
            static_cast<void>(finish());
            return failure(u"a row of COPY's output is not in its text format"_s);
        }
        row(line);
    }
}

Status PgCopyReader::finish()
{
    Status outcome;
    while (PGresult *result = PQgetResult(m_connection)) {
        const ExecStatusType status = PQresultStatus(result);
        // Still in COPY: libpq gave up reading it (out of memory) and would hand this result
        // out again at every call. Only a new session ends it (the caller's to open).
        if (status == PGRES_COPY_OUT) {
            PQclear(result);
            return failure(u"the COPY could not be read to its end"_s);
        }
        if (outcome && status != PGRES_COMMAND_OK) {
            if (const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE))
                m_sqlState = QString::fromLatin1(state);
            outcome = failure(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
        }
        PQclear(result);
    }
    return outcome;
}

bool PgCopyReader::connectionBusy() const
{
    return PQtransactionStatus(m_connection) == PQTRANS_ACTIVE;
}

} // namespace inventory
