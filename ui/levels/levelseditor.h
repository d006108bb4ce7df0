#pragma once

#include "ui/levels/levelsdialog.h"
#include "ui/notice.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace inventory {
class ClientSession;
}

namespace inventory::ui {

class ProductNames;

// Managers and admins: sets reorder levels for one product (the armed one, Ctrl+Shift+M) or
// for the rows selected in the stock matrix, at a store they manage, through LevelDesk.
class LevelsEditor : public QObject
{
    Q_OBJECT

public:
    LevelsEditor(ClientSession &session, const ProductNames &names, QWidget *window);

    // Opens the dialog for these products, filled with the first one's current levels.
    void edit(const QStringList &productIds);
    LevelsDialog *dialog() const { return m_dialog; }

signals:
    void done(const QString &message, Notice notice);
    // New levels are in the till's cache.
    void changed();

private:
    void apply(const QStringList &productIds);

    ClientSession &m_session;
    const ProductNames &m_names;
    QWidget *m_window;
    QPointer<LevelsDialog> m_dialog; // deletes itself when closed
};

} // namespace inventory::ui
