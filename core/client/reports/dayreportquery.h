#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <functional>

namespace inventory {

class ClientSession;

// A store's day report (GET /api/v1/reports/day) for a date as the till lives it: from its
// local midnight, at the till's offset from UTC that day. It needs the server: a failed read is
// an error, never an empty day.
class DayReportQuery
{
    Q_DECLARE_TR_FUNCTIONS(DayReportQuery)

public:
    using Done = std::function<void(Result<QJsonObject>)>;

    explicit DayReportQuery(ClientSession &session);

    void load(const QString &storeId, const QDate &date, Done done);
    // "/api/v1/reports/day?storeId=…&date=…&utcOffset=%2B01:00" for the local time zone.
    static QString path(const QString &storeId, const QDate &date);

private:
    ClientSession &m_session;
};

} // namespace inventory
