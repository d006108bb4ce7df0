#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace inventory::server {

// Counters, gauges and histograms in the Prometheus text exposition format. Hand-written
// because neither Qt nor Debian offers a C++ Prometheus client library packaged for Qt.
class Metrics
{
public:
    Metrics();

    void recordRequest(const QString &route, const QByteArray &method, int status, double seconds);
    void recordBatch(int commands, double seconds, bool ok);
    void addEvents(qint64 count) { m_events += count; }
    // Gauges read when scraped.
    void setGaugeSource(std::function<QList<std::pair<QString, double>>()> source);

    QByteArray exposition() const;

private:
    struct Histogram
    {
        QList<double> bounds;
        QList<quint64> counts; // per bound, cumulative on output
        double sum = 0;
        quint64 count = 0;
        void observe(double value);
    };

    static void writeHistogram(QByteArray &out, const QByteArray &name, const QByteArray &labels,
                               const Histogram &h);

    // What a request is counted by. Its parts are shared with the request, not copied into a
    // key string: building "route|method|status" cost three allocations per request.
    struct RequestKey
    {
        QString route;
        QByteArray method;
        int status = 0;
        friend bool operator==(const RequestKey &a, const RequestKey &b)
        {
            return a.status == b.status && a.route == b.route && a.method == b.method;
        }
        friend size_t qHash(const RequestKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.route, key.method, key.status);
        }
    };

    QHash<RequestKey, quint64> m_requests;
    QHash<QString, Histogram> m_latency; // route
    Histogram m_batchSize;
    Histogram m_commitSeconds;
    quint64 m_commits = 0;
    quint64 m_failedCommits = 0;
    quint64 m_events = 0;
    std::function<QList<std::pair<QString, double>>()> m_gauges;
};

} // namespace inventory::server
