#include "wizard/memorygauge.h"

#include "common/errortext.h"
#include "common/format.h"
#include "engine/fit/fit.h"
#include "engine/serving/serving.h"
#include "model/scenariomodel.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::ui {

MemoryBar::MemoryBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize MemoryBar::sizeHint() const { return {160, fontMetrics().height()}; }

QSize MemoryBar::minimumSizeHint() const { return {60, fontMetrics().height()}; }

void MemoryBar::setValue(double fraction, Level level)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction == m_fraction && level == m_level)
        return;
    m_fraction = fraction;
    m_level = level;
    update();
}

QColor MemoryBar::color(Level level, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (level) {
    case Level::Fits:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Level::Tight:
        return dark ? QColor(0xff, 0xca, 0x28) : QColor(0xef, 0x9a, 0x00);
    case Level::Over:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Level::Neutral:
        break;
    }
    return palette.color(QPalette::Highlight);
}

void MemoryBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 3;
    QColor track = palette().color(QPalette::Mid);
    track.setAlpha(90);
    p.setPen(Qt::NoPen);
    p.setBrush(track);
    p.drawRoundedRect(r, radius, radius);
    if (m_fraction > 0 && isEnabled()) {
        QPainterPath clip;
        clip.addRoundedRect(r, radius, radius);
        p.setClipPath(clip);
        p.setBrush(color(m_level, palette()));
        p.drawRect(QRectF(r.left(), r.top(), r.width() * m_fraction, r.height()));
    }
}

MemoryGauge::MemoryGauge(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_candidate(new QComboBox(this)), m_hostText(new QLabel(this)),
      m_hostBar(new MemoryBar(this)), m_deviceText(new QLabel(this)), m_deviceBar(new MemoryBar(this)),
      m_status(new QLabel(this)), m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("memoryGauge"));
    m_candidate->setObjectName(QStringLiteral("gaugeCandidate"));
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidate->setMinimumContentsLength(12);
    m_hostText->setObjectName(QStringLiteral("hostGaugeText"));
    m_deviceText->setObjectName(QStringLiteral("deviceGaugeText"));
    m_hostBar->setObjectName(QStringLiteral("hostGauge"));
    m_deviceBar->setObjectName(QStringLiteral("deviceGauge"));
    m_status->setObjectName(QStringLiteral("gaugeStatus"));
    m_title->setObjectName(QStringLiteral("gaugeTitle"));
    for (QLabel *l : {m_hostText, m_deviceText, m_status}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_title->setBuddy(m_candidate);

    auto *v = new QVBoxLayout(this);
    v->addWidget(m_title);
    v->addWidget(m_candidate);
    v->addSpacing(4);
    v->addWidget(m_hostText);
    v->addWidget(m_hostBar);
    v->addSpacing(4);
    v->addWidget(m_deviceText);
    v->addWidget(m_deviceBar);
    v->addSpacing(4);
    v->addWidget(m_status);
    v->addStretch(1);

    connect(m_model, &ScenarioModel::changed, this, &MemoryGauge::refresh);
    connect(m_candidate, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            refresh();
    });
    retranslateUi();
}

void MemoryGauge::retranslateUi()
{
    m_title->setText(tr("<b>Memory</b> against:"));
    m_candidate->setPlaceholderText(tr("no candidate machine"));
    refresh(); // keeps the chosen candidate
}

