#include "wizard/hardwareform.h"

#include "compare/catalogstore.h"
#include "hardware/catalog.h"
#include "model/scenariomodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace headroom::ui {

namespace {

/// Adding or removing a machine is its own undo step: a field name that never repeats
/// keeps it from merging with the edit before.
QString structuralField()
{
    static int serial = 0;
    return QStringLiteral("hardware#%1").arg(++serial);
}

/// A cell's number as a person reads it: whole numbers without decimals, others to two
/// decimals (80 GB is "74.51" GiB, not "74.5058059692"); editing a cell reads only that cell.
QString number(double v)
{
    const double rounded = std::round(v * 100.0) / 100.0;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : (rounded * 10.0 == std::floor(rounded * 10.0) ? 1 : 2));
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional(v) : std::nullopt;
}

} // namespace

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
    m_shown.clear(); // the new table is empty
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
    b->addInt(cluster, QStringLiteral("cluster.expert_parallel"), tr("E&xpert parallel:"), tr("ranks per expert group"),
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
    m_table = new QTableWidget(0, ColumnCount, box);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Host RAM (GiB)"), tr("GPU model"), tr("GPU memory (GiB)"),
                                        tr("GPUs"), tr("Price"), tr("Currency")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(140);
    v->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add machine"), box);
    add->setObjectName(QStringLiteral("addMachine"));
    m_catalog = new QComboBox(box);
    m_catalog->setObjectName(QStringLiteral("catalogChoice"));
    m_catalog->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_catalog->setMinimumContentsLength(10);
    fillCatalogChoice();
    auto *addCatalog = new QPushButton(tr("Add from &catalogue"), box);
    addCatalog->setObjectName(QStringLiteral("addFromCatalog"));
    auto *remove = new QPushButton(tr("&Remove"), box);
    remove->setObjectName(QStringLiteral("removeMachine"));
    buttons->addWidget(add);
    buttons->addWidget(m_catalog, 1);
    buttons->addWidget(addCatalog);
    buttons->addWidget(remove);
    v->addLayout(buttons);
    m_note = new QLabel(box);
    m_note->setObjectName(QStringLiteral("candidateNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    v->addWidget(m_note);
    b->addCustom(machines, QStringLiteral("hardware"), QString(), box, [this] { loadCandidates(); });
    m_table->setObjectName(QStringLiteral("hardware.table"));

    connect(m_table, &QTableWidget::itemChanged, this, &HardwareForm::handleItemChanged);
    connect(add, &QPushButton::clicked, this, &HardwareForm::addTyped);
    connect(addCatalog, &QPushButton::clicked, this, &HardwareForm::addFromCatalog);
    connect(remove, &QPushButton::clicked, this, &HardwareForm::removeSelected);
}

void HardwareForm::loadCandidates()
{
    const auto &hw = m_model->scenario().hardware;
    if (hw == m_shown && m_table->rowCount() == static_cast<int>(hw.size()))
        return;
    m_shown = hw;
    m_filling = true;
    m_table->setRowCount(static_cast<int>(hw.size()));
    for (int row = 0; row < static_cast<int>(hw.size()); ++row) {
        const HardwareCandidate &h = hw[static_cast<std::size_t>(row)];
        QStringList cells(ColumnCount);
        QString tip;
        if (!h.catalogId.empty()) {
            const CatalogEntry *e = builtinCatalog().find(h.catalogId);
            tip = tr("From the catalogue entry %1. Editing a cell makes the machine this scenario's own copy.")
                      .arg(QString::fromStdString(h.catalogId));
            cells[Name] = e ? tr("%1 (catalogue)").arg(QString::fromStdString(e->name))
                            : tr("%1 (not in the catalogue)").arg(QString::fromStdString(h.catalogId));
            if (e) {
                cells[HostRam] = e->hostRam.value > 0 ? number(static_cast<double>(e->hostRam.bytes()) / (1 << 30)) : QString();
                cells[GpuModel] = QString::fromStdString(e->gpuModel);
                cells[GpuMemory] = e->gpuCount > 0 ? number(static_cast<double>(e->gpuMemory.bytes()) / (1 << 30)) : QString();
                cells[GpuCount] = e->gpuCount > 0 ? QString::number(e->gpuCount) : QString();
                cells[Price] = e->price ? number(*e->price) : QString();
                cells[Currency] = QString::fromStdString(e->currency);
            }
        } else {
            cells[Name] = QString::fromStdString(h.name);
            cells[HostRam] = number(h.hostRamGib);
            if (h.gpu) {
                cells[GpuModel] = QString::fromStdString(h.gpu->model);
                cells[GpuMemory] = number(h.gpu->memoryGib);
                cells[GpuCount] = QString::number(h.gpu->count);
            }
            if (h.price) {
                cells[Price] = number(h.price->amount);
                cells[Currency] = QString::fromStdString(h.price->currency);
            }
        }
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col != Name && col != GpuModel && col != Currency)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tip);
            m_table->setItem(row, col, item);
        }
    }
    m_filling = false;
}

