#include "commandoutcome.h"

#include <QJsonDocument>

namespace inventory {

CommandOutcome CommandOutcome::failure(const Error &error)
{
    return { error.httpStatus(), error.toJson(), false, error, {} };
}

QJsonObject CommandOutcome::bodyObject() const
{
    return body.isEmpty() && !encodedBody.isEmpty() ? QJsonDocument::fromJson(encodedBody).object()
                                                    : body;
}

QByteArray CommandOutcome::bodyText() const
{
    return encodedBody.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : encodedBody;
}

} // namespace inventory
