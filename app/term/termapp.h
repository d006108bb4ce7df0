#pragma once

#include "apiclient.h"
#include "clock.h"
#include "localstore.h"
#include "syncengine.h"
#include "termoutput.h"
#include "user.h"

#include <QObject>
#include <functional>
#include <memory>

namespace inventory::term {

enum ExitCode {
    ExitDone = 0,
    ExitRejected = 1,
    ExitUsage = 2,
    ExitCannotAuthenticate = 3,
    ExitQueuedOffline = 10
};

struct TermOptions
{
    QList<QUrl> servers;
    QString user;
    QString password;
    QString token;
    QString profileDir;
    QString store;
    QString customer;
    qint64 ttl = 600;
    std::optional<qint64> expectVersion;
    bool json = false;
};

// One inventory-term session: a profile (local store), the API client and the sync engine,
// and the commands of DESIGN.md. Each command ends by calling done(exit code).
class TermApp : public QObject
{
    Q_OBJECT

public:
    explicit TermApp(TermOptions options, QObject *parent = nullptr);

    // Opens the profile; false (with a message printed) when it cannot be opened.
    bool open();
    void run(const QStringList &command, std::function<void(int)> done);
    static QStringList commandNames();
    static QString usage();

private:
    using Done = std::function<void(int)>;
    void authenticate(std::function<void(bool)> next);
    void refresh(std::function<void(bool online)> next);
    QString currentStore() const;
    std::optional<Product> findProduct(const QString &text);

    void login(const Done &done);
    void stores(const Done &done);
    void products(const QString &query, const Done &done);
    void stock(const QString &product, const Done &done);
    void change(const QString &operation, const QStringList &args, const Done &done);
    void reserve(const QStringList &args, const Done &done);
    void finish(const QString &kind, const QString &id, const Done &done);
    void reservations(const Done &done);
    void pending(const Done &done);
    void sync(const Done &done);
    void watch(const Done &done);
    // Queues the operation, pushes, and reports its own result.
    void submit(const PendingOperation &op, const Done &done);

    TermOptions m_options;
    SystemClock m_clock;
    TermOutput m_out;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    User m_user;
};

} // namespace inventory::term
