#include "ui/levels/levelsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace inventory::ui {

namespace {
constexpr qint64 kMaxLevel = 1'000'000;
constexpr int kNamesShown = 5;
} // namespace

LevelsDialog::LevelsDialog(const QList<std::pair<QString, QString>> &stores,
                           const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_store(new QComboBox(this))
    , m_min(new QSpinBox(this))
    , m_target(new QSpinBox(this))
{
    setObjectName(u"levelsDialog"_s);
    setWindowTitle(tr("Reorder levels"));
    for (const auto &[id, name] : stores)
        m_store->addItem(tr("%1 (%2)").arg(name, id), id);
    m_store->setEnabled(stores.size() > 1);
    QStringList shown = names.mid(0, kNamesShown);
    if (names.size() > kNamesShown)
        shown << tr("and %n more", nullptr, int(names.size() - kNamesShown));
    auto *products = new QLabel(
        names.size() == 1
            ? names.first()
            : tr("%n products: %1", nullptr, int(names.size())).arg(shown.join(u", "_s)),
        this);
    products->setWordWrap(true);
    for (QSpinBox *field : { m_min, m_target }) {
        field->setRange(0, int(kMaxLevel));
        field->setGroupSeparatorShown(true);
    }
    m_min->setObjectName(u"minLevel"_s);
    m_target->setObjectName(u"targetLevel"_s);
    m_min->setToolTip(tr("Below this many available units the product is low, and the store "
                         "is told once"));
    m_target->setToolTip(tr("Replenishment suggests enough units to get back to this"));
    // The target follows the minimum up: a target below it would ask for nothing.
    connect(m_min, &QSpinBox::valueChanged, this,
            [this](int value) { m_target->setMinimum(value); });
    auto *form = new QFormLayout;
    form->addRow(tr("Products:"), products);
    form->addRow(tr("&Store:"), m_store);
    form->addRow(tr("M&inimum:"), m_min);
    form->addRow(tr("&Target:"), m_target);
    auto *hint = new QLabel(tr("0 and 0 remove the levels."), this);
    hint->setStyleSheet(u"color:palette(mid)"_s);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    m_min->setFocus();
}

void LevelsDialog::setStore(const QString &storeId)
{
    const int index = m_store->findData(storeId);
    if (index >= 0)
        m_store->setCurrentIndex(index);
}

void LevelsDialog::setLevels(qint64 minLevel, qint64 targetLevel)
{
    m_min->setValue(int(qBound<qint64>(0, minLevel, kMaxLevel)));
    m_target->setValue(int(qBound<qint64>(0, targetLevel, kMaxLevel)));
    m_min->selectAll();
}

QString LevelsDialog::storeId() const
{
    return m_store->currentData().toString();
}

qint64 LevelsDialog::minLevel() const
{
    return m_min->value();
}

qint64 LevelsDialog::targetLevel() const
{
    return m_target->value();
}

} // namespace inventory::ui
