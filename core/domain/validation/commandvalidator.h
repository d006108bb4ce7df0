#pragma once

#include "core/domain/error.h"

#include <optional>

namespace inventory {

struct Command;

// Every limit of API.md for a Command, per kind. Apart from Command so that the command keeps
// only its shape and factories; Command::validate() asks this class.
class CommandValidator
{
public:
    static std::optional<Error> validate(const Command &command);

private:
    static std::optional<Error> validateTicket(const Command &command);
    static std::optional<Error> validateTransfer(const Command &command);
    static std::optional<Error> validateCount(const Command &command);
};

} // namespace inventory
