#include "core/client/levels/leveldesk.h"

#include "core/client/clientsession.h"
#include "core/client/transfers/transferdesk.h"
#include "core/protocol/stockrowjson.h"

#include <QJsonArray>
#include <QMap>
#include <QUrl>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;

namespace inventory {

namespace {
QString storePath(const QString &storeId, const QString &rest)
{
    return u"/api/v1/stores/"_s + QString::fromLatin1(QUrl::toPercentEncoding(storeId)) + rest;
}
} // namespace

LevelDesk::LevelDesk(ClientSession &session)
    : m_session(session)
{
}

void LevelDesk::setLevels(const QString &storeId, const QStringList &productIds, qint64 minLevel,
                          qint64 targetLevel, std::function<void(Result<int>)> done)
{
    struct Run
    {
        ClientSession *session;
        QString storeId;
        QStringList productIds;
        QJsonObject body;
        std::function<void(Result<int>)> done;
        int next = 0;
    };
    auto run = std::make_shared<Run>(Run {
        &m_session, storeId, productIds,
        QJsonObject { { u"min"_s, minLevel }, { u"target"_s, targetLevel } }, std::move(done) });
    // Each answer sends the next request; the step holds itself weakly, so it lives as long
    // as a request of the chain is in flight and no longer.
    auto step = std::make_shared<std::function<void()>>();
    *step = [run, weak = std::weak_ptr(step)] {
        if (run->next >= run->productIds.size())
            return run->done(run->next);
        const QString productId = run->productIds.at(run->next);
        // Setting levels twice sets them once: a key lets the client retry a lost reply.
        run->session->api().send(
            "PUT",
            storePath(run->storeId,
                      u"/levels/"_s + QString::fromLatin1(QUrl::toPercentEncoding(productId))),
            run->body, QUuid::createUuid().toString(QUuid::WithoutBraces),
            [run, step = weak.lock()](const ApiReply &reply) {
                if (!reply.ok())
                    return run->done(reply.failure());
                if (Status s = run->session->cache().putRows({ stockRowFromJson(reply.body) }); !s)
                    return run->done(s.error());
                ++run->next;
                (*step)();
            });
    };
    (*step)();
}

void LevelDesk::replenishment(const QString &storeId,
                              std::function<void(Result<QList<ReplenishmentLine>>)> done)
{
    m_session.api().get(storePath(storeId, u"/replenishment"_s), [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.failure());
        done(parseReplenishment(reply.body));
    });
}

Result<QList<ReplenishmentLine>> LevelDesk::parseReplenishment(const QJsonObject &body)
{
    const QJsonValue lines = body.value(u"lines"_s);
    if (!lines.isArray())
        return Error::unavailable(u"the server's replenishment has no lines"_s);
    QList<ReplenishmentLine> list;
    for (const QJsonValue &value : lines.toArray()) {
        const QJsonObject l = value.toObject();
        list.append({ l.value(u"productId"_s).toString(), l.value(u"available"_s).toInteger(),
                      l.value(u"incoming"_s).toInteger(), l.value(u"requested"_s).toInteger(),
                      l.value(u"min"_s).toInteger(), l.value(u"target"_s).toInteger(),
                      l.value(u"need"_s).toInteger(), l.value(u"sourceStoreId"_s).toString(),
                      l.value(u"sourceSurplus"_s).toInteger() });
    }
    return list;
}

void LevelDesk::requestTransfers(const QString &storeId, const QList<ReplenishmentLine> &lines,
                                 std::function<void(Result<QStringList>)> done)
{
    QMap<QString, QList<TransferLine>> bySource;
    for (const ReplenishmentLine &line : lines) {
        if (!line.sourceStoreId.isEmpty() && line.suggested() > 0)
            bySource[line.sourceStoreId].append({ line.productId, line.suggested(), 0, 0, 0, 0 });
    }
    if (bySource.isEmpty())
        return done(Error::validation(u"lines"_s, tr("No line has a store to take units from.")));
    struct Run
    {
        ClientSession *session;
        QString storeId;
        QList<std::pair<QString, QList<TransferLine>>> requests;
        std::function<void(Result<QStringList>)> done;
        QStringList ids;
    };
    auto run = std::make_shared<Run>(Run { &m_session, storeId, {}, std::move(done), {} });
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        run->requests.append({ it.key(), it.value() });
    auto step = std::make_shared<std::function<void()>>(); // as in setLevels()
    *step = [run, weak = std::weak_ptr(step)] {
        if (run->ids.size() == run->requests.size())
            return run->done(run->ids);
        const auto &[source, transferLines] = run->requests.at(run->ids.size());
        TransferDesk(*run->session)
            .request(source, run->storeId, transferLines, tr("Replenishment"),
                     [run, step = weak.lock()](Result<QJsonObject> answer) {
                         if (!answer)
                             return run->done(answer.error());
                         run->ids.append(answer->value(u"transferId"_s).toString());
                         (*step)();
                     });
    };
    (*step)();
}

} // namespace inventory
