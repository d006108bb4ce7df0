#pragma once

#include "core/domain/command.h"

#include <QByteArray>

namespace inventory {

// A digest of what a command does (not who sends it), to tell a replay of an idempotency key
// from its reuse for another command. Stored with each remembered result: its text must never
// change, or results remembered before would no longer match their replays.
QByteArray commandFingerprint(const Command &command);

} // namespace inventory
