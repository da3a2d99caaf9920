#include "wizard/datasetform.h"

#include "common/format.h"
#include "model/scenariomodel.h"
#include "scenario/rules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace headroom::ui {

DatasetForm::DatasetForm(ScenarioModel *model, QWidget *parent)
    : ScenarioForm(model, {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("dataset")}, parent)
{
    setUp();
}

void DatasetForm::build()
{
    FieldBinder *b = m_binder;
    QFormLayout *about = addSection(tr("Scenario"));
    b->addText(about, QStringLiteral("name"), tr("&Name:"),
               [](const Scenario &s) { return QString::fromStdString(s.name); },
               [](Scenario &s, const QString &t) { s.name = t.toStdString(); });
    b->addText(about, QStringLiteral("notes"), tr("No&tes:"),
               [](const Scenario &s) { return QString::fromStdString(s.notes); },
               [](Scenario &s, const QString &t) { s.notes = t.toStdString(); });

    QFormLayout *shape = addSection(tr("Samples"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("datasetPreset"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(14);
    m_preset->addItem(tr("Choose a common dataset…"));
    for (DatasetPreset p : datasetPresets()) {
        switch (p) {
        case DatasetPreset::ImageNet1k:
            m_preset->addItem(tr("ImageNet-1k (1.28 million 224×224 images)"));
            break;
        case DatasetPreset::Cifar10:
            m_preset->addItem(tr("CIFAR-10 (50,000 32×32 images)"));
            break;
        case DatasetPreset::TokenCorpus:
            m_preset->addItem(tr("Token corpus (1 million × 2,048 tokens)"));
            break;
        case DatasetPreset::WideTable:
            m_preset->addItem(tr("Wide table (1 million rows × 2,000 features)"));
            break;
        }
    }
    shape->addRow(tr("&Preset:"), m_preset);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index <= 0 || index > static_cast<int>(datasetPresets().size()))
            return;
        const Dataset d = datasetPreset(datasetPresets()[static_cast<std::size_t>(index - 1)]);
        m_binder->edit(QStringLiteral("dataset"), tr("Dataset preset"), [d](Scenario &s) { s.dataset = d; });
        m_preset->setCurrentIndex(0);
    });

    b->addInt(shape, QStringLiteral("dataset.samples"), tr("&Samples:"), tr("samples"),
              [](const Scenario &s) { return std::optional(s.dataset.samples); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.dataset.samples = v.value_or(0); });
    addEnum<InputKind>(b, shape, QStringLiteral("dataset.input.kind"), tr("&Input:"),
                       {tr("Table row (features)"), tr("Image"), tr("Sequence (time steps × features)"),
                        tr("Tokens")},
                       [](const Scenario &s) { return s.dataset.input.kind; },
                       [](Scenario &s, InputKind k) { s.dataset.input.kind = k; });
    auto intField = [&](const QString &path, const QString &label, const QString &unit, std::int64_t InputShape::*member) {
        return b->addInt(shape, path, label, unit,
                         [member](const Scenario &s) { return std::optional(s.dataset.input.*member); },
                         [member](Scenario &s, std::optional<std::int64_t> v) { s.dataset.input.*member = v.value_or(0); });
    };
    m_features = intField(QStringLiteral("dataset.input.features"), tr("&Features:"), tr("values"), &InputShape::features);
    m_height = intField(QStringLiteral("dataset.input.height"), tr("&Height:"), tr("pixels"), &InputShape::height);
    m_width = intField(QStringLiteral("dataset.input.width"), tr("&Width:"), tr("pixels"), &InputShape::width);
    m_channels = intField(QStringLiteral("dataset.input.channels"), tr("&Channels:"), tr("channels"), &InputShape::channels);
    m_length = intField(QStringLiteral("dataset.input.length"), tr("&Length:"), tr("tokens"), &InputShape::length);
    m_lengthUnit = findChild<QLabel *>(QStringLiteral("dataset.input.length.unit"));

    QFormLayout *values = addSection(tr("Values"));
    addEnum<DType>(b, values, QStringLiteral("dataset.dtype"), tr("&Element type:"), enumSpellings<DType>(),
                   [](const Scenario &s) { return s.dataset.dtype; }, [](Scenario &s, DType t) { s.dataset.dtype = t; });
    addEnum<Layout>(b, values, QStringLiteral("dataset.layout"), tr("La&yout:"),
                    {tr("Dense"), tr("Sparse (compressed rows, CSR)")},
                    [](const Scenario &s) { return s.dataset.layout; },
                    [](Scenario &s, Layout l) {
                        s.dataset.layout = l;
                        if (l == Layout::Csr && !s.dataset.density)
                            s.dataset.density = 0.1;
                    });
    m_density = b->addNumber(values, QStringLiteral("dataset.density"), tr("&Density:"), tr("of values non-zero"),
                             [](const Scenario &s) { return s.dataset.density; },
                             [](Scenario &s, std::optional<double> v) { s.dataset.density = v; }, true,
                             [](const Scenario &) { return QStringLiteral("1"); });
    m_indexDtype = addEnum<IndexDType>(b, values, QStringLiteral("dataset.index_dtype"), tr("Inde&x type:"),
                                       enumSpellings<IndexDType>(),
                                       [](const Scenario &s) { return s.dataset.indexDtype; },
                                       [](Scenario &s, IndexDType t) { s.dataset.indexDtype = t; });

    QFormLayout *labels = addSection(tr("Labels"));
    b->addInt(labels, QStringLiteral("dataset.targets.count"), tr("&Targets:"), tr("per sample"),
              [](const Scenario &s) { return std::optional(s.dataset.targets.count); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.dataset.targets.count = v.value_or(0); });
    addEnum<DType>(b, labels, QStringLiteral("dataset.targets.dtype"), tr("Target t&ype:"), enumSpellings<DType>(),
                   [](const Scenario &s) { return s.dataset.targets.dtype; },
                   [](Scenario &s, DType t) { s.dataset.targets.dtype = t; });

    QFormLayout *loading = addSection(tr("Loading"));
    addEnum<Storage>(b, loading, QStringLiteral("dataset.storage"), tr("St&orage:"),
                     {tr("Whole set held in memory"), tr("Memory-mapped file (read on demand)"),
                      tr("Streaming (only in-flight batches held)")},
                     [](const Scenario &s) { return s.dataset.storage; },
                     [](Scenario &s, Storage v) { s.dataset.storage = v; });
    addOptionalEnum<FileFormat>(
        b, loading, QStringLiteral("dataset.file.format"), tr("Read &from:"), tr("Already in memory"),
        {tr("CSV file (pandas.read_csv)"), tr("NumPy .npy file (np.load)")},
        [](const Scenario &s) { return s.dataset.file ? std::optional(s.dataset.file->format) : std::nullopt; },
        [](Scenario &s, std::optional<FileFormat> f) {
            if (!f)
                s.dataset.file.reset();
            else if (s.dataset.file)
                s.dataset.file->format = *f;
            else
                s.dataset.file = DatasetFile{*f, 0};
        });
    m_fileSize = b->addNumber(
        loading, QStringLiteral("dataset.file.bytes"), tr("File si&ze on disk:"), tr("GiB"),
        [](const Scenario &s) {
            return s.dataset.file ? std::optional(static_cast<double>(s.dataset.file->bytes) / static_cast<double>(GiB)) : std::nullopt;
        },
        [](Scenario &s, std::optional<double> v) {
            if (!s.dataset.file)
                s.dataset.file = DatasetFile{};
            s.dataset.file->bytes = v ? gibToBytes(*v) : 0;
        },
        true);
    b->addInt(loading, QStringLiteral("dataset.preprocessing_copies"), tr("Preprocessing &copies:"), tr("copies"),
              [](const Scenario &s) { return std::optional(s.dataset.preprocessingCopies); },
              [](Scenario &s, std::optional<std::int64_t> v) { s.dataset.preprocessingCopies = v.value_or(0); });
    auto *sizeRow = new FormRow(this); // wraps without height-for-width (see FormRow)
    auto *sizeLayout = new QVBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    m_size = new QLabel(sizeRow);
    m_size->setObjectName(QStringLiteral("datasetSize"));
    m_size->setWordWrap(true);
    sizeLayout->addWidget(m_size);
    loading->addRow(sizeRow);

    connect(b, &FieldBinder::refreshed, this, &DatasetForm::updateVisibility);
}

