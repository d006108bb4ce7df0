#pragma once

#include "core/domain/error.h"
#include "core/protocol/event.h"
#include "core/protocol/json/jsonbody.h"

#include <QJsonObject>
#include <optional>

namespace inventory {

// The reply to one command, shaped as the HTTP response API.md prescribes.
struct CommandOutcome
{
    int status = 200;
    // Text when the command wrote it as text, when it is a replay (the text first sent), or
    // when the writer encoded it on its thread (GroupCommitWriter's Replies::Encoded), so that
    // the event loop only sends it.
    JsonBody body;
    bool replayed = false;
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
    static CommandOutcome failure(const Error &error);
};

// What one command did: the HTTP-shaped reply and the events it appended.
struct Applied
{
    int status = 200;
    // Text when the command wrote it as text (see CommandOutcome).
    JsonBody body;
    QList<Event> events;
    // The answer to something already done (a ticket or return sent again by its id).
    bool replayed = false;
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
