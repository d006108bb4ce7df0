#pragma once

#include "core/domain/counts/countsession.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace inventory {

class ClientSession;

// A till's side of count sessions (API.md "Count sessions"). Opening, reviewing, applying and
// cancelling need the server (a manager decides on what the server knows); an entry does not:
// the shelf is in front of the clerk, so while the server is out of reach it is queued (kind
// countEntry) and sent, exactly once, when the server is back. Every entry names this till, so
// the entries of several tills add up and a till's recount replaces its own entry.
class CountDesk
{
    Q_DECLARE_TR_FUNCTIONS(CountDesk)

public:
    using Done = std::function<void(Result<QJsonObject>)>;

    explicit CountDesk(ClientSession &session);

    struct Scope
    {
        CountScope scope = CountScope::Shelf;
        QStringList productIds;
        QString category;
        int random = 0;
        CountVisibility visibility = CountVisibility::Shown;
    };
    // The count, OPEN; the till mints its id.
    void open(const QString &storeId, const Scope &scope, Done done);
    // {"counts":[…]} of a store, newest first; status empty for any.
    void list(const QString &storeId, const QString &status, Done done);
    void fetch(const QString &countId, Done done);
    // What this till counted of a product; {"queued": true, …} while offline.
    void enter(const QString &countId, const QString &productId, qint64 counted, Done done);
    void review(const QString &countId, Done done);
    void apply(const QString &countId, UncountedProducts uncounted, Done done);
    void cancel(const QString &countId, Done done);

private:
    void post(const QString &countId, const QString &verb, const QJsonObject &body, Done done);

    ClientSession &m_session;
};

} // namespace inventory
