#include "ui/tills/enroltilldialog.h"

#include "core/client/clientsession.h"
#include "core/client/text/errortext.h"
#include "core/client/tills/staffroster.h"
#include "core/client/tills/tilldesk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
const QString kProfileKey = u"till/profile"_s;
const QString kServersKey = u"till/servers"_s;
} // namespace

EnrolTillDialog::EnrolTillDialog(ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_store(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Enrol this till"));
    m_id->setObjectName(u"tillId"_s);
    m_name->setObjectName(u"tillName"_s);
    m_store->setObjectName(u"tillStore"_s);
    m_status->setObjectName(u"enrolStatus"_s);
    m_status->setWordWrap(true);
    // The id rules of the server: 1..64 of [A-Za-z0-9._:-].
    m_id->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9._:-]{1,64}"_s), m_id));
    const QString store = session.storeId();
    const QString host = QSysInfo::machineHostName().section(u'.', 0, 0).toUpper();
    m_id->setText(u"%1-%2"_s.arg(store, host.isEmpty() ? u"TILL-1"_s : host).left(64));
    m_name->setPlaceholderText(tr("e.g. Counter by the door"));
    m_name->setMaxLength(64);
    for (const QString &id : session.user().storeIds)
        m_store->addItem(id, id);
    if (m_store->count() == 0 && !store.isEmpty())
        m_store->addItem(store, store);
    m_store->setCurrentIndex(qMax(0, m_store->findData(store)));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Staff will unlock this till with their PIN, also while the "
                               "server cannot be reached. Only its store's staff can."),
                            this));
    form->addRow(tr("&Store:"), m_store);
    form->addRow(tr("Till &id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_status);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrolTillDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrolTillDialog::reject);
}

QString EnrolTillDialog::tillProfile()
{
    return QSettings().value(kProfileKey).toString();
}

QString EnrolTillDialog::tillServers()
{
    return QSettings().value(kServersKey).toString();
}

void EnrolTillDialog::accept()
{
    if (m_busy)
        return;
    const QString id = m_id->text().trimmed();
    const QString name = m_name->text().trimmed();
    if (id.isEmpty() || name.isEmpty()) {
        m_status->setText(tr("Give the till an id and a name."));
        return;
    }
    m_busy = true;
    m_buttons->setEnabled(false);
    m_status->setText(tr("Enrolling…"));
    QPointer<EnrolTillDialog> self(this);
    ClientSession &session = m_session;
    TillDesk(session).enrol(
        id, m_store->currentData().toString(), name,
        [self, &session, id](Result<QJsonObject> till) {
            if (!self)
                return;
            self->m_busy = false;
            self->m_buttons->setEnabled(true);
            if (!till) {
                self->m_status->setText(
                    tr("Not enrolled: %1").arg(ErrorText::describe(till.error())));
                return;
            }
            QStringList servers;
            for (const QUrl &url : session.api().servers())
                servers << url.toString();
            QSettings settings;
            settings.setValue(kProfileKey, session.profilePath());
            settings.setValue(kServersKey, servers.join(u','));
            self->m_status->setText(tr("Enrolled. Fetching its staff…"));
            StaffRoster(session).refresh([self, id](Result<int> people) {
                if (!self)
                    return;
                if (!people) {
                    // Enrolled all the same: the staff come with the first PIN sign-in.
                    self->m_status->setText(tr("Enrolled; its staff could not be fetched yet: %1")
                                                .arg(ErrorText::describe(people.error())));
                    return;
                }
                emit self->enrolled(id);
                self->QDialog::accept();
            });
        });
}

} // namespace inventory::ui
