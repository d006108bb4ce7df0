#include "server-stub/api/transfers/transferaccess.h"

using namespace Qt::StringLiterals;

namespace inventory::server {

std::optional<Error> checkTransferStep(const User &user, CommandKind step, const Transfer &transfer)
{
    const bool origin = user.canWriteStore(transfer.fromStoreId);
    const bool destination = user.canWriteStore(transfer.toStoreId);
    bool allowed = false;
    QString who;
    switch (step) {
    case CommandKind::RequestTransfer:
    case CommandKind::CancelTransfer:
        allowed = origin || destination;
        who = u"a writer of either store"_s;
        break;
    case CommandKind::ShipTransfer:
        allowed = origin;
        who = u"a writer of the origin store"_s;
        break;
    case CommandKind::ReceiveTransfer:
        allowed = destination;
        who = u"a writer of the destination store"_s;
        break;
    case CommandKind::CloseTransfer:
        allowed = destination && user.role != Role::Clerk;
        who = u"a manager of the destination store"_s;
        break;
    default:
        break;
    }
    if (allowed)
        return std::nullopt;
    return Error(
        ErrorCode::Forbidden,
        u"only %1 may do this (transfer from %2 to %3)"_s.arg(who, transfer.fromStoreId,
                                                              transfer.toStoreId),
        { { u"fromStoreId"_s, transfer.fromStoreId }, { u"toStoreId"_s, transfer.toStoreId } });
}

} // namespace inventory::server
