#include "scenario/rules.h"

#include <algorithm>
#include <array>

namespace headroom {

namespace {

constexpr std::array<std::string_view, 2> kXgboost = {"XGBClassifier", "XGBRegressor"};
constexpr std::array<std::string_view, 2> kLightgbm = {"LGBMClassifier", "LGBMRegressor"};
constexpr std::array<std::string_view, 14> kSklearn = {
    "LogisticRegression", "LinearRegression", "Ridge", "SGDClassifier", "RandomForestClassifier",
    "RandomForestRegressor", "ExtraTreesClassifier", "GradientBoostingClassifier",
    "HistGradientBoostingClassifier", "KMeans", "PCA", "SVC", "KNeighborsClassifier", "StandardScaler"};

} // namespace

Architecture architectureFor(const InputShape &input)
{
    Architecture a;
    switch (input.kind) {
    case InputKind::Image:
        a.kind = ArchitectureKind::Preset;
        a.preset = "resnet18";
        a.outputs = 10;
        break;
    case InputKind::Tokens:
        a.kind = ArchitectureKind::Preset;
        a.preset = "gpt2";
        break;
    case InputKind::Sequence:
        a.kind = ArchitectureKind::Rnn;
        a.cell = RnnCell::Lstm;
        a.rnnLayers = 2;
        a.rnnHidden = 256;
        a.outputs = 10;
        break;
    case InputKind::Tabular:
        a.kind = ArchitectureKind::Mlp;
        a.hidden = {256, 256};
        a.outputs = 10;
        break;
    }
    return a;
}

void switchArchitectureKind(Architecture &a, ArchitectureKind kind, const InputShape &input)
{
    a.kind = kind;
    // What architectureFor() picks: for a preset, a preset suiting the input when it picks one.
    const Architecture usual = architectureFor(input);
    switch (kind) {
    case ArchitectureKind::Preset:
        if (a.preset.empty())
            a.preset = usual.kind == ArchitectureKind::Preset ? usual.preset : "gpt2";
        break;
    case ArchitectureKind::Mlp:
        if (a.hidden.empty())
            a.hidden = architectureFor(InputShape{}).hidden;
        if (!a.outputs)
            a.outputs = 10;
        break;
    case ArchitectureKind::Rnn:
        if (a.rnnHidden <= 1) {
            const Architecture rnn = architectureFor(InputShape{InputKind::Sequence});
            a.rnnHidden = rnn.rnnHidden;
            a.rnnLayers = rnn.rnnLayers;
        }
        if (!a.outputs)
            a.outputs = 10;
        break;
    case ArchitectureKind::Transformer:
        if (!a.transformer.layers) {
            a.transformer = TransformerConfig{};
            a.transformer.layers = 12;
            a.transformer.hidden = 768;
            a.transformer.heads = 12;
            a.transformer.vocab = 50257;
        }
        break;
    case ArchitectureKind::Custom:
        if (a.parameters == 0)
            a.parameters = 100'000'000;
        break;
    }
}

std::span<const std::string_view> estimatorsFor(Framework framework)
{
    switch (framework) {
    case Framework::XGBoost:
        return kXgboost;
    case Framework::LightGBM:
        return kLightgbm;
    default:
        return kSklearn;
    }
}

std::string_view defaultEstimator(Framework framework)
{
    switch (framework) {
    case Framework::XGBoost:
        return "XGBClassifier";
    case Framework::LightGBM:
        return "LGBMClassifier";
    default:
        return "RandomForestClassifier";
    }
}

void switchTask(Scenario &s, Task task)
{
    s.run.task = task;
    if (task == Task::Train) {
        s.run.generation.reset();
        s.run.serving.reset();
        return;
    }
    // Inference has no optimizer step, no loss and no saved activations.
    s.run.optimizerStep.reset();
    s.run.lossChunks = 1;
    s.run.loss = Loss::CrossEntropy;
    s.run.activationOffload = false;
    if (s.run.precision == Precision::MixedBf16) {
        s.run.precision = Precision::Bf16;
    } else if (s.run.precision == Precision::MixedFp16) {
        s.run.precision = Precision::Fp16;
    }
}

void switchFramework(Scenario &s, Framework f, std::optional<Architecture> &remembered)
{
    const bool wasDeep = isDeepLearning(s.model.framework);
    const bool deep = isDeepLearning(f);
    const Framework before = s.model.framework;
    s.model.framework = f;
    if (wasDeep && !deep) {
        remembered = s.model.architecture;
        s.model.architecture.reset();
        if (s.run.device == Device::Gpu && f == Framework::ScikitLearn)
            s.run.device.reset();
    }
    if (!deep) {
        const auto offered = estimatorsFor(f);
        const bool kept = std::find(offered.begin(), offered.end(), s.model.estimator) != offered.end();
        if (wasDeep || !kept) {
            if (before != f)
                s.model.params = nlohmann::ordered_json::object();
            s.model.estimator = std::string(defaultEstimator(f));
        }
    }
    if (!wasDeep && deep) {
        s.model.estimator.clear();
        s.model.params = nlohmann::ordered_json::object();
        s.model.architecture = remembered ? remembered : architectureFor(s.dataset.input);
    }
}

std::span<const DatasetPreset> datasetPresets()
{
    static constexpr std::array<DatasetPreset, 4> all = {DatasetPreset::ImageNet1k, DatasetPreset::Cifar10,
                                                         DatasetPreset::TokenCorpus, DatasetPreset::WideTable};
    return all;
}

Dataset datasetPreset(DatasetPreset preset)
{
    Dataset d;
    switch (preset) {
    case DatasetPreset::ImageNet1k:
        d.samples = 1'281'167;
        d.input = InputShape{InputKind::Image, 1, 224, 224, 3, 1};
        d.dtype = DType::UInt8;
        d.storage = Storage::Streaming;
        break;
    case DatasetPreset::Cifar10:
        d.samples = 50'000;
        d.input = InputShape{InputKind::Image, 1, 32, 32, 3, 1};
        d.dtype = DType::UInt8;
        break;
    case DatasetPreset::TokenCorpus:
        d.samples = 1'000'000;
        d.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 2048};
        d.dtype = DType::Int64;
        d.targets = Targets{0, DType::Int64};
        d.storage = Storage::MemoryMapped;
        break;
    case DatasetPreset::WideTable:
        d.samples = 1'000'000;
        d.input = InputShape{InputKind::Tabular, 2000, 1, 1, 1, 1};
        d.dtype = DType::Float32;
        break;
    }
    return d;
}

} // namespace headroom