void HardwareForm::handleItemChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const auto row = static_cast<std::size_t>(item->row());
    if (row >= m_model->scenario().hardware.size())
        return;
    const QString text = item->text().trimmed();
    const QString base = QStringLiteral("hardware[%1]").arg(row);
    std::optional<double> value;
    const bool numeric = item->column() == HostRam || item->column() == GpuMemory || item->column() == GpuCount
                         || item->column() == Price;
    if (numeric && !text.isEmpty()) {
        value = parseNumber(text);
        if (!value) {
            m_binder->setLocalError(m_table->parentWidget(), tr("Row %1: “%2” is not a number.").arg(row + 1).arg(text));
            return;
        }
    }
    m_binder->setLocalError(m_table->parentWidget(), {});
    auto gpu = [](HardwareCandidate &h) -> GpuSpec & {
        if (!h.gpu)
            h.gpu = GpuSpec{};
        return *h.gpu;
    };
    auto price = [](HardwareCandidate &h) -> headroom::Price & {
        if (!h.price)
            h.price = headroom::Price{};
        return *h.price;
    };
    // A machine named by catalogue reference becomes the scenario's own copy on its
    // first edit, so that every cell can be changed.
    std::optional<HardwareCandidate> own;
    if (const auto &h = m_model->scenario().hardware[row]; !h.catalogId.empty())
        if (const CatalogEntry *e = builtinCatalog().find(h.catalogId)) {
            const Estimate *est = m_model->estimate();
            own = catalogPick(*e, false, m_model->scenario(), est ? est->recommendation.hostPurchasable : 0).candidate;
        }
    QString path;
    QString label;
    std::function<void(Scenario &)> change;
    switch (item->column()) {
    case Name:
        path = base + QStringLiteral(".name");
        label = tr("Machine name");
        change = [row, text](Scenario &s) { s.hardware[row].name = text.toStdString(); };
        break;
    case HostRam:
        path = base + QStringLiteral(".host_ram_gib");
        label = tr("Host RAM");
        change = [row, value](Scenario &s) { s.hardware[row].hostRamGib = value.value_or(0.0); };
        break;
    case GpuModel:
        path = base + QStringLiteral(".gpu.model");
        label = tr("GPU model");
        change = [row, text, gpu](Scenario &s) {
            auto &h = s.hardware[row];
            if (!text.isEmpty() || h.gpu)
                gpu(h).model = text.toStdString();
        };
        break;
    case GpuMemory:
        path = base + QStringLiteral(".gpu.memory_gib");
        label = tr("GPU memory");
        change = [row, value, gpu](Scenario &s) {
            auto &h = s.hardware[row];
            if (value)
                gpu(h).memoryGib = *value;
            else
                h.gpu.reset(); // no GPU memory: a CPU-only machine
        };
        break;
    case GpuCount:
        path = base + QStringLiteral(".gpu.count");
        label = tr("GPU count");
        change = [row, value, gpu](Scenario &s) { gpu(s.hardware[row]).count = static_cast<std::int64_t>(value.value_or(1)); };
        break;
    case Price:
        path = base + QStringLiteral(".price.amount");
        label = tr("Price");
        change = [row, value, price](Scenario &s) {
            auto &h = s.hardware[row];
            if (value)
                price(h).amount = *value;
            else
                h.price.reset();
        };
        break;
    case Currency:
        path = base + QStringLiteral(".price.currency");
        label = tr("Currency");
        change = [row, text, price](Scenario &s) {
            price(s.hardware[row]).currency = text.isEmpty() ? "USD" : text.toStdString();
        };
        break;
    default:
        return;
    }
    if (own)
        path = structuralField(); // its own undo step: the copy and the edit together
    m_binder->edit(path, label, [row, own, change](Scenario &s) {
        if (own)
            s.hardware[row] = *own;
        change(s);
    });
}

void HardwareForm::addTyped()
{
    m_binder->edit(structuralField(), tr("Add machine"), [](Scenario &s) {
        HardwareCandidate h;
        int n = static_cast<int>(s.hardware.size()) + 1;
        auto taken = [&s](const std::string &name) {
            for (const auto &c : s.hardware)
                if (c.name == name)
                    return true;
            return false;
        };
        do {
            h.name = tr("Machine %1").arg(n++).toStdString();
        } while (taken(h.name));
        h.hostRamGib = 64;
        h.gpu = GpuSpec{"", 24, 1};
        s.hardware.push_back(h);
    });
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

void HardwareForm::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_model->scenario().hardware.size()))
        return;
    m_binder->edit(structuralField(), tr("Remove machine"),
                   [row](Scenario &s) { s.hardware.erase(s.hardware.begin() + row); });
}

} // namespace headroom::ui
