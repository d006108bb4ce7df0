#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace inventory {

class ClientSession;

// Who may unlock this till and their PINs' hashes (POST /api/v1/devices/{id}/staff), kept in
// the profile so that a till whose server is out of reach still knows its staff: a PIN is
// checked against the same salted slow hash the server keeps. The copy is as fresh as the
// last refresh: someone disabled on the server meanwhile can unlock until the next one (the
// trade-off docs/API.md states; TillDesk refreshes it at every PIN sign-in the server answers).
class StaffRoster
{
    Q_DECLARE_TR_FUNCTIONS(StaffRoster)

public:
    explicit StaffRoster(ClientSession &session);

    // Fetches the roster with the till's credentials and keeps it; done gets how many people
    // may unlock.
    void refresh(std::function<void(Result<int>)> done);
    // The person, if the kept roster has them and the PIN is theirs; UNAUTHENTICATED for an
    // unknown person and a wrong PIN alike, INVALID_STATE when there is no roster yet, and
    // RATE_LIMITED (details.retryAfterSeconds) after too many wrong PINs for the person or at
    // this till: five are free, then each makes the next try wait twice as long, up to 5 min.
    Result<User> verify(const QString &username, const QString &pin);
    // Everyone the kept roster has, by name (empty without one).
    Result<QList<User>> people();
    // When the kept roster was fetched (ms since the epoch), or 0 without one.
    Result<qint64> fetchedAtMs();

private:
    static Result<User> check(const QJsonObject &roster, const QString &username,
                              const QString &pin);

    ClientSession &m_session;
};

} // namespace inventory
