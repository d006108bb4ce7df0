#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

// This terminal as an enrolled till (API.md "Terminals and staff"): `till enrol ID NAME`
// enrols it for --store (a manager of it or an admin signed in), `till staff` fetches who may
// unlock it and keeps their PINs' hashes in the profile for unlocking offline, `till show`
// says what the profile holds. The secret never leaves the profile.
class TermTill : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int)>;

    TermTill(ClientSession &session, TermOutput &out, QObject *parent = nullptr);

    void run(const QStringList &args, const Done &done);

private:
    void enrol(const QString &deviceId, const QString &name, const Done &done);
    void staff(const Done &done);
    void show(const Done &done);

    ClientSession &m_session;
    TermOutput &m_out;
};

} // namespace inventory::term
