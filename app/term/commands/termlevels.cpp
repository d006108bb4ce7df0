#include "app/term/commands/termlevels.h"

#include "app/term/commands/termreports.h"
#include "app/term/productfinder.h"
#include "core/client/clientsession.h"
#include "core/client/levels/leveldesk.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::term {

TermLevels::TermLevels(ClientSession &session, TermOutput &out, TermReports &reports,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_reports(reports)
{
}

void TermLevels::set(const QStringList &args, const Done &done)
{
    bool minOk = false;
    bool targetOk = false;
    const qint64 minLevel = args.value(1).toLongLong(&minOk);
    const qint64 targetLevel = args.value(2).toLongLong(&targetOk);
    if (!minOk || !targetOk) {
        m_out.error(tr("usage: levels PRODUCT MIN TARGET (whole numbers; 0 0 removes them)"));
        return done(ExitUsage);
    }
    m_reports.refresh([this, args, minLevel, targetLevel, done](bool) {
        apply(args.at(0), minLevel, targetLevel, done);
    });
}

void TermLevels::apply(const QString &text, qint64 minLevel, qint64 targetLevel, const Done &done)
{
    const auto product = ProductFinder(m_session.cache(), m_out).find(text);
    if (!product)
        return done(ExitRejected);
    const QString storeId = m_session.storeId();
    LevelDesk(m_session).setLevels(
        storeId, { product->id }, minLevel, targetLevel,
        [this, done, storeId, minLevel, targetLevel, product = *product](Result<int> set) {
            if (!set) {
                m_out.error(TermOutput::describe(set.error()));
                return done(ExitRejected);
            }
            m_out.document({ { u"productId"_s, product.id },
                             { u"storeId"_s, storeId },
                             { u"min"_s, minLevel },
                             { u"target"_s, targetLevel } },
                           tr("levels of %1 at %2: minimum %3, target %4")
                               .arg(product.name, storeId)
                               .arg(minLevel)
                               .arg(targetLevel));
            done(ExitDone);
        });
}

void TermLevels::replenishment(const Done &done)
{
    m_reports.refresh([this, done](bool) {
        LevelDesk(m_session).replenishment(
            m_session.storeId(), [this, done](Result<QList<ReplenishmentLine>> lines) {
                if (!lines) {
                    m_out.error(TermOutput::describe(lines.error()));
                    return done(ExitRejected);
                }
                QList<QStringList> rows;
                QJsonArray json;
                for (const ReplenishmentLine &l : lines.value()) {
                    const auto product = m_session.cache().product(l.productId);
                    const QString name
                        = product && product.value() ? product.value()->name : l.productId;
                    rows << QStringList { l.productId,
                                          name,
                                          QLocale().toString(l.available),
                                          QLocale().toString(l.incoming + l.requested),
                                          QLocale().toString(l.minLevel),
                                          QLocale().toString(l.targetLevel),
                                          QLocale().toString(l.need),
                                          l.sourceStoreId,
                                          l.sourceStoreId.isEmpty()
                                              ? QString()
                                              : QLocale().toString(l.suggested()) };
                    json.append(QJsonObject { { u"productId"_s, l.productId },
                                              { u"available"_s, l.available },
                                              { u"incoming"_s, l.incoming },
                                              { u"requested"_s, l.requested },
                                              { u"min"_s, l.minLevel },
                                              { u"target"_s, l.targetLevel },
                                              { u"need"_s, l.need },
                                              { u"sourceStoreId"_s, l.sourceStoreId },
                                              { u"sourceSurplus"_s, l.sourceSurplus } });
                }
                m_out.table({ tr("PRODUCT"), tr("NAME"), tr("AVAILABLE"), tr("ON THE WAY"),
                              tr("MIN"), tr("TARGET"), tr("NEED"), tr("TAKE FROM"), tr("ASK FOR") },
                            rows, { { u"storeId"_s, m_session.storeId() }, { u"lines"_s, json } });
                done(ExitDone);
            });
    });
}

} // namespace inventory::term
