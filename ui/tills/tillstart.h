#pragma once

#include <QString>
#include <memory>

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class MainWindow;

// How the POS starts on a machine whose till is enrolled (EnrolTillDialog::tillProfile): on
// the till's profile, its saved person and token back whether the token has expired or not,
// and the window locked at once, so that only a PIN (checked against the till's copy of its
// staff while the server cannot be reached) says who works at it.
class TillStart
{
public:
    // The till's session, or nullptr when this machine has no enrolled till (or its profile
    // cannot be read: the sign-in dialog then takes over). servers overrides the ones kept at
    // enrolment when not empty (comma separated).
    static std::unique_ptr<ClientSession> resume(const QString &servers);
    // The window on that session, locked.
    static std::unique_ptr<MainWindow> openLocked(ClientSession &session);
};

} // namespace inventory::ui
