#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace inventory::term {

enum ExitCode {
    ExitDone = 0,
    ExitRejected = 1,
    ExitUsage = 2,
    ExitCannotAuthenticate = 3,
    ExitQueuedOffline = 10
};

struct TermOptions
{
    QList<QUrl> servers;
    QString user;
    QString password;
    QString token;
    QString profileDir;
    QString store;
    QString customer;
    qint64 ttl = 600;
    std::optional<qint64> expectVersion;
    bool json = false;
    QString payment; // a ticket's: cash, card or other
    bool today = false; // tickets: only today's
    bool damaged = false; // a return: not sellable again
    QString from; // a transfer request's origin
    QString note;
    QString status; // transfer list: one status
    QString reason; // history: one reason code
    QDate since; // history: from this day on
};

} // namespace inventory::term
