// Feeds arbitrary bytes to the three model-file readers (GGUF header, safetensors header
// with a config.json, sharded index, config.json): each must refuse or import without
// crashing, hanging, or allocating what the bytes claim; an imported model must read back
// as a scenario's model and estimate without overflow.

#include "engine/engine.h"
#include "import/import.h"
#include "scenario/codec.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

// A small LLaMA's config.json, beside the fuzzed safetensors header.
constexpr std::string_view kConfig =
    R"({"model_type":"llama","num_hidden_layers":2,"hidden_size":256,"num_attention_heads":4,"num_key_value_heads":2,)"
    R"("intermediate_size":512,"vocab_size":512,"max_position_embeddings":4096,"torch_dtype":"bfloat16"})";

void check(const headroom::Result<headroom::importer::ImportResult> &r)
{
    if (!r.ok()) {
        if (r.error().message.empty())
            std::abort();
        return;
    }
    headroom::Scenario s;
    s.dataset.input = headroom::InputShape{headroom::InputKind::Tokens, 1, 1, 1, 1, 64};
    s.model = r.value().model;
    s.run.task = headroom::Task::Inference;
    s.run.precision = headroom::Precision::Bf16;
    const auto again = headroom::readScenario(headroom::writeScenario(s));
    if (!again.ok() || !(again.value().model == s.model))
        std::abort();
    headroom::EstimateOptions options;
    options.solveLimits = false;
    const auto e = headroom::estimate(s, options);
    if (e.ok() && (e->host.peak < 0 || (e->device && e->device->peak < 0)))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using headroom::importer::FileKind;
    using headroom::importer::importBytes;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    check(importBytes(bytes, "f.gguf", FileKind::Gguf));
    check(importBytes(bytes, "f.safetensors", FileKind::Safetensors, kConfig));
    check(importBytes(bytes, "f.safetensors.index.json", FileKind::SafetensorsIndex, kConfig));
    check(importBytes(bytes, "config.json", FileKind::ConfigJson));
    return 0;
}
