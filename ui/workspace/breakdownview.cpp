#include "workspace/breakdownview.h"

#include "common/errortext.h"
#include "common/format.h"
#include "model/scenariomodel.h"
#include "workspace/breakdownmodel.h"
#include "workspace/measurementpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

BreakdownView::BreakdownView(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_rows(new BreakdownModel(this)),
      m_table(new QTableView(this)), m_warnings(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("breakdown"));
    m_table->setModel(m_rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(new MeasurementPanel(m_model, this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warnings);

    connect(m_model, &ScenarioModel::changed, this, &BreakdownView::refresh);
    refresh();
}

void BreakdownView::retranslateUi()
{
    m_rows->retranslate(); // selection and scroll stay: the rows are the same
    refresh();
}

void BreakdownView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void BreakdownView::refresh()
{
    const Estimate *e = m_model->estimate();
    m_rows->setEstimate(e);
    if (!e) {
        const auto &problem = m_model->problem();
        m_summary->setText(tr("<b>No estimate:</b> %1")
                               .arg(problem ? errorText(*problem).toHtmlEscaped() : QString()));
        m_warnings->clear();
        return;
    }
    const Recommendation &r = e->recommendation;
    QString summary = tr("<b>Host RAM</b>: peak %1 · minimum %2 · recommended %3 · buy %4")
                          .arg(formatSize(e->host.peak), formatSize(r.hostMinimum), formatSize(r.hostRecommended),
                               formatSize(r.hostPurchasable));
    if (e->device)
        summary += QStringLiteral("<br>")
                   + tr("<b>Per device</b> (%n device(s)): peak %1 · recommended %2 · smallest GPU that fits: %3", nullptr,
                        static_cast<int>(e->devices))
                         .arg(formatSize(e->device->peak), formatSize(r.deviceRecommended),
                              r.devicePurchasable > 0 ? formatSize(r.devicePurchasable) : tr("none on sale"));
    m_summary->setText(summary);

    QStringList warnings;
    for (const auto &w : e->warnings)
        warnings << QStringLiteral("⚠ ") + warningText(w);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace headroom::ui
