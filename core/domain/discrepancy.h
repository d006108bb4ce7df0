#pragma once

#include <QString>
#include <QStringList>

namespace inventory {

// What the books could not cover of an offline sale (API.md "Stock discrepancies"): the
// units sold beyond the available ones, how many of them were not even on the books
// (`unrecorded`: quantity stopped at 0), and the reservations the sale left uncovered.
// A manager of the store resolves it.
struct Discrepancy
{
    QString id;
    QString productId;
    QString storeId;
    qint64 shortBy = 0;
    qint64 unrecorded = 0;
    QString ticketId; // empty for a single offline sale
    QStringList reservationsAtRisk;
    QString actor;
    bool open = true;
    QString resolution; // counted, transferred, released, accepted
    QString note;
    QString resolvedBy;
    qint64 createdAtMs = 0;
    qint64 resolvedAtMs = 0;
    qint64 eventSeq = 0;

    static bool isResolution(const QString &name);
    static constexpr int MaxNoteLength = 500;
    friend bool operator==(const Discrepancy &, const Discrepancy &) = default;
};

} // namespace inventory
