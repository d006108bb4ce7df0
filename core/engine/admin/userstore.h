#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"

namespace inventory {

class DbConnection;
class Clock;

// Accounts, with passwords only as salted slow hashes.
class UserStore
{
public:
    UserStore(DbConnection &connection, const Clock &clock);

    Status add(const User &user, const QString &password);
    Status setPassword(const QString &userId, const QString &password);
    // A disabled account signs in no more, by password or PIN, and leaves its tills' staff;
    // disabling twice keeps the first time.
    enum class Access { Enabled, Disabled };
    Status setAccess(const QString &userId, Access access);
    Result<QStringList> disabledIds();
    Result<QList<User>> list();
    Result<std::optional<User>> find(const QString &userId);
    // UNAUTHENTICATED for an unknown user and for a wrong password alike.
    Result<User> authenticate(const QString &userId, const QString &password);
    // A personal PIN of 4..8 digits for unlocking tills, kept as a salted slow hash like a
    // password.
    Status setPin(const QString &userId, const QString &pin);
    // UNAUTHENTICATED for an unknown user, a user without a PIN and a wrong PIN alike.
    Result<User> authenticatePin(const QString &userId, const QString &pin);
    static bool isValidPin(const QString &pin);
    // Everyone who may unlock a till of the store (its staff and the admins) and has a PIN,
    // with the PIN's hash, by name: what an enrolled till keeps to unlock offline.
    struct PinHolder
    {
        User user;
        QString pinHash;
    };
    Result<QList<PinHolder>> pinHolders(const QString &storeId);

    static constexpr int MinPasswordLength = 4;

private:
    DbConnection &m_connection;
    const Clock &m_clock;
};

} // namespace inventory
