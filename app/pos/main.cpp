#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "ui/session/languagesetup.h"
#include "ui/session/logindialog.h"
#include "ui/session/settingsdialog.h"
#include "ui/tills/enroltilldialog.h"
#include "ui/tills/tillstart.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace inventory;

namespace {
QString profilePath(const QString &dir, const QString &user)
{
    const QString base
        = dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
    return QDir(base).filePath(user + u".db"_s);
}
} // namespace

int main(int argc, char *argv[])
{
    // --version must answer without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("inventory-pos %s\n", INVENTORY_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"inventory"_s);
    QApplication::setApplicationName(u"inventory-pos"_s);
    QApplication::setApplicationVersion(QStringLiteral(INVENTORY_VERSION));
    QApplication::setDesktopFileName(u"inventory-pos"_s);
    QLoggingCategory::setFilterRules(u"inventory.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Point-of-sale client of the inventory system."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, QApplication::translate("main", "Server URL(s), comma separated."), u"URL"_s);
    const QCommandLineOption user(u"user"_s,
                                  QApplication::translate("main", "Sign in as this user."), u"U"_s);
    const QCommandLineOption password(
        u"password"_s, QApplication::translate("main", "Password for --user."), u"P"_s);
    const QCommandLineOption profile(
        u"profile"_s, QApplication::translate("main", "Folder for the local cache and queue."),
        u"DIR"_s);
    const QCommandLineOption lang(u"lang"_s, QApplication::translate("main", "Language: es or en."),
                                  u"LANG"_s);
    parser.addOptions({ server, user, password, profile, lang });
    parser.process(app);

    ui::LanguageSetup::apply(parser.isSet(lang) ? parser.value(lang)
                                                : ui::SettingsDialog::language());
    ui::SettingsDialog::applyFontSize();

    ui::LoginDialog login;
    if (parser.isSet(server))
        login.setServers(parser.value(server));
    std::unique_ptr<ClientSession> session;
    std::unique_ptr<ui::MainWindow> window;
    auto openWindow = [&](bool offline) {
        const QStringList stores = session->user().storeIds;
        // An enrolled till works for its own store; others ask when the person has several.
        const bool till = !ui::EnrolTillDialog::tillProfile().isEmpty()
            && session->profilePath() == ui::EnrolTillDialog::tillProfile();
        if (stores.size() > 1 && !till) {
            bool ok = false;
            const QString chosen = QInputDialog::getItem(
                nullptr, QApplication::translate("main", "Store"),
                QApplication::translate("main", "Store for this terminal:"), stores, 0, false, &ok);
            if (ok)
                session->setStoreId(chosen);
        }
        window = std::make_unique<ui::MainWindow>(*session);
        login.hide();
        window->show();
        if (offline)
            window->statusBar()->showMessage(
                QApplication::translate("main", "Offline: using the saved session until %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(session->tokenExpiresAtMs()).toString()));
        session->startSync();
    };
    auto signIn = [&](const QList<QUrl> &servers, const QString &name, const QString &pass,
                      std::function<void(Error)> failed) {
        session = std::make_unique<ClientSession>(profilePath(parser.value(profile), name));
        if (Status s = session->open(); !s)
            return failed(s.error());
        session->signIn(servers, name, pass, [&, failed](Result<User> result, bool offline) {
            if (!result)
                return failed(result.error());
            openWindow(offline);
        });
    };

    auto showLogin = [&](const Error &error) {
        login.setBusy(false);
        const bool credentials = error.code() == ErrorCode::Unauthenticated
            || error.code() == ErrorCode::ValidationFailed;
        login.showError(credentials ? QApplication::translate("main", "Wrong user or password.")
                            : error.code() == ErrorCode::Unavailable ? error.message()
                                                                     : ErrorText::describe(error),
                        credentials ? ui::LoginDialog::Problem::Credentials
                                    : ui::LoginDialog::Problem::Server);
        login.show();
    };
    QObject::connect(&login, &ui::LoginDialog::signInRequested, &login, [&] {
        login.setBusy(true);
        signIn(login.servers(), login.user(), login.password(), showLogin);
    });
    // This machine's enrolled till starts locked: only a PIN says who works at it.
    if (!parser.isSet(user)) {
        if ((session = ui::TillStart::resume(parser.value(server)))) {
            window = ui::TillStart::openLocked(*session);
            window->show();
            session->startSync();
            return app.exec();
        }
    }
    if (parser.isSet(user)) {
        QList<QUrl> servers;
        for (const QString &s : parser.value(server).split(u',', Qt::SkipEmptyParts))
            servers << QUrl::fromUserInput(s.trimmed());
        if (servers.isEmpty())
            servers << QUrl(u"http://127.0.0.1:8080"_s);
        signIn(servers, parser.value(user), parser.value(password), showLogin);
    } else {
        login.show();
    }
    return app.exec();
}
