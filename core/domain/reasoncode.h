#pragma once

#include "core/domain/command.h"

#include <QList>
#include <QString>

namespace inventory {

// Why stock changed (API.md "Reasons"): a code a report can group by, not free text (that
// goes in a note). The built-in codes are fixed; admins add their own (ReasonBook).
struct ReasonCode
{
    QString code;
    QString label; // English; the clients show their own translation of built-in codes
    QString direction; // "in", "out" or "set"
    bool builtIn = false;

    static const QList<ReasonCode> &builtInCodes();
    static bool isBuiltIn(const QString &code);
    static bool isDirection(const QString &direction);
    // What a stock write without a reason stands for: add → received, subtract → correction,
    // set → count.
    static QString defaultFor(CommandKind kind, qint64 delta);
    // A code of 1..32 characters of [a-z0-9_].
    static bool isWellFormed(const QString &code);

    static constexpr int MaxNoteLength = 500;
};

} // namespace inventory
