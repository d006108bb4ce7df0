#include "core/client/tickets/discrepancydesk.h"

#include "core/client/clientsession.h"
#include "core/client/sync/pagefetcher.h"
#include "core/client/text/errortext.h"
#include "core/protocol/discrepancyjson.h"

#include <QPointer>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A failure of a call that needs the server, with a sentence for "no answer at all".
Error failureOf(const ApiReply &reply)
{
    if (!reply.reachedServer())
        return Error::unavailable(
            DiscrepancyDesk::tr("discrepancies need the server, which cannot be reached now"));
    return reply.failure();
}
} // namespace

DiscrepancyDesk::DiscrepancyDesk(ClientSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    SyncEngine &sync = session.sync();
    connect(&sync, &SyncEngine::eventsApplied, this, &DiscrepancyDesk::onEventsApplied);
    // Back after a gap (or a resync, which reads state again without events): read again.
    connect(&sync, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Live)
            emit discrepanciesChanged();
    });
}

bool DiscrepancyDesk::mayResolve() const
{
    return m_session.user().role != Role::Clerk;
}

QStringList DiscrepancyDesk::stores() const
{
    const User &user = m_session.user();
    if (user.role == Role::Admin)
        return {};
    return user.storeIds.isEmpty() ? QStringList { m_session.storeId() } : user.storeIds;
}

bool DiscrepancyDesk::concerns(const Event &event) const
{
    if (event.type != QLatin1StringView(eventtype::StockDiscrepancy)
        && event.type != QLatin1StringView(eventtype::DiscrepancyResolved))
        return false;
    const QStringList mine = stores();
    return mine.isEmpty() || mine.contains(event.storeId);
}

void DiscrepancyDesk::onEventsApplied(const QList<Event> &events)
{
    if (std::any_of(events.begin(), events.end(), [this](const Event &e) { return concerns(e); }))
        emit discrepanciesChanged();
}

void DiscrepancyDesk::listOpen(Listed done)
{
    QStringList paths;
    const QStringList mine = stores();
    if (mine.isEmpty())
        paths << u"/api/v1/discrepancies?status=open"_s;
    for (const QString &store : mine)
        paths << u"/api/v1/discrepancies?status=open&storeId=%1"_s.arg(encoded(store));

    // One list per store, merged when the last one is in; the first failure is the answer.
    struct Merge
    {
        Listed done;
        qsizetype waiting = 0;
        QList<Discrepancy> found;
        bool failed = false;
    };
    auto merge = std::make_shared<Merge>(Merge { std::move(done), paths.size(), {}, false });
    for (const QString &path : std::as_const(paths)) {
        auto *fetcher = new PageFetcher(m_session.api(), path, u"discrepancies"_s, 200, this);
        fetcher->start([merge](Result<QList<QJsonObject>> page) {
            if (merge->failed)
                return;
            if (!page) {
                merge->failed = true;
                return merge->done(page.error());
            }
            for (const QJsonObject &json : page.value())
                merge->found << discrepancyFromJson(json);
            if (--merge->waiting > 0)
                return;
            std::sort(
                merge->found.begin(), merge->found.end(),
                [](const Discrepancy &a, const Discrepancy &b) { return a.eventSeq < b.eventSeq; });
            merge->done(merge->found);
        });
    }
}

void DiscrepancyDesk::resolve(const Discrepancy &discrepancy, const QString &resolution,
                              const QString &note, Resolved done)
{
    if (!Discrepancy::isResolution(resolution))
        return done(Error::validation(u"resolution"_s, u"unknown resolution"_s));
    QJsonObject body { { u"resolution"_s, resolution } };
    if (!note.trimmed().isEmpty())
        body.insert(u"note"_s, note.trimmed().left(Discrepancy::MaxNoteLength));
    QPointer<DiscrepancyDesk> self(this);
    m_session.api().send("POST", u"/api/v1/discrepancies/%1/resolve"_s.arg(encoded(discrepancy.id)),
                         body, newKey(), [self, done](const ApiReply &reply) {
                             if (!self)
                                 return;
                             if (!reply.ok())
                                 return done(failureOf(reply));
                             done(discrepancyFromJson(reply.body));
                         });
}

void DiscrepancyDesk::countAndResolve(const Discrepancy &discrepancy, qint64 counted, Resolved done)
{
    QJsonObject body { { u"storeId"_s, discrepancy.storeId },
                       { u"operation"_s, u"set"_s },
                       { u"quantity"_s, counted },
                       { u"reason"_s, u"count"_s } };
    // Compare-and-set on the version this till shows, as a count at the counter: a sale made
    // while the shelf was being counted makes the count be taken again, not lost.
    if (const auto row = m_session.cache().row(discrepancy.productId, discrepancy.storeId);
        row && row->version > 0)
        body.insert(u"expectedVersion"_s, row->version);
    QPointer<DiscrepancyDesk> self(this);
    const QString note = tr("Counted %n unit(s)", nullptr, int(counted));
    m_session.api().send(
        "POST", u"/api/v1/products/%1/stock"_s.arg(encoded(discrepancy.productId)), body, newKey(),
        [self, discrepancy, note, done](const ApiReply &reply) {
            if (!self)
                return;
            if (!reply.ok())
                return done(failureOf(reply));
            self->resolve(discrepancy, u"counted"_s, note, [done](Result<Discrepancy> resolved) {
                if (resolved)
                    return done(resolved);
                QJsonObject details = resolved.error().details();
                details.insert(u"countRecorded"_s, true);
                done(Error(resolved.error().code(), resolved.error().message(), details));
            });
        });
}

QString DiscrepancyDesk::describe(const Error &error)
{
    QString text;
    if (error.code() == ErrorCode::InvalidState
        && error.details().value(u"status"_s).toString() == u"resolved"_s)
        text = tr("This discrepancy has already been resolved.");
    else if (error.code() == ErrorCode::Forbidden)
        text = tr("Only a manager of the store resolves a discrepancy.");
    else
        text = ErrorText::describe(error);
    if (error.details().value(u"countRecorded"_s).toBool())
        return tr("The count was recorded, but the discrepancy is still open: %1").arg(text);
    return text;
}

} // namespace inventory
