#pragma once

#include "core/domain/discrepancy.h"
#include "core/domain/result.h"
#include "core/protocol/event.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace inventory {

class ClientSession;

// The stock discrepancies a manager resolves (API.md "Stock discrepancies"): the open ones of
// the signed-in user's stores (an admin's: every store's), read from the server, and their
// resolutions. They need the server: nothing here is queued. Says when the feed reports one
// raised or resolved at those stores (or comes back after a gap), so that a view reads the
// list again.
class DiscrepancyDesk : public QObject
{
    Q_OBJECT

public:
    using Listed = std::function<void(Result<QList<Discrepancy>>)>;
    using Resolved = std::function<void(Result<Discrepancy>)>;

    explicit DiscrepancyDesk(ClientSession &session, QObject *parent = nullptr);

    // Managers and admins resolve discrepancies; clerks do not.
    bool mayResolve() const;
    // The stores whose discrepancies listOpen() reads; empty: every store (an admin).
    QStringList stores() const;

    // The open discrepancies, oldest first (a work list: what arrives later goes below).
    void listOpen(Listed done);
    // resolution: counted, released or accepted ("transferred" needs transfers, not here yet).
    // The discrepancy as the server resolved it.
    void resolve(const Discrepancy &discrepancy, const QString &resolution, const QString &note,
                 Resolved done);
    // Records what was counted of the product at the discrepancy's store (a set with reason
    // count, compare-and-set on the version this till holds, as the counter does), then
    // resolves the discrepancy as counted. A failed second step keeps the count recorded and
    // says so (see describe()).
    void countAndResolve(const Discrepancy &discrepancy, qint64 counted, Resolved done);

    // What a person reads for a failure of the calls above.
    static QString describe(const Error &error);
    // Whether an event of the feed raises or resolves a discrepancy at the user's stores.
    bool concerns(const Event &event) const;

signals:
    void discrepanciesChanged();

private:
    void onEventsApplied(const QList<Event> &events);

    ClientSession &m_session;
};

} // namespace inventory
