#include "app/term/termoutput.h"

#include "core/client/syncengine.h"
#include "core/client/text/errortext.h"

#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace inventory::term {

namespace {
void put(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void TermOutput::table(const QStringList &headers, const QList<QStringList> &rows,
                       const QJsonObject &document)
{
    if (m_json) {
        put(stdout, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
        return;
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    auto format = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += cells.at(i).leftJustified(widths.value(i)) + u"  "_s;
        return text.trimmed();
    };
    put(stdout, format(headers));
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, u'-');
    put(stdout, format(rule));
    for (const QStringList &row : rows)
        put(stdout, format(row));
    if (rows.isEmpty())
        put(stdout, QObject::tr("(nothing)"));
}

void TermOutput::document(const QJsonObject &document, const QString &humanText)
{
    put(stdout,
        m_json ? QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))
               : humanText);
}

void TermOutput::line(const QString &text)
{
    if (!m_json)
        put(stdout, text);
}

void TermOutput::error(const QString &text)
{
    put(stderr, text);
}

QString TermOutput::describe(const Error &error)
{
    if (error.code() != ErrorCode::Unavailable)
        return ErrorText::describe(error);
    // The client's own words already ("the server cannot be reached (…)").
    return SyncEngine::isOffline(error)
        ? error.message()
        : tr("the profile cannot be read or written: %1").arg(error.message());
}

} // namespace inventory::term
