#include "charts/chartspanel.h"

#include "charts/batchchart.h"
#include "charts/breakdownchart.h"
#include "charts/datasetchart.h"
#include "model/scenariomodel.h"
#include "scenario/loading.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace headroom::ui {

ChartsPanel::ChartsPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_model(model), m_batch(new BatchChart(model, this)),
      m_context(new BatchChart(model, SweepAxis::Context, this)),
      m_dataset(new DatasetChart(model, this)), m_breakdown(new BreakdownChart(model, this)),
      m_log(new QCheckBox(this)), m_table(new QCheckBox(this)), m_reset(new QToolButton(this)),
      m_export(new QToolButton(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_batch, QString());
    m_tabs->addTab(m_dataset, QString());
    m_tabs->addTab(m_breakdown, QString());
    m_tabs->addTab(m_context, QString()); // serving only

    m_log->setObjectName(QStringLiteral("logAxis"));
    m_table->setObjectName(QStringLiteral("showTable"));
    m_reset->setObjectName(QStringLiteral("resetView"));
    m_export->setObjectName(QStringLiteral("exportChart"));
    retranslateUi();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_log);
    bar->addWidget(m_table);
    bar->addStretch(1);
    bar->addWidget(m_reset);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_log, &QCheckBox::toggled, this, [this](bool on) {
        if (ChartView *c = currentChart())
            c->setLogScale(on);
    });
    connect(m_table, &QCheckBox::toggled, this, [this](bool on) {
        if (ChartView *c = currentChart())
            c->setTableShown(on);
    });
    connect(m_reset, &QToolButton::clicked, this, [this] {
        if (ChartView *c = currentChart()) {
            c->resetView();
            c->refresh();
        }
    });
    connect(m_export, &QToolButton::clicked, this, &ChartsPanel::exportCurrentChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPanel::syncToolbar);
    connect(model, &ScenarioModel::changed, this, &ChartsPanel::syncServingTabs);
    syncToolbar();
    syncServingTabs();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::retranslateUi()
{
    const bool serving = m_model->scenario().run.serving.has_value();
    m_tabs->setTabText(m_tabs->indexOf(m_batch), serving ? tr("Concurrent sequences") : tr("Batch size"));
    m_tabs->setTabText(m_tabs->indexOf(m_context), tr("Context length"));
    m_tabs->setTabText(m_tabs->indexOf(m_dataset), tr("Dataset size"));
    m_tabs->setTabText(m_tabs->indexOf(m_breakdown), tr("Components"));
    m_log->setText(tr("&Logarithmic memory axis"));
    m_log->setToolTip(tr("Draw memory on a logarithmic axis, to see small and large components together"));
    m_table->setText(tr("Show as &table"));
    m_table->setToolTip(tr("Show the plotted numbers as a table"));
    m_reset->setText(tr("&Reset view"));
    m_reset->setToolTip(tr("Back to the whole chart (or double-click the chart)"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the charts retranslate themselves: they receive the event too
}

void ChartsPanel::syncServingTabs()
{
    const Scenario &s = m_model->scenario();
    const bool serving = s.run.serving.has_value();
    m_tabs->setTabVisible(m_tabs->indexOf(m_context), serving);
    // A serving engine loads no dataset: memory does not depend on one's size.
    m_tabs->setTabVisible(m_tabs->indexOf(m_dataset), loadsDataset(s));
    m_tabs->setTabText(m_tabs->indexOf(m_batch), serving ? tr("Concurrent sequences") : tr("Batch size"));
}

ChartView *ChartsPanel::currentChart() const { return qobject_cast<ChartView *>(m_tabs->currentWidget()); }

void ChartsPanel::syncToolbar()
{
    const ChartView *c = currentChart();
    if (!c)
        return;
    const QSignalBlocker b1(m_log);
    const QSignalBlocker b2(m_table);
    m_log->setChecked(c->isLogScale());
    m_table->setChecked(c->isTableShown());
}

void ChartsPanel::exportCurrentChart()
{
    ChartView *c = currentChart();
    if (!c)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), dir + QLatin1Char('/') + c->objectName() + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (const auto error = c->exportTo(path))
        QMessageBox::warning(this, tr("Export Chart"), *error);
}

} // namespace headroom::ui
