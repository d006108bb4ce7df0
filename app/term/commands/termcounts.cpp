#include "app/term/commands/termcounts.h"

#include "app/term/commands/termreports.h"
#include "app/term/productfinder.h"
#include "app/term/termoptions.h"
#include "core/client/clientsession.h"
#include "core/client/syncengine.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace inventory::term {

namespace {
QString number(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? u"-"_s : QLocale().toString(value.toInteger());
}
} // namespace

TermCounts::TermCounts(ClientSession &session, TermOutput &out, TermReports &reports,
                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_reports(reports)
    , m_desk(session)
{
}

QString TermCounts::productName(const QString &productId)
{
    const auto product = m_session.cache().product(productId);
    return product && product.value() ? product.value()->name : productId;
}

void TermCounts::run(const QStringList &args, const Done &done)
{
    m_reports.refresh([=, this](bool) { step(args, done); });
}

void TermCounts::step(const QStringList &args, const Done &done)
{
    const QString verb = args.value(0);
    const QString id = args.value(1);
    const bool needsId = verb != u"open"_s && verb != u"list"_s;
    if (verb.isEmpty() || (needsId && id.isEmpty())) {
        m_out.error(tr("usage: counts open|enter|review|apply|cancel|list|show …"));
        return done(ExitUsage);
    }
    if (verb == u"open"_s)
        return open(args.mid(1), done);
    if (verb == u"list"_s)
        return list(done);
    if (verb == u"show"_s)
        return m_desk.fetch(id, shown(tr("count %1"), done));
    if (verb == u"enter"_s)
        return enter(args.mid(1), done);
    if (verb == u"review"_s)
        return m_desk.review(id, reviewed(done));
    if (verb == u"apply"_s) {
        const bool zero = args.value(2) == u"zero-uncounted"_s;
        if (args.size() > 3 || (args.size() == 3 && !zero)) {
            m_out.error(tr("usage: counts apply ID [zero-uncounted]"));
            return done(ExitUsage);
        }
        return m_desk.apply(id, zero ? UncountedProducts::Zeroed : UncountedProducts::LeftAlone,
                            [this, done](Result<QJsonObject> answer) {
                                if (!answer) {
                                    m_out.error(TermOutput::describe(answer.error()));
                                    return done(ExitRejected);
                                }
                                m_out.document(answer.value(),
                                               tr("count %1 applied: %n product(s) corrected",
                                                  nullptr, answer->value(u"changed"_s).toInt())
                                                   .arg(answer->value(u"countId"_s).toString()));
                                done(ExitDone);
                            });
    }
    if (verb == u"cancel"_s)
        return m_desk.cancel(id, shown(tr("cancelled: count %1"), done));
    m_out.error(tr("usage: counts open|enter|review|apply|cancel|list|show …"));
    done(ExitUsage);
}

void TermCounts::open(const QStringList &given, const Done &done)
{
    QStringList words = given;
    CountDesk::Scope scope;
    if (words.removeAll(u"blind"_s) > 0)
        scope.visibility = CountVisibility::Blind;
    const QString first = words.value(0);
    bool ok = true;
    if (first == u"full"_s || first == u"shelf"_s) {
        scope.scope = first == u"full"_s ? CountScope::Full : CountScope::Shelf;
        ok = words.size() == 1;
    } else if (first == u"category"_s) {
        scope.scope = CountScope::Category;
        scope.category = words.mid(1).join(u' ');
        ok = !scope.category.isEmpty();
    } else if (first == u"random"_s) {
        scope.scope = CountScope::Random;
        scope.random = words.value(1).toInt(&ok);
        ok = ok && words.size() == 2 && scope.random > 0;
    } else {
        scope.scope = CountScope::List;
        for (const QString &word : std::as_const(words)) {
            const auto product = ProductFinder(m_session.cache(), m_out).find(word);
            if (!product)
                return done(ExitRejected);
            scope.productIds << product->id;
        }
        ok = !scope.productIds.isEmpty();
    }
    if (!ok) {
        m_out.error(tr("usage: counts open full|shelf|category NAME|random N|PRODUCT… [blind]"));
        return done(ExitUsage);
    }
    m_desk.open(m_session.storeId(), scope, shown(tr("opened: count %1"), done));
}

void TermCounts::enter(const QStringList &args, const Done &done)
{
    bool ok = false;
    const qint64 counted = args.value(2).toLongLong(&ok);
    if (args.size() != 3 || !ok || counted < 0) {
        m_out.error(tr("usage: counts enter ID PRODUCT QTY"));
        return done(ExitUsage);
    }
    const auto product = ProductFinder(m_session.cache(), m_out).find(args.at(1));
    if (!product)
        return done(ExitRejected);
    m_desk.enter(
        args.at(0), product->id, counted,
        [this, done, name = product->name](Result<QJsonObject> answer) {
            if (!answer) {
                m_out.error(TermOutput::describe(answer.error()));
                return done(SyncEngine::isOffline(answer.error()) ? ExitQueuedOffline
                                                                  : ExitRejected);
            }
            if (answer->value(u"queued"_s).toBool()) {
                m_out.document(
                    answer.value(),
                    tr("%1: %2 counted — queued, will sync")
                        .arg(name, QLocale().toString(answer->value(u"counted"_s).toInteger())));
                return done(ExitQueuedOffline);
            }
            m_out.document(answer.value(),
                           tr("%1: %2 counted here, %3 by every till")
                               .arg(name,
                                    QLocale().toString(answer->value(u"counted"_s).toInteger()),
                                    QLocale().toString(answer->value(u"total"_s).toInteger())));
            done(ExitDone);
        });
}

void TermCounts::list(const Done &done)
{
    m_desk.list(m_session.storeId(), {}, [this, done](Result<QJsonObject> answer) {
        if (!answer) {
            m_out.error(TermOutput::describe(answer.error()));
            return done(ExitRejected);
        }
        QList<QStringList> rows;
        for (const QJsonValue &v : answer->value(u"counts"_s).toArray()) {
            const QJsonObject c = v.toObject();
            rows << QStringList {
                c.value(u"countId"_s).toString(),
                c.value(u"status"_s).toString(),
                c.value(u"scope"_s).toString(),
                c.value(u"blind"_s).toBool() ? tr("blind") : QString(),
                tr("%1 of %2").arg(number(c.value(u"counted"_s)), number(c.value(u"total"_s))),
                c.value(u"openedBy"_s).toString()
            };
        }
        m_out.table(
            { tr("COUNT"), tr("STATUS"), tr("SCOPE"), tr("BLIND"), tr("COUNTED"), tr("OPENED BY") },
            rows, answer.value());
        done(ExitDone);
    });
}

CountDesk::Done TermCounts::shown(const QString &heading, const Done &done)
{
    return [this, heading, done](Result<QJsonObject> answer) {
        if (!answer) {
            m_out.error(TermOutput::describe(answer.error()));
            return done(ExitRejected);
        }
        const QJsonObject c = answer.value();
        QStringList text { heading.arg(c.value(u"countId"_s).toString()),
                           tr("  %1  %2, %3 of %4 products counted")
                               .arg(c.value(u"status"_s).toString(), c.value(u"scope"_s).toString(),
                                    number(c.value(u"counted"_s)), number(c.value(u"total"_s))) };
        for (const QJsonValue &v : c.value(u"lines"_s).toArray()) {
            const QJsonObject l = v.toObject();
            text << (l.contains(u"snapshot"_s)
                         ? tr("  %1  counted %2 (books at the start: %3)")
                               .arg(productName(l.value(u"productId"_s).toString()),
                                    number(l.value(u"counted"_s)), number(l.value(u"snapshot"_s)))
                         : tr("  %1  counted %2")
                               .arg(productName(l.value(u"productId"_s).toString()),
                                    number(l.value(u"counted"_s))));
        }
        m_out.document(c, text.join(u'\n'));
        done(ExitDone);
    };
}

CountDesk::Done TermCounts::reviewed(const Done &done)
{
    return [this, done](Result<QJsonObject> answer) {
        if (!answer) {
            m_out.error(TermOutput::describe(answer.error()));
            return done(ExitRejected);
        }
        QList<QStringList> rows;
        for (const QJsonValue &v : answer->value(u"lines"_s).toArray()) {
            const QJsonObject l = v.toObject();
            rows << QStringList { l.value(u"productId"_s).toString(),
                                  productName(l.value(u"productId"_s).toString()),
                                  number(l.value(u"counted"_s)),
                                  number(l.value(u"expected"_s)),
                                  l.value(u"counted"_s).isNull() ? u"-"_s
                                                                 : number(l.value(u"variance"_s)),
                                  l.value(u"recount"_s).toBool() ? tr("recount") : QString() };
        }
        m_out.table(
            { tr("PRODUCT"), tr("NAME"), tr("COUNTED"), tr("EXPECTED"), tr("VARIANCE"), QString() },
            rows, answer.value());
        done(ExitDone);
    };
}

} // namespace inventory::term
