#include "server-stub/alerts/alertservice.h"

#include "server-stub/alerts/lowstockdigest.h"
#include "server-stub/alerts/webhooksender.h"
#include "server-stub/serverlog.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace inventory::server {

AlertService::AlertService(const ReadModel &model, Settings settings, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_settings(std::move(settings))
{
    if (m_settings.webhook.isValid())
        m_webhook = std::make_unique<WebhookSender>(m_settings.webhook, m_settings.retryBaseMs);
    m_daily.setSingleShot(true);
    m_daily.setTimerType(Qt::PreciseTimer);
    connect(&m_daily, &QTimer::timeout, this, [this] {
        if (QDateTime::currentDateTime() < m_dueAt) {
            scheduleNext();
            return;
        }
        m_lastSent = m_dueAt.date();
        if (auto sent = sendDigest(); !sent)
            qCWarning(lcServer).noquote()
                << u"low-stock digest not written: %1"_s.arg(sent.error().message());
        scheduleNext();
    });
    if (enabled())
        scheduleNext();
}

AlertService::~AlertService() = default;

void AlertService::scheduleNext()
{
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime next(now.date(), m_settings.digestAt);
    if (next <= now || next.date() == m_lastSent)
        next = next.addDays(1);
    m_dueAt = next;
    m_daily.start(int(std::clamp<qint64>(now.msecsTo(next), 0, 24LL * 3600 * 1000)));
}

Result<QJsonObject> AlertService::sendDigest()
{
    const QDate today = QDate::currentDate();
    int low = 0;
    const QByteArray digest = LowStockDigest::json(m_model, today, &low);
    QJsonObject answer { { u"lowProducts"_s, low } };
    if (!m_settings.digestDir.isEmpty()) {
        QDir().mkpath(m_settings.digestDir);
        const QString path = QDir(m_settings.digestDir)
                                 .filePath(u"low-stock-%1.json"_s.arg(today.toString(Qt::ISODate)));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(digest) != digest.size()
            || !file.commit())
            return Error::unavailable(u"cannot write %1: %2"_s.arg(path, file.errorString()));
        answer.insert(u"file"_s, path);
    }
    if (m_webhook) {
        m_webhook->post(digest);
        answer.insert(u"webhook"_s, u"queued"_s);
    }
    qCInfo(lcServer).noquote() << u"low-stock digest: %1 product(s) below their minimum"_s.arg(low);
    return answer;
}

} // namespace inventory::server
