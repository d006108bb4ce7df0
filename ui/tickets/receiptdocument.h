#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

// What a receipt says, in words and whole cents, taken from a ticket as the server recorded it
// and the till's cache (product and store names): the receipt printer and the PDF draw this.
struct ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    struct Line
    {
        QString name;
        qint64 quantity = 0;
        qint64 unitCents = 0;
    };

    QString storeName;
    QString storeCity;
    QString ticketId;
    QString seller;
    qint64 soldAtMs = 0;
    QList<Line> lines;
    qint64 totalCents = 0;
    QString payment; // in words
    bool offline = false;

    static ReceiptDocument fromTicket(const QJsonObject &ticket, LocalCache &cache);
    // Every line of text the receipt prints, top to bottom (the renderer's layout and the
    // tests read the same).
    QStringList textLines() const;
};

} // namespace inventory::ui
