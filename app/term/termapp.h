#pragma once

#include "app/term/termoptions.h"
#include "app/term/termoutput.h"
#include "app/term/termreports.h"
#include "core/client/clientsession.h"

#include <QObject>
#include <functional>
#include <memory>

namespace inventory::term {

// One inventory-term session on a ClientSession (the same sign-in, cache, queue and sync as
// the POS): the commands of DESIGN.md. Each command ends by calling done(exit code).
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
    std::optional<Product> findProduct(const QString &text);

    void login(const Done &done);
    void change(const QString &operation, const QStringList &args, const Done &done);
    void reserve(const QStringList &args, const Done &done);
    void finish(const QString &kind, const QString &id, const Done &done);
    void sync(const Done &done);
    // Pushes the operation just queued and reports its own result.
    void submit(const Result<PendingOperation> &queued, const Done &done);
    void reportDone(const PendingOperation &op);

    TermOptions m_options;
    TermOutput m_out;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<TermReports> m_reports;
};

} // namespace inventory::term
