#include "workspace/recommendationview.h"

#include "common/errortext.h"
#include "common/format.h"
#include "engine/fit/fit.h"
#include "model/scenariomodel.h"
#include "workspace/breakdownview.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::ui {

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

RecommendationView::RecommendationView(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_hostMinimum(valueLabel(QStringLiteral("hostMinimum"), this)),
      m_hostRecommended(valueLabel(QStringLiteral("hostRecommended"), this)),
      m_hostPurchasable(valueLabel(QStringLiteral("hostPurchasable"), this)), m_deviceTitle(new QLabel(this)),
      m_deviceMinimum(valueLabel(QStringLiteral("deviceMinimum"), this)),
      m_deviceRecommended(valueLabel(QStringLiteral("deviceRecommended"), this)),
      m_devicePurchasable(valueLabel(QStringLiteral("devicePurchasable"), this)), m_recommendedTitle(new QLabel(this)),
      m_candidates(new QLabel(this)), m_box(new QGroupBox(this)), m_minimumTitle(new QLabel(m_box)),
      m_purchasableTitle(new QLabel(m_box)), m_hostTitle(new QLabel(m_box))
{
    setObjectName(QStringLiteral("recommendation"));
    auto *grid = new QGridLayout(m_box);
    grid->addWidget(m_minimumTitle, 0, 1);
    grid->addWidget(m_recommendedTitle, 0, 2);
    grid->addWidget(m_purchasableTitle, 0, 3);
    grid->addWidget(m_hostTitle, 1, 0);
    grid->addWidget(m_hostMinimum, 1, 1);
    grid->addWidget(m_hostRecommended, 1, 2);
    grid->addWidget(m_hostPurchasable, 1, 3);
    grid->addWidget(m_deviceTitle, 2, 0);
    grid->addWidget(m_deviceMinimum, 2, 1);
    grid->addWidget(m_deviceRecommended, 2, 2);
    grid->addWidget(m_devicePurchasable, 2, 3);
    grid->setColumnStretch(4, 1);
    m_candidates->setObjectName(QStringLiteral("candidateVerdicts"));
    m_candidates->setWordWrap(true);
    m_candidates->setTextFormat(Qt::RichText);
    grid->addWidget(m_candidates, 3, 0, 1, 5);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_box);
    connect(m_model, &ScenarioModel::changed, this, &RecommendationView::refresh);
    retranslateUi();
}

void RecommendationView::retranslateUi()
{
    m_box->setTitle(tr("Recommendation"));
    m_minimumTitle->setText(tr("Minimum"));
    m_purchasableTitle->setText(tr("Next size to buy"));
    m_hostTitle->setText(tr("Host RAM"));
    refresh();
}

void RecommendationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RecommendationView::refresh()
{
    const Estimate *e = m_model->estimate();
    const int headroom = static_cast<int>(m_model->scenario().system.headroomFraction * 100.0 + 0.5);
    m_recommendedTitle->setText(tr("Recommended (+%1 %)").arg(headroom));
    const QString none = tr("—");
    // Titled even without an estimate, so that a language change reaches it too.
    const std::int64_t devices = e ? e->devices : std::max<std::int64_t>(1, m_model->scenario().cluster.devices());
    m_deviceTitle->setText(tr("Per GPU (%n device(s))", nullptr, static_cast<int>(devices)));
    if (!e) {
        for (QLabel *l : {m_hostMinimum, m_hostRecommended, m_hostPurchasable, m_deviceMinimum, m_deviceRecommended,
                          m_devicePurchasable})
            l->setText(none);
        m_candidates->setText(tr("No estimate until the scenario is valid."));
        return;
    }
    const Recommendation &r = e->recommendation;
    m_hostMinimum->setText(formatSize(r.hostMinimum));
    m_hostRecommended->setText(formatSize(r.hostRecommended));
    m_hostPurchasable->setText(formatSize(r.hostPurchasable));
    const bool gpu = e->device.has_value();
    for (QLabel *l : {m_deviceTitle, m_deviceMinimum, m_deviceRecommended, m_devicePurchasable})
        l->setVisible(gpu);
    m_deviceMinimum->setText(gpu ? nvidiaSmiLabel(formatSize(r.deviceMinimum)) : formatSize(r.deviceMinimum));
    m_deviceMinimum->setToolTip(
        gpu ? deviceFiguresText(e->device->peak, e->device->allocatedPeak(), e->device->reservedPeak()) : QString());
    m_deviceRecommended->setText(formatSize(r.deviceRecommended));
    m_devicePurchasable->setText(r.devicePurchasable > 0 ? formatSize(r.devicePurchasable) : tr("none on sale"));

    QStringList lines;
    const auto pick = recommendedCandidate(*e);
    if (e->candidates.empty())
        lines << tr("No candidate machines: add some on the Hardware page.");
    else if (pick)
        lines << tr("<b>Buy:</b> %1").arg(QString::fromStdString(e->candidates[*pick].machine.name).toHtmlEscaped());
    else
        lines << tr("<b>None of the candidates fits with %1 % headroom.</b>").arg(headroom);
    for (const CandidateFit &c : e->candidates) {
        const QString mark = c.level == FitLevel::Fits       ? QStringLiteral("✔")
                             : c.level == FitLevel::NoMargin ? QStringLiteral("≈")
                                                             : QStringLiteral("✘");
        lines << QStringLiteral("%1 %2: %3").arg(mark, QString::fromStdString(c.machine.name).toHtmlEscaped(),
                                                 fitReasonsText(c).toHtmlEscaped());
    }
    m_candidates->setText(lines.join(QStringLiteral("<br>")));
}

ResultsView::ResultsView(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_breakdown(new BreakdownView(model, this))
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(new RecommendationView(model, this));
    v->addWidget(m_breakdown, 1);
}

} // namespace headroom::ui
