#include "ui/counts/newcountdialog.h"

#include "core/client/localcache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace inventory::ui {

NewCountDialog::NewCountDialog(LocalCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_scope(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_random(new QSpinBox(this))
    , m_blind(new QCheckBox(tr("&Blind: the tills do not see what the books say"), this))
{
    setObjectName(u"newCountDialog"_s);
    setWindowTitle(tr("New count"));
    m_scope->setObjectName(u"countScope"_s);
    m_scope->addItem(tr("A shelf: the products scanned"), int(CountScope::Shelf));
    m_scope->addItem(tr("A category"), int(CountScope::Category));
    m_scope->addItem(tr("Products drawn at random"), int(CountScope::Random));
    m_scope->addItem(tr("Every product of the store"), int(CountScope::Full));
    m_category->setObjectName(u"countCategory"_s);
    if (auto categories = cache.categories())
        m_category->addItems(categories.value());
    m_random->setObjectName(u"countRandom"_s);
    m_random->setRange(1, 2000);
    m_random->setValue(10);
    m_blind->setObjectName(u"countBlind"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Count:"), m_scope);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("&How many:"), m_random);
    form->addRow(QString(), m_blind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open the count"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &NewCountDialog::updateFields);
    updateFields();
}

void NewCountDialog::updateFields()
{
    const auto scope = CountScope(m_scope->currentData().toInt());
    m_category->setEnabled(scope == CountScope::Category);
    m_random->setEnabled(scope == CountScope::Random);
}

CountDesk::Scope NewCountDialog::scope() const
{
    CountDesk::Scope s;
    s.scope = CountScope(m_scope->currentData().toInt());
    s.category = m_category->currentText();
    s.random = m_random->value();
    s.visibility = m_blind->isChecked() ? CountVisibility::Blind : CountVisibility::Shown;
    return s;
}

} // namespace inventory::ui
