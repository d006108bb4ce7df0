#pragma once

#include "app/term/termoutput.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

// `report day [DATE]`: the day report of --store (managers and admins) for a date (today when
// none), from the till's local midnight; --json prints the server's document.
class TermDayReport : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermDayReport(ClientSession &session, TermOutput &out, QObject *parent = nullptr);

    void run(const QStringList &args, const Done &done);

    // The report as text, section by section.
    static QString text(const QJsonObject &day);

private:
    ClientSession &m_session;
    TermOutput &m_out;
};

} // namespace inventory::term
