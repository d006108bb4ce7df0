#pragma once

#include "core/domain/transfers/transfer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

// What a transfer slip says (issue 26), from a shipped transfer and the till's cache (store and
// product names): the slip goes in the box, and the destination scans its QR code (the
// transfer number) to receive. TransferSlipPrinter lays it out and prints it.
struct TransferSlip
{
    Q_DECLARE_TR_FUNCTIONS(inventory::ui::TransferSlip)

public:
    struct Line
    {
        QString name;
        QString sku;
        qint64 quantity = 0;
    };

    QString transferId;
    QString from; // "Barcelona Plaza Catalunya (BCN-001)"
    QString to;
    QString shippedBy;
    qint64 shippedAtMs = 0;
    QString note;
    QList<Line> lines;

    static TransferSlip fromTransfer(const Transfer &transfer, LocalCache &cache);
    qint64 units() const;
    // Every line of text the slip prints, top to bottom (tests and the screen reader read it).
    QStringList textLines() const;
    // The slip as rich text for QTextDocument; the QR code is the image named by qrName().
    QString html() const;
    static QString qrName();
};

} // namespace inventory::ui
