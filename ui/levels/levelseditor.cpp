#include "ui/levels/levelseditor.h"

#include "core/client/clientsession.h"
#include "core/client/levels/leveldesk.h"
#include "core/client/text/errortext.h"
#include "ui/levels/levelsdialog.h"
#include "ui/models/productnames.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace inventory::ui {

LevelsEditor::LevelsEditor(ClientSession &session, const ProductNames &names, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_names(names)
    , m_window(window)
{
}

void LevelsEditor::edit(const QStringList &productIds)
{
    if (productIds.isEmpty())
        return emit done(tr("Choose a product first (F2), or select rows in the stock matrix"),
                         Notice::Error);
    const User &user = m_session.user();
    QList<std::pair<QString, QString>> stores;
    if (const auto all = m_session.cache().stores()) {
        for (const Store &s : all.value()) {
            if (user.role == Role::Admin || user.storeIds.contains(s.id))
                stores.append({ s.id, s.name });
        }
    }
    if (stores.isEmpty())
        return emit done(tr("You manage no store whose levels you could set"), Notice::Error);
    QStringList names;
    for (const QString &id : productIds)
        names << m_names.of(id);
    delete m_dialog;
    m_dialog = new LevelsDialog(stores, names, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setStore(m_session.storeId());
    if (const auto row = m_session.cache().row(productIds.first(), m_dialog->storeId()))
        m_dialog->setLevels(row->minLevel, row->targetLevel);
    connect(m_dialog, &QDialog::accepted, this, [this, productIds] { apply(productIds); });
    m_dialog->open();
}

void LevelsEditor::apply(const QStringList &productIds)
{
    const QString storeId = m_dialog->storeId();
    const qint64 minLevel = m_dialog->minLevel();
    const qint64 targetLevel = m_dialog->targetLevel();
    QPointer<LevelsEditor> self(this);
    LevelDesk(m_session).setLevels(
        storeId, productIds, minLevel, targetLevel,
        [self, storeId, minLevel, targetLevel, total = productIds.size()](Result<int> set) {
            if (!self)
                return;
            emit self->changed(); // also after a failure: the products before it were set
            if (!set)
                return emit self->done(
                    tr("Levels not set: %1").arg(ErrorText::describe(set.error())), Notice::Error);
            emit self->done(
                minLevel == 0 && targetLevel == 0
                    ? tr("Levels removed for %n product(s) at %1", nullptr, int(total)).arg(storeId)
                    : tr("Levels set for %n product(s) at %1: minimum %2, target %3", nullptr,
                         int(total))
                          .arg(storeId)
                          .arg(minLevel)
                          .arg(targetLevel),
                Notice::Info);
        });
}

} // namespace inventory::ui
