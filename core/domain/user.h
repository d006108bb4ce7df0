#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace inventory {

enum class Role { Clerk, Manager, Admin };

struct User
{
    QString id;
    Role role = Role::Clerk;
    QStringList storeIds;

    // Clerks and managers write only in their stores; admins everywhere (API.md roles).
    bool canWriteStore(const QString &storeId) const;
    bool canCreateProducts() const { return role != Role::Clerk; }

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
};

} // namespace inventory
