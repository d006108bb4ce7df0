#pragma once

#include "core/domain/command.h"
#include "core/domain/error.h"
#include "core/domain/transfers/transfer.h"
#include "core/domain/user.h"

#include <optional>

namespace inventory::server {

// Who may take each step of a transfer (API.md "Transfers between stores"), in one place
// for the REST routes and the sync push: a writer of either store (or a manager of it)
// requests or cancels; the origin's writers ship; the destination's writers receive; a
// manager of the destination (or an admin) closes, since closing writes the rest off.
std::optional<Error> checkTransferStep(const User &user, CommandKind step,
                                       const Transfer &transfer);

} // namespace inventory::server
