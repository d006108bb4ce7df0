#pragma once

#include "error.h"
#include "event.h"

#include <QJsonObject>
#include <optional>

namespace inventory {

// The reply to one command, shaped as the HTTP response API.md prescribes.
struct CommandOutcome
{
    int status = 200;
    QJsonObject body;
    bool replayed = false;
    std::optional<Error> error;
    // The body as JSON text, when the command wrote it as text (then `body` is empty), when
    // it is a replay (the text first sent), or when the writer encoded it on its thread
    // (GroupCommitWriter's Replies::Encoded), so that the event loop only sends it.
    QByteArray encodedBody;

    bool ok() const { return !error.has_value(); }
    // body, or encodedBody parsed.
    QJsonObject bodyObject() const;
    // encodedBody, or body written as compact JSON text.
    QByteArray bodyText() const;
    static CommandOutcome failure(const Error &error);
};

struct BatchResult
{
    QList<CommandOutcome> outcomes;
    // Every event the batch committed (expiries included), in seq order.
    QList<Event> events;
    // The storage failed: nothing of the batch was committed.
    bool failed = false;
};

} // namespace inventory
