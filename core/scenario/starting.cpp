#include "scenario/starting.h"

#include "scenario/codec.h"
#include "scenario/presets.h"
#include "scenario/rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace headroom {

namespace {

bool isTransformer(const Scenario &s)
{
    if (!isDeepLearning(s.model.framework) || !s.model.architecture)
        return false;
    const Architecture &a = *s.model.architecture;
    if (a.kind == ArchitectureKind::Transformer)
        return true;
    const PresetInfo *p = a.kind == ArchitectureKind::Preset ? findPreset(a.preset) : nullptr;
    return p && p->family != PresetFamily::Vision;
}

/// Whether the transformer has a billion parameters or more, counted as its blocks'
/// 12 · hidden² per layer (attention 4 h², MLP 8 h²) plus the embedding: close enough to
/// tell a 7B model from GPT-2.
bool isLargeLanguageModel(const Scenario &s)
{
    const auto t = resolvedTransformer(*s.model.architecture, s.dataset.input.length);
    if (!t || !t->hidden || !t->layers)
        return false;
    const double h = static_cast<double>(*t->hidden);
    const double params = 12.0 * static_cast<double>(*t->layers) * h * h + static_cast<double>(t->vocab.value_or(0)) * h;
    return params >= 1e9;
}

} // namespace

bool gpuHasBf16(std::string_view gpuModel)
{
    // The name as lower-case words: "Tesla V100-SXM2-16GB" -> tesla, v100, sxm2, 16gb.
    std::vector<std::string> words(1);
    for (const char c : gpuModel) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            words.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!words.back().empty())
            words.emplace_back();
    }
    // Volta, Turing, Pascal, Maxwell, Kepler and AMD's MI50/60/100: no bfloat16 arithmetic.
    static constexpr std::array older{"v100", "t4", "p100", "p40", "p4", "k80", "m60", "m40", "gtx", "mi50", "mi60",
                                      "mi100"};
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string &w = words[i];
        if (std::find(older.begin(), older.end(), w) != older.end())
            return false;
        const std::string next = i + 1 < words.size() ? words[i + 1] : std::string();
        if (w == "rtx" && next.size() == 4 && next.starts_with("20")) // RTX 2080 and kin (Turing)
            return false;
        if ((w == "titan" && (next == "v" || next == "rtx")) || (w == "quadro" && next == "rtx"))
            return false;
    }
    return true;
}

void suitUnreachedParts(Scenario &s, ScenarioPart firstUnreached)
{
    if (firstUnreached <= ScenarioPart::Model && isDeepLearning(s.model.framework)) {
        // Only a model the dataset's input makes invalid is replaced.
        if (const auto problem = validateScenario(s); problem && problem->path.starts_with("model"))
            s.model.architecture = architectureFor(s.dataset.input);
    }
    if (firstUnreached <= ScenarioPart::Training && isDeepLearning(s.model.framework) && s.model.architecture) {
        if (isTransformer(s)) {
            // Recipes for 7B-class models: torchtune's llama2/mistral 7B LoRA configs (batch 4,
            // enable_activation_checkpointing: True), the alignment-handbook's zephyr-7b LoRA
            // recipe (per-device batch 4, gradient_checkpointing: true).
            const bool large = s.run.task == Task::Train && isLargeLanguageModel(s);
            s.run.batchSize = large ? 4 : 8;
            s.run.checkpointing = large ? Checkpointing::Full : Checkpointing::None;
            bool bf16 = s.device() == Device::Gpu;
            for (const HardwareCandidate &h : s.hardware)
                if (h.gpu && !gpuHasBf16(h.gpu->model))
                    bf16 = false;
            if (bf16)
                s.run.precision = s.run.task == Task::Train ? Precision::MixedBf16 : Precision::Bf16;
        } else if (s.dataset.input.kind == InputKind::Image) {
            s.run.batchSize = s.dataset.input.height * s.dataset.input.width > 64 * 64 ? 32 : 128;
        }
    }
}

} // namespace headroom
