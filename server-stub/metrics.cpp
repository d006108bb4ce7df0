#include "server-stub/metrics.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
const QList<double> kLatencyBounds { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                     0.05,   0.1,   0.25,   0.5,   1,    2.5 };
const QList<double> kBatchBounds { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096 };

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

QByteArray escape(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return v.toUtf8();
}
} // namespace

Metrics::Metrics()
{
    m_batchSize.bounds = kBatchBounds;
    m_batchSize.counts.fill(0, kBatchBounds.size());
    m_commitSeconds.bounds = kLatencyBounds;
    m_commitSeconds.counts.fill(0, kLatencyBounds.size());
}

void Metrics::Histogram::observe(double value)
{
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        if (value <= bounds.at(i)) {
            ++counts[i];
            break;
        }
    }
    sum += value;
    ++count;
}

void Metrics::recordRequest(const QString &route, const QByteArray &method, int status,
                            double seconds)
{
    // Labels come from a closed set, whatever a client sends: a method outside the standard
    // ones counts as "other" (unmatched paths are already the route "unmatched"), so junk
    // requests cannot grow the series without end.
    static const QList<QByteArray> known { "GET",    "POST", "PUT",    "PATCH",
                                           "DELETE", "HEAD", "OPTIONS" };
    static const QByteArray other = "other";
    const QByteArray &label = known.contains(method) ? method : other;
    ++m_requests[RequestKey { route, label, status }];
    auto it = m_latency.find(route);
    if (it == m_latency.end()) {
        Histogram h;
        h.bounds = kLatencyBounds;
        h.counts.fill(0, kLatencyBounds.size());
        it = m_latency.insert(route, h);
    }
    it->observe(seconds);
}

void Metrics::recordBatch(int commands, double seconds, bool ok)
{
    ++m_commits;
    if (!ok)
        ++m_failedCommits;
    m_batchSize.observe(commands);
    m_commitSeconds.observe(seconds);
}

void Metrics::setGaugeSource(std::function<QList<std::pair<QString, double>>()> source)
{
    m_gauges = std::move(source);
}

void Metrics::writeHistogram(QByteArray &out, const QByteArray &name, const QByteArray &labels,
                             const Histogram &h)
{
    const QByteArray sep = labels.isEmpty() ? QByteArray() : labels + ',';
    quint64 cumulative = 0;
    for (qsizetype i = 0; i < h.bounds.size(); ++i) {
        cumulative += h.counts.at(i);
        out += name + "_bucket{" + sep + "le=\"" + number(h.bounds.at(i)) + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    out += name + "_bucket{" + sep + "le=\"+Inf\"} " + QByteArray::number(h.count) + '\n';
    const QByteArray braces = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
    out += name + "_sum" + braces + ' ' + number(h.sum) + '\n';
    out += name + "_count" + braces + ' ' + QByteArray::number(h.count) + '\n';
}

QByteArray Metrics::exposition() const
{
    QByteArray out;
    out += "# HELP inventory_http_requests_total HTTP requests by route, method and status.\n"
           "# TYPE inventory_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const RequestKey &key = it.key();
        out += "inventory_http_requests_total{route=\"" + escape(key.route) + "\",method=\""
            + escape(QString::fromLatin1(key.method)) + "\",status=\""
            + QByteArray::number(key.status) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP inventory_http_request_duration_seconds Time to answer, by route.\n"
           "# TYPE inventory_http_request_duration_seconds histogram\n";
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it)
        writeHistogram(out, "inventory_http_request_duration_seconds",
                       "route=\"" + escape(it.key()) + '"', it.value());
    out += "# HELP inventory_commits_total Write transactions committed (or failed).\n"
           "# TYPE inventory_commits_total counter\n"
           "inventory_commits_total{result=\"ok\"} "
        + QByteArray::number(m_commits - m_failedCommits)
        + "\n"
          "inventory_commits_total{result=\"failed\"} "
        + QByteArray::number(m_failedCommits) + '\n';
    out += "# HELP inventory_commit_batch_size Commands per write transaction.\n"
           "# TYPE inventory_commit_batch_size histogram\n";
    writeHistogram(out, "inventory_commit_batch_size", {}, m_batchSize);
    out += "# HELP inventory_commit_duration_seconds Time to apply and durably commit a batch.\n"
           "# TYPE inventory_commit_duration_seconds histogram\n";
    writeHistogram(out, "inventory_commit_duration_seconds", {}, m_commitSeconds);
    out += "# HELP inventory_events_total Events appended to the change feed.\n"
           "# TYPE inventory_events_total counter\n"
           "inventory_events_total "
        + QByteArray::number(m_events) + '\n';
    if (m_gauges) {
        QString lastFamily;
        for (const auto &[series, value] : m_gauges()) {
            const QString family = series.section(u'{', 0, 0);
            if (family != lastFamily) {
                out += "# HELP " + family.toUtf8() + " Current value.\n# TYPE " + family.toUtf8()
                    + " gauge\n";
                lastFamily = family;
            }
            out += series.toUtf8() + ' ' + number(value) + '\n';
        }
    }
    return out;
}

} // namespace inventory::server
