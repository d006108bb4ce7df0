#include "server-stub/operatorcommands.h"

#include "core/domain/clock.h"
#include "core/domain/timestamp.h"
#include "core/engine/admin/databasebackup.h"
#include "core/engine/admin/devicestore.h"
#include "core/engine/admin/productimporter.h"
#include "core/engine/admin/storeregistry.h"
#include "core/engine/admin/userstore.h"
#include "core/engine/history/eventarchive.h"
#include "core/engine/inventoryengine.h"
#include "core/engine/inventoryqueries.h"
#include "core/engine/readmodel.h"
#include "core/engine/tickets/ticketchain.h"
#include "core/protocol/levels/levelcsv.h"
#include "core/storage/dbconnection.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace inventory::server {

namespace {
void out(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
}

int fail(const QString &text, int code = 1)
{
    std::fprintf(stderr, "inventory-server: %s\n", qPrintable(text));
    return code;
}
} // namespace

OperatorCommands::OperatorCommands(const ServerConfig &config)
    : m_config(config)
{
}

QString OperatorCommands::randomPassword()
{
    const QString alphabet = u"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 16; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return password;
}

int OperatorCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command == u"user"_s)
        return user(arguments.mid(1));
    if (command == u"store"_s)
        return store(arguments.mid(1));
    if (command == u"device"_s)
        return device(arguments.mid(1));
    if (command == u"import"_s && arguments.value(1) == u"products"_s && arguments.size() == 3)
        return importProducts(arguments.at(2));
    if (command == u"levels"_s && arguments.value(1) == u"import"_s && arguments.size() == 3)
        return importLevels(arguments.at(2));
    if (command == u"levels"_s && arguments.value(1) == u"export"_s
        && (arguments.size() == 3 || arguments.size() == 4))
        return exportLevels(arguments.at(2), arguments.value(3));
    if (command == u"backup"_s && arguments.size() == 2)
        return backup(arguments.at(1));
    if (command == u"verify-tickets"_s && arguments.size() == 1)
        return verifyTickets();
    if (command == u"archive-events"_s && arguments.size() == 1)
        return archiveEvents();
    return fail(u"unknown subcommand '%1' (see --help)"_s.arg(arguments.join(u' ')), 2);
}

int OperatorCommands::archiveEvents()
{
    const QDate before = QDate::fromString(m_config.archiveBefore, Qt::ISODate);
    if (!before.isValid() || m_config.archiveTo.isEmpty())
        return fail(u"archive-events needs --before YYYY-MM-DD and --to FILE"_s, 2);
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    qint64 shown = -1;
    auto summary = EventArchive(*db.value())
                       .archive(before.startOfDay(Qt::UTC).toMSecsSinceEpoch(), m_config.archiveTo,
                                [&shown](qint64 done, qint64 total) {
                                    const qint64 percent = total > 0 ? done * 100 / total : 100;
                                    if (percent / 10 != shown / 10)
                                        std::fprintf(stderr, "archiving: %lld %%\n",
                                                     static_cast<long long>(percent));
                                    shown = percent;
                                });
    if (!summary)
        return fail(summary.error().message());
    if (summary->events == 0) {
        out(u"no events before %1 that are not archived already"_s.arg(m_config.archiveBefore));
        return 0;
    }
    out(u"archived %1 event(s), seq %2 to %3, into %4"_s.arg(summary->events)
            .arg(summary->fromSeq)
            .arg(summary->throughSeq)
            .arg(m_config.archiveTo));
    return 0;
}

int OperatorCommands::verifyTickets()
{
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    auto report = TicketChain(*db.value()).verify();
    if (!report)
        return fail(report.error().message());
    bool intact = true;
    for (const TicketChain::TillReport &till : report.value()) {
        out(u"%1\t%2 ticket(s)\t%3"_s.arg(till.tillKey)
                .arg(till.tickets)
                .arg(till.problems.isEmpty()
                         ? u"intact, last hash %1"_s.arg(QString::fromLatin1(till.head))
                         : u"BROKEN"_s));
        for (const QString &problem : till.problems)
            std::fprintf(stderr, "  %s\n", qPrintable(problem));
        intact = intact && till.problems.isEmpty();
    }
    if (report->isEmpty())
        out(u"no tickets"_s);
    return intact ? 0 : 1;
}

int OperatorCommands::user(const QStringList &args)
{
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    SystemClock clock;
    UserStore users(*db.value(), clock);
    const QString action = args.value(0);
    if (action == u"list"_s && args.size() == 1) {
        auto list = users.list();
        if (!list)
            return fail(list.error().message());
        for (const User &u : list.value())
            out(u"%1\t%2\t%3%4"_s.arg(u.id, User::roleName(u.role), u.storeIds.join(u','),
                                      u.disabledAtMs ? u"\tdisabled"_s : QString()));
        return 0;
    }
    if ((action == u"disable"_s || action == u"enable"_s) && args.size() == 2) {
        if (Status s = users.setAccess(args.at(1),
                                       action == u"disable"_s ? UserStore::Access::Disabled
                                                              : UserStore::Access::Enabled);
            !s)
            return fail(s.error().message());
        out(u"user %1: %2d"_s.arg(args.at(1), action));
        return 0;
    }
    if ((action != u"add"_s && action != u"passwd"_s) || args.size() != 2)
        return fail(u"usage: user add NAME --role R [--stores A,B] [--password P] | user passwd"
                    " NAME [--password P] | user disable NAME | user enable NAME | user list"_s,
                    2);
    const QString password = m_config.password.isEmpty() ? randomPassword() : m_config.password;
    Status done;
    if (action == u"add"_s) {
        const auto role = User::roleFromName(m_config.role);
        if (!role)
            return fail(u"--role must be clerk, manager or admin"_s, 2);
        const QStringList storeIds = m_config.stores.split(u',', Qt::SkipEmptyParts);
        if (*role != Role::Admin && storeIds.isEmpty())
            return fail(u"a clerk or manager needs --stores"_s, 2);
        done = users.add({ args.at(1), *role, storeIds }, password);
    } else {
        done = users.setPassword(args.at(1), password);
    }
    if (!done)
        return fail(done.error().message());
    out(m_config.password.isEmpty() ? u"user %1: password %2"_s.arg(args.at(1), password)
                                    : u"user %1: done"_s.arg(args.at(1)));
    return 0;
}

