#pragma once

#include "core/client/tills/tillcredentials.h"
#include "core/domain/result.h"
#include "core/domain/user.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace inventory {

class ClientSession;

// This till's enrolment and its PIN sign-in (API.md "Terminals and staff"). A manager signed
// in on the till enrols it for a store; the till's id and secret are kept in the profile,
// which LocalCache makes private to its owner (the system keyring is not used: a till is a
// shop's shared machine, often without a desktop session to unlock one, and the profile
// already holds the session's token). Staff then unlock it with their PIN.
class TillDesk
{
    Q_DECLARE_TR_FUNCTIONS(TillDesk)

public:
    // The answers come after this object may be gone: it keeps nothing but the session.
    explicit TillDesk(ClientSession &session);

    using Credentials = TillCredentials;
    // The profile's, or nullopt when this till is not enrolled.
    Result<std::optional<Credentials>> credentials();

    // Needs a manager of the store (or an admin) signed in; done gets the till as the server
    // answered it, without its secret, which only the profile keeps.
    void enrol(const QString &deviceId, const QString &storeId, const QString &name,
               std::function<void(Result<QJsonObject>)> done);
    // A PIN sign-in at this till: the person becomes the session's user (ClientSession::adopt).
    void unlock(const QString &username, const QString &pin,
                std::function<void(Result<User>)> done);

private:
    ClientSession &m_session;
};

} // namespace inventory
