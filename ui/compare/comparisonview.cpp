#include "compare/comparisonview.h"

#include "common/errortext.h"
#include "charts/chartstyle.h"
#include "common/format.h"
#include "common/visiblerefresher.h"
#include "compare/candidatetablemodel.h"
#include "compare/catalogdialog.h"
#include "compare/catalogstore.h"
#include "engine/fit/fit.h"
#include "model/scenariomodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace headroom::ui {

struct ComparisonView::ChartInputs {
    struct Bar {
        std::string name;
        Bytes hostRam = 0;
        Bytes hostFree = 0;
        Bytes gpuMemory = 0;
        std::optional<Bytes> deviceFree;
        bool operator==(const Bar &other) const = default;
    };
    std::vector<Bar> bars;
    bool device = false;
    double headroomFraction = 0;
    bool operator==(const ChartInputs &other) const = default;
};

ComparisonView::ComparisonView(ScenarioModel *model, CatalogStore *catalog, QWidget *parent)
    : QWidget(parent), m_model(model), m_catalog(catalog ? catalog : new CatalogStore({}, this)),
      m_summary(new QLabel(this)), m_catalogProblem(new QLabel(this)), m_table(new CandidateTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_chart(new QCustomPlot(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_up(new QPushButton(this)),
      m_down(new QPushButton(this)), m_edit(new QPushButton(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    m_summary->setObjectName(QStringLiteral("recommendation"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catalogProblem->setObjectName(QStringLiteral("catalogProblem"));
    m_catalogProblem->setWordWrap(true);
    m_catalogProblem->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("candidateNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(CandidateTableModel::SortRole);
    m_view->setObjectName(QStringLiteral("candidates"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidateTableModel::Order, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(40);

    m_chart->setObjectName(QStringLiteral("headroomChart"));
    m_chart->setMinimumHeight(180);
    m_chart->setAntialiasedElements(QCP::aeAll);
    // The legend in a row of its own under the bars, never over them.
    m_chart->plotLayout()->addElement(1, 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(1, 0.001);
    m_chart->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_chart->legend->setMargins(QMargins(6, 0, 6, 2));

    m_add->setObjectName(QStringLiteral("addCandidate"));
    m_remove->setObjectName(QStringLiteral("removeCandidate"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_edit->setObjectName(QStringLiteral("editCatalogue"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_catalogProblem);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &ComparisonView::addFromCatalogue);
    connect(m_edit, &QPushButton::clicked, this, &ComparisonView::editCatalogue);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int i = selectedIndex(); i >= 0)
            removeCandidate(i);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCandidate(selectedIndex(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCandidate(selectedIndex(), +1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComparisonView::updateButtons);
    // Behind another tab the comparison waits until it is shown.
    auto *refresher = new VisibleRefresher(this, [this] { refresh(); });
    connect(m_model, &ScenarioModel::changed, refresher, &VisibleRefresher::request);
    connect(m_catalog, &CatalogStore::catalogChanged, refresher, &VisibleRefresher::request);
    retranslateUi();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::retranslateUi()
{
    m_add->setText(tr("&Add from Catalogue…"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_edit->setText(tr("Edit &Catalogue…"));
    m_table->retranslate();
    refresh(); // the rows, the recommendation and the chart (keeping the sorting and the selection)
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_chartShown.reset(); // its texts
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_chartShown.reset();
        refreshChart();
    }
}

int ComparisonView::selectedIndex() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).data(CandidateTableModel::IndexRole).toInt();
}

void ComparisonView::updateButtons()
{
    const int n = static_cast<int>(m_model->scenario().hardware.size());
    const int i = selectedIndex();
    m_add->setEnabled(n < kMaxCandidates);
    m_add->setToolTip(n < kMaxCandidates ? tr("Add a machine from the hardware catalogue")
                                         : tr("The comparison holds at most %n candidates", nullptr, kMaxCandidates));
    m_remove->setEnabled(i >= 0);
    m_up->setEnabled(i > 0);
    m_down->setEnabled(i >= 0 && i + 1 < n);
}

void ComparisonView::refresh()
{
    m_recommended.reset();
    m_catalogProblem->setText(m_catalog->loadError());
    m_catalogProblem->setVisible(!m_catalog->loadError().isEmpty());

    const Scenario &s = m_model->scenario();
    const Estimate *e = m_model->estimate();
    if (e)
        if (const auto best = recommendedCandidate(*e))
            m_recommended = static_cast<int>(*best);
    // Only the cells that differ change: the view keeps its selection, scroll and sorting.
    m_table->update(s, e, m_recommended);
    if (!e) {
        const auto &problem = m_model->problem();
        m_summary->setText(tr("<b>No comparison:</b> %1")
                               .arg(problem ? errorText(*problem).toHtmlEscaped() : QString()));
        refreshChart();
        updateButtons();
        return;
    }
    const QString headroomPct = QLocale().toString(s.system.headroomFraction * 100.0, 'f', 0);

    // The recommendation, in one sentence.
    QString summary;
    if (m_recommended) {
        const Machine &m = e->candidates[static_cast<std::size_t>(*m_recommended)].machine;
        const QString name = QString::fromStdString(m.name).toHtmlEscaped();
        if (m.price)
            summary = tr("<b>Recommended: %1</b>, the cheapest candidate that fits with the scenario's %2 % headroom, at %3.")
                          .arg(name, headroomPct, formatMoney(*m.price, QString::fromStdString(m.currency)).toHtmlEscaped());
        else
            summary = tr("<b>Recommended: %1</b>, the candidate with the least memory that fits with the scenario's %2 % "
                         "headroom (no prices are given).")
                          .arg(name, headroomPct);
    } else if (!e->candidates.empty()) {
        const Recommendation &r = e->recommendation;
        summary = e->device
                      ? tr("<b>No candidate fits with the scenario's %1 % headroom.</b> The job needs %2 of host RAM and %3 "
                           "on each GPU.")
                            .arg(headroomPct, formatSize(r.hostRecommended), formatSize(r.deviceRecommended))
                      : tr("<b>No candidate fits with the scenario's %1 % headroom.</b> The job needs %2 of host RAM.")
                            .arg(headroomPct, formatSize(r.hostRecommended));
    }
    if (e->candidates.size() < 2) {
        if (!summary.isEmpty())
            summary += QStringLiteral("<br>");
        summary += tr("Add at least two candidates to compare them side by side.");
    }
    m_summary->setText(summary);
    // Columns that say nothing for this job stay out of the way.
    m_view->setColumnHidden(CandidateTableModel::DeviceMemory, s.device() != Device::Gpu);
    m_view->setColumnHidden(CandidateTableModel::DeviceFree, s.device() != Device::Gpu);
    m_view->setColumnHidden(CandidateTableModel::MaxBatch, !isDeepLearning(s.model.framework));
    refreshChart();
    updateButtons();
}

void ComparisonView::refreshChart()
{
    const Estimate *e = m_model->estimate();
    const Scenario &s = m_model->scenario();
    // Most edits move some candidate's free memory, but not all (a name, a note, a catalogue
    // entry no candidate uses): then the chart stays as drawn.
    ChartInputs inputs;
    inputs.headroomFraction = s.system.headroomFraction;
    if (e) {
        inputs.device = e->device.has_value();
        for (const CandidateFit &f : e->candidates)
            inputs.bars.push_back({f.machine.name, f.machine.hostRam, f.hostFree, f.machine.gpuMemory, f.deviceFree});
    }
    if (m_chartShown && *m_chartShown == inputs)
        return;
    m_chartShown = std::make_unique<ChartInputs>(std::move(inputs));

    QCustomPlot *p = m_chart;
    p->clearPlottables();
    p->clearItems();
    QCPAxis *names = p->yAxis;
    QCPAxis *pct = p->xAxis;
    p->legend->setVisible(false);
    if (!e || e->candidates.empty()) {
        p->replot();
        return;
    }
    const int n = static_cast<int>(e->candidates.size());
    auto *group = new QCPBarsGroup(p);
    auto *host = new QCPBars(names, pct);
    host->setName(tr("Host RAM free"));
    host->setBrush(QColor(0x4e, 0x79, 0xa7));
    host->setPen(Qt::NoPen);
    host->setWidth(0.35);
    host->setBarsGroup(group);
    QCPBars *device = nullptr;
    if (e->device) {
        device = new QCPBars(names, pct);
        device->setName(tr("Per-GPU memory free"));
        device->setBrush(QColor(0xb0, 0x7a, 0xa1));
        device->setPen(Qt::NoPen);
        device->setWidth(0.35);
        device->setBarsGroup(group);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double lowest = 0.0;
    const QColor text = palette().color(QPalette::WindowText);
    auto label = [&](double key, double value, Bytes bytes, double offset) {
        auto *t = new QCPItemText(p);
        t->position->setCoords(std::max(value, 0.0), key + offset);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        t->setPadding(QMargins(4, 0, 0, 0));
        t->setText(formatSize(bytes));
        t->setColor(text);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        t->setFont(f);
    };
    for (int i = 0; i < n; ++i) {
        const CandidateFit &f = e->candidates[static_cast<std::size_t>(i)];
        const double key = n - i; // the first candidate at the top
        ticker->addTick(key, QString::fromStdString(f.machine.name));
        const double hostPct = f.machine.hostRam > 0
                                   ? 100.0 * static_cast<double>(f.hostFree) / static_cast<double>(f.machine.hostRam)
                                   : -100.0;
        host->addData(key, std::max(hostPct, -100.0));
        lowest = std::min(lowest, std::max(hostPct, -100.0));
        // In a group the host bar is drawn below the device bar; each label beside its own bar.
        label(key, hostPct, f.hostFree, device ? -0.18 : 0.0);
        if (device) {
            const double devPct = f.deviceFree && f.machine.gpuMemory > 0
                                      ? 100.0 * static_cast<double>(*f.deviceFree) / static_cast<double>(f.machine.gpuMemory)
                                      : -100.0;
            device->addData(key, std::max(devPct, -100.0));
            lowest = std::min(lowest, std::max(devPct, -100.0));
            label(key, devPct, f.deviceFree.value_or(0), 0.18);
        }
    }
    names->setTicker(ticker);
    names->setRange(0.4, n + 0.6);
    names->grid()->setVisible(false);
    pct->setLabel(tr("Memory free at the job's peak (% of the machine's)"));
    pct->setRange(std::min(lowest - 5.0, -10.0), 110.0);

    // Fitting with headroom h means capacity ≥ need × (1 + h): at least h / (1 + h) free.
    const double target = 100.0 * s.system.headroomFraction / (1.0 + s.system.headroomFraction);
    for (double x : {0.0, target}) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(x == 0.0 ? text : QColor(0x2e, 0x8b, 0x57), 1.5, x == 0.0 ? Qt::SolidLine : Qt::DashLine));
    }
    auto *targetLabel = new QCPItemText(p);
    targetLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    targetLabel->position->setCoords(target, 0.0);
    targetLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    targetLabel->setText(tr("%1 % headroom").arg(QLocale().toString(s.system.headroomFraction * 100.0, 'f', 0)));
    targetLabel->setColor(QColor(0x2e, 0x8b, 0x57));
    p->legend->setVisible(device != nullptr);
    if (device) {
        host->addToLegend();
        device->addToLegend();
    }
    applyPalette(p, palette());
    p->replot();
}

bool ComparisonView::addEntry(const CatalogEntry &entry)
{
    if (static_cast<int>(m_model->scenario().hardware.size()) >= kMaxCandidates)
        return false;
    const QString note = addCatalogCandidate(m_model, *m_catalog, entry);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    return true;
}

void ComparisonView::removeCandidate(int index)
{
    const auto &hw = m_model->scenario().hardware;
    if (index < 0 || index >= static_cast<int>(hw.size()))
        return;
    const Estimate *e = m_model->estimate();
    const QString name = e && index < static_cast<int>(e->candidates.size())
                             ? QString::fromStdString(e->candidates[static_cast<std::size_t>(index)].machine.name)
                             : QString::fromStdString(hw[static_cast<std::size_t>(index)].name);
    m_model->edit(QString(), tr("Remove candidate %1").arg(name),
                  [index](Scenario &s) { s.hardware.erase(s.hardware.begin() + index); });
}

void ComparisonView::moveCandidate(int index, int delta)
{
    const int n = static_cast<int>(m_model->scenario().hardware.size());
    const int to = index + delta;
    if (index < 0 || index >= n || to < 0 || to >= n)
        return;
    m_view->sortByColumn(CandidateTableModel::Order, Qt::AscendingOrder); // moving is in the scenario's order
    m_model->edit(QString(), tr("Reorder candidates"),
                  [index, to](Scenario &s) { std::swap(s.hardware[static_cast<std::size_t>(index)], s.hardware[static_cast<std::size_t>(to)]); });
    const QModelIndex at = m_proxy->mapFromSource(m_table->index(to, 0));
    m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
}

void ComparisonView::addFromCatalogue()
{
    CatalogDialog dialog(m_catalog, CatalogDialog::Pick, this);
    dialog.setPickLimit(kMaxCandidates - static_cast<int>(m_model->scenario().hardware.size()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const CatalogEntry &entry : dialog.pickedEntries())
        if (!addEntry(entry))
            break;
}

void ComparisonView::editCatalogue()
{
    CatalogDialog dialog(m_catalog, CatalogDialog::Manage, this);
    dialog.exec();
}

} // namespace headroom::ui