int OperatorCommands::device(const QStringList &args)
{
    const QString action = args.value(0);
    const bool listing = action == u"list"_s && args.size() == 1;
    if (!listing && !(action == u"revoke"_s && args.size() == 2))
        return fail(u"usage: device list | device revoke ID"_s, 2);
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    SystemClock clock;
    DeviceStore devices(*db.value(), clock);
    if (!listing) {
        // A running server learns of it within a second (AccessRevocations).
        auto revoked = devices.revoke(args.at(1));
        if (!revoked)
            return fail(revoked.error().message());
        out(u"till %1 (%2): revoked %3"_s.arg(revoked->id, revoked->storeId,
                                              timestamp::format(*revoked->revokedAtMs)));
        return 0;
    }
    auto list = devices.list();
    if (!list)
        return fail(list.error().message());
    for (const Device &d : list.value())
        out(u"%1\t%2\t%3\tenrolled %4 by %5\t%6"_s.arg(
            d.id, d.storeId, d.name, timestamp::format(d.enrolledAtMs), d.enrolledBy,
            d.revokedAtMs ? u"revoked %1"_s.arg(timestamp::format(*d.revokedAtMs)) : u"active"_s));
    if (list->isEmpty())
        out(u"no tills enrolled"_s);
    return 0;
}

int OperatorCommands::store(const QStringList &args)
{
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    StoreRegistry stores(*db.value());
    if (args.value(0) == u"list"_s && args.size() == 1) {
        auto list = stores.list();
        if (!list)
            return fail(list.error().message());
        for (const Store &s : list.value())
            out(u"%1\t%2\t%3"_s.arg(s.id, s.name, s.city));
        return 0;
    }
    if (args.value(0) != u"add"_s || args.size() < 3 || args.size() > 4)
        return fail(u"usage: store add ID NAME [CITY] | store list"_s, 2);
    if (Status s = stores.add({ args.at(1), args.at(2), args.value(3) }); !s)
        return fail(s.error().message());
    out(u"store %1 added"_s.arg(args.at(1)));
    return 0;
}

int OperatorCommands::importProducts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    SystemClock clock;
    InventoryEngine engine(*db.value(), clock);
    auto imported = ProductImporter(engine).importCsv(QString::fromUtf8(file.readAll()));
    if (!imported) {
        for (const QJsonValue &e : imported.error().details().value(u"errors"_s).toArray())
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(e.toString()));
        return fail(imported.error().message());
    }
    out(u"imported %1 products from %2"_s.arg(imported.value()).arg(path));
    return 0;
}

int OperatorCommands::importLevels(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    InventoryQueries queries(*db.value());
    ReadModel model;
    if (Status s = model.load(queries); !s)
        return fail(s.error().message());
    auto commands = LevelCsv::parse(
        QString::fromUtf8(file.readAll()), {},
        [&](const QString &code) -> std::optional<QString> {
            const auto product = model.product(code);
            return product ? std::optional<QString>(product->id) : std::nullopt;
        },
        [&](const QString &store) { return model.hasStore(store); });
    if (!commands) {
        for (const QJsonValue &e : commands.error().details().value(u"errors"_s).toArray())
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(e.toString()));
        return fail(commands.error().message());
    }
    QList<Command> list = commands.value();
    for (Command &command : list)
        command.actor = u"import"_s;
    SystemClock clock;
    InventoryEngine engine(*db.value(), clock);
    auto applied = engine.applyAllOrNothing(list);
    if (!applied)
        return fail(applied.error().message());
    if (applied.value() >= 0)
        return fail(u"nothing was imported: the levels of %1 at %2 could not be set"_s.arg(
            list.at(applied.value()).productId, list.at(applied.value()).storeId));
    out(u"set the levels of %1 product(s) from %2"_s.arg(list.size()).arg(path));
    return 0;
}

int OperatorCommands::exportLevels(const QString &storeId, const QString &path)
{
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    InventoryQueries queries(*db.value());
    ReadModel model;
    if (Status s = model.load(queries); !s)
        return fail(s.error().message());
    if (!model.hasStore(storeId))
        return fail(u"there is no store '%1'"_s.arg(storeId));
    QList<LevelCsv::Line> lines;
    for (const Product &p : model.products()) {
        const StockRow row = model.availability(p.id, storeId).value(0);
        lines.append({ storeId, p.id, p.sku, p.name, row.minLevel, row.targetLevel });
    }
    const QByteArray csv = LevelCsv::write(lines);
    if (path.isEmpty()) {
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        return 0;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    out(u"wrote the levels of %1 product(s) at %2 to %3"_s.arg(lines.size()).arg(storeId, path));
    return 0;
}

int OperatorCommands::backup(const QString &path)
{
    auto db = DbConnection::open(m_config.database, SchemaMigrator::Schema::Server);
    if (!db)
        return fail(db.error().message());
    auto copied = DatabaseBackup::backupTo(*db.value(), path);
    if (!copied)
        return fail(copied.error().message());
    out(u"backup written to %1 (up to event %2, invariants checked)"_s.arg(path).arg(
        copied.value()));
    return 0;
}

} // namespace inventory::server
