#include "app/term/commands/termwatch.h"

#include "app/term/termoptions.h"
#include "core/client/clientsession.h"
#include "core/client/text/eventlabel.h"
#include "core/client/text/localetext.h"

using namespace Qt::StringLiterals;

namespace inventory::term {

TermWatch::TermWatch(ClientSession &session, TermOutput &out, StopKeys keys, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_keys(keys)
{
}

void TermWatch::start(Done done)
{
    if (m_stage == Stage::Stopped)
        return done(ExitDone);
    m_stage = Stage::Watching;
    m_done = std::move(done);
    m_out.error(m_keys == StopKeys::CtrlC
                    ? tr("watching the changes; Ctrl+C stops")
                    : tr("watching the changes; type q and Enter, or press Ctrl+C, to stop"));
    SyncEngine &sync = m_session.sync();
    connect(&sync, &SyncEngine::stateChanged, this,
            [this](SyncEngine::State state) { m_out.error(stateText(state)); });
    connect(&sync, &SyncEngine::eventsApplied, this, [this](const QList<Event> &events) {
        for (const Event &e : events)
            print(e);
    });
    m_session.startSync();
}

void TermWatch::stop()
{
    if (std::exchange(m_stage, Stage::Stopped) != Stage::Watching)
        return;
    m_session.sync().disconnect(this);
    m_session.sync().stop();
    m_out.error(tr("stopped watching"));
    std::exchange(m_done, {})(ExitDone);
}

QString TermWatch::stateText(SyncEngine::State state)
{
    switch (state) {
    case SyncEngine::State::Offline:
        return tr("offline: trying to reconnect…");
    case SyncEngine::State::Connecting:
        return tr("connecting to the server…");
    case SyncEngine::State::CatchingUp:
        return tr("catching up with the changes…");
    case SyncEngine::State::Live:
        return tr("live: changes appear as they happen");
    }
    return {};
}

void TermWatch::print(const Event &e)
{
    const QJsonObject data = e.data.object();
    QString what = EventLabel::of(e.type);
    if (const QString reason = data.value(u"reason"_s).toString(); !reason.isEmpty())
        what += u" ("_s + EventLabel::reason(reason) + u')';
    QString product = e.productId;
    if (const auto known = m_session.cache().product(e.productId); known && known.value())
        product += u' ' + known.value()->name;
    // One arg() for all: a product's name is not read again for placeholders.
    const QString when = LocaleText::time(e.atMs);
    const QString seq = QString::number(e.seq);
    if (e.storeId.isEmpty())
        return m_out.document(e.toJson(), tr("%1  #%2  %3: %4").arg(when, seq, what, product));
    m_out.document(e.toJson(),
                   tr("%1  #%2  %3: %4 at %5 → quantity %6, available %7")
                       .arg(when, seq, what, product, e.storeId,
                            QString::number(data.value(u"quantity"_s).toInteger()),
                            QString::number(data.value(u"available"_s).toInteger())));
}

} // namespace inventory::term
