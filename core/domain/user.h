#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace inventory {

enum class Role { Clerk, Manager, Admin };

struct User
{
    QString id;
    Role role = Role::Clerk;
    QStringList storeIds;
    // The till a PIN sign-in was made at (its token names it); empty for a password's.
    QString deviceId = {};
    // When the account was disabled (it signs in no more, and its tokens are refused); an
    // enrolled till's queue is still accepted for what the person did before that.
    std::optional<qint64> disabledAtMs = {};

    // Clerks and managers write only in their stores; admins everywhere (API.md roles).
    bool canWriteStore(const QString &storeId) const;
    bool canCreateProducts() const { return role != Role::Clerk; }

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
};

} // namespace inventory
