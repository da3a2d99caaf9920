#include "wizard/hardwareform.h"

#include "compare/catalogstore.h"
#include "model/scenariomodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace headroom::ui {

HardwareForm::HardwareForm(ScenarioModel *model, CatalogStore *catalog, QWidget *parent)
    : ScenarioForm(model, {QStringLiteral("cluster"), QStringLiteral("system"), QStringLiteral("hardware")}, parent),
      m_ownStore(catalog ? nullptr : std::make_unique<CatalogStore>()), m_store(catalog ? catalog : m_ownStore.get())
{
    connect(m_store, &CatalogStore::catalogChanged, this, &HardwareForm::fillCatalogChoice);
    setUp();
}

HardwareForm::~HardwareForm() = default;

void HardwareForm::fillCatalogChoice()
{
    if (!m_catalog)
        return;
    const QString chosen = m_catalog->currentData().toString();
    m_catalog->clear();
    for (const CatalogEntry &e : m_store->merged().entries)
        m_catalog->addItem(QString::fromStdString(e.name), QString::fromStdString(e.id));
    if (const int i = m_catalog->findData(chosen); i >= 0)
        m_catalog->setCurrentIndex(i);
}

void HardwareForm::build()
{
    FieldBinder *b = m_binder;
    QFormLayout *cluster = addSection(tr("Cluster"));
    // Devices and how a network is split over them: deep learning's only.
    QWidget *clusterSection = cluster->parentWidget();
    connect(b, &FieldBinder::refreshed, clusterSection,
            [this, clusterSection] { clusterSection->setVisible(isDeepLearning(m_model->scenario().model.framework)); });
    b->addInt(cluster, QStringLiteral("cluster.nodes"), tr("&Nodes:"), tr("machines"),
              [](const Scenario &s) { return std::optional(s.cluster.nodes); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.cluster.nodes = v.value_or(0); });
    b->addInt(cluster, QStringLiteral("cluster.gpus_per_node"), tr("&GPUs per node:"), tr("devices"),
              [](const Scenario &s) { return std::optional(s.cluster.gpusPerNode); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.cluster.gpusPerNode = v.value_or(0); });
    addEnum<DataParallel>(b, cluster, QStringLiteral("cluster.data_parallel"), tr("&Data parallel:"),
                          {tr("DDP (full replica per device)"), tr("ZeRO stage 1 (optimizer states sharded)"),
                           tr("ZeRO stage 2 (+ gradients sharded)"), tr("ZeRO stage 3 (+ parameters sharded)"),
                           tr("FSDP (as ZeRO stage 3)")},
                          [](const Scenario &s) { return s.cluster.dataParallel; },
                          [](Scenario &s, DataParallel d) { s.cluster.dataParallel = d; });
    b->addInt(cluster, QStringLiteral("cluster.tensor_parallel"), tr("&Tensor parallel:"), tr("degree"),
              [](const Scenario &s) { return std::optional(s.cluster.tensorParallel); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.cluster.tensorParallel = v.value_or(0); });
    b->addInt(cluster, QStringLiteral("cluster.pipeline_parallel"), tr("&Pipeline parallel:"), tr("stages"),
              [](const Scenario &s) { return std::optional(s.cluster.pipelineParallel); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.cluster.pipelineParallel = v.value_or(0); });
    b->addInt(cluster, QStringLiteral("cluster.expert_parallel"), tr("E&xpert parallel:"), tr("degree"),
              [](const Scenario &s) { return std::optional(s.cluster.expertParallel); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.cluster.expertParallel = v.value_or(0); });
    b->addCheck(cluster, QStringLiteral("cluster.sequence_parallel"), tr("&Sequence parallel (with tensor parallel)"),
                [](const Scenario &s) { return s.cluster.sequenceParallel; },
                [](Scenario &s, bool on) { s.cluster.sequenceParallel = on; });
    addEnum<Offload>(b, cluster, QStringLiteral("cluster.offload"), tr("&Offload to host:"),
                     {tr("None"), tr("Optimizer states"), tr("Optimizer states and parameters")},
                     [](const Scenario &s) { return s.cluster.offload; },
                     [](Scenario &s, Offload o) { s.cluster.offload = o; });

    QFormLayout *system = addSection(tr("System"));
    b->addNumber(system, QStringLiteral("system.os_reserved_gib"), tr("Operating system &reserve:"), tr("GiB"),
                 [](const Scenario &s) { return std::optional(s.system.osReservedGib); },
                 [](Scenario &s, std::optional<double> v) { s.system.osReservedGib = v.value_or(-1); });
    b->addNumber(system, QStringLiteral("system.other_processes_gib"), tr("Other &processes:"), tr("GiB"),
                 [](const Scenario &s) { return std::optional(s.system.otherProcessesGib); },
                 [](Scenario &s, std::optional<double> v) { s.system.otherProcessesGib = v.value_or(-1); });
    // A percentage, as in Preferences (the file keeps the fraction).
    b->addPercent(system, QStringLiteral("system.headroom_fraction"), tr("Safety &margin:"),
                  [](const Scenario &s) { return std::optional(s.system.headroomFraction); },
                  [](Scenario &s, std::optional<double> v) { s.system.headroomFraction = v.value_or(-1); }, 1000);

    QFormLayout *machines = addSection(tr("Candidate machines"));
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("hardware.table"));
    m_candidates = new CandidateEditModel(b, box, m_table);
    m_table->setModel(m_candidates);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(140);
    v->addWidget(m_table);
    // Two rows, so that the page fits a narrow window: a machine from the catalogue, then
    // a typed one and removal.
    auto *fromCatalog = new QHBoxLayout;
    m_catalog = new QComboBox(box);
    m_catalog->setObjectName(QStringLiteral("catalogChoice"));
    m_catalog->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_catalog->setMinimumContentsLength(10);
    fillCatalogChoice();
    auto *addCatalog = new QPushButton(tr("Add from &catalogue"), box);
    addCatalog->setObjectName(QStringLiteral("addFromCatalog"));
    fromCatalog->addWidget(m_catalog, 1);
    fromCatalog->addWidget(addCatalog);
    v->addLayout(fromCatalog);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add machine"), box);
    add->setObjectName(QStringLiteral("addMachine"));
    auto *remove = new QPushButton(tr("&Remove"), box);
    remove->setObjectName(QStringLiteral("removeMachine"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_note = new QLabel(box);
    m_note->setObjectName(QStringLiteral("candidateNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    v->addWidget(m_note);
    b->addCustom(machines, QStringLiteral("hardware"), QString(), box, [this] { m_candidates->update(); });

    connect(add, &QPushButton::clicked, m_candidates, &CandidateEditModel::addTyped);
    connect(addCatalog, &QPushButton::clicked, this, &HardwareForm::addFromCatalog);
    connect(remove, &QPushButton::clicked, this, &HardwareForm::removeSelected);
}

void HardwareForm::addFromCatalog()
{
    const CatalogEntry *entry = m_store->merged().find(m_catalog->currentData().toString().toStdString());
    if (!entry)
        return;
    const QString note = addCatalogCandidate(m_model, *m_store, *entry);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void HardwareForm::removeSelected() { m_candidates->remove(m_table->currentIndex().row()); }

} // namespace headroom::ui
