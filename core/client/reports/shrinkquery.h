#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QObject>

class QJsonObject;

namespace inventory {

class ApiClient;
struct ApiReply;

// One line of the shrink report: units that left a store in a month for one reason.
struct ShrinkEntry
{
    QString storeId;
    QString month; // YYYY-MM, UTC
    QString reason;
    qint64 units = 0;

    friend bool operator==(const ShrinkEntry &, const ShrinkEntry &) = default;
};

// The managers' shrink report (GET /api/v1/reports/shrink): units that left each store other
// than by a sale or a transfer, by month and reason. Each load is answered once, by loaded or
// failed; a failed read is never reported as an empty report, and the answer to a load made
// before the filters changed is dropped. It needs the server: there is no offline copy.
class ShrinkQuery : public QObject
{
    Q_OBJECT

public:
    explicit ShrinkQuery(ApiClient &api, QObject *parent = nullptr);

    // storeId empty: every store; fromMs (included) and toMs (excluded) 0: no bound.
    void load(const QString &storeId, qint64 fromMs, qint64 toMs);
    bool loading() const { return m_loading; }

    static QString path(const QString &storeId, qint64 fromMs, qint64 toMs);
    static Result<QList<ShrinkEntry>> parse(const QJsonObject &body);

signals:
    void loaded(const QList<inventory::ShrinkEntry> &entries);
    void failed(const inventory::Error &error);

private:
    void received(const ApiReply &reply);

    ApiClient &m_api;
    bool m_loading = false;
    // Bumped by load(): an answer to an older request belongs to other filters.
    quint64 m_generation = 0;
};

} // namespace inventory
