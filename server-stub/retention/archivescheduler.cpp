#include "server-stub/retention/archivescheduler.h"

#include "core/engine/history/eventarchive.h"
#include "core/storage/dbconnection.h"
#include "server-stub/serverlog.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
constexpr int kDayMs = 24 * 3600 * 1000;
} // namespace

ArchiveScheduler::ArchiveScheduler(Settings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runNow();
        m_timer.start(kDayMs);
    });
}

ArchiveScheduler::~ArchiveScheduler()
{
    if (m_worker.joinable())
        m_worker.join();
}

void ArchiveScheduler::start()
{
    qCInfo(lcServer).noquote() << u"events older than %1 day(s) are archived to %2 once a day"_s
                                      .arg(m_settings.retentionDays)
                                      .arg(m_settings.folder);
    m_timer.start(m_settings.firstRunMs);
}

bool ArchiveScheduler::runNow()
{
    if (m_running.exchange(true))
        return false;
    if (m_worker.joinable())
        m_worker.join();
    const qint64 now = m_clock.nowMs();
    const qint64 before = now - qint64(m_settings.retentionDays) * kDayMs;
    // A name of its own for every run: an archive is never overwritten, and files that overlap
    // (a run that stopped after writing) replay the same events, skipped by seq.
    const QString path
        = QDir(m_settings.folder)
              .filePath(u"events-before-%1-at-%2.jsonl"_s.arg(
                  QDateTime::fromMSecsSinceEpoch(before, Qt::UTC).toString(u"yyyy-MM-dd"_s),
                  QString::number(now / 1000)));
    m_worker = std::thread([this, before, path] { run(before, path); });
    return true;
}

void ArchiveScheduler::run(qint64 beforeMs, const QString &path)
{
    QString problem;
    EventArchive::Summary summary;
    if (!QDir().mkpath(m_settings.folder)) {
        problem = u"cannot create the archive folder %1"_s.arg(m_settings.folder);
    } else if (auto db = DbConnection::open(m_settings.database, SchemaMigrator::Schema::Server);
               !db) {
        problem = db.error().message();
    } else if (auto done = EventArchive(*db.value()).archive(beforeMs, path); !done) {
        problem = done.error().message();
    } else {
        summary = done.value();
    }
    QMetaObject::invokeMethod(
        this,
        [this, problem, summary, path] {
            m_running = false;
            if (!problem.isEmpty()) {
                qCWarning(lcServer).noquote() << u"archiving old events failed:"_s << problem;
                emit failed(problem);
                return;
            }
            if (summary.events > 0)
                qCInfo(lcServer).noquote()
                    << u"archived %1 event(s) through seq %2 into %3"_s.arg(summary.events)
                           .arg(summary.throughSeq)
                           .arg(path);
            emit archived(summary.events, summary.throughSeq, path);
        },
        Qt::QueuedConnection);
}

} // namespace inventory::server
