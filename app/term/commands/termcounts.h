#pragma once

#include "app/term/termoutput.h"
#include "core/client/counts/countdesk.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

class TermReports;

// Count sessions from the terminal (API.md "Count sessions"):
//   counts open full|shelf|category NAME|random N|PRODUCT… [blind]   (managers)
//   counts enter ID PRODUCT QTY        this till's count of a product (works offline)
//   counts review ID | apply ID [zero-uncounted] | cancel ID          (managers)
//   counts list | show ID
class TermCounts : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermCounts(ClientSession &session, TermOutput &out, TermReports &reports,
               QObject *parent = nullptr);

    void run(const QStringList &args, const Done &done);

private:
    void step(const QStringList &args, const Done &done);
    void open(const QStringList &words, const Done &done);
    void enter(const QStringList &args, const Done &done);
    void list(const Done &done);
    QString productName(const QString &productId);
    // Prints a count (its lines when it has them).
    CountDesk::Done shown(const QString &heading, const Done &done);
    CountDesk::Done reviewed(const Done &done);

    ClientSession &m_session;
    TermOutput &m_out;
    TermReports &m_reports;
    CountDesk m_desk;
};

} // namespace inventory::term
