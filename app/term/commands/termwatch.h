#pragma once

#include "app/term/termoutput.h"
#include "core/client/syncengine.h"
#include "core/protocol/event.h"

#include <QObject>
#include <functional>

namespace inventory {
class ClientSession;
}

namespace inventory::term {

// The `watch` command: keeps the session live and prints every change the feed brings, in
// words, until stop(). It says how to stop it: at the prompt with q + Enter or Ctrl+C (and
// the prompt stays), alone with Ctrl+C.
class TermWatch : public QObject
{
    Q_OBJECT

public:
    enum class StopKeys { CtrlC, QuitLineOrCtrlC };
    using Done = std::function<void(int)>;

    TermWatch(ClientSession &session, TermOutput &out, StopKeys keys, QObject *parent = nullptr);

    void start(Done done);
    // Ends the watch and calls done; before start() (the sign-in still running), start()
    // then ends it at once.
    void stop();
    // Until stop(): waiting to start, or watching.
    bool isActive() const { return m_stage != Stage::Stopped; }

private:
    enum class Stage { Waiting, Watching, Stopped };
    void print(const Event &event);
    static QString stateText(SyncEngine::State state);

    ClientSession &m_session;
    TermOutput &m_out;
    StopKeys m_keys;
    Stage m_stage = Stage::Waiting;
    Done m_done;
};

} // namespace inventory::term
