#include "advisor/advisorpanel.h"

#include "advisor/advisortext.h"
#include "common/format.h"
#include "model/scenariomodel.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace headroom::ui {
namespace {

QString hostText(Bytes saving)
{
    if (saving > 0)
        return AdvisorPanel::tr("Host RAM saved: %1").arg(formatSize(saving));
    if (saving < 0)
        return AdvisorPanel::tr("Host RAM: %1 more needed").arg(formatSize(-saving));
    return AdvisorPanel::tr("Host RAM saved: none");
}

QString deviceText(Bytes saving)
{
    if (saving > 0)
        return AdvisorPanel::tr("per device saved: %1").arg(formatSize(saving));
    if (saving < 0)
        return AdvisorPanel::tr("per device: %1 more needed").arg(formatSize(-saving));
    return AdvisorPanel::tr("per device saved: none");
}

QString namesText(const std::vector<std::string> &names)
{
    QStringList list;
    for (const auto &n : names)
        list << QString::fromStdString(n);
    return QLocale().createSeparatedList(list);
}

} // namespace

AdvisorPanel::AdvisorPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_pitfalls(new QLabel(this)), m_cards(new QWidget),
      m_cardsLayout(new QVBoxLayout(m_cards))
{
    setObjectName(QStringLiteral("advisorPanel"));
    m_summary->setObjectName(QStringLiteral("advisorSummary"));
    m_summary->setWordWrap(true);
    m_pitfalls->setObjectName(QStringLiteral("advisorPitfalls"));
    m_pitfalls->setWordWrap(true);
    m_pitfalls->setTextFormat(Qt::PlainText);
    m_pitfalls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pitfalls->setFrameShape(QFrame::StyledPanel);
    m_pitfalls->setMargin(6);

    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("advisorSuggestions"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_pitfalls);
    layout->addWidget(scroll, 1);

    connect(m_model, &ScenarioModel::changed, this, &AdvisorPanel::onModelChanged);
    refresh();
}

void AdvisorPanel::onModelChanged()
{
    // A few dozen estimates per change: only while the tab is on screen, so that edits
    // elsewhere stay within a frame.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void AdvisorPanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void AdvisorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Every text is made in refresh(): remade now, or when next shown, like after an edit.
    if (event->type() == QEvent::LanguageChange)
        onModelChanged();
}

QPushButton *AdvisorPanel::applyButton(const QString &id) const
{
    return m_cards->findChild<QPushButton *>(QStringLiteral("apply_") + id);
}

void AdvisorPanel::refresh()
{
    m_stale = false;
    // Recreated on every change: a few dozen estimates, well within a frame. The old cards
    // are deleted later: this may run inside the click of one of their Apply buttons.
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        if (QWidget *w = item->widget()) {
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_suggestions.clear();

    const Estimate *e = m_model->estimate();
    if (!e) {
        m_summary->setText(tr("No suggestions: the scenario cannot be estimated."));
        m_pitfalls->hide();
        return;
    }
    const Scenario &scenario = m_model->scenario();
    m_suggestions = advise(scenario);

    QStringList pitfallLines;
    for (const Pitfall &p : pitfalls(scenario, *e))
        pitfallLines << tr("⚠ %1").arg(pitfallText(p));
    m_pitfalls->setText(pitfallLines.join(QLatin1Char('\n')));
    m_pitfalls->setVisible(!pitfallLines.isEmpty());

    if (m_suggestions.empty())
        m_summary->setText(tr("No change the advisor knows would lower this scenario's memory."));
    else
        m_summary->setText(tr("Ways to need less memory (%n in all), those that make more candidates fit first. "
                              "Each saving is the difference between two estimates.",
                              nullptr, static_cast<int>(m_suggestions.size())));
    for (std::size_t i = 0; i < m_suggestions.size(); ++i) {
        QWidget *card = makeCard(m_suggestions[i], i);
        m_cardsLayout->insertWidget(static_cast<int>(i), card);
        card->show(); // a layout shows new children of a visible widget only later (queued)
    }
}

QWidget *AdvisorPanel::makeCard(const Suggestion &s, std::size_t index)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card_") + QString::fromStdString(s.id));
    card->setFrameShape(QFrame::StyledPanel);

    auto *title = new QLabel(suggestionTitle(s), card);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);

    QString savings = hostText(s.hostSaving);
    if (m_model->estimate() && m_model->estimate()->device)
        savings = tr("%1 · %2", "host saving · device saving").arg(savings, deviceText(s.deviceSaving));
    auto *numbers = new QLabel(savings, card);
    numbers->setObjectName(QStringLiteral("savings"));
    numbers->setTextFormat(Qt::PlainText);

    auto *fit = new QLabel(card);
    fit->setObjectName(QStringLiteral("makesFit"));
    fit->setTextFormat(Qt::PlainText);
    fit->setWordWrap(true);
    if (!s.makesFit.empty())
        fit->setText(tr("Makes fit: %1").arg(namesText(s.makesFit)));
    fit->setVisible(!s.makesFit.empty());

    auto *cost = new QLabel(tr("Cost: %1").arg(suggestionCost(s)), card);
    cost->setObjectName(QStringLiteral("cost"));
    cost->setTextFormat(Qt::PlainText);
    cost->setWordWrap(true);
    cost->setForegroundRole(QPalette::PlaceholderText);

    auto *apply = new QPushButton(tr("Apply"), card);
    apply->setObjectName(QStringLiteral("apply_") + QString::fromStdString(s.id));
    apply->setToolTip(tr("Change the scenario as described (undoable)"));
    connect(apply, &QPushButton::clicked, this, [this, index] { onApply(index); });

    auto *grid = new QGridLayout(card);
    grid->addWidget(title, 0, 0);
    grid->addWidget(numbers, 1, 0);
    grid->addWidget(fit, 2, 0);
    grid->addWidget(cost, 3, 0);
    grid->addWidget(apply, 0, 1, 4, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    return card;
}

void AdvisorPanel::onApply(std::size_t index)
{
    if (index >= m_suggestions.size())
        return;
    const Suggestion s = m_suggestions[index]; // the edit rebuilds the list
    // An empty field: a patch may touch several fields, and two Applies must stay two undo steps.
    m_model->edit(QString(), tr("Apply suggestion: %1").arg(suggestionTitle(s)), [patch = s.scenarioPatch](Scenario &scenario) {
        auto patched = applyPatch(scenario, patch);
        if (patched.ok())
            scenario = std::move(patched).value();
    });
}

} // namespace headroom::ui
