#include "workspace/scenarioeditor.h"

#include "wizard/datasetform.h"
#include "wizard/hardwareform.h"
#include "wizard/memorygauge.h"
#include "wizard/modelform.h"
#include "wizard/trainingform.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace headroom::ui {

namespace {

QScrollArea *scrolled(QWidget *form, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(form);
    return scroll;
}

} // namespace

ScenarioEditor::ScenarioEditor(ScenarioModel *model, CatalogStore *catalog, QWidget *parent)
    : QWidget(parent), m_gauge(new MemoryGauge(model, this)), m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("scenarioEditor"));
    m_pages->setObjectName(QStringLiteral("editorPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(scrolled(new DatasetForm(model), this), QString());
    m_pages->addTab(scrolled(new ModelForm(model), this), QString());
    m_pages->addTab(scrolled(new TrainingForm(model), this), QString());
    m_pages->addTab(scrolled(new HardwareForm(model, catalog), this), QString());
    retranslateUi();
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_gauge);
    v->addWidget(m_pages, 1);
}

void ScenarioEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScenarioEditor::retranslateUi()
{
    m_pages->setTabText(0, tr("Dataset"));
    m_pages->setTabText(1, tr("Model"));
    m_pages->setTabText(2, tr("Training"));
    m_pages->setTabText(3, tr("Hardware"));
}

} // namespace headroom::ui
