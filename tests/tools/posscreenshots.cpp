// Renders the POS main screens against a running demo server to PNG files, for the docs:
//   posscreenshots SERVER_URL OUTPUT_DIR [LANG]     (scripts/screenshots.sh runs it)
#include "core/client/clientsession.h"
#include "ui/mainwindow.h"
#include "ui/matrixpanel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace inventory;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: posscreenshots SERVER_URL OUTPUT_DIR [es|en]\n");
        return 2;
    }
    QTranslator translator;
    if (argc > 3
        && translator.load(u":/i18n/inventory_%1.qm"_s.arg(QString::fromLocal8Bit(argv[3]))))
        QApplication::installTranslator(&translator);
    QTemporaryDir profile;
    ClientSession session(profile.filePath(u"manager.db"_s));
    if (!session.open())
        return 1;
    bool ready = false;
    session.signIn({ QUrl(QString::fromLocal8Bit(argv[1])) }, u"manager-mad"_s, u"demo"_s,
                   [&](Result<User> user, bool) { ready = user.ok(); });
    if (!QTest::qWaitFor([&] { return ready; }, 10'000))
        return 1;
    ui::MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    session.startSync();
    if (!QTest::qWaitFor([&] { return session.sync().state() == SyncEngine::State::Live; }, 15'000))
        qWarning(
            "the POS did not reach the live state in 15 s; the screenshots may show it syncing");
    window.findChild<QLineEdit *>(u"search"_s)->setText(u"Teclado"_s);
    window.selectProduct(u"PROD-003"_s);
    const QString prefix = argc > 3 ? QString::fromLocal8Bit(argv[3]) + u'-' : QString();
    const QDir out(QString::fromLocal8Bit(argv[2]));
    auto shoot = [&](const QString &name) {
        QTest::qWait(300);
        window.grab().save(out.filePath(prefix + name + u".png"_s));
    };
    auto *tabs = window.findChild<QTabWidget *>();
    shoot(u"pos-availability"_s);
    session.reserve(u"PROD-003"_s, 2, u"web-4711"_s, 900);
    tabs->setCurrentIndex(1);
    QTest::qWait(800);
    shoot(u"pos-reservations"_s);
    tabs->setCurrentIndex(3);
    shoot(u"pos-activity"_s);
    tabs->setCurrentIndex(4);
    window.findChild<ui::MatrixPanel *>()->refresh();
    shoot(u"pos-matrix"_s);
    return 0;
}
