#include "wizard/scenarioform.h"

#include "common/wheelguard.h"
#include "model/scenariomodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::ui {

ScenarioForm::ScenarioForm(ScenarioModel *model, const QStringList &scopes, QWidget *parent)
    : QWidget(parent), m_model(model), m_scopes(scopes)
{
}

void ScenarioForm::setUp()
{
    m_binder = new FieldBinder(m_model, this, m_scopes);
    m_column = new QVBoxLayout(this);
    m_formMessage = new QLabel(this);
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setTextFormat(Qt::PlainText);
    FieldBinder::markAsError(m_formMessage);
    m_formMessage->hide();
    m_binder->setFormMessageLabel(m_formMessage);
    connect(m_binder, &FieldBinder::validityChanged, this, &ScenarioForm::validityChanged);

    build();

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
    WheelGuard::guard(this);
    m_binder->refresh();
}

void ScenarioForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_binder)
        rebuild();
    QWidget::changeEvent(event);
}

void ScenarioForm::rebuild()
{
    const bool wasValid = isValid();
    const QHash<QString, QString> typed = m_binder->unacceptedTexts();
    // Everything the last build made is a child of the form: the binder, the layout, the
    // widgets. (QWidget passes the event on to the new children, which are already translated.)
    const QList<QPointer<QObject>> made(children().cbegin(), children().cend());
    for (const QPointer<QObject> &child : made)
        delete child.data();
    setUp();
    // Children added to a form on screen would be shown only later (QLayout queues it), and
    // until then every field counts as hidden and so as valid: show them now, then validate.
    const auto sections = findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *section : sections)
        if (!section->testAttribute(Qt::WA_WState_ExplicitShowHide))
            section->show();
    m_binder->refresh();
    m_binder->restoreUnacceptedTexts(typed);
    if (isValid() != wasValid)
        emit validityChanged(isValid());
}

QFormLayout *ScenarioForm::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Narrow (the wizard at its smallest, the workspace dock): a field that does not fit
    // beside its label goes under it instead of being cut off at the right.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_column->addWidget(box);
    return form;
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
