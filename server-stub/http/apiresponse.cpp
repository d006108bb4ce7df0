#include "server-stub/http/apiresponse.h"

#include "core/protocol/errorjson.h"

#include <QJsonDocument>

namespace inventory::server {

ApiResponse ApiResponse::json(int status, const QJsonObject &body)
{
    return { status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {} };
}

ApiResponse ApiResponse::json(int status, QByteArray body)
{
    return { status, std::move(body), "application/json", {} };
}

ApiResponse ApiResponse::error(const Error &error)
{
    return json(error.httpStatus(), toJson(error));
}

ApiResponse ApiResponse::fromOutcome(const CommandOutcome &outcome)
{
    ApiResponse response = json(outcome.status, outcome.body.text());
    if (outcome.replayed)
        response.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
    return response;
}

} // namespace inventory::server
