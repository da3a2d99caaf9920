#include "import/import.h"

#include "import/architecture.h"
#include "import/gguf.h"
#include "import/hf_config.h"
#include "import/input.h"
#include "import/safetensors.h"
#include "quant/formats.h"
#include "scenario/codec.h"
#include "scenario/messages.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <new>
#include <memory>
#include <set>

namespace headroom::importer {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr std::uint64_t kMaxJsonFile = 16 * 1024 * 1024;

bool endsWith(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

struct FileCloser {
    void operator()(std::FILE *f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

/// An open file and its size, or a refusal naming it.
std::pair<File, std::uint64_t> openFile(const fs::path &path, const std::string &name)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        refuse(name, ErrorCode::Io, msg::importCannotRead, {ec.message()});
    File f(std::fopen(path.c_str(), "rb"));
    if (!f)
        refuse(name, ErrorCode::Io, msg::importCannotRead, {std::strerror(errno)});
    return {std::move(f), static_cast<std::uint64_t>(size)};
}

/// The text of a small JSON file (config.json, an index), read whole.
std::string readJsonText(Input &in, const char *what)
{
    if (in.size() > kMaxJsonFile)
        refuse(in.name(), ErrorCode::OutOfRange, msg::importTooLarge, {what, std::to_string(in.size()), std::to_string(kMaxJsonFile)});
    return in.readString(in.size(), what);
}

ModelSource sourceOf(const char *format, Input &in)
{
    return ModelSource{format, in.name(), static_cast<std::int64_t>(in.size()), in.digest()};
}

/// Checks the imported model as a scenario would hold it, so that what is returned reads back.
void validate(const Model &model, const std::string &file)
{
    Scenario s;
    s.model = model;
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 512};
    s.run.task = Task::Inference;
    s.run.precision = Precision::Fp16;
    if (const auto err = validateScenario(s))
        refuse(file, err->code, msg::importInvalidModel, {err->text()});
}

/// The architecture and weight format of a config.json's text.
HfConfig configFacts(std::string_view text, const std::string &name, std::vector<Error> &notes)
{
    return readHfConfig(parseJsonBounded(text, name, "config"), name, notes);
}

ImportResult fromConfig(Input &in)
{
    ImportResult r;
    const std::string text = readJsonText(in, "config");
    const HfConfig cfg = configFacts(text, in.name(), r.notes);
    r.model.architecture = toArchitecture(cfg.facts, in.name(), r.notes);
    r.contextLength = cfg.facts.contextLength;
    r.model.source = sourceOf("config.json", in);
    r.model.weights = cfg.weights;
    return r;
}

/// The model of a safetensors header (or of all shards) and its config.json.
ImportResult withConfig(const TensorTotals &t, const std::optional<std::string> &config, const std::string &file,
                        std::vector<Error> notes)
{
    if (!config)
        refuse(file, ErrorCode::MissingKey, msg::importNoArchitecture);
    ImportResult r;
    r.notes = std::move(notes);
    const HfConfig cfg = configFacts(*config, "config.json", r.notes);
    r.model.architecture = toArchitecture(cfg.facts, "config.json", r.notes);
    r.contextLength = cfg.facts.contextLength;
    WeightsSpec w = cfg.weights.value_or(WeightsSpec{});
    if (w.format.empty() || !quant::parseWeightFormat(w.format) || !quant::isQuantised(quant::parseWeightFormat(w.format)->info->kind))
        w.format = t.format.empty() ? w.format : t.format; // the tensors' own dtype for unquantised files
    if (w.format.empty())
        w.format = "bf16";
    if (t.parameters > 0)
        w.parameters = t.parameters;
    if (t.bytes > 0)
        w.bytes = t.bytes;
    r.model.weights = w;
    return r;
}

int packedBitsOf(const std::optional<std::string> &config)
{
    if (!config)
        return 4;
    try {
        std::vector<Error> ignored;
        const HfConfig c = configFacts(*config, "config.json", ignored);
        return c.weights && c.weights->bits ? static_cast<int>(*c.weights->bits) : 4;
    } catch (const Refusal &) {
        return 4;
    }
}

ImportResult fromSafetensors(Input &in, const std::optional<std::string> &config)
{
    const TensorTotals t = readSafetensors(in, packedBitsOf(config));
    ImportResult r = withConfig(t, config, in.name(), {});
    r.model.source = sourceOf("safetensors", in);
    return r;
}

/// A sharded checkpoint: the index names each tensor's shard; the shards' headers beside
/// it give the exact totals, or, when they are not there, the index's total_size.
ImportResult fromIndex(Input &in, const std::optional<std::string> &config, const fs::path &folder)
{
    const std::string text = readJsonText(in, "index");
    const Json doc = parseJsonBounded(text, in.name(), "index");
    if (!doc.is_object())
        refuse(in.name(), ErrorCode::WrongType, msg::importNotObject, {"index"});
    const auto map = doc.find("weight_map");
    if (map == doc.end() || !map->is_object() || map->empty())
        refuse(in.name(), ErrorCode::MissingKey, msg::importIndexMap);
    std::set<std::string> shards;
    for (const auto &[tensor, shard] : map->items()) {
        if (!shard.is_string())
            refuse(in.name(), ErrorCode::WrongType, msg::importIndexMap);
        shards.insert(shard.get<std::string>());
    }
    std::vector<Error> notes;
    TensorTotals total;
    bool allShards = !folder.empty();
    const int bits = packedBitsOf(config);
    for (const auto &shard : shards) {
        // Only plain file names beside the index are opened.
        const bool plain = !shard.empty() && shard.find('/') == std::string::npos && shard.find('\\') == std::string::npos
                           && shard != "." && shard != "..";
        std::error_code ec;
        if (!allShards || !plain || !fs::is_regular_file(folder / shard, ec)) {
            allShards = false;
            break;
        }
        auto [file, size] = openFile(folder / shard, shard);
        Input part(file.get(), size, shard);
        const TensorTotals t = readSafetensors(part, bits);
        total.tensors += t.tensors;
        total.parameters = satAdd(total.parameters, t.parameters);
        total.bytes = satAdd(total.bytes, t.bytes);
        if (total.format.empty())
            total.format = t.format;
    }
    if (!allShards) {
        total = TensorTotals{};
        const auto meta = doc.find("metadata");
        if (meta != doc.end() && meta->is_object()) {
            const auto size = meta->find("total_size");
            if (size != meta->end() && size->is_number_unsigned() && size->get<std::uint64_t>() < (std::uint64_t(1) << 62))
                total.bytes = static_cast<Bytes>(size->get<std::uint64_t>());
            const auto params = meta->find("total_parameters");
            if (params != meta->end() && params->is_number_unsigned() && params->get<std::uint64_t>() < (std::uint64_t(1) << 62))
                total.parameters = static_cast<std::int64_t>(params->get<std::uint64_t>());
        }
        notes.push_back(Error::fromTemplate(in.name(), ErrorCode::Unsupported, msg::noteShards));
    }
    ImportResult r = withConfig(total, config, in.name(), std::move(notes));
    r.model.source = sourceOf("safetensors", in);
    return r;
}

ImportResult fromGguf(Input &in)
{
    const GgufHeader h = readGguf(in);
    ImportResult r;
    const ArchFacts facts = ggufArchitecture(h, in.name());
    r.model.architecture = toArchitecture(facts, in.name(), r.notes);
    r.contextLength = facts.contextLength;
    r.model.source = sourceOf("gguf", in);
    const quant::GgufFileType *ft = quant::ggufFileTypeById(h.fileType);
    if (!ft && h.dominantType >= 0) {
        // No (or an unknown) general.file_type: name the mix after the type holding most bytes.
        const quant::GgmlType *type = quant::ggmlType(h.dominantType);
        const std::string base(type ? type->name : "F16");
        ft = quant::ggufFileType(base);
        if (!ft)
            ft = quant::ggufFileType(base + "_M");
        for (const auto &t : quant::ggufFileTypes())
            if (!ft && t.baseType == h.dominantType)
                ft = &t;
    }
    WeightsSpec w;
    w.format = "gguf:" + std::string(ft ? ft->name : "F16");
    w.parameters = h.totals.parameters;
    w.bytes = h.totals.bytes;
    r.model.weights = w;
    if (const auto it = h.metadata.find("split.count"); it != h.metadata.end() && it->second.u > 1)
        r.notes.push_back(Error::fromTemplate(in.name(), ErrorCode::Unsupported, msg::noteSplitGguf));
    return r;
}

ImportResult run(FileKind kind, Input &in, const std::optional<std::string> &config, const fs::path &folder)
{
    switch (kind) {
    case FileKind::ConfigJson: return fromConfig(in);
    case FileKind::Safetensors: return fromSafetensors(in, config);
    case FileKind::SafetensorsIndex: return fromIndex(in, config, folder);
    case FileKind::Gguf: return fromGguf(in);
    }
    return {};
}

Result<ImportResult> guarded(const std::string &name, const std::function<ImportResult()> &body)
{
    try {
        ImportResult r = body();
        r.model.framework = Framework::PyTorch;
        validate(r.model, name);
        return r;
    } catch (const Refusal &refusal) {
        return refusal.error;
    } catch (const nlohmann::json::exception &e) {
        return Error::fromTemplate(name, ErrorCode::WrongType, msg::importNotJson, {"file", e.what()});
    } catch (const std::bad_alloc &) {
        return Error::fromTemplate(name, ErrorCode::Io, msg::importCannotRead, {"out of memory"});
    }
}

} // namespace

std::optional<FileKind> fileKindOf(const std::string &path, std::string_view firstBytes)
{
    const std::string name = fs::path(path).filename().string();
    if (endsWith(name, ".gguf") || firstBytes.substr(0, 4) == "GGUF")
        return FileKind::Gguf;
    if (endsWith(name, ".safetensors"))
        return FileKind::Safetensors;
    if (endsWith(name, ".safetensors.index.json"))
        return FileKind::SafetensorsIndex;
    if (endsWith(name, ".json"))
        return FileKind::ConfigJson;
    return std::nullopt;
}

Result<ImportResult> importModel(const std::string &path)
{
    const fs::path p(path);
    const std::string name = p.filename().string();
    return guarded(name, [&]() {
        std::error_code ec;
        if (fs::is_directory(p, ec))
            refuse(name, ErrorCode::Io, msg::importUnknownFile);
        auto [file, size] = openFile(p, name);
        char head[4] = {0, 0, 0, 0};
        const std::size_t got = std::fread(head, 1, 4, file.get());
        std::rewind(file.get());
        const auto kind = fileKindOf(path, std::string_view(head, got));
        if (!kind)
            refuse(name, ErrorCode::UnknownValue, msg::importUnknownFile);
        // A safetensors file or index takes its architecture from the config.json beside it.
        std::optional<std::string> config;
        const fs::path folder = p.has_parent_path() ? p.parent_path() : fs::path(".");
        if (*kind == FileKind::Safetensors || *kind == FileKind::SafetensorsIndex) {
            const fs::path cfgPath = folder / "config.json";
            if (fs::is_regular_file(cfgPath, ec)) {
                auto [cfgFile, cfgSize] = openFile(cfgPath, "config.json");
                Input cfgIn(cfgFile.get(), cfgSize, "config.json");
                config = readJsonText(cfgIn, "config");
            }
        }
        Input in(file.get(), size, name);
        return run(*kind, in, config, folder);
    });
}

Result<ImportResult> importBytes(std::string_view bytes, const std::string &fileName, FileKind kind, std::string_view config)
{
    return guarded(fileName, [&]() {
        Input in(bytes, fileName);
        std::optional<std::string> cfg;
        if (!config.empty())
            cfg = std::string(config);
        return run(kind, in, cfg, fs::path());
    });
}

Scenario withImportedModel(const Scenario &scenario, const ImportResult &imported)
{
    Scenario s = scenario;
    const Framework framework = isDeepLearning(s.model.framework) ? s.model.framework : Framework::PyTorch;
    s.model = imported.model;
    s.model.framework = framework;
    if (s.dataset.input.kind != InputKind::Tokens) {
        const std::int64_t length = imported.contextLength > 0 ? std::min<std::int64_t>(imported.contextLength, 4096) : 2048;
        s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, length};
        s.dataset.dtype = DType::Int64;
        s.dataset.layout = Layout::Dense;
        s.dataset.density.reset();
    }
    if (s.run.precision == Precision::Int8 || s.run.precision == Precision::Int4)
        s.run.precision = Precision::Bf16;
    const auto format = s.model.weights ? quant::parseWeightFormat(s.model.weights->format) : std::nullopt;
    const bool frozenBase = s.run.finetune.method == FinetuneMethod::Full || s.run.finetune.method == FinetuneMethod::Frozen;
    if (format && quant::isQuantised(format->info->kind) && s.run.task == Task::Train && frozenBase)
        s.run.finetune.method = FinetuneMethod::Lora;
    return s;
}

nlohmann::ordered_json modelToJson(const Model &model)
{
    Scenario s;
    s.model = model;
    return scenarioToJson(s)["model"];
}

} // namespace headroom::importer
