#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace inventory {

// What a person reads for a server's error: a translated sentence built from the error's code
// and details (INSUFFICIENT_STOCK → "Only 2 units are available"), the same in every client.
// The code and the server's English message stay for the log.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // From an error object as the API sends it: {"code", "message", "details"}.
    static QString describe(const QJsonObject &error);
    static QString describe(const Error &error);
    static QString describe(const QString &code, const QJsonObject &details,
                            const QString &message);
};

} // namespace inventory
