#pragma once

#include "core/domain/reasoncode.h"
#include "core/domain/result.h"

#include <QList>
#include <QObject>

class QJsonObject;

namespace inventory {

class ApiClient;
class LocalCache;
struct ApiReply;
struct Event;

// The reason codes a till offers (API.md "Reasons"): the built-in ones plus those an admin
// defined, read from the server after sign-in and again when the feed says one was defined,
// and kept in the profile so that a till that starts offline offers them too. Built-in codes
// are labelled in the clerk's language; an admin's code by the label the admin gave it.
class ReasonCatalog : public QObject
{
    Q_OBJECT

public:
    ReasonCatalog(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    // Built in first (in their fixed order), then the admins' codes by code.
    const QList<ReasonCode> &codes() const { return m_codes; }
    // The words a person reads for a code: translated when built in, the admin's label
    // otherwise, the code itself when the till has not heard of it.
    QString label(const QString &code) const;
    // What a write-off offers: the codes that take units out and have no screen of their own
    // (not a sale or a transfer), and a correction; the common ones first, an admin's last.
    QList<ReasonCode> writeOffCodes() const;

    // Asks the server for the list; changed() when it differs from what the till had.
    void refresh();
    // Refreshes when one of these feed events defined a code.
    void noteEvents(const QList<Event> &events);

    // GET /api/v1/reasons as the server sends it; an answer without a readable list is an
    // error, never an empty list.
    static Result<QList<ReasonCode>> parse(const QJsonObject &body);

signals:
    void changed();
    void failed(const inventory::Error &error);

private:
    void received(const ApiReply &reply);
    void loadSaved();
    void adopt(const QList<ReasonCode> &custom);

    ApiClient &m_api;
    LocalCache &m_cache;
    QList<ReasonCode> m_codes;
};

} // namespace inventory
