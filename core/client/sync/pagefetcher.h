#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>

namespace inventory {

class ApiClient;
struct ApiReply;

// Reads every page of a paged list (?page=&limit=, with "total" in the reply). Page 1 tells
// the total; the rest are asked for a few at a time, so that the server builds one page
// while this side stores another — one at a time, each side idled through the other's turn.
// Deletes itself after calling done.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<QList<QJsonObject>>)>;

    PageFetcher(ApiClient &api, QString path, QString listField, int limit,
                QObject *parent = nullptr);
    void start(Done done);

    static constexpr int Parallel = 4;

signals:
    void progress(qint64 received, qint64 total);

private:
    void request(int page);
    void received(int page, const ApiReply &reply);
    void finish(Result<QList<QJsonObject>> result);

    ApiClient &m_api;
    QString m_path;
    QString m_listField;
    int m_limit;
    Done m_done;
    QList<QList<QJsonObject>> m_pages;
    int m_next = 2;
    int m_outstanding = 0;
    qint64 m_received = 0;
    qint64 m_total = 0;
    bool m_finished = false;
};

} // namespace inventory
