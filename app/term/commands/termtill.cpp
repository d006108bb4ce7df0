#include "app/term/commands/termtill.h"

#include "core/client/clientsession.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"
#include "core/domain/timestamp.h"

using namespace Qt::StringLiterals;

namespace inventory::term {

TermTill::TermTill(ClientSession &session, TermOutput &out, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
{
}

void TermTill::run(const QStringList &args, const Done &done)
{
    const QString action = args.value(0);
    if (action == u"enrol"_s && args.size() >= 3)
        return enrol(args.at(1), args.mid(2).join(u' '), done);
    if (action == u"staff"_s && args.size() == 1)
        return staff(done);
    if (action == u"show"_s && args.size() == 1)
        return show(done);
    m_out.error(tr("usage: till enrol ID NAME | till staff | till show"));
    done(ExitUsage);
}

void TermTill::enrol(const QString &deviceId, const QString &name, const Done &done)
{
    TillDesk(m_session).enrol(
        deviceId, m_session.storeId(), name, [this, done](Result<QJsonObject> till) {
            if (!till) {
                m_out.error(TermOutput::describe(till.error()));
                return done(ExitRejected);
            }
            StaffRoster(m_session).refresh([this, done, till = till.value()](Result<int> count) {
                QJsonObject json = till;
                if (count)
                    json.insert(u"staff"_s, count.value());
                m_out.document(
                    json,
                    tr("till %1 (%2) enrolled for %3; its secret is kept in the profile; %4")
                        .arg(till.value(u"deviceId"_s).toString(), till.value(u"name"_s).toString(),
                             till.value(u"storeId"_s).toString(),
                             count ? tr("%n person(s) may unlock it with a PIN", nullptr,
                                        count.value())
                                   : tr("its staff could not be fetched: %1 (try: till staff)")
                                         .arg(TermOutput::describe(count.error()))));
                done(ExitDone);
            });
        });
}

void TermTill::staff(const Done &done)
{
    StaffRoster(m_session).refresh([this, done](Result<int> count) {
        if (!count) {
            m_out.error(TermOutput::describe(count.error()));
            return done(ExitRejected);
        }
        m_out.document({ { u"staff"_s, count.value() } },
                       tr("%n person(s) may unlock this till with a PIN, also offline", nullptr,
                          count.value()));
        done(ExitDone);
    });
}

void TermTill::show(const Done &done)
{
    auto till = TillDesk(m_session).credentials();
    auto fetched = StaffRoster(m_session).fetchedAtMs();
    if (!till || !fetched) {
        m_out.error(TermOutput::describe(!till ? till.error() : fetched.error()));
        return done(ExitRejected);
    }
    if (!till.value()) {
        m_out.document({ { u"enrolled"_s, false } }, tr("this profile is not an enrolled till"));
        return done(ExitDone);
    }
    QJsonObject json { { u"enrolled"_s, true },
                       { u"deviceId"_s, till.value()->deviceId },
                       { u"storeId"_s, till.value()->storeId } };
    if (fetched.value() > 0)
        json.insert(u"staffFetchedAt"_s, timestamp::format(fetched.value()));
    m_out.document(
        json,
        tr("till %1 of %2; staff list: %3")
            .arg(till.value()->deviceId, till.value()->storeId,
                 fetched.value() > 0 ? timestamp::format(fetched.value()) : tr("never fetched")));
    done(ExitDone);
}

} // namespace inventory::term
