#include "core/domain/transfers/transfer.h"

using namespace Qt::StringLiterals;

namespace inventory {

QString Transfer::statusName(TransferStatus status)
{
    switch (status) {
    case TransferStatus::Requested:
        return u"REQUESTED"_s;
    case TransferStatus::InTransit:
        return u"IN_TRANSIT"_s;
    case TransferStatus::PartiallyReceived:
        return u"PARTIALLY_RECEIVED"_s;
    case TransferStatus::Received:
        return u"RECEIVED"_s;
    case TransferStatus::Closed:
        return u"CLOSED"_s;
    case TransferStatus::Cancelled:
        return u"CANCELLED"_s;
    }
    return {};
}

std::optional<TransferStatus> Transfer::statusFrom(const QString &name)
{
    for (TransferStatus s :
         { TransferStatus::Requested, TransferStatus::InTransit, TransferStatus::PartiallyReceived,
           TransferStatus::Received, TransferStatus::Closed, TransferStatus::Cancelled }) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

bool Transfer::isOnTheWay(TransferStatus status)
{
    return status == TransferStatus::InTransit || status == TransferStatus::PartiallyReceived;
}

} // namespace inventory
