// LogWriteback: a log that is a regular file has its writeback started chunk by chunk as it
// is written; a pipe or socket is left alone; the lines themselves are untouched.
#include "server-stub/logging/logwriteback.h"

#include <QTemporaryFile>
#include <QtTest>
#include <unistd.h>

using namespace inventory::server;

class TestLogWriteback : public QObject
{
    Q_OBJECT

private slots:
    void aFileIsWrittenBackByChunks_data();
    void aFileIsWrittenBackByChunks();
    void aPipeIsLeftAlone();
};

void TestLogWriteback::aFileIsWrittenBackByChunks_data()
{
    QTest::addColumn<int>("lineBytes");
    QTest::addColumn<int>("lines");
    QTest::addColumn<qint64>("chunkBytes");
    QTest::addColumn<int>("started");
    QTest::newRow("below one chunk") << 100 << 40 << qint64(4096) << 0;
    QTest::newRow("two chunks and a part") << 1000 << 11 << qint64(4096) << 2;
    QTest::newRow("a line larger than a chunk") << 10000 << 3 << qint64(4096) << 3;
    QTest::newRow("the default chunk") << 4096 << 200 << LogWriteback::DefaultChunkBytes << 3;
}

void TestLogWriteback::aFileIsWrittenBackByChunks()
{
    QFETCH(int, lineBytes);
    QFETCH(int, lines);
    QFETCH(qint64, chunkBytes);
    QFETCH(int, started);
    QTemporaryFile file;
    QVERIFY(file.open());
    const int fd = int(file.handle());
    LogWriteback writeback(fd, chunkBytes);
    QVERIFY(writeback.active());
    const QByteArray line(lineBytes, 'x');
    for (int i = 0; i < lines; ++i) {
        QCOMPARE(::write(fd, line.constData(), size_t(line.size())), ssize_t(line.size()));
        writeback.wrote(line.size());
    }
    QCOMPARE(writeback.started(), started);
    QVERIFY(writeback.active());
    QFile reread(file.fileName());
    QVERIFY(reread.open(QIODevice::ReadOnly));
    QCOMPARE(reread.readAll(), line.repeated(lines));
}

void TestLogWriteback::aPipeIsLeftAlone()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    LogWriteback writeback(fds[1], 16);
    QVERIFY(!writeback.active());
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(::write(fds[1], "0123456789", 10), ssize_t(10));
        writeback.wrote(10);
    }
    QCOMPARE(writeback.started(), 0);
    char buffer[100];
    QCOMPARE(::read(fds[0], buffer, sizeof buffer), ssize_t(80));
    ::close(fds[0]);
    ::close(fds[1]);
}

QTEST_GUILESS_MAIN(TestLogWriteback)
#include "tst_logwriteback.moc"
