#include "engine/dnn/network.h"

#include "engine/dnn/dnn.h"
#include "scenario/messages.h"
#include "scenario/presets.h"
#include "util/format.h"

namespace headroom::dnn {

namespace {

/// The dtype a batch is cast to before the first layer (the harness's `x.to(dtype)`):
/// fp64 runs compute in float64, bf16/fp16 runs in their type, everything else in fp32.
DType computeDType(Precision p)
{
    switch (p) {
    case Precision::Fp64: return DType::Float64;
    case Precision::Bf16: return DType::BFloat16;
    case Precision::Fp16: return DType::Float16;
    default: return DType::Float32;
    }
}

/// The batch as the first layer saves it: a device copy on a GPU, a cast copy when the
/// stored dtype is not the compute dtype, and under autocast the 16-bit copy that the
/// first linear or convolution makes. Token ids are widened to int64 for the embedding.
void recordInput(const Scenario &s, Tape &tape)
{
    if (!tape.options().training)
        return;
    const InputShape &in = s.dataset.input;
    const DType stored = s.dataset.dtype;
    const bool gpu = s.device() == Device::Gpu;
    if (in.kind == InputKind::Tokens) {
        if (gpu || dtypeSize(stored) != 8)
            tape.save(in.length, 8);
    } else {
        const DType compute = computeDType(s.run.precision);
        const std::int64_t n = in.elements();
        if (gpu && stored == compute)
            tape.save(n, dtypeSize(stored));
        if (stored != compute)
            tape.save(n, dtypeSize(compute));
        if (s.run.precision == Precision::MixedBf16 || s.run.precision == Precision::MixedFp16)
            tape.save(n, 2);
    }
    tape.endLayer();
}

} // namespace

NetworkShape recordNetwork(const Scenario &s, Tape &tape, BlockCheckpoint ckpt, std::int64_t seqOverride)
{
    NetworkShape n;
    if (!s.model.architecture)
        return n;
    const Architecture &arch = *s.model.architecture;
    const InputShape &in = s.dataset.input;
    if (arch.kind != ArchitectureKind::Custom)
        recordInput(s, tape);
    switch (arch.kind) {
    case ArchitectureKind::Mlp:
        recordMlp(arch, in.elements(), ckpt, tape);
        n.label = Message::plain("mlp");
        n.known = true;
        return n;
    case ArchitectureKind::Rnn: {
        const std::int64_t steps = in.kind == InputKind::Sequence || in.kind == InputKind::Tokens ? in.length : 1;
        const std::int64_t features = in.kind == InputKind::Sequence ? in.features : in.kind == InputKind::Tokens ? 1 : in.elements();
        recordRnn(arch, steps, features, tape);
        n.label = {msg::derivRnnLabel, {MessageArg::ofText(std::string(toString(arch.cell))), MessageArg::ofCount(steps)}};
        n.known = true;
        return n;
    }
    case ArchitectureKind::Custom:
        // Described by its totals: the saved bytes per sample at the run's precision,
        // which are also taken as the inference live set.
        tape.addParams(arch.parameters);
        tape.save(arch.activationBytesPerSample, 1);
        tape.live(arch.activationBytesPerSample);
        tape.endLayer();
        n.label = Message::plain("custom");
        n.known = true;
        return n;
    case ArchitectureKind::Transformer:
    case ArchitectureKind::Preset:
        break;
    }
    const PresetInfo *preset = arch.kind == ArchitectureKind::Preset ? findPreset(arch.preset) : nullptr;
    if (arch.kind == ArchitectureKind::Preset && !preset)
        return n;
    if (preset && preset->family == PresetFamily::Vision) {
        InputShape image = in;
        if (image.kind != InputKind::Image)
            image = InputShape{InputKind::Image, 1, 224, 224, 3, 1};
        n.known = recordVision(preset->name, image, arch.outputs.value_or(1000), tape);
        n.vision = true;
        n.label = Message::plain(std::string(preset->name) + ", " + std::to_string(image.height) + "×" + std::to_string(image.width));
        return n;
    }
    const std::int64_t tokens = in.kind == InputKind::Tokens || in.kind == InputKind::Sequence ? in.length : 0;
    auto cfg = resolvedTransformer(arch, tokens);
    if (!cfg)
        return n;
    if (seqOverride > 0)
        cfg->seqLen = seqOverride;
    n.transformer = true;
    n.encoder = preset && preset->family == PresetFamily::Encoder;
    n.config = *cfg;
    // A preset's learned position table has its published number of rows.
    const std::int64_t rows = preset ? preset->config.seqLen.value_or(0) : cfg->seqLen.value_or(0);
    recordTransformer(*cfg, rows, n.encoder, ckpt, tape);
    n.known = true;
    n.label = {msg::derivTransformerLabel, {MessageArg::ofText(preset ? std::string(preset->name) : std::string("transformer")),
                                            MessageArg::ofCount(cfg->seqLen.value_or(0))}};
    return n;
}

std::int64_t parameterCount(const Scenario &scenario)
{
    if (scenario.model.weights && scenario.model.weights->parameters)
        return *scenario.model.weights->parameters; // the exact count of an imported file
    Tape tape(TapeOptions{4, 4, false});
    const NetworkShape n = recordNetwork(scenario, tape, BlockCheckpoint::None);
    return n.known ? tape.params() : 0;
}

ParameterCounts parameterCounts(const Scenario &scenario)
{
    Tape tape(TapeOptions{4, 4, false});
    const NetworkShape n = recordNetwork(scenario, tape, BlockCheckpoint::None);
    if (!n.known)
        return {};
    if (!n.transformer)
        return {tape.params(), tape.params()};
    const TransformerCounts c = transformerCounts(n.config, tape.params());
    return {c.total, c.active};
}

std::int64_t presetParameterCount(std::string_view preset)
{
    Scenario s;
    s.dataset.input = InputShape{InputKind::Image, 1, 224, 224, 3, 1};
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = std::string(preset);
    s.model.architecture = a;
    if (const PresetInfo *p = findPreset(preset); p && p->family != PresetFamily::Vision)
        s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, p->config.seqLen.value_or(1024)};
    return parameterCount(s);
}

} // namespace headroom::dnn
