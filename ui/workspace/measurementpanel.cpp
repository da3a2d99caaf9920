#include "workspace/measurementpanel.h"

#include "common/format.h"
#include "common/measurementtext.h"
#include "model/scenariomodel.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom::ui {

MeasurementPanel::MeasurementPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_title(new QLabel(this)),
      m_source(new QLabel(this)),
      m_remove(new QPushButton(this)),
      m_grid(new QGridLayout),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("measurementPanel"));
    m_title->setObjectName(QStringLiteral("measurementTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_source->setObjectName(QStringLiteral("measurementSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("measurementNote"));
    m_note->setWordWrap(true);
    m_remove->setObjectName(QStringLiteral("removeMeasurement"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_remove);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 6);
    layout->addLayout(header);
    layout->addWidget(m_source);
    layout->addLayout(m_grid);
    layout->addWidget(m_note);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_remove, &QPushButton::clicked, m_model, &ScenarioModel::detachMeasurement);
    connect(m_model, &ScenarioModel::changed, this, &MeasurementPanel::refresh);
    refresh();
}

QString MeasurementPanel::text() const
{
    QStringList lines{m_title->text(), m_source->text()};
    for (const auto &row : m_rows) {
        QStringList cells;
        for (const QLabel *cell : row)
            cells << cell->text();
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!m_note->text().isEmpty())
        lines << m_note->text();
    return lines.join(QLatin1Char('\n'));
}

QList<QLabel *> MeasurementPanel::rowLabels(int row) const
{
    return row + 1 < m_rows.size() ? m_rows.at(row + 1) : QList<QLabel *>{};
}

void MeasurementPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void MeasurementPanel::clearRows()
{
    for (const auto &row : std::as_const(m_rows))
        qDeleteAll(row);
    m_rows.clear();
}

void MeasurementPanel::refresh()
{
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Detach the measurement from the scenario"));
    const Measurement *m = m_model->measurement();
    setVisible(m != nullptr);
    clearRows();
    if (!m)
        return;
    m_title->setText(tr("Measured against estimated"));
    m_source->setText(tr("%1 (%2)").arg(QFileInfo(m_model->measurementFile()).fileName(),
                                        MeasurementText::origin(*m)));

    const MeasurementComparison *c = m_model->comparison();
    if (!c) {
        m_note->setText(tr("No estimate to compare with."));
        m_note->setVisible(true);
        return;
    }
    auto addRow = [this](const QStringList &cells, bool header, bool marked) {
        const int r = int(m_rows.size());
        QList<QLabel *> labels;
        for (int col = 0; col < cells.size(); ++col) {
            auto *label = new QLabel(cells.at(col), this);
            label->setTextFormat(Qt::PlainText);
            if (header || (marked && col == 3)) {
                QFont f = label->font();
                f.setBold(true);
                label->setFont(f);
            }
            if (marked && col == 3) {
                QPalette p = label->palette();
                p.setColor(QPalette::WindowText, QColor(0xa6, 0x1b, 0x1b));
                label->setPalette(p);
                label->setToolTip(tr("Outside the engine's stated accuracy of ±10 %"));
            }
            m_grid->addWidget(label, r, col, col == 0 ? Qt::AlignLeft : Qt::AlignRight);
            labels << label;
        }
        m_rows << labels;
    };
    addRow({tr("Metric"), tr("Estimated"), tr("Measured"), tr("Error")}, true, false);
    for (const auto &row : c->metrics)
        addRow({MeasurementText::metricLabel(row.metric), formatSize(row.estimated), formatSize(row.measured),
                MeasurementText::errorText(row.error)},
               false, MeasurementText::isMarked(row));
    const QString note = MeasurementText::scenarioNote(*c);
    m_note->setText(note.isEmpty() ? QString() : QStringLiteral("⚠ ") + note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace headroom::ui
