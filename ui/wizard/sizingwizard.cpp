#include "wizard/sizingwizard.h"

#include "model/scenariomodel.h"
#include "scenario/starting.h"
#include "wizard/datasetform.h"
#include "wizard/hardwareform.h"
#include "wizard/memorygauge.h"
#include "wizard/modelform.h"
#include "wizard/trainingform.h"
#include "workspace/recommendationview.h"

#include <QEvent>
#include <QListWidget>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::ui {

FormPage::FormPage(ScenarioForm *form, QWidget *parent) : QWizardPage(parent), m_form(form)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(form);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(scroll);
    connect(form, &ScenarioForm::validityChanged, this, &QWizardPage::completeChanged);
}

bool FormPage::isComplete() const { return QWizardPage::isComplete() && m_form->isValid(); }

void FormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

DatasetPage::DatasetPage(ScenarioModel *model, QWidget *parent) : FormPage(new DatasetForm(model), parent)
{
    retranslateUi();
}

void DatasetPage::retranslateUi()
{
    setTitle(tr("Dataset"));
    setSubTitle(tr("How many samples, what one sample looks like, and how the data is held."));
}

ModelPage::ModelPage(ScenarioModel *model, QWidget *parent) : FormPage(new ModelForm(model), parent)
{
    retranslateUi();
}

void ModelPage::retranslateUi()
{
    setTitle(tr("Model"));
    setSubTitle(tr("The framework, then a named network, your own network, or a classical estimator."));
}

void ModelPage::initializePage()
{
    // Bring the chosen network into view in the preset list.
    auto *list = static_cast<ModelForm *>(form())->presetList();
    if (list->currentItem())
        list->scrollToItem(list->currentItem());
}

TrainingPage::TrainingPage(ScenarioModel *model, QWidget *parent)
    : FormPage(new TrainingForm(model), parent), m_model(model)
{
    retranslateUi();
}

void TrainingPage::initializePage()
{
    retranslateUi(); // the subtitle names what the chosen framework's job has
}

void TrainingPage::retranslateUi()
{
    setTitle(tr("Batch and training"));
    if (isDeepLearning(m_model->scenario().model.framework))
        setSubTitle(tr("What the job does each step: batch, precision, optimizer and memory savers."));
    else
        setSubTitle(tr("What the estimator does: fit or predict, and how many jobs run at once."));
}

HardwarePage::HardwarePage(ScenarioModel *model, CatalogStore *catalog, QWidget *parent)
    : FormPage(new HardwareForm(model, catalog), parent)
{
    retranslateUi();
}

void HardwarePage::retranslateUi()
{
    setTitle(tr("Hardware"));
    setSubTitle(tr("How many devices and how the job is split over them, and the machines to judge it against."));
}

ResultsPage::ResultsPage(ScenarioModel *model, QWidget *parent) : QWizardPage(parent), m_model(model)
{
    retranslateUi();
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(new ResultsView(model, this));
    // Only when Finish may change: QWizard answers completeChanged by turning its updates
    // off and on again, which repaints the whole wizard.
    connect(model, &ScenarioModel::changed, this, [this] {
        if (isComplete() != m_complete) {
            m_complete = isComplete();
            emit completeChanged();
        }
    });
    m_complete = isComplete();
    setFinalPage(true);
}

bool ResultsPage::isComplete() const { return m_model->estimate() != nullptr; }

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ResultsPage::retranslateUi()
{
    setTitle(tr("Results"));
    setSubTitle(tr("The memory the job needs, component by component, and what to buy."));
}

SizingWizard::SizingWizard(ScenarioModel *model, QWidget *parent) : SizingWizard(model, nullptr, parent) {}

SizingWizard::SizingWizard(ScenarioModel *model, CatalogStore *catalog, QWidget *parent)
    : QWizard(parent), m_model(model), m_gauge(new MemoryGauge(model, this))
{
    setObjectName(QStringLiteral("sizingWizard"));
    setWindowTitle(tr("New scenario"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(DatasetPageId, new DatasetPage(model, this));
    setPage(ModelPageId, new ModelPage(model, this));
    setPage(TrainingPageId, new TrainingPage(model, this));
    setPage(HardwarePageId, new HardwarePage(model, catalog, this));
    setPage(ResultsPageId, new ResultsPage(model, this));
    setStartId(DatasetPageId);
    // Pages not reached yet hold defaults: each edit adapts them to the answers given so far
    // (core decides how), so that no page shows an error or a figure from a page not seen.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) { m_reached = std::max(m_reached, id); });
    m_model->setEditAdapter([this](Scenario &s) {
        if (m_reached < HardwarePageId)
            suitUnreachedParts(s, static_cast<ScenarioPart>(m_reached + 1));
    });
    // Beside the pages the gauge is a column wide enough for "Host RAM: 12.3 GiB of 64 GiB".
    m_gauge->setMinimumWidth(m_gauge->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    setSideWidget(m_gauge);
    // Roomy, but never larger than the screen (a laptop at 200 % has little room).
    const QSize room = screen() ? screen()->availableGeometry().size() * 9 / 10 : QSize(1060, 720);
    resize(std::min(1060, room.width()), std::min(720, room.height()));
}

SizingWizard::~SizingWizard() { m_model->setEditAdapter({}); }

void SizingWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("New scenario"));
        // QWizard does not retranslate its buttons; a change of style sets their texts again.
        const WizardStyle style = wizardStyle();
        setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
        setWizardStyle(style);
    }
    QWizard::changeEvent(event);
}

Scenario SizingWizard::startingScenario()
{
    Scenario s;
    s.dataset.samples = 50'000;
    s.dataset.input = InputShape{InputKind::Image, 1, 32, 32, 3, 1};
    s.dataset.dtype = DType::UInt8;
    s.model.framework = Framework::PyTorch;
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = "resnet18";
    a.outputs = 10;
    s.model.architecture = a;
    s.run.batchSize = 128;
    s.run.dataloader.workers = 4;
    HardwareCandidate w;
    w.name = "Workstation";
    w.hostRamGib = 64;
    // What CUDA reports for an RTX 4090: 25,386,352,640 B = 23.64 GiB (gpu-capacities.md,
    // "23.64 GiB total capacity"), not 24·10^9 B.
    w.gpu = GpuSpec{"RTX 4090", 23.64, 1};
    s.hardware.push_back(w);
    return s;
}

} // namespace headroom::ui
