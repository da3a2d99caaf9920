#include "workspace/breakdownview.h"

#include "common/errortext.h"
#include "common/format.h"
#include "model/scenariomodel.h"
#include "workspace/measurementpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::ui {

BreakdownView::BreakdownView(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_warnings(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("breakdown"));
    m_table->setColumnCount(5);
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
    retranslateUi();
}

void BreakdownView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Where"), tr("Memory"), tr("Share"), tr("Derivation")});
    // The same estimate gives the same rows: the selection and scroll position stay.
    QList<int> selected;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        selected << i.row();
    const int currentRow = m_table->currentRow();
    const int currentColumn = m_table->currentColumn();
    const int scroll = m_table->verticalScrollBar()->value();
    refresh();
    for (int row : std::as_const(selected))
        if (row < m_table->rowCount())
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, currentColumn, QItemSelectionModel::NoUpdate);
    m_table->doItemsLayout(); // the scroll range of the new rows
    m_table->verticalScrollBar()->setValue(scroll);
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
    m_table->setRowCount(0);
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

    auto addRows = [this](const Breakdown &b, const QString &where) {
        for (const auto &c : b.components) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const double share = b.peak > 0 ? 100.0 * static_cast<double>(c.bytes) / static_cast<double>(b.peak) : 0.0;
            auto *bytes = new QTableWidgetItem(formatSize(c.bytes));
            bytes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            bytes->setToolTip(tr("%1 bytes").arg(QLocale().toString(static_cast<qlonglong>(c.bytes))));
            auto *shareItem = new QTableWidgetItem(QLocale().toString(share, 'f', 1) + QStringLiteral(" %"));
            shareItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *derivation = new QTableWidgetItem(QString::fromStdString(c.derivation));
            derivation->setToolTip(derivation->text());
            m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(c.name)));
            m_table->setItem(row, 1, new QTableWidgetItem(where));
            m_table->setItem(row, 2, bytes);
            m_table->setItem(row, 3, shareItem);
            m_table->setItem(row, 4, derivation);
        }
    };
    addRows(e->host, tr("host"));
    if (e->device)
        addRows(*e->device, tr("device"));

    QStringList warnings;
    for (const auto &w : e->warnings)
        warnings << QStringLiteral("⚠ ") + warningText(w);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace headroom::ui
