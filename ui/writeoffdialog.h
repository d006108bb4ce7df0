#pragma once

#include "core/domain/product.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace inventory {
class ReasonCatalog;
}

namespace inventory::ui {

// Units that left the shelf other than by a sale: how many, why (a reason code, the common
// ones first, labels in the clerk's language, then those an admin defined) and a note. Only
// the reasons that take units out and are not a sale or a transfer are offered: those have
// their own screens.
class WriteOffDialog : public QDialog
{
    Q_OBJECT

public:
    WriteOffDialog(const Product &product, qint64 available, const ReasonCatalog &reasons,
                   QWidget *parent = nullptr);

    qint64 units() const;
    QString reason() const;
    QString note() const;

    QSpinBox *unitsField() const { return m_units; }
    QComboBox *reasonField() const { return m_reason; }
    QLineEdit *noteField() const { return m_note; }

private:
    QSpinBox *m_units;
    QComboBox *m_reason;
    QLineEdit *m_note;
};

} // namespace inventory::ui
