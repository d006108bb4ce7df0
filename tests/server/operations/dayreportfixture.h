#pragma once

#include "httpclient.h"
#include "serverprocess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace inventory::test {

// The report suites' server and day: a real inventory-server with admin, manager-mad and
// clerk-mad signed in and, recorded at MAD-001 today, tickets by two sellers, a return, an
// offline ticket, adjustments with reasons and a transfer shipped away.
class DayReportFixture
{
protected:
    // Starts the server and signs the users in; false if it did not start.
    bool startServer();
    // Records the day; today() is its date (UTC).
    void recordADay();
    QString today() const { return m_today; }
    // The object of the array whose `key` is `value`, or an empty one.
    static QJsonObject find(const QJsonArray &array, const QString &key, const QString &value);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QHash<QString, QByteArray> m_tokens;

private:
    QString m_today;
};

} // namespace inventory::test
