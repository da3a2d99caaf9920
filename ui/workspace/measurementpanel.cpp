#include "workspace/measurementpanel.h"

#include "common/measurementtext.h"
#include "model/scenariomodel.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace headroom::ui {

MeasurementPanel::MeasurementPanel(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_text(new QLabel(this)), m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("measurementPanel"));
    m_text->setObjectName(QStringLiteral("measurementText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remove->setObjectName(QStringLiteral("removeMeasurement"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_remove, 0, Qt::AlignTop);
    connect(m_remove, &QPushButton::clicked, m_model, &ScenarioModel::detachMeasurement);
    connect(m_model, &ScenarioModel::changed, this, &MeasurementPanel::refresh);
    refresh();
}

void MeasurementPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void MeasurementPanel::refresh()
{
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Detach the measurement from the scenario"));
    const Measurement *m = m_model->measurement();
    setVisible(m != nullptr);
    if (!m)
        return;
    QString html = tr("<b>Measured against estimated</b> — %1 (%2)")
                       .arg(QFileInfo(m_model->measurementFile()).fileName().toHtmlEscaped(),
                            MeasurementText::origin(*m).toHtmlEscaped());
    if (const MeasurementComparison *c = m_model->comparison()) {
        html += MeasurementText::tableHtml(*c);
        const QString note = MeasurementText::scenarioNote(*c);
        if (!note.isEmpty())
            html += QStringLiteral("<p>⚠ %1</p>").arg(note.toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("No estimate to compare with.").toHtmlEscaped());
    }
    m_text->setText(html);
}

} // namespace headroom::ui
