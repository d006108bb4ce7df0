#pragma once

#include "core/client/counts/countdesk.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace inventory {
class LocalCache;
}

namespace inventory::ui {

// What a manager's new count covers (issue 27): a shelf (products join as they are scanned), a
// category, N products drawn at random, or every product; and whether it is blind (the tills
// do not see the books).
class NewCountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCountDialog(LocalCache &cache, QWidget *parent = nullptr);

    QComboBox *scopeField() const { return m_scope; }
    QComboBox *categoryField() const { return m_category; }
    QSpinBox *randomField() const { return m_random; }
    QCheckBox *blindField() const { return m_blind; }
    CountDesk::Scope scope() const;

private:
    void updateFields();

    QComboBox *m_scope;
    QComboBox *m_category;
    QSpinBox *m_random;
    QCheckBox *m_blind;
};

} // namespace inventory::ui
