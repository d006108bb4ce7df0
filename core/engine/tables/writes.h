#pragma once

namespace inventory {

// How the writer's tables write inside a batch. Writes::Deferred (PostgreSQL only) keeps
// rows in memory and writes each table's rows at the end in one statement, whatever the
// batch's size: a statement per row cost a round trip per row, and with it PostgreSQL mode
// was slower than a client running the same transaction itself (docs/ARCHITECTURE.md).
enum class Writes { Immediate, Deferred };

} // namespace inventory
