#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace inventory::ui {

// Reorder levels for one product or many at once (the matrix's selection): the store, the
// minimum below which the product is low, and the target replenishment brings it back up to.
// The target never falls below the minimum; 0 and 0 clear the levels.
class LevelsDialog : public QDialog
{
    Q_OBJECT

public:
    // stores: id → name of the stores the user may set levels for; names: the products.
    LevelsDialog(const QList<std::pair<QString, QString>> &stores, const QStringList &names,
                 QWidget *parent = nullptr);

    void setStore(const QString &storeId);
    void setLevels(qint64 minLevel, qint64 targetLevel);
    QString storeId() const;
    qint64 minLevel() const;
    qint64 targetLevel() const;

    QSpinBox *minField() const { return m_min; }
    QSpinBox *targetField() const { return m_target; }
    QComboBox *storeField() const { return m_store; }

private:
    QComboBox *m_store;
    QSpinBox *m_min;
    QSpinBox *m_target;
};

} // namespace inventory::ui
