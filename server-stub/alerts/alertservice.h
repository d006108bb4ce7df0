#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace inventory {
class ReadModel;
}

namespace inventory::server {

class WebhookSender;

// The daily low-stock digest (issue 27): at `--alert-digest-at` (local time, default 07:30)
// every day, and whenever an admin asks for it, the digest (LowStockDigest) is written to
// `--alert-digest-dir` as low-stock-YYYY-MM-DD.json and posted to `--alert-webhook`. Both are
// optional; with neither, nothing is scheduled.
class AlertService : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl webhook;
        QString digestDir;
        QTime digestAt = QTime(7, 30);
        int retryBaseMs = 1000;
    };

    AlertService(const ReadModel &model, Settings settings, QObject *parent = nullptr);
    ~AlertService() override;

    bool enabled() const { return m_settings.webhook.isValid() || !m_settings.digestDir.isEmpty(); }
    // Sends the digest now: {"lowProducts","file"?,"webhook"?} — the file written and whether
    // the webhook post was queued. A file that cannot be written is an error.
    Result<QJsonObject> sendDigest();
    WebhookSender *webhook() const { return m_webhook.get(); }

private:
    void scheduleNext();

    const ReadModel &m_model;
    Settings m_settings;
    std::unique_ptr<WebhookSender> m_webhook;
    QTimer m_daily;
    // When the digest is due next, and the day it last went out: a timer that wakes early, or
    // that was capped at a day, must neither send twice nor send before its time.
    QDateTime m_dueAt;
    QDate m_lastSent;
};

} // namespace inventory::server
