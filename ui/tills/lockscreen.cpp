#include "ui/tills/lockscreen.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"
#include "ui/tills/staffmodel.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

LockScreen::LockScreen(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StaffModel(this))
    , m_staff(new QListView(this))
    , m_pin(new QLineEdit(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"lockScreen"_s);
    setAutoFillBackground(true);
    m_staff->setModel(m_model);
    m_staff->setObjectName(u"lockStaff"_s);
    m_staff->setMinimumWidth(240);
    m_pin->setObjectName(u"lockPin"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_pin));
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setAlignment(Qt::AlignCenter);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_pin->setFont(big);
    // Names a finger can pick.
    m_staff->setFont(big);
    m_staff->setSpacing(6);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(u"lockStatus"_s);

    auto *pad = new QGridLayout;
    const QStringList keys { u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s,
                             u"7"_s, u"8"_s, u"9"_s, u"⌫"_s, u"0"_s, tr("OK") };
    for (int i = 0; i < keys.size(); ++i) {
        auto *key = new QPushButton(keys.at(i), this);
        key->setMinimumSize(72, 56);
        key->setFont(big);
        key->setFocusPolicy(Qt::NoFocus);
        pad->addWidget(key, i / 3, i % 3);
        const QString text = keys.at(i);
        if (i == 9) {
            key->setToolTip(tr("Delete the last digit (Backspace)"));
            connect(key, &QPushButton::clicked, m_pin, &QLineEdit::backspace);
        } else if (i == 11) {
            key->setObjectName(u"lockUnlock"_s);
            key->setToolTip(tr("Unlock (Enter)"));
            connect(key, &QPushButton::clicked, this, &LockScreen::submit);
        } else {
            connect(key, &QPushButton::clicked, this, [this, text] { m_pin->insert(text); });
        }
    }
    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::submit);

    auto *right = new QVBoxLayout;
    right->addWidget(m_pin);
    right->addLayout(pad);
    auto *panel = new QHBoxLayout;
    panel->addWidget(m_staff, 1);
    panel->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addLayout(panel);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->setContentsMargins(120, 24, 120, 24);
    parent->installEventFilter(this);
    hide();
}

bool LockScreen::lock()
{
    auto till = TillDesk(m_session).credentials();
    if (!till || !till.value())
        return false;
    auto people = StaffRoster(m_session).people();
    QList<User> staff = people ? people.value() : QList<User>();
    if (staff.isEmpty())
        staff.append(m_session.user());
    m_model->setPeople(staff);
    const int current = m_model->rowOf(m_session.user().id);
    m_staff->setCurrentIndex(m_model->index(std::max(current, 0)));
    m_title->setText(tr("Till %1 is locked").arg(till.value()->deviceId));
    m_status->setText(tr("Choose your name and type your PIN"));
    m_pin->clear();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_pin->setFocus();
    return true;
}

QString LockScreen::chosenUser() const
{
    return m_model->userAt(m_staff->currentIndex().row());
}

void LockScreen::submit()
{
    const QString userId = chosenUser();
    const QString pin = m_pin->text();
    if (m_busy || userId.isEmpty() || pin.size() < 4)
        return;
    m_busy = true;
    m_status->setText(tr("Checking…"));
    QPointer<LockScreen> self(this);
    TillDesk(m_session).unlock(userId, pin, [self, userId, pin](Result<User> user) {
        if (!self)
            return;
        self->m_busy = false;
        if (user)
            return self->finish(user->id);
        if (user.error().code() == ErrorCode::Unavailable)
            return self->unlockOffline(userId, pin);
        self->m_pin->clear();
        self->m_status->setText(ErrorText::describe(user.error()));
    });
}

void LockScreen::unlockOffline(const QString &userId, const QString &pin)
{
    m_pin->clear();
    const auto user = StaffRoster(m_session).verify(userId, pin);
    if (!user) {
        m_status->setText(ErrorText::describe(user.error()));
        return;
    }
    // Another person takes over on the till's word: what they queue is theirs, pushed on the
    // till's secret when the server is back.
    if (user->id != m_session.user().id)
        m_session.adoptOffline(m_session.api().servers(), user.value());
    finish(user->id);
}

void LockScreen::finish(const QString &userId)
{
    m_pin->clear();
    hide();
    emit unlocked(userId);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    // Digits typed anywhere on the lock screen go to the PIN.
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit()) {
        m_pin->insert(text);
        m_pin->setFocus();
        return;
    }
    if (event->key() == Qt::Key_Backspace) {
        m_pin->backspace();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace inventory::ui
