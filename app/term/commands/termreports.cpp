#include "app/term/commands/termreports.h"

#include "app/term/productfinder.h"
#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/text/eventlabel.h"
#include "core/domain/timestamp.h"
#include "core/protocol/productjson.h"
#include "core/protocol/reservationjson.h"
#include "core/protocol/stockrowjson.h"
#include "core/protocol/storejson.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace inventory::term {

namespace {
QString ago(qint64 ms)
{
    if (ms <= 0)
        return QObject::tr("never");
    const qint64 seconds = (QDateTime::currentMSecsSinceEpoch() - ms) / 1000;
    if (seconds < 120)
        return QObject::tr("%n second(s) ago", nullptr, int(seconds));
    return QObject::tr("%n minute(s) ago", nullptr, int(seconds / 60));
}

QStringList rowCells(const StockRow &r)
{
    return { r.storeId,
             QString::number(r.quantity),
             QString::number(r.reserved),
             QString::number(r.available()),
             QString::number(r.version),
             r.updatedAtMs ? timestamp::format(r.updatedAtMs) : u"-"_s };
}
} // namespace

TermReports::TermReports(ClientSession &session, TermOutput &out, const TermOptions &options,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_options(options)
{
}

void TermReports::failed(const Error &error, const Done &done)
{
    m_out.error(tr("cannot read the profile: %1").arg(error.message()));
    done(ExitRejected);
}

void TermReports::refresh(std::function<void(bool)> next)
{
    m_session.sync().syncOnce([this, next](Status s) {
        if (!s) {
            const auto lastSync = m_session.cache().meta(u"lastSyncMs"_s);
            const QString age = lastSync ? ago(lastSync->toLongLong()) : tr("unknown");
            if (SyncEngine::isOffline(s.error())) {
                m_out.error(tr("offline — showing data from the last sync (%1)").arg(age));
            } else {
                m_out.error(tr("sync failed: %1").arg(TermOutput::describe(s.error())));
                m_out.error(tr("showing data from the last sync (%1)").arg(age));
            }
        }
        next(s.ok());
    });
}

void TermReports::stores(const Done &done)
{
    refresh([this, done](bool) {
        const auto stores = m_session.cache().stores();
        if (!stores)
            return failed(stores.error(), done);
        QList<QStringList> rows;
        QJsonArray list;
        for (const Store &s : stores.value()) {
            rows << QStringList { s.id, s.name, s.city };
            list << toJson(s);
        }
        m_out.table({ tr("ID"), tr("Name"), tr("City") }, rows, { { u"stores"_s, list } });
        done(ExitDone);
    });
}

void TermReports::products(const QString &query, const Done &done)
{
    refresh([this, query, done](bool) {
        const auto found = m_session.cache().searchProducts(query, 200);
        if (!found)
            return failed(found.error(), done);
        QList<QStringList> rows;
        QJsonArray list;
        for (const Product &p : found.value()) {
            rows << QStringList { p.id, p.sku, p.barcode, p.name,
                                  QString::number(p.priceCents / 100.0, 'f', 2) };
            list << toJson(p);
        }
        m_out.table({ tr("ID"), tr("SKU"), tr("Barcode"), tr("Name"), tr("Price") }, rows,
                    { { u"products"_s, list } });
        done(ExitDone);
    });
}

void TermReports::stock(const QString &productText, const Done &done)
{
    refresh([this, productText, done](bool) {
        const auto product = ProductFinder(m_session.cache(), m_out).find(productText);
        if (!product)
            return done(ExitRejected);
        const Product &p = *product;
        const auto rows = m_session.cache().availability(p.id);
        if (!rows)
            return failed(rows.error(), done);
        QList<QStringList> cells;
        QJsonArray list;
        qint64 total = 0;
        for (const StockRow &r : rows.value()) {
            if (!m_options.store.isEmpty() && r.storeId != m_options.store)
                continue;
            cells << rowCells(r);
            list << toJson(r);
            total += r.available();
        }
        m_out.line(tr("%1 — %2").arg(p.id, p.name));
        m_out.table(
            { tr("Store"), tr("Quantity"), tr("Reserved"), tr("Available"), tr("Version"),
              tr("Updated") },
            cells,
            { { u"productId"_s, p.id }, { u"totalAvailable"_s, total }, { u"stores"_s, list } });
        done(ExitDone);
    });
}

void TermReports::reservations(const Done &done)
{
    refresh([this, done](bool) {
        const auto reservations = m_session.cache().reservations(m_session.storeId());
        if (!reservations)
            return failed(reservations.error(), done);
        QList<QStringList> rows;
        QJsonArray list;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Reservation &r : reservations.value()) {
            const QJsonObject json = toJson(r, now);
            rows << QStringList { r.id,
                                  r.productId,
                                  r.storeId,
                                  QString::number(r.quantity),
                                  r.customerId,
                                  EventLabel::reservationStatus(r.status),
                                  QString::number(json.value(u"remainingSeconds"_s).toInt()) };
            list << json;
        }
        m_out.table({ tr("ID"), tr("Product"), tr("Store"), tr("Qty"), tr("Customer"), tr("Status"),
                      tr("Seconds left") },
                    rows, { { u"reservations"_s, list } });
        done(ExitDone);
    });
}

void TermReports::pending(const Done &done)
{
    LocalCache &cache = m_session.cache();
    const auto queued = cache.queued();
    const auto rejected = cache.rejected();
    const auto count = cache.queuedCount();
    if (!queued || !rejected || !count)
        return failed(!queued ? queued.error() : (!rejected ? rejected.error() : count.error()),
                      done);
    QList<QStringList> rows;
    QJsonArray list;
    for (const auto &ops : { queued.value(), rejected.value() }) {
        for (const PendingOperation &op : ops) {
            rows << QStringList {
                op.key.left(8),
                op.kind,
                op.body.value(u"productId"_s).toString(),
                op.body.value(u"operation"_s).toString(),
                QString::number(op.body.value(u"quantity"_s).toInteger()),
                op.state == PendingOperation::State::Queued ? tr("queued") : tr("rejected"),
                op.state == PendingOperation::State::Queued
                    ? QString()
                    : ErrorText::describe(op.result.value(u"error"_s).toObject())
            };
            list << op.toJson();
        }
    }
    m_out.table({ tr("Key"), tr("Kind"), tr("Product"), tr("Operation"), tr("Qty"), tr("State"),
                  tr("Reason") },
                rows, { { u"operations"_s, list }, { u"queued"_s, count.value() } });
    done(ExitDone);
}

} // namespace inventory::term
