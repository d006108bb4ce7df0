#pragma once

#include "core/domain/command.h"
#include "testdatabase.h"

#include <memory>

namespace inventory::test {

// The engine's transfer suites' database: 10 P1 and 10 P2 at S1, and the transfer commands
// they execute on it.
class TransferFixture
{
protected:
    // A fresh database with the units at S1 (before each test).
    void createDatabase();
    // Fails the test if the database breaks one of its invariants.
    void checkInvariants();

    // A request of p1 units of P1 (and p2 of P2) from S1 to S2, by a manager.
    static Command request(const QString &id, qint64 p1, qint64 p2 = 0);
    // A step of a transfer (ship, receive, close, cancel), by a clerk.
    static Command step(CommandKind kind, const QString &id, QList<TransferLine> lines = {});

    std::unique_ptr<TestDatabase> m_db;
};

} // namespace inventory::test