void DatasetForm::updateVisibility()
{
    const Dataset &d = m_model->scenario().dataset;
    const InputKind k = d.input.kind;
    m_binder->setRowVisible(m_features, k == InputKind::Tabular || k == InputKind::Sequence);
    m_binder->setRowVisible(m_height, k == InputKind::Image);
    m_binder->setRowVisible(m_width, k == InputKind::Image);
    m_binder->setRowVisible(m_channels, k == InputKind::Image);
    m_binder->setRowVisible(m_length, k == InputKind::Sequence || k == InputKind::Tokens);
    if (m_lengthUnit)
        m_lengthUnit->setText(k == InputKind::Tokens ? tr("tokens") : tr("time steps"));
    const bool csr = d.layout == Layout::Csr;
    m_binder->setRowVisible(m_density, csr);
    m_binder->setRowVisible(m_indexDtype, csr);
    m_binder->setRowVisible(m_fileSize, d.file.has_value());

    // Only for a dataset the model accepts: a refused count has no size to show.
    const auto &problem = m_model->problem();
    const bool refused = problem && pathWithin(QString::fromStdString(problem->path), QStringLiteral("dataset"));
    m_size->setVisible(!refused && d.samples > 0 && d.input.elements() > 0);
    const Bytes sample = satMul(d.input.elements(), dtypeSize(d.dtype));
    // In floating point: 10^15 samples is about 55 EiB, not a saturated 8 EiB.
    const double whole = static_cast<double>(sample) * static_cast<double>(d.samples);
    if (csr) {
        m_size->setText(tr("Dense equivalent: %1 per sample, %2 for the whole set (before sparsity).")
                            .arg(formatSize(sample), formatLargeSize(whole)));
    } else {
        m_size->setText(tr("Raw data: %1 per sample, %2 for the whole set.").arg(formatSize(sample), formatLargeSize(whole)));
    }
}

} // namespace headroom::ui
