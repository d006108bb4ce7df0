#pragma once

#include "core/client/clientsession.h"
#include "httpclient.h"
#include "serverprocess.h"
#include "ui/window/mainwindow.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

namespace inventory::test {

// A real demo server, and a POS main window signed in to it on a fresh profile, live.
class PosFixture
{
public:
    bool startServer();
    // Uses the server another fixture started (two tills of one chain).
    void shareServer(const PosFixture &other);
    // Signs in (a fresh profile each time), opens the window at 1024×600 and waits until live.
    bool openWindow(const QString &user);
    void closeWindow();
    qint64 serverQuantity(const QString &product, const QString &store = QStringLiteral("MAD-001"));
    // A transfer as the server has it (read by the admin).
    QJsonObject serverTransfer(const QString &transferId);
    // Waits until the window's Transfers tab lists the transfer, and selects it.
    bool selectTransfer(const QString &transferId);
    // What the window's toast says last.
    QString toastText();

    ServerProcess &server() { return *m_server; }
    HttpClient &http() { return m_http; }
    QByteArray adminToken() const { return m_admin; }
    ClientSession &session() { return *m_session; }
    ui::MainWindow &window() { return *m_window; }
    QString profilePath() const { return m_profilePath; }

private:
    std::shared_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QByteArray m_admin;
    QTemporaryDir m_profiles;
    QString m_profilePath;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_count = 0;
};

} // namespace inventory::test
