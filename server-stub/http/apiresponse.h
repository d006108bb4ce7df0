#pragma once

#include "core/domain/error.h"
#include "core/engine/commandoutcome.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <functional>

namespace inventory::server {

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &body);
    // A body already written as JSON (JsonWriter).
    static ApiResponse json(int status, QByteArray body);
    static ApiResponse error(const Error &error);
    // A command's reply; a replayed one carries Idempotent-Replayed: true.
    static ApiResponse fromOutcome(const CommandOutcome &outcome);
};

// Handlers answer through this exactly once, now or later (after a commit).
using Reply = std::function<void(ApiResponse)>;

} // namespace inventory::server
