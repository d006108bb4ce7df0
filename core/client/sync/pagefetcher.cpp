#include "core/client/sync/pagefetcher.h"

#include "core/client/apiclient.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace inventory {

PageFetcher::PageFetcher(ApiClient &api, QString path, QString listField, int limit,
                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_path(std::move(path))
    , m_listField(std::move(listField))
    , m_limit(limit)
{
}

void PageFetcher::start(Done done)
{
    m_done = std::move(done);
    request(1);
}

void PageFetcher::request(int page)
{
    ++m_outstanding;
    const QString separator = m_path.contains(u'?') ? u"&"_s : u"?"_s;
    QPointer<PageFetcher> self(this);
    m_api.get(m_path + separator + u"page=%1&limit=%2"_s.arg(page).arg(m_limit),
              [self, page](const ApiReply &reply) {
                  if (self)
                      self->received(page, reply);
              });
}

void PageFetcher::received(int page, const ApiReply &reply)
{
    --m_outstanding;
    if (m_finished)
        return;
    if (!reply.ok())
        return finish(reply.failure());
    const QJsonArray items = reply.body.value(m_listField).toArray();
    if (page == 1) {
        m_total = reply.body.value(u"total"_s).toInteger();
        m_pages.resize(qMax<qsizetype>(1, (m_total + m_limit - 1) / m_limit));
    }
    QList<QJsonObject> &slot = m_pages[page - 1];
    slot.reserve(items.size());
    for (const QJsonValue &v : items)
        slot.append(v.toObject());
    m_received += items.size();
    emit progress(m_received, m_total);
    while (m_outstanding < Parallel && m_next <= m_pages.size())
        request(m_next++);
    if (m_outstanding == 0) {
        QList<QJsonObject> all;
        all.reserve(m_received);
        for (const QList<QJsonObject> &p : std::as_const(m_pages))
            all.append(p);
        finish(all);
    }
}

void PageFetcher::finish(Result<QList<QJsonObject>> result)
{
    m_finished = true;
    m_done(std::move(result));
    deleteLater();
}

} // namespace inventory