void MemoryGauge::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MemoryGauge::refresh()
{
    const Estimate *e = m_model->estimate();
    m_refreshing = true;
    // Keep the chosen candidate by name across edits; by default the one to buy.
    const QString chosen = m_candidate->currentText();
    QStringList names;
    if (e)
        for (const auto &c : e->candidates)
            names << QString::fromStdString(c.machine.name);
    else // without an estimate keep the list (and the user's choice) as it was
        for (int i = 0; i < m_candidate->count(); ++i)
            names << m_candidate->itemText(i);
    bool same = names.size() == m_candidate->count();
    for (int i = 0; same && i < names.size(); ++i)
        same = m_candidate->itemText(i) == names[i];
    if (!same) {
        m_candidate->clear();
        m_candidate->addItems(names);
        int index = static_cast<int>(names.indexOf(chosen));
        if (index < 0 && e)
            index = static_cast<int>(recommendedCandidate(*e).value_or(0));
        m_candidate->setCurrentIndex(names.isEmpty() ? -1 : index);
    }
    m_candidate->setEnabled(e && !names.isEmpty());
    m_refreshing = false;

    if (!e) {
        const auto &problem = m_model->problem();
        m_hostText->setText(tr("Host RAM: no estimate"));
        m_deviceText->setVisible(false);
        m_deviceBar->setVisible(false);
        m_hostBar->setValue(0, MemoryBar::Level::Neutral);
        m_status->setText(problem ? tr("Fix the scenario first: %1").arg(errorText(*problem))
                                  : QString());
        // Both roles: a label may inherit either as its foreground role (QWizard's side).
        QPalette red = palette();
        red.setColor(QPalette::WindowText, MemoryBar::color(MemoryBar::Level::Over, palette()));
        red.setColor(QPalette::Text, MemoryBar::color(MemoryBar::Level::Over, palette()));
        m_status->setPalette(red);
        return;
    }
    m_status->setPalette(palette());
    const Recommendation &r = e->recommendation;
    const int index = m_candidate->currentIndex();
    const CandidateFit *fit = index >= 0 && index < static_cast<int>(e->candidates.size())
                                  ? &e->candidates[static_cast<std::size_t>(index)]
                                  : nullptr;
    auto ratio = [](Bytes need, Bytes capacity) {
        return capacity > 0 ? static_cast<double>(need) / static_cast<double>(capacity) : 1.0;
    };
    // Core's verdict colours the bars: a machine with too few GPUs is red even when each
    // GPU would hold its share.
    auto level = [](FitLevel l) {
        switch (l) {
        case FitLevel::Fits:
            return MemoryBar::Level::Fits;
        case FitLevel::NoMargin:
            return MemoryBar::Level::Tight;
        case FitLevel::DoesNotFit:
            break;
        }
        return MemoryBar::Level::Over;
    };
    const int headroom = static_cast<int>(m_model->scenario().system.headroomFraction * 100.0 + 0.5);
    QStringList verdicts;
    auto verdict = [&](MemoryBar::Level l, const QString &what) {
        switch (l) {
        case MemoryBar::Level::Fits:
            verdicts << tr("%1 fits with %2 % headroom.").arg(what).arg(headroom);
            break;
        case MemoryBar::Level::Tight:
            verdicts << tr("%1 fits, but with less than %2 % headroom.").arg(what).arg(headroom);
            break;
        case MemoryBar::Level::Over: // the reasons follow, from core's verdict
        case MemoryBar::Level::Neutral:
            break;
        }
    };

    const Scenario &scenario = m_model->scenario();
    if (fit && fit->machine.unifiedMemory && e->device) {
        // Unified memory: host and GPU draw on the one pool of RAM.
        const Bytes ram = fit->machine.hostRam;
        const Bytes use = satAdd(r.hostMinimum, serving::deviceHeld(scenario, *e, fit->machine.gpuMemory));
        // The verdict is core's (assessCandidate): the pool is short when either is.
        const auto l = level(std::max(fit->hostLevel, fit->deviceLevel.value_or(FitLevel::Fits)));
        m_hostText->setText(tr("Unified memory (host + GPU): %1 of %2").arg(formatSize(use), formatSize(ram)));
        m_hostBar->setValue(ratio(use, ram), l);
        verdict(l, tr("Unified memory"));
    } else if (fit) {
        const Bytes ram = fit->machine.hostRam;
        const auto l = level(fit->hostLevel);
        m_hostText->setText(tr("Host RAM: %1 of %2").arg(formatSize(r.hostMinimum), formatSize(ram)));
        m_hostBar->setValue(ratio(r.hostMinimum, ram), l);
        verdict(l, tr("Host RAM"));
    } else {
        m_hostText->setText(tr("Host RAM: %1 needed, buy %2").arg(formatSize(r.hostMinimum), formatSize(r.hostPurchasable)));
        m_hostBar->setValue(ratio(r.hostMinimum, r.hostPurchasable), MemoryBar::Level::Neutral);
    }

    const bool gpu = e->device.has_value();
    m_deviceText->setVisible(gpu);
    m_deviceBar->setVisible(gpu);
    if (gpu) {
        const Bytes need = e->device->peak;
        if (fit && fit->machine.gpuMemory > 0) {
            // A serving engine's budget is its share of the GPU (vLLM: gpu_memory_utilization).
            const Bytes budget = serving::deviceBudget(scenario, fit->machine.gpuMemory);
            const auto l = level(fit->deviceLevel.value_or(FitLevel::DoesNotFit));
            m_deviceText->setText(budget < fit->machine.gpuMemory
                                      ? tr("Per GPU: %1 of the engine's %2 share of %3")
                                            .arg(formatSize(need), formatSize(budget), formatSize(fit->machine.gpuMemory))
                                      : tr("Per GPU: %1 of %2").arg(formatSize(need), formatSize(fit->machine.gpuMemory)));
            m_deviceBar->setValue(ratio(need, budget), l);
            verdict(l, tr("GPU memory"));
        } else if (fit) {
            m_deviceText->setText(tr("Per GPU: %1 needed; this machine has no GPU").arg(formatSize(need)));
            m_deviceBar->setValue(1.0, MemoryBar::Level::Over);
            verdicts << tr("The job needs a GPU.");
        } else {
            m_deviceText->setText(r.devicePurchasable > 0
                                      ? tr("Per GPU: %1 needed, smallest GPU %2")
                                            .arg(formatSize(need), formatSize(r.devicePurchasable))
                                      : tr("Per GPU: %1 needed; no single GPU is large enough").arg(formatSize(need)));
            m_deviceBar->setValue(ratio(need, r.devicePurchasable), MemoryBar::Level::Neutral);
        }
        m_deviceText->setText(nvidiaSmiLabel(m_deviceText->text()));
        m_deviceText->setToolTip(deviceFiguresText(need, e->device->allocatedPeak(), e->device->reservedPeak()));
    }
    if (!fit)
        verdicts << tr("Add a candidate machine on the Hardware page to check the fit.");
    else if (fit->level == FitLevel::DoesNotFit)
        //: %1 lists why, as the comparison does ("each GPU is 2 GiB short (needs …, has …)").
        verdicts = QStringList{tr("It does not fit: %1.").arg(fitProblemsText(*fit))};
    m_status->setText(verdicts.join(QLatin1Char('\n')));
}

} // namespace headroom::ui
