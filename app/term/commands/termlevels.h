#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

class TermReports;

// Reorder levels from the terminal: `levels PRODUCT MIN TARGET` sets them at --store
// (managers and admins), `replenishment` lists the store's products below their minimum with
// the need and a store to take units from. Both need the server.
class TermLevels : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermLevels(ClientSession &session, TermOutput &out, TermReports &reports,
               QObject *parent = nullptr);

    void set(const QStringList &args, const Done &done);
    void replenishment(const Done &done);

private:
    void apply(const QString &product, qint64 minLevel, qint64 targetLevel, const Done &done);

    ClientSession &m_session;
    TermOutput &m_out;
    TermReports &m_reports;
};

} // namespace inventory::term
