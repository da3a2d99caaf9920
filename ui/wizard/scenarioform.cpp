#include "wizard/scenarioform.h"

#include "model/scenariomodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::ui {

ScenarioForm::ScenarioForm(ScenarioModel *model, const QStringList &scopes, QWidget *parent)
    : QWidget(parent), m_model(model), m_binder(new FieldBinder(model, this, scopes)), m_column(new QVBoxLayout(this)),
      m_formMessage(new QLabel(this))
{
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setTextFormat(Qt::PlainText);
    FieldBinder::markAsError(m_formMessage);
    m_formMessage->hide();
    m_binder->setFormMessageLabel(m_formMessage);
    connect(m_binder, &FieldBinder::validityChanged, this, &ScenarioForm::validityChanged);
}

QFormLayout *ScenarioForm::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_column->addWidget(box);
    return form;
}

void ScenarioForm::finishSetup()
{
    // One label column for every section, so that the fields line up down the form.
    int width = 0;
    const auto layouts = findChildren<QFormLayout *>();
    for (QFormLayout *form : layouts)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                width = std::max(width, item->widget()->sizeHint().width());
    for (QFormLayout *form : layouts)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(width);

    m_column->addWidget(m_formMessage);
    m_column->addStretch(1);
    m_binder->refresh();
}

QComboBox *addOptionalBool(FieldBinder *b, QFormLayout *layout, const QString &path, const QString &label,
                           std::function<std::optional<bool>(const Scenario &)> get,
                           std::function<void(Scenario &, std::optional<bool>)> set)
{
    return b->addChoice(
        layout, path, label,
        {ScenarioForm::tr("Default"), ScenarioForm::tr("Yes"), ScenarioForm::tr("No")},
        [get](const Scenario &s) {
            const auto v = get(s);
            return v ? (*v ? 1 : 2) : 0;
        },
        [set](Scenario &s, int i) { set(s, i == 0 ? std::nullopt : std::optional<bool>(i == 1)); });
}

} // namespace headroom::ui
