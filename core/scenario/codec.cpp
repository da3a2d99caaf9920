#include "scenario/codec.h"

#include "quant/formats.h"
#include "scenario/limits.h"
#include "scenario/messages.h"
#include "scenario/model_keys.h"
#include "scenario/presets.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <set>
#include <sstream>

namespace headroom {
namespace {

using Json = nlohmann::ordered_json;

/// Thrown inside the reader, caught at its edge and returned as a value.
struct Refusal {
    Error error;
};

/// Refuses with the message `tmpl` (from scenario/messages.h) filled in with `args`.
[[noreturn]] void refuse(std::string path, ErrorCode code, const char *tmpl, std::vector<std::string> args = {})
{
    throw Refusal{Error::fromTemplate(std::move(path), code, tmpl, std::move(args))};
}

std::string join(const std::string &path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string shown(const Json &v)
{
    std::string s = v.dump();
    if (s.size() > 60)
        s = s.substr(0, 57) + "...";
    return s;
}

std::string numberText(double v)
{
    std::ostringstream os;
    os << v;
    return os.str();
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string listed(std::span<const std::string_view> names)
{
    std::string out;
    for (const auto &n : names) {
        if (!out.empty())
            out += ", ";
        out += n;
    }
    return out;
}

/// Reading helpers over one JSON object at a known path.
class Obj {
public:
    Obj(const Json &json, std::string path) : m_json(json), m_path(std::move(path))
    {
        if (!m_json.is_object())
            refuse(m_path, ErrorCode::WrongType, msg::notObject, {shown(m_json)});
    }

    const std::string &path() const { return m_path; }
    bool has(std::string_view key) const { return m_json.contains(key); }
    const Json &at(std::string_view key) const { return m_json.at(std::string(key)); }
    std::string pathOf(std::string_view key) const { return join(m_path, key); }

    void allowOnly(std::initializer_list<std::string_view> allowed) const
    {
        allowOnly(std::vector<std::string_view>(allowed));
    }

    void allowOnly(const std::vector<std::string_view> &names) const
    {
        for (const auto &[key, value] : m_json.items()) {
            if (std::find(names.begin(), names.end(), key) != names.end())
                continue;
            const std::string_view near = closestMatch(key, names);
            if (!near.empty())
                refuse(pathOf(key), ErrorCode::UnknownKey, msg::unknownKeyNear, {std::string(near)});
            refuse(pathOf(key), ErrorCode::UnknownKey, msg::unknownKey, {listed(names)});
        }
    }

    void require(std::string_view key) const
    {
        if (!has(key))
            refuse(pathOf(key), ErrorCode::MissingKey, msg::missingKey);
    }

    std::optional<std::int64_t> optInt(std::string_view key, std::int64_t min,
                                       std::int64_t max = std::numeric_limits<std::int64_t>::max()) const
    {
        if (!has(key))
            return std::nullopt;
        return intValue(at(key), pathOf(key), min, max);
    }

    std::int64_t getInt(std::string_view key, std::int64_t dflt, std::int64_t min,
                        std::int64_t max = std::numeric_limits<std::int64_t>::max()) const
    {
        return optInt(key, min, max).value_or(dflt);
    }

    std::int64_t reqInt(std::string_view key, std::int64_t min,
                        std::int64_t max = std::numeric_limits<std::int64_t>::max()) const
    {
        require(key);
        return *optInt(key, min, max);
    }

    std::optional<double> optNumber(std::string_view key, double min, double max, bool exclusiveMin = false) const
    {
        if (!has(key))
            return std::nullopt;
        const Json &v = at(key);
        if (!v.is_number())
            refuse(pathOf(key), ErrorCode::WrongType, msg::notNumber, {shown(v)});
        const double d = v.get<double>();
        if (!std::isfinite(d))
            refuse(pathOf(key), ErrorCode::OutOfRange, msg::notFinite);
        if (exclusiveMin ? !(d > min) : !(d >= min))
            refuse(pathOf(key), ErrorCode::OutOfRange, exclusiveMin ? msg::above : msg::atLeast,
                   {numberText(min), shown(v)});
        if (d > max)
            refuse(pathOf(key), ErrorCode::OutOfRange, msg::atMost, {numberText(max), shown(v)});
        return d;
    }

    std::optional<bool> optBool(std::string_view key) const
    {
        if (!has(key))
            return std::nullopt;
        const Json &v = at(key);
        if (!v.is_boolean())
            refuse(pathOf(key), ErrorCode::WrongType, msg::notBool, {shown(v)});
        return v.get<bool>();
    }

    std::optional<std::string> optString(std::string_view key) const
    {
        if (!has(key))
            return std::nullopt;
        const Json &v = at(key);
        if (!v.is_string())
            refuse(pathOf(key), ErrorCode::WrongType, msg::notString, {shown(v)});
        return v.get<std::string>();
    }

    std::string reqString(std::string_view key) const
    {
        require(key);
        return *optString(key);
    }

    template <typename E>
    std::optional<E> optEnum(std::string_view key) const
    {
        const auto text = optString(key);
        if (!text)
            return std::nullopt;
        if (const auto e = enumFromString<E>(*text))
            return e;
        const std::string_view near = closestMatch(*text, enumNames<E>());
        if (!near.empty())
            refuse(pathOf(key), ErrorCode::UnknownValue, msg::unknownValueNear,
                   {*text, std::string(near), listed(enumNames<E>())});
        refuse(pathOf(key), ErrorCode::UnknownValue, msg::unknownValue, {*text, listed(enumNames<E>())});
    }

    template <typename E>
    E getEnum(std::string_view key, E dflt) const { return optEnum<E>(key).value_or(dflt); }

    template <typename E>
    E reqEnum(std::string_view key) const
    {
        require(key);
        return *optEnum<E>(key);
    }

    Obj child(std::string_view key) const { return Obj(at(key), pathOf(key)); }

    static std::int64_t intValue(const Json &v, const std::string &path, std::int64_t min, std::int64_t max)
    {
        std::int64_t n = 0;
        if (v.is_number_integer() && !v.is_number_unsigned()) {
            n = v.get<std::int64_t>();
        } else if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                refuse(path, ErrorCode::OutOfRange, msg::notInt64, {shown(v)});
            n = static_cast<std::int64_t>(u);
        } else if (v.is_number_float()) {
            const double d = v.get<double>();
            if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) >= 9.2233720368547758e18)
                refuse(path, ErrorCode::OutOfRange, msg::notInt64, {shown(v)});
            if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
                refuse(path, ErrorCode::WrongType, msg::notInteger, {shown(v)});
            n = static_cast<std::int64_t>(d);
        } else {
            refuse(path, ErrorCode::WrongType, msg::notInteger, {shown(v)});
        }
        if (n < min)
            refuse(path, ErrorCode::OutOfRange, msg::atLeast, {std::to_string(min), std::to_string(n)});
        if (n > max)
            refuse(path, ErrorCode::OutOfRange, msg::atMost, {std::to_string(max), std::to_string(n)});
        return n;
    }

private:
    const Json &m_json;
    std::string m_path;
};

constexpr std::int64_t kIntMax = std::numeric_limits<std::int64_t>::max();

/// LoRA's targets: "attention", "all_linear", or the layers by name ("q", "v", "down"),
/// PEFT's Llama-family module names ("q_proj", "down_proj") accepted as the same layers.
LoraTargets readLoraTargets(const Obj &f)
{
    if (!f.has("targets"))
        return kLoraAttention;
    const Json &v = f.at("targets");
    const std::string path = f.pathOf("targets");
    const auto names = enumNames<LoraLayer>();
    if (v.is_string()) {
        const std::string text = v.get<std::string>();
        if (text == "attention")
            return kLoraAttention;
        if (text == "all_linear")
            return kLoraAllLinear;
    }
    if (!v.is_array())
        refuse(path, ErrorCode::WrongType, msg::loraTargetsType, {listed(names), shown(v)});
    if (v.empty())
        refuse(path, ErrorCode::OutOfRange, msg::loraTargetsEmpty, {listed(names)});
    LoraTargets targets = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        if (!v[i].is_string())
            refuse(at, ErrorCode::WrongType, msg::notString, {shown(v[i])});
        std::string name = v[i].get<std::string>();
        if (name.size() > 5 && name.ends_with("_proj"))
            name.resize(name.size() - 5);
        if (const auto layer = enumFromString<LoraLayer>(name)) {
            targets |= loraBit(*layer);
            continue;
        }
        const std::string_view near = closestMatch(name, names);
        if (!near.empty())
            refuse(at, ErrorCode::UnknownValue, msg::unknownValueNear, {v[i].get<std::string>(), std::string(near), listed(names)});
        refuse(at, ErrorCode::UnknownValue, msg::unknownValue, {v[i].get<std::string>(), listed(names)});
    }
    return targets;
}

InputShape readInput(const Obj &o)
{
    InputShape in;
    in.kind = o.reqEnum<InputKind>("kind");
    switch (in.kind) {
    case InputKind::Tabular:
        o.allowOnly({"kind", "features"});
        in.features = o.reqInt("features", 1);
        break;
    case InputKind::Image:
        o.allowOnly({"kind", "height", "width", "channels"});
        in.height = o.reqInt("height", 1);
        in.width = o.reqInt("width", 1);
        in.channels = o.reqInt("channels", 1);
        break;
    case InputKind::Sequence:
        o.allowOnly({"kind", "length", "features"});
        in.length = o.reqInt("length", 1);
        in.features = o.reqInt("features", 1);
        break;
    case InputKind::Tokens:
        o.allowOnly({"kind", "length"});
        in.length = o.reqInt("length", 1);
        break;
    }
    return in;
}

Dataset readDataset(const Obj &o)
{
    o.allowOnly({"samples", "input", "dtype", "layout", "density", "index_dtype", "targets", "storage",
                 "preprocessing_copies", "file"});
    Dataset d;
    d.samples = o.reqInt("samples", 1);
    o.require("input");
    d.input = readInput(o.child("input"));
    d.dtype = o.getEnum("dtype", DType::Float32);
    d.layout = o.getEnum("layout", Layout::Dense);
    d.density = o.optNumber("density", 0.0, 1.0, true);
    d.indexDtype = o.getEnum("index_dtype", IndexDType::Int32);
    if (o.has("targets")) {
        const Obj t = o.child("targets");
        t.allowOnly({"count", "dtype"});
        d.targets.count = t.getInt("count", 1, 0);
        d.targets.dtype = t.getEnum("dtype", DType::Int64);
    }
    d.storage = o.getEnum("storage", Storage::InMemory);
    d.preprocessingCopies = o.getInt("preprocessing_copies", 0, 0, 1000);
    if (o.has("file")) {
        const Obj f = o.child("file");
        f.allowOnly({"format", "bytes"});
        d.file = DatasetFile{f.reqEnum<FileFormat>("format"), f.reqInt("bytes", 0)};
    }

    if (d.layout == Layout::Csr) {
        if (!d.density)
            refuse(o.pathOf("density"), ErrorCode::Inconsistent, msg::csrDensity);
        if (d.input.kind != InputKind::Tabular)
            refuse(o.pathOf("layout"), ErrorCode::Inconsistent, msg::csrInput, {std::string(toString(d.input.kind))});
        if (!isFloat(d.dtype) && d.dtype != DType::Int64 && d.dtype != DType::Int32)
            refuse(o.pathOf("dtype"), ErrorCode::Inconsistent, msg::csrDtype, {std::string(toString(d.dtype))});
    }
    return d;
}

/// The allowed keys of an architecture object: `fixed` and every top-level transformer
/// key and group of the table.
std::vector<std::string_view> architectureKeys(std::initializer_list<std::string_view> fixed)
{
    std::vector<std::string_view> names(fixed);
    for (const ModelKey &k : transformerKeys())
        if (k.group.empty())
            names.push_back(k.name);
    for (const std::string_view g : transformerKeyGroups())
        names.push_back(g);
    return names;
}

void readKey(const Obj &o, const ModelKey &k, TransformerConfig &t)
{
    switch (k.kind) {
    case ModelKeyKind::Int:
        k.setInt(t, o.optInt(k.name, k.min, k.max));
        break;
    case ModelKeyKind::Bool: {
        const auto b = o.optBool(k.name);
        k.setInt(t, b ? std::optional<std::int64_t>(*b ? 1 : 0) : std::nullopt);
        break;
    }
    case ModelKeyKind::Number:
        k.setNumber(t, o.optNumber(k.name, k.numMin, k.numMax));
        break;
    case ModelKeyKind::Enum: {
        const auto text = o.optString(k.name);
        if (!text) {
            k.setInt(t, std::nullopt);
            break;
        }
        const auto names = k.choices();
        const auto it = std::find(names.begin(), names.end(), *text);
        if (it != names.end()) {
            k.setInt(t, static_cast<std::int64_t>(it - names.begin()));
            break;
        }
        const std::string_view near = closestMatch(*text, names);
        if (!near.empty())
            refuse(o.pathOf(k.name), ErrorCode::UnknownValue, msg::unknownValueNear,
                   {*text, std::string(near), listed(names)});
        refuse(o.pathOf(k.name), ErrorCode::UnknownValue, msg::unknownValue, {*text, listed(names)});
    }
    }
}

/// Reads every transformer key of the table present in `o` (and in its groups).
void readTransformerKeys(const Obj &o, TransformerConfig &t)
{
    for (const ModelKey &k : transformerKeys())
        if (k.group.empty())
            readKey(o, k, t);
    for (const std::string_view g : transformerKeyGroups()) {
        if (!o.has(g))
            continue;
        const Obj go = o.child(g);
        std::vector<std::string_view> names;
        for (const ModelKey &k : transformerKeys())
            if (k.group == g)
                names.push_back(k.name);
        go.allowOnly(names);
        for (const ModelKey &k : transformerKeys())
            if (k.group == g)
                readKey(go, k, t);
    }
}

/// The path of a transformer key under the architecture object `o`.
std::string keyPath(const Obj &o, std::string_view key) { return o.pathOf(key); }

/// Consistency of the resolved configuration `t` of the architecture object `o`;
/// `explicitHeadDim`: head_dim is given (by the file or the preset), so heads need not
/// divide hidden.
void checkTransformer(const Obj &o, const TransformerConfig &t, bool explicitHeadDim)
{
    const std::int64_t hidden = *t.hidden, heads = *t.heads, kv = *t.kvHeads, layers = *t.layers;
    if (!explicitHeadDim && !t.mla.enabled() && hidden % heads != 0)
        refuse(keyPath(o, "heads"), ErrorCode::Inconsistent, msg::headsDivide,
               {std::to_string(hidden), std::to_string(heads)});
    if (heads % kv != 0)
        refuse(keyPath(o, "kv_heads"), ErrorCode::Inconsistent, msg::kvHeadsDivide, {std::to_string(heads), std::to_string(kv)});
    const std::int64_t headDim = t.headDim.value_or(hidden / heads);
    if (*t.positions == Positions::Rotary && !t.mla.enabled() && headDim % 2 != 0)
        refuse(keyPath(o, explicitHeadDim ? "head_dim" : "positions"), ErrorCode::Inconsistent, msg::rotaryEven,
               {std::to_string(headDim)});

    const MoeConfig &m = t.moe;
    const bool anyMoe = m.expertsPerToken || m.expertFfnHidden || m.sharedExperts || m.sharedExpertFfnHidden
                        || m.firstDenseLayers || m.expertBias;
    if (anyMoe || m.enabled()) {
        for (const char *key : {"experts", "experts_per_token", "expert_ffn_hidden"})
            if (!findTransformerKey(std::string("moe.") + key)->isSet(t))
                refuse(keyPath(o, "moe." + std::string(key)), ErrorCode::MissingKey, msg::moeMissing);
        if (*m.expertsPerToken > *m.experts)
            refuse(keyPath(o, "moe.experts_per_token"), ErrorCode::Inconsistent, msg::moeTopK,
                   {std::to_string(*m.expertsPerToken), std::to_string(*m.experts)});
        if (m.firstDenseLayers.value_or(0) > layers)
            refuse(keyPath(o, "moe.first_dense_layers"), ErrorCode::Inconsistent, msg::moeDenseLayers,
                   {std::to_string(*m.firstDenseLayers), std::to_string(layers)});
    }
    const MlaConfig &a = t.mla;
    if (a.qLoraRank || a.qkRopeHeadDim || a.qkNopeHeadDim || a.vHeadDim || a.kvLoraRank) {
        for (const char *key : {"kv_lora_rank", "qk_rope_head_dim", "qk_nope_head_dim", "v_head_dim"})
            if (!findTransformerKey(std::string("mla.") + key)->isSet(t))
                refuse(keyPath(o, "mla." + std::string(key)), ErrorCode::MissingKey, msg::mlaMissing);
        if (*a.qkRopeHeadDim % 2 != 0)
            refuse(keyPath(o, "mla.qk_rope_head_dim"), ErrorCode::Inconsistent, msg::rotaryEven,
                   {std::to_string(*a.qkRopeHeadDim)});
        if (*a.qkRopeHeadDim + *a.qkNopeHeadDim < 1)
            refuse(keyPath(o, "mla.qk_nope_head_dim"), ErrorCode::OutOfRange, msg::mlaHeadDim);
    }
    const SlidingWindowConfig &w = t.slidingWindow;
    if (w.globalEvery && !w.window)
        refuse(keyPath(o, "sliding_window.window"), ErrorCode::MissingKey, msg::missingKey);
}

/// Whether head_dim is given by the architecture's overrides or its preset.
bool explicitHeadDim(const Architecture &a)
{
    if (a.transformer.headDim)
        return true;
    const PresetInfo *p = a.kind == ArchitectureKind::Preset ? findPreset(a.preset) : nullptr;
    return p && p->config.headDim;
}

Architecture readArchitecture(const Obj &o, const Dataset &data)
{
    Architecture a;
    const std::int64_t tokens = data.input.kind == InputKind::Tokens ? data.input.length : 0;
    if (o.has("preset")) {
        a.kind = ArchitectureKind::Preset;
        a.preset = o.reqString("preset");
        const PresetInfo *p = findPreset(a.preset);
        if (!p) {
            std::vector<std::string_view> names;
            for (const auto &info : presets())
                names.push_back(info.name);
            const std::string_view near = closestMatch(a.preset, names);
            if (!near.empty())
                refuse(o.pathOf("preset"), ErrorCode::UnknownValue, msg::unknownPresetNear,
                       {a.preset, std::string(near), listed(names)});
            refuse(o.pathOf("preset"), ErrorCode::UnknownValue, msg::unknownPreset, {a.preset, listed(names)});
        }
        if (p->family == PresetFamily::Vision) {
            o.allowOnly({"preset", "outputs"});
            a.outputs = o.optInt("outputs", 1, 10'000'000);
            if (data.input.kind != InputKind::Image)
                refuse(o.pathOf("preset"), ErrorCode::Inconsistent, msg::presetNeedsImage,
                       {a.preset, std::string(toString(data.input.kind))});
        } else {
            o.allowOnly(architectureKeys({"preset"}));
            readTransformerKeys(o, a.transformer);
            checkTransformer(o, *resolvedTransformer(a, tokens), explicitHeadDim(a));
        }
        return a;
    }
    a.kind = o.reqEnum<ArchitectureKind>("type");
    switch (a.kind) {
    case ArchitectureKind::Preset:
        refuse(o.pathOf("type"), ErrorCode::UnknownValue, msg::usePreset);
    case ArchitectureKind::Mlp: {
        o.allowOnly({"type", "hidden", "outputs", "activation", "dropout"});
        o.require("hidden");
        const Json &h = o.at("hidden");
        if (!h.is_array())
            refuse(o.pathOf("hidden"), ErrorCode::WrongType, msg::notWidths, {shown(h)});
        for (std::size_t i = 0; i < h.size(); ++i)
            a.hidden.push_back(Obj::intValue(h[i], o.pathOf("hidden") + "[" + std::to_string(i) + "]", 1, 100'000'000));
        a.outputs = o.reqInt("outputs", 1, 100'000'000);
        a.activation = o.getEnum("activation", Activation::Relu);
        a.dropout = o.optNumber("dropout", 0.0, 1.0).value_or(0.0);
        break;
    }
    case ArchitectureKind::Rnn:
        o.allowOnly({"type", "cell", "layers", "hidden", "bidirectional", "outputs"});
        a.cell = o.reqEnum<RnnCell>("cell");
        a.rnnLayers = o.getInt("layers", 1, 1, 10000);
        a.rnnHidden = o.reqInt("hidden", 1, 10'000'000);
        a.bidirectional = o.optBool("bidirectional").value_or(false);
        a.outputs = o.reqInt("outputs", 1, 100'000'000);
        if (data.input.kind != InputKind::Sequence)
            refuse(o.pathOf("type"), ErrorCode::Inconsistent, msg::rnnNeedsSequence,
                   {std::string(toString(data.input.kind))});
        break;
    case ArchitectureKind::Transformer:
        o.allowOnly(architectureKeys({"type"}));
        o.require("layers");
        o.require("hidden");
        o.require("heads");
        o.require("vocab");
        readTransformerKeys(o, a.transformer);
        checkTransformer(o, *resolvedTransformer(a, tokens), explicitHeadDim(a));
        break;
    case ArchitectureKind::Custom:
        o.allowOnly({"type", "parameters", "activation_bytes_per_sample"});
        a.parameters = o.reqInt("parameters", 0);
        a.activationBytesPerSample = o.reqInt("activation_bytes_per_sample", 0);
        break;
    }
    return a;
}

ModelSource readSource(const Obj &o)
{
    o.allowOnly({"format", "file", "size_bytes", "header_sha256"});
    ModelSource src;
    src.format = o.reqString("format");
    static constexpr std::array<std::string_view, 3> kSourceFormats{"config.json", "safetensors", "gguf"};
    if (std::find(kSourceFormats.begin(), kSourceFormats.end(), src.format) == kSourceFormats.end())
        refuse(o.pathOf("format"), ErrorCode::UnknownValue, msg::unknownValue, {src.format, listed(kSourceFormats)});
    src.file = o.reqString("file");
    if (src.file.empty())
        refuse(o.pathOf("file"), ErrorCode::OutOfRange, msg::empty);
    src.sizeBytes = o.reqInt("size_bytes", 0);
    src.headerSha256 = o.reqString("header_sha256");
    const bool hex = src.headerSha256.size() == 64
                     && std::all_of(src.headerSha256.begin(), src.headerSha256.end(),
                                    [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    if (!hex)
        refuse(o.pathOf("header_sha256"), ErrorCode::OutOfRange, msg::notSha256, {shown(o.at("header_sha256"))});
    return src;
}

WeightsSpec readWeights(const Obj &o, const Architecture &arch, const Dataset &data)
{
    using quant::WeightKind;
    o.allowOnly({"format", "bits", "group_size", "double_quant", "scales", "parameters", "bytes"});
    WeightsSpec w;
    w.format = o.reqString("format");
    const auto parsed = quant::parseWeightFormat(w.format);
    if (!parsed)
        refuse(o.pathOf("format"), ErrorCode::UnknownValue, msg::unknownValue, {w.format, quant::weightFormatList()});
    const WeightKind kind = parsed->info->kind;
    const bool grouped = kind == WeightKind::Gptq || kind == WeightKind::Awq;
    const bool bnb4 = kind == WeightKind::Nf4 || kind == WeightKind::Fp4;
    w.bits = o.optInt("bits", 1, 64);
    if (w.bits && grouped && *w.bits != 2 && *w.bits != 3 && *w.bits != 4 && *w.bits != 8)
        refuse(o.pathOf("bits"), ErrorCode::OutOfRange, msg::weightsBitsChoice, {std::to_string(*w.bits)});
    if (w.bits && kind == WeightKind::Gguf)
        refuse(o.pathOf("bits"), ErrorCode::Inconsistent, msg::weightsOnlyFor,
               {"fp32, fp16, bf16, int8, nf4, fp4, fp8, mxfp4, gptq, awq", w.format});
    if (w.bits && !grouped && kind != WeightKind::Gguf && *w.bits != parsed->info->bits)
        refuse(o.pathOf("bits"), ErrorCode::Inconsistent, msg::weightsBitsFixed,
               {w.format, std::to_string(parsed->info->bits), std::to_string(*w.bits)});
    w.scales = o.optString("scales");
    if (w.scales) {
        if (kind != WeightKind::Fp8)
            refuse(o.pathOf("scales"), ErrorCode::Inconsistent, msg::weightsOnlyFor, {"fp8", w.format});
        static constexpr std::array<std::string_view, 3> kScales{"per_tensor", "per_channel", "block"};
        if (std::find(kScales.begin(), kScales.end(), *w.scales) == kScales.end())
            refuse(o.pathOf("scales"), ErrorCode::UnknownValue, msg::unknownValue, {*w.scales, listed(kScales)});
    }
    if (o.has("group_size")) {
        const bool fp8Block = kind == WeightKind::Fp8 && w.scales == "block";
        if (!grouped && !bnb4 && !fp8Block)
            refuse(o.pathOf("group_size"), ErrorCode::Inconsistent, msg::weightsOnlyFor,
                   {"gptq, awq, nf4, fp4, fp8 with block scales", w.format});
        w.groupSize = o.optInt("group_size", grouped ? -1 : 1, 1'000'000'000);
        if (*w.groupSize == 0)
            refuse(o.pathOf("group_size"), ErrorCode::OutOfRange, msg::weightsGroupSize, {"0"});
    }
    w.doubleQuant = o.optBool("double_quant");
    if (w.doubleQuant && !bnb4)
        refuse(o.pathOf("double_quant"), ErrorCode::Inconsistent, msg::weightsOnlyFor, {"nf4, fp4", w.format});
    w.parameters = o.optInt("parameters", 1);
    w.bytes = o.optInt("bytes", 1);
    // Which tensors a quantiser converts is known for transformers (their linear
    // layers); for other networks only the file's exact bytes say it.
    const std::int64_t tokens = data.input.kind == InputKind::Tokens ? data.input.length : 0;
    if (quant::isQuantised(kind) && !w.bytes && !resolvedTransformer(arch, tokens))
        refuse(o.pathOf("format"), ErrorCode::Inconsistent, msg::weightsNeedTransformer, {w.format});
    return w;
}

/// model.weights against the run: a run's int8/int4 precision is a weight format itself,
/// and quantised weights are frozen (only adapters train).
void checkWeightsAgainstRun(const Obj &o, const Run &r, const Model &model)
{
    if (!model.weights)
        return;
    if (r.precision == Precision::Int8 || r.precision == Precision::Int4)
        refuse(o.pathOf("precision"), ErrorCode::Inconsistent, msg::weightsPrecision, {std::string(toString(r.precision))});
    const auto parsed = quant::parseWeightFormat(model.weights->format);
    const bool frozenBaseMethod = r.finetune.method == FinetuneMethod::Full || r.finetune.method == FinetuneMethod::Frozen;
    if (parsed && quant::isQuantised(parsed->info->kind) && r.task == Task::Train && frozenBaseMethod)
        refuse(o.pathOf("finetune.method"), ErrorCode::Inconsistent, msg::weightsFrozen,
               {model.weights->format, std::string(toString(r.finetune.method))});
}

Model readModel(const Obj &o, const Dataset &data)
{
    o.allowOnly({"framework", "architecture", "estimator", "params", "source", "weights"});
    Model m;
    m.framework = o.reqEnum<Framework>("framework");
    if (isDeepLearning(m.framework)) {
        for (const char *key : {"estimator", "params"})
            if (o.has(key))
                refuse(o.pathOf(key), ErrorCode::Inconsistent, msg::onlyClassical, {std::string(toString(m.framework))});
        o.require("architecture");
        m.architecture = readArchitecture(o.child("architecture"), data);
        if (o.has("source"))
            m.source = readSource(o.child("source"));
        if (o.has("weights"))
            m.weights = readWeights(o.child("weights"), *m.architecture, data);
    } else {
        for (const char *key : {"architecture", "source", "weights"})
            if (o.has(key))
                refuse(o.pathOf(key), ErrorCode::Inconsistent, msg::onlyDeepLearning,
                       {std::string(toString(m.framework))});
        m.estimator = o.reqString("estimator");
        if (m.estimator.empty())
            refuse(o.pathOf("estimator"), ErrorCode::OutOfRange, msg::noEstimator);
        if (o.has("params")) {
            if (!o.at("params").is_object())
                refuse(o.pathOf("params"), ErrorCode::WrongType, msg::notObject, {shown(o.at("params"))});
            m.params = o.at("params");
        }
    }
    return m;
}

/// "2.5" or "12.4" (a patch level, "2.5.1", is accepted and ignored).
std::optional<Version> readVersion(const Obj &o, std::string_view key)
{
    const auto text = o.optString(key);
    if (!text)
        return std::nullopt;
    Version v;
    int parts[3] = {-1, -1, -1};
    int n = 0;
    bool ok = !text->empty() && text->size() <= 16;
    for (std::size_t i = 0; ok && i < text->size(); ++i) {
        const char ch = (*text)[i];
        if (ch == '.') {
            ok = parts[n] >= 0 && ++n < 3;
        } else if (ch >= '0' && ch <= '9') {
            parts[n] = (parts[n] < 0 ? 0 : parts[n]) * 10 + (ch - '0');
            ok = parts[n] < 1000;
        } else {
            ok = false;
        }
    }
    if (!ok || n < 1 || parts[0] < 0 || parts[1] < 0 || (n == 2 && parts[2] < 0))
        refuse(o.pathOf(key), ErrorCode::UnknownValue, msg::unknownValue, {*text, "a version MAJOR.MINOR such as \"2.5\""});
    v.major = parts[0];
    v.minor = parts[1];
    return v;
}

/// The engine settings of run.serving, each under its engines' own names (nullptr: the
/// engine has no such setting). One table drives reading, writing and the refusals.
struct ServingKey {
    std::array<const char *, 5> names; ///< transformers, vllm, sglang, llama.cpp, tgi
};
constexpr ServingKey kMemoryFraction{{nullptr, "gpu_memory_utilization", "mem_fraction_static", nullptr, "cuda_memory_fraction"}};
constexpr ServingKey kBlockSize{{nullptr, "block_size", "page_size", nullptr, nullptr}};
constexpr ServingKey kMaxNumSeqs{{nullptr, "max_num_seqs", "max_running_requests", nullptr, "max_batch_size"}};
constexpr ServingKey kMaxBatchedTokens{{nullptr, "max_num_batched_tokens", "chunked_prefill_size", nullptr, "max_batch_prefill_tokens"}};
constexpr ServingKey kEnforceEager{{nullptr, "enforce_eager", "disable_cuda_graph", nullptr, nullptr}};
constexpr ServingKey kPrefixCaching{{nullptr, "enable_prefix_caching", nullptr, nullptr, nullptr}};
constexpr ServingKey kNGpuLayers{{nullptr, nullptr, nullptr, "n_gpu_layers", nullptr}};
constexpr ServingKey kNCtx{{nullptr, nullptr, nullptr, "n_ctx", nullptr}};
constexpr ServingKey kNBatch{{nullptr, nullptr, nullptr, "n_batch", nullptr}};
constexpr ServingKey kNUbatch{{nullptr, nullptr, nullptr, "n_ubatch", nullptr}};
constexpr ServingKey kUseMmap{{nullptr, nullptr, nullptr, "use_mmap", nullptr}};
constexpr ServingKey kFlashAttn{{nullptr, nullptr, nullptr, "flash_attn", nullptr}};
constexpr ServingKey kCacheImpl{{"cache_implementation", nullptr, nullptr, nullptr, nullptr}};
constexpr std::array<const ServingKey *, 13> kServingKeys{&kMemoryFraction, &kBlockSize, &kMaxNumSeqs, &kMaxBatchedTokens,
                                                          &kEnforceEager, &kPrefixCaching, &kNGpuLayers, &kNCtx, &kNBatch,
                                                          &kNUbatch, &kUseMmap, &kFlashAttn, &kCacheImpl};
constexpr std::array<std::string_view, 6> kServingCommon{"engine", "concurrent_sequences", "prompt_tokens",
                                                         "output_tokens", "context_tokens", "kv_cache_dtype"};

/// The cache types each engine offers (vLLM/SGLang: auto (16-bit) or fp8; TGI: fp8 too;
/// transformers: its quantised cache is int8 (quanto/HQQ); llama.cpp: f16, bf16, q8_0, q4_0).
bool engineHasKvDtype(ServingEngine e, KvCacheDType t)
{
    switch (t) {
    case KvCacheDType::Fp16:
    case KvCacheDType::Bf16: return true;
    case KvCacheDType::Fp8: return e == ServingEngine::Vllm || e == ServingEngine::Sglang || e == ServingEngine::Tgi;
    case KvCacheDType::Int8: return e == ServingEngine::Transformers;
    case KvCacheDType::Q8_0:
    case KvCacheDType::Q4_0: return e == ServingEngine::LlamaCpp;
    }
    return false;
}

Serving readServing(const Obj &o)
{
    Serving v;
    v.engine = o.reqEnum<ServingEngine>("engine");
    const auto ei = static_cast<std::size_t>(v.engine);
    std::vector<std::string_view> allowed(kServingCommon.begin(), kServingCommon.end());
    for (const ServingKey *k : kServingKeys)
        if (k->names[ei])
            allowed.emplace_back(k->names[ei]);
    // A setting of another engine is named as such, not merely as unknown.
    for (const ServingKey *k : kServingKeys) {
        if (k->names[ei])
            continue;
        for (std::size_t other = 0; other < k->names.size(); ++other) {
            if (!k->names[other] || !o.has(k->names[other]))
                continue;
            std::string owners;
            for (std::size_t j = 0; j < k->names.size(); ++j)
                if (k->names[j] && std::string_view(k->names[j]) == k->names[other])
                    owners += std::string(owners.empty() ? "" : ", ") + std::string(toString(static_cast<ServingEngine>(j)));
            refuse(o.pathOf(k->names[other]), ErrorCode::Inconsistent, msg::servingSetting,
                   {std::string(toString(v.engine)), owners});
        }
    }
    o.allowOnly(allowed);
    v.concurrentSequences = o.getInt("concurrent_sequences", 1, 1, 1'000'000'000);
    v.promptTokens = o.optInt("prompt_tokens", 0, 1'000'000'000);
    v.outputTokens = o.optInt("output_tokens", 0, 1'000'000'000);
    v.contextTokens = o.optInt("context_tokens", 1, 1'000'000'000);
    if (v.contextTokens && (v.promptTokens || v.outputTokens))
        refuse(o.pathOf("context_tokens"), ErrorCode::Inconsistent, msg::servingContext);
    v.kvCacheDtype = o.optEnum<KvCacheDType>("kv_cache_dtype");
    if (v.kvCacheDtype && !engineHasKvDtype(v.engine, *v.kvCacheDtype)) {
        std::string has;
        for (std::size_t i = 0; i < enumNames<KvCacheDType>().size(); ++i)
            if (engineHasKvDtype(v.engine, static_cast<KvCacheDType>(i)))
                has += std::string(has.empty() ? "" : ", ") + std::string(enumNames<KvCacheDType>()[i]);
        refuse(o.pathOf("kv_cache_dtype"), ErrorCode::Inconsistent, msg::servingKvDtype,
               {std::string(toString(*v.kvCacheDtype)), std::string(toString(v.engine)), has});
    }
    auto key = [ei](const ServingKey &k) { return k.names[ei] ? std::string_view(k.names[ei]) : std::string_view("-"); };
    v.memoryFraction = o.optNumber(key(kMemoryFraction), 0.0, 1.0, true);
    v.blockSize = o.optInt(key(kBlockSize), 1, 1'000'000);
    v.maxNumSeqs = o.optInt(key(kMaxNumSeqs), 1, 1'000'000'000);
    v.maxNumBatchedTokens = o.optInt(key(kMaxBatchedTokens), 1, 1'000'000'000);
    v.enforceEager = o.optBool(key(kEnforceEager));
    v.enablePrefixCaching = o.optBool(key(kPrefixCaching));
    v.nGpuLayers = o.optInt(key(kNGpuLayers), -1, 100'000);
    v.nCtx = o.optInt(key(kNCtx), 0, 1'000'000'000);
    v.nBatch = o.optInt(key(kNBatch), 1, 1'000'000'000);
    v.nUbatch = o.optInt(key(kNUbatch), 1, 1'000'000'000);
    v.useMmap = o.optBool(key(kUseMmap));
    v.flashAttn = o.optBool(key(kFlashAttn));
    v.cacheImplementation = o.optEnum<CacheImplementation>(key(kCacheImpl));
    return v;
}

Run readRun(const Obj &o, const Model &model)
{
    o.allowOnly({"task", "device", "batch_size", "precision", "optimizer", "activation_checkpointing",
                 "gradient_accumulation", "optimizer_step", "loss_chunks", "loss", "compile", "activation_offload", "finetune",
                 "generation", "dataloader", "software", "serving", "cross_validation"});
    Run r;
    r.task = o.getEnum("task", Task::Train);
    r.device = o.optEnum<Device>("device");
    r.batchSize = o.getInt("batch_size", 32, 1);
    r.precision = o.getEnum("precision", Precision::Fp32);
    r.optimizer = o.getEnum("optimizer", Optimizer::AdamW);
    r.checkpointing = o.getEnum("activation_checkpointing", Checkpointing::None);
    r.gradientAccumulation = o.getInt("gradient_accumulation", 1, 1, 1'000'000);
    r.optimizerStep = o.optEnum<OptimizerStep>("optimizer_step");
    r.lossChunks = o.getInt("loss_chunks", 1, 1, 65'536);
    r.loss = o.getEnum("loss", Loss::CrossEntropy);
    r.compile = o.optBool("compile").value_or(false);
    r.activationOffload = o.optBool("activation_offload").value_or(false);
    if (o.has("finetune")) {
        const Obj f = o.child("finetune");
        r.finetune.method = f.reqEnum<FinetuneMethod>("method");
        switch (r.finetune.method) {
        case FinetuneMethod::Full:
            f.allowOnly({"method"});
            break;
        case FinetuneMethod::Frozen:
            f.allowOnly({"method", "trainable_fraction"});
            r.finetune.trainableFraction = f.optNumber("trainable_fraction", 0.0, 1.0).value_or(0.1);
            break;
        case FinetuneMethod::Lora:
            f.allowOnly({"method", "rank", "adapter_dtype", "dropout", "targets"});
            r.finetune.rank = f.getInt("rank", 8, 1, 1'000'000);
            r.finetune.adapterDtype = f.optEnum<AdapterDType>("adapter_dtype");
            break;
        case FinetuneMethod::Qlora:
            f.allowOnly({"method", "rank", "quant_type", "double_quant", "adapter_dtype", "paged_optimizer", "dropout",
                         "targets"});
            r.finetune.rank = f.getInt("rank", 8, 1, 1'000'000);
            r.finetune.quantType = f.getEnum("quant_type", QuantType::Nf4);
            r.finetune.doubleQuant = f.optBool("double_quant").value_or(true);
            r.finetune.adapterDtype = f.optEnum<AdapterDType>("adapter_dtype");
            r.finetune.pagedOptimizer = f.optBool("paged_optimizer").value_or(false);
            break;
        }
        if (r.finetune.method == FinetuneMethod::Lora || r.finetune.method == FinetuneMethod::Qlora) {
            r.finetune.dropout = f.optNumber("dropout", 0.0, 1.0).value_or(0.0);
            r.finetune.targets = readLoraTargets(f);
        }
    }
    if (o.has("generation")) {
        const Obj g = o.child("generation");
        g.allowOnly({"prompt_tokens", "new_tokens"});
        Generation gen;
        gen.promptTokens = g.reqInt("prompt_tokens", 0, 1'000'000'000);
        gen.newTokens = g.reqInt("new_tokens", 0, 1'000'000'000);
        r.generation = gen;
    }
    if (o.has("serving"))
        r.serving = readServing(o.child("serving"));
    if (o.has("dataloader")) {
        const Obj d = o.child("dataloader");
        d.allowOnly({"workers", "prefetch_factor", "pin_memory"});
        r.dataloader.workers = d.getInt("workers", 0, 0, 4096);
        r.dataloader.prefetchFactor = d.getInt("prefetch_factor", 2, 1, 4096);
        r.dataloader.pinMemory = d.optBool("pin_memory").value_or(false);
    }

    if (o.has("cross_validation")) {
        const Obj cv = o.child("cross_validation");
        cv.allowOnly({"folds", "n_jobs", "candidates"});
        if (isDeepLearning(model.framework))
            refuse(o.pathOf("cross_validation"), ErrorCode::Inconsistent, msg::crossValidationClassical,
                   {std::string(toString(model.framework))});
        CrossValidation c;
        c.folds = cv.getInt("folds", 5, 2, 1'000'000);
        c.nJobs = cv.getInt("n_jobs", 1, std::numeric_limits<std::int64_t>::min(), 1'000'000);
        if (c.nJobs == 0 || c.nJobs < -1)
            refuse(cv.pathOf("n_jobs"), ErrorCode::OutOfRange, msg::nJobsRange, {std::to_string(c.nJobs)});
        c.candidates = cv.getInt("candidates", 1, 1, 1'000'000'000);
        r.crossValidation = c;
    }

    if (o.has("software")) {
        const Obj sw = o.child("software");
        sw.allowOnly({"pytorch", "cuda"});
        r.software.pytorch = readVersion(sw, "pytorch");
        r.software.cuda = readVersion(sw, "cuda");
    }

    const bool quantised = r.precision == Precision::Int8 || r.precision == Precision::Int4;
    const FinetuneMethod method = r.finetune.method;
    if (method == FinetuneMethod::Qlora) {
        if (quantised)
            refuse(o.pathOf("precision"), ErrorCode::Inconsistent, msg::qloraPrecision, {std::string(toString(r.precision))});
        if (r.task != Task::Train)
            refuse(o.pathOf("finetune.method"), ErrorCode::Inconsistent, msg::qloraTask);
        if (!(model.architecture && resolvedTransformer(*model.architecture, 0)))
            refuse(o.pathOf("finetune.method"), ErrorCode::Inconsistent, msg::qloraModel);
    } else if (quantised && r.task == Task::Train && !(r.precision == Precision::Int8 && method == FinetuneMethod::Lora)) {
        // An 8-bit base (bitsandbytes LLM.int8) trains through LoRA adapters; nothing else
        // trains quantised weights.
        if (o.has("finetune"))
            refuse(o.pathOf("finetune.method"), ErrorCode::Inconsistent, msg::quantisedTrainingMethod,
                   {std::string(toString(r.precision))});
        refuse(o.pathOf("precision"), ErrorCode::Inconsistent, msg::quantisedTraining, {std::string(toString(r.precision))});
    }
    if (r.generation && r.task != Task::Inference)
        refuse(o.pathOf("generation"), ErrorCode::Inconsistent, msg::generationTask);
    if (r.generation && !(model.architecture && resolvedTransformer(*model.architecture, 0)))
        refuse(o.pathOf("generation"), ErrorCode::Inconsistent, msg::generationModel);
    if (r.serving && r.task != Task::Inference)
        refuse(o.pathOf("serving"), ErrorCode::Inconsistent, msg::generationTask);
    if (r.serving && !(model.architecture && resolvedTransformer(*model.architecture, 0)))
        refuse(o.pathOf("serving"), ErrorCode::Inconsistent, msg::generationModel);
    if (r.serving && r.generation)
        refuse(o.pathOf("generation"), ErrorCode::Inconsistent, msg::servingGeneration);
    // What only a training step has: saved activations to offload, a loss to chunk, an
    // optimizer to step.
    if (r.task != Task::Train) {
        for (const char *key : {"optimizer_step", "loss_chunks", "loss", "activation_offload"})
            if (o.has(key))
                refuse(o.pathOf(key), ErrorCode::Inconsistent, msg::trainingOnly);
    }
    if (r.checkpointing == Checkpointing::SelectiveOp && model.framework == Framework::Megatron)
        refuse(o.pathOf("activation_checkpointing"), ErrorCode::Inconsistent, msg::selectiveOpMegatron);
    if (r.lossChunks > 1 && !(model.architecture && resolvedTransformer(*model.architecture, 0)))
        refuse(o.pathOf("loss_chunks"), ErrorCode::Inconsistent, msg::generationModel);
    if (r.lossChunks > 1 && r.loss == Loss::Sum)
        refuse(o.pathOf("loss_chunks"), ErrorCode::Inconsistent, msg::lossSumChunks, {std::to_string(r.lossChunks)});
    if (r.optimizerStep == OptimizerStep::InBackward && r.gradientAccumulation > 1)
        refuse(o.pathOf("gradient_accumulation"), ErrorCode::Inconsistent, msg::stepInBackwardAccumulation,
               {std::to_string(r.gradientAccumulation)});
    if (r.device == Device::Gpu && model.framework == Framework::ScikitLearn)
        refuse(o.pathOf("device"), ErrorCode::Inconsistent, msg::sklearnCpu);
    checkWeightsAgainstRun(o, r, model);
    return r;
}

Cluster readCluster(const Obj &o, const Model &model, std::int64_t datasetTokens)
{
    o.allowOnly({"nodes", "gpus_per_node", "data_parallel", "tensor_parallel", "pipeline_parallel", "expert_parallel",
                 "sequence_parallel", "offload"});
    Cluster c;
    c.nodes = o.getInt("nodes", 1, 1, 1'000'000);
    c.gpusPerNode = o.getInt("gpus_per_node", 1, 1, 1024);
    c.dataParallel = o.getEnum("data_parallel", DataParallel::Ddp);
    c.tensorParallel = o.getInt("tensor_parallel", 1, 1, 1'000'000);
    c.pipelineParallel = o.getInt("pipeline_parallel", 1, 1, 1'000'000);
    c.sequenceParallel = o.optBool("sequence_parallel").value_or(false);
    c.offload = o.getEnum("offload", Offload::None);
    const std::int64_t devices = c.nodes * c.gpusPerNode;
    if (devices % (c.tensorParallel * c.pipelineParallel) != 0 || c.tensorParallel * c.pipelineParallel > devices)
        refuse(o.pathOf("tensor_parallel"), ErrorCode::Inconsistent, msg::parallelDivide,
               {std::to_string(c.tensorParallel * c.pipelineParallel), std::to_string(devices)});
    c.expertParallel = o.getInt("expert_parallel", 1, 1, 1'000'000);
    if (c.expertParallel > 1) {
        // Experts are split over ranks of the data-parallel group (DeepSpeed-MoE,
        // Megatron-Core's expert_model_parallel_size).
        const auto t = model.architecture ? resolvedTransformer(*model.architecture, datasetTokens) : std::nullopt;
        if (!t || !t->moe.enabled())
            refuse(o.pathOf("expert_parallel"), ErrorCode::Inconsistent, msg::expertParallelMoe,
                   {std::to_string(c.expertParallel)});
        if (*t->moe.experts % c.expertParallel != 0)
            refuse(o.pathOf("expert_parallel"), ErrorCode::Inconsistent, msg::expertParallelExperts,
                   {std::to_string(*t->moe.experts), std::to_string(c.expertParallel)});
        const std::int64_t dp = devices / (c.tensorParallel * c.pipelineParallel);
        if (dp % c.expertParallel != 0)
            refuse(o.pathOf("expert_parallel"), ErrorCode::Inconsistent, msg::expertParallelDivide,
                   {std::to_string(dp), std::to_string(c.expertParallel)});
    }
    return c;
}

System readSystem(const Obj &o)
{
    o.allowOnly({"os_reserved_gib", "other_processes_gib", "headroom_fraction"});
    System s;
    s.osReservedGib = o.optNumber("os_reserved_gib", 0.0, 1e9).value_or(2.0);
    s.otherProcessesGib = o.optNumber("other_processes_gib", 0.0, 1e9).value_or(0.0);
    s.headroomFraction = o.optNumber("headroom_fraction", 0.0, 10.0).value_or(0.2);
    return s;
}

HardwareCandidate readCandidate(const Obj &o)
{
    HardwareCandidate h;
    h.gpuWiredLimitGib = o.optNumber("gpu_wired_limit_gib", 0.0, 1e9, true);
    if (o.has("catalog")) {
        o.allowOnly({"catalog", "gpu_wired_limit_gib"});
        h.catalogId = o.reqString("catalog");
        if (h.catalogId.empty())
            refuse(o.pathOf("catalog"), ErrorCode::OutOfRange, msg::noCatalogEntry);
        return h;
    }
    o.allowOnly({"name", "host_ram_gib", "gpu", "price", "catalog", "unified_memory", "gpu_wired_limit_gib"});
    h.unifiedMemory = o.optBool("unified_memory").value_or(false);
    h.name = o.reqString("name");
    if (h.name.empty())
        refuse(o.pathOf("name"), ErrorCode::OutOfRange, msg::empty);
    o.require("host_ram_gib");
    h.hostRamGib = *o.optNumber("host_ram_gib", 0.0, 1e9, true);
    if (o.has("gpu")) {
        const Obj g = o.child("gpu");
        g.allowOnly({"model", "memory_gib", "count"});
        GpuSpec gpu;
        gpu.model = g.optString("model").value_or(std::string());
        g.require("memory_gib");
        gpu.memoryGib = *g.optNumber("memory_gib", 0.0, 1e9, true);
        gpu.count = g.getInt("count", 1, 1, 1'000'000);
        h.gpu = gpu;
    }
    if (o.has("price")) {
        const Obj p = o.child("price");
        p.allowOnly({"amount", "currency"});
        Price price;
        p.require("amount");
        price.amount = *p.optNumber("amount", 0.0, 1e15);
        price.currency = p.optString("currency").value_or("USD");
        h.price = price;
    }
    if (h.unifiedMemory && h.gpu)
        refuse(o.pathOf("gpu"), ErrorCode::Inconsistent, msg::unifiedNoGpu);
    if (h.gpuWiredLimitGib && *h.gpuWiredLimitGib > h.hostRamGib)
        refuse(o.pathOf("gpu_wired_limit_gib"), ErrorCode::OutOfRange, msg::atMost,
               {numberText(h.hostRamGib), numberText(*h.gpuWiredLimitGib)});
    return h;
}

Scenario readDocument(const Json &doc)
{
    if (!doc.is_object())
        refuse("", ErrorCode::WrongType, msg::notScenario, {shown(doc)});
    const Obj o(doc, "");
    o.allowOnly({"headroom", "name", "notes", "dataset", "model", "run", "cluster", "system", "hardware"});
    Scenario s;
    o.require("headroom");
    const std::int64_t version = Obj::intValue(o.at("headroom"), "headroom", std::numeric_limits<std::int64_t>::min(), kIntMax);
    if (version > kFormatVersion)
        refuse("headroom", ErrorCode::NewerVersion, msg::newerVersion,
               {std::to_string(version), std::to_string(kFormatVersion)});
    if (version < 1)
        refuse("headroom", ErrorCode::OutOfRange, msg::atLeast, {"1", std::to_string(version)});
    s.name = o.optString("name").value_or(std::string());
    s.notes = o.optString("notes").value_or(std::string());
    o.require("dataset");
    s.dataset = readDataset(o.child("dataset"));
    o.require("model");
    s.model = readModel(o.child("model"), s.dataset);
    o.require("run");
    s.run = readRun(o.child("run"), s.model);
    if (o.has("cluster"))
        s.cluster = readCluster(o.child("cluster"), s.model,
                                s.dataset.input.kind == InputKind::Tokens ? s.dataset.input.length : 0);
    if (s.run.optimizerStep == OptimizerStep::InBackward) {
        const DataParallel dp = s.cluster.dataParallel;
        if (s.model.framework == Framework::Megatron)
            refuse("run.optimizer_step", ErrorCode::Inconsistent, msg::stepInBackwardCluster, {"Megatron"});
        if (dp == DataParallel::Zero1 || dp == DataParallel::Zero2 || dp == DataParallel::Zero3)
            refuse("run.optimizer_step", ErrorCode::Inconsistent, msg::stepInBackwardCluster, {"DeepSpeed ZeRO"});
    }
    if (o.has("system"))
        s.system = readSystem(o.child("system"));
    if (o.has("hardware")) {
        const Json &hw = o.at("hardware");
        if (!hw.is_array())
            refuse("hardware", ErrorCode::WrongType, msg::notCandidates, {shown(hw)});
        std::set<std::string> names;
        for (std::size_t i = 0; i < hw.size(); ++i) {
            const std::string path = "hardware[" + std::to_string(i) + "]";
            s.hardware.push_back(readCandidate(Obj(hw[i], path)));
            const auto &c = s.hardware.back();
            const std::string key = c.catalogId.empty() ? c.name : "catalog:" + c.catalogId;
            if (!names.insert(key).second)
                refuse(path + (c.catalogId.empty() ? ".name" : ".catalog"), ErrorCode::Inconsistent, msg::duplicateCandidate,
                       {c.catalogId.empty() ? c.name : c.catalogId});
        }
    }
    return s;
}

// ---- writing ----

Json servingToJson(const Serving &v)
{
    Json j = Json::object();
    const auto ei = static_cast<std::size_t>(v.engine);
    j["engine"] = toString(v.engine);
    j["concurrent_sequences"] = v.concurrentSequences;
    auto put = [&j](const char *key, const auto &opt) {
        if (opt)
            j[key] = *opt;
    };
    put("prompt_tokens", v.promptTokens);
    put("output_tokens", v.outputTokens);
    put("context_tokens", v.contextTokens);
    if (v.kvCacheDtype)
        j["kv_cache_dtype"] = toString(*v.kvCacheDtype);
    auto setting = [&](const ServingKey &k, const auto &opt) {
        if (k.names[ei] && opt)
            j[k.names[ei]] = *opt;
    };
    setting(kMemoryFraction, v.memoryFraction);
    setting(kBlockSize, v.blockSize);
    setting(kMaxNumSeqs, v.maxNumSeqs);
    setting(kMaxBatchedTokens, v.maxNumBatchedTokens);
    setting(kEnforceEager, v.enforceEager);
    setting(kPrefixCaching, v.enablePrefixCaching);
    setting(kNGpuLayers, v.nGpuLayers);
    setting(kNCtx, v.nCtx);
    setting(kNBatch, v.nBatch);
    setting(kNUbatch, v.nUbatch);
    setting(kUseMmap, v.useMmap);
    setting(kFlashAttn, v.flashAttn);
    if (kCacheImpl.names[ei] && v.cacheImplementation)
        j[kCacheImpl.names[ei]] = toString(*v.cacheImplementation);
    return j;
}

void writeTransformerKeys(Json &j, const TransformerConfig &t)
{
    for (const ModelKey &k : transformerKeys()) {
        if (!k.isSet(t))
            continue;
        Json &to = k.group.empty() ? j : j[std::string(k.group)];
        const std::string name(k.name);
        switch (k.kind) {
        case ModelKeyKind::Int: to[name] = *k.getInt(t); break;
        case ModelKeyKind::Bool: to[name] = *k.getInt(t) != 0; break;
        case ModelKeyKind::Number: to[name] = *k.getNumber(t); break;
        case ModelKeyKind::Enum: to[name] = k.choices()[static_cast<std::size_t>(*k.getInt(t))]; break;
        }
    }
}

Json architectureToJson(const Architecture &a)
{
    Json j = Json::object();
    switch (a.kind) {
    case ArchitectureKind::Preset:
        j["preset"] = a.preset;
        if (a.outputs)
            j["outputs"] = *a.outputs;
        writeTransformerKeys(j, a.transformer);
        break;
    case ArchitectureKind::Mlp:
        j["type"] = "mlp";
        j["hidden"] = a.hidden;
        j["outputs"] = a.outputs.value_or(1);
        j["activation"] = toString(a.activation);
        j["dropout"] = a.dropout;
        break;
    case ArchitectureKind::Rnn:
        j["type"] = "rnn";
        j["cell"] = toString(a.cell);
        j["layers"] = a.rnnLayers;
        j["hidden"] = a.rnnHidden;
        j["bidirectional"] = a.bidirectional;
        j["outputs"] = a.outputs.value_or(1);
        break;
    case ArchitectureKind::Transformer:
        j["type"] = "transformer";
        writeTransformerKeys(j, a.transformer);
        break;
    case ArchitectureKind::Custom:
        j["type"] = "custom";
        j["parameters"] = a.parameters;
        j["activation_bytes_per_sample"] = a.activationBytesPerSample;
        break;
    }
    return j;
}

Json modelSourceToJsonImpl(const ModelSource &src)
{
    Json j = Json::object();
    j["format"] = src.format;
    j["file"] = src.file;
    j["size_bytes"] = src.sizeBytes;
    j["header_sha256"] = src.headerSha256;
    return j;
}

Json weightsToJsonImpl(const WeightsSpec &w)
{
    Json j = Json::object();
    j["format"] = w.format;
    auto put = [&j](const char *key, const auto &opt) {
        if (opt)
            j[key] = *opt;
    };
    put("bits", w.bits);
    put("group_size", w.groupSize);
    put("double_quant", w.doubleQuant);
    put("scales", w.scales);
    put("parameters", w.parameters);
    put("bytes", w.bytes);
    return j;
}

Json inputToJson(const InputShape &in)
{
    Json j = Json::object();
    j["kind"] = toString(in.kind);
    switch (in.kind) {
    case InputKind::Tabular:
        j["features"] = in.features;
        break;
    case InputKind::Image:
        j["height"] = in.height;
        j["width"] = in.width;
        j["channels"] = in.channels;
        break;
    case InputKind::Sequence:
        j["length"] = in.length;
        j["features"] = in.features;
        break;
    case InputKind::Tokens:
        j["length"] = in.length;
        break;
    }
    return j;
}

} // namespace

std::int64_t CrossValidation::parallelFits() const
{
    std::int64_t fits = 0;
    if (__builtin_mul_overflow(folds, candidates, &fits))
        fits = std::numeric_limits<std::int64_t>::max();
    return nJobs < 0 ? fits : std::min(nJobs, fits);
}

std::int64_t InputShape::elements() const
{
    std::int64_t r = 0;
    switch (kind) {
    case InputKind::Tabular:
        return features;
    case InputKind::Image:
        if (__builtin_mul_overflow(height, width, &r) || __builtin_mul_overflow(r, channels, &r))
            return std::numeric_limits<std::int64_t>::max();
        return r;
    case InputKind::Sequence:
        if (__builtin_mul_overflow(length, features, &r))
            return std::numeric_limits<std::int64_t>::max();
        return r;
    case InputKind::Tokens:
        return length;
    }
    return features;
}

std::string_view closestMatch(std::string_view word, std::span<const std::string_view> candidates)
{
    std::string_view best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto &c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

Result<Scenario> scenarioFromJson(const Json &doc)
{
    try {
        return readDocument(doc);
    } catch (const Refusal &r) {
        return r.error;
    } catch (const nlohmann::json::exception &e) {
        return Error{"", ErrorCode::WrongType, e.what()};
    }
}

Result<Scenario> readScenario(std::string_view text)
{
    if (auto refused = checkDocumentLimits(text))
        return *refused;
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        // Line and column from the byte offset where parsing stopped (1-based).
        std::size_t line = 1, column = 1;
        const std::size_t end = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        for (std::size_t i = 0; i < end; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            return Error::fromTemplate("", ErrorCode::MalformedJson, msg::emptyFile,
                                       {std::to_string(line), std::to_string(column)});
        std::string what = e.what();
        // A byte that is no part of JSON text (a binary file, another encoding) is named by
        // its value, never echoed raw into the message.
        if (end < text.size()) {
            const auto byte = static_cast<unsigned char>(text[end]);
            const bool control = byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
            const bool foreign = byte >= 0x80
                                 && (what.find("UTF-8") != std::string::npos
                                     || text.find_first_not_of(" \t\r\n") == end);
            if (control || foreign) {
                static constexpr char hex[] = "0123456789ABCDEF";
                return Error::fromTemplate("", ErrorCode::MalformedJson, msg::notText,
                                           {std::to_string(line), std::to_string(column),
                                            std::string{hex[byte >> 4], hex[byte & 0xF]}});
            }
        }
        // nlohmann's text is "[json.exception.parse_error.101] parse error at line L, column C: REASON".
        if (const auto pos = what.find(": "); pos != std::string::npos)
            what = what.substr(pos + 2);
        std::string printable;
        for (const char c : what) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte < 0x7f) {
                printable += c;
            } else {
                static constexpr char hex[] = "0123456789ABCDEF";
                printable += std::string{'\\', 'x', hex[byte >> 4], hex[byte & 0xF]};
            }
        }
        what = printable;
        return Error::fromTemplate("", ErrorCode::MalformedJson, msg::malformed,
                                   {std::to_string(line), std::to_string(column), what});
    } catch (const nlohmann::json::exception &) {
        // The only other parse failure: a number literal beyond the range of a double.
        return Error::fromTemplate("", ErrorCode::OutOfRange, msg::tooLarge);
    }
    return scenarioFromJson(doc);
}

Json scenarioToJson(const Scenario &s)
{
    Json j = Json::object();
    j["headroom"] = s.version;
    if (!s.name.empty())
        j["name"] = s.name;
    if (!s.notes.empty())
        j["notes"] = s.notes;

    const Dataset &d = s.dataset;
    Json ds = Json::object();
    ds["samples"] = d.samples;
    ds["input"] = inputToJson(d.input);
    ds["dtype"] = toString(d.dtype);
    ds["layout"] = toString(d.layout);
    if (d.density)
        ds["density"] = *d.density;
    ds["index_dtype"] = toString(d.indexDtype);
    ds["targets"] = Json{{"count", d.targets.count}, {"dtype", toString(d.targets.dtype)}};
    ds["storage"] = toString(d.storage);
    ds["preprocessing_copies"] = d.preprocessingCopies;
    if (d.file)
        ds["file"] = Json{{"format", toString(d.file->format)}, {"bytes", d.file->bytes}};
    j["dataset"] = ds;

    Json m = Json::object();
    m["framework"] = toString(s.model.framework);
    if (s.model.architecture)
        m["architecture"] = architectureToJson(*s.model.architecture);
    if (!isDeepLearning(s.model.framework)) {
        m["estimator"] = s.model.estimator;
        m["params"] = s.model.params;
    }
    if (s.model.source)
        m["source"] = modelSourceToJson(*s.model.source);
    if (s.model.weights)
        m["weights"] = weightsToJson(*s.model.weights);
    j["model"] = m;

    const Run &r = s.run;
    Json run = Json::object();
    run["task"] = toString(r.task);
    if (r.device)
        run["device"] = toString(*r.device);
    run["batch_size"] = r.batchSize;
    run["precision"] = toString(r.precision);
    run["optimizer"] = toString(r.optimizer);
    run["activation_checkpointing"] = toString(r.checkpointing);
    run["gradient_accumulation"] = r.gradientAccumulation;
    if (r.optimizerStep)
        run["optimizer_step"] = toString(*r.optimizerStep);
    if (r.lossChunks != 1)
        run["loss_chunks"] = r.lossChunks;
    if (r.loss != Loss::CrossEntropy)
        run["loss"] = toString(r.loss);
    if (r.compile)
        run["compile"] = true;
    if (r.activationOffload)
        run["activation_offload"] = true;
    Json ft = Json::object();
    ft["method"] = toString(r.finetune.method);
    if (r.finetune.method == FinetuneMethod::Frozen)
        ft["trainable_fraction"] = r.finetune.trainableFraction;
    if (r.finetune.method == FinetuneMethod::Lora || r.finetune.method == FinetuneMethod::Qlora)
        ft["rank"] = r.finetune.rank;
    if (r.finetune.method == FinetuneMethod::Qlora) {
        ft["quant_type"] = toString(r.finetune.quantType);
        ft["double_quant"] = r.finetune.doubleQuant;
        ft["paged_optimizer"] = r.finetune.pagedOptimizer;
    }
    if (r.finetune.adapterDtype && (r.finetune.method == FinetuneMethod::Lora || r.finetune.method == FinetuneMethod::Qlora))
        ft["adapter_dtype"] = toString(*r.finetune.adapterDtype);
    if (r.finetune.method == FinetuneMethod::Lora || r.finetune.method == FinetuneMethod::Qlora) {
        if (r.finetune.dropout != 0.0)
            ft["dropout"] = r.finetune.dropout;
        if (r.finetune.targets == kLoraAllLinear) {
            ft["targets"] = "all_linear";
        } else if (r.finetune.targets != kLoraAttention) {
            Json layers = Json::array();
            for (const std::string_view name : loraLayerNames(r.finetune.targets))
                layers.push_back(std::string(name));
            ft["targets"] = layers;
        }
    }
    run["finetune"] = ft;
    if (r.generation)
        run["generation"] = Json{{"prompt_tokens", r.generation->promptTokens}, {"new_tokens", r.generation->newTokens}};
    Json dl = Json::object();
    dl["workers"] = r.dataloader.workers;
    dl["prefetch_factor"] = r.dataloader.prefetchFactor;
    dl["pin_memory"] = r.dataloader.pinMemory;
    run["dataloader"] = dl;
    if (r.software.pytorch || r.software.cuda) {
        Json sw = Json::object();
        auto text = [](const Version &v) { return std::to_string(v.major) + "." + std::to_string(v.minor); };
        if (r.software.pytorch)
            sw["pytorch"] = text(*r.software.pytorch);
        if (r.software.cuda)
            sw["cuda"] = text(*r.software.cuda);
        run["software"] = sw;
    }
    if (r.serving)
        run["serving"] = servingToJson(*r.serving);
    if (r.crossValidation)
        run["cross_validation"] = Json{{"folds", r.crossValidation->folds},
                                       {"n_jobs", r.crossValidation->nJobs},
                                       {"candidates", r.crossValidation->candidates}};
    j["run"] = run;

    const Cluster &c = s.cluster;
    Json cl = Json::object();
    cl["nodes"] = c.nodes;
    cl["gpus_per_node"] = c.gpusPerNode;
    cl["data_parallel"] = toString(c.dataParallel);
    cl["tensor_parallel"] = c.tensorParallel;
    cl["pipeline_parallel"] = c.pipelineParallel;
    if (c.expertParallel != 1)
        cl["expert_parallel"] = c.expertParallel;
    cl["sequence_parallel"] = c.sequenceParallel;
    cl["offload"] = toString(c.offload);
    j["cluster"] = cl;

    Json sys = Json::object();
    sys["os_reserved_gib"] = s.system.osReservedGib;
    sys["other_processes_gib"] = s.system.otherProcessesGib;
    sys["headroom_fraction"] = s.system.headroomFraction;
    j["system"] = sys;

    Json hw = Json::array();
    for (const auto &h : s.hardware) {
        Json e = Json::object();
        if (!h.catalogId.empty()) {
            e["catalog"] = h.catalogId;
            if (h.gpuWiredLimitGib)
                e["gpu_wired_limit_gib"] = *h.gpuWiredLimitGib;
        } else {
            e["name"] = h.name;
            e["host_ram_gib"] = h.hostRamGib;
            if (h.gpu) {
                Json g = Json::object();
                if (!h.gpu->model.empty())
                    g["model"] = h.gpu->model;
                g["memory_gib"] = h.gpu->memoryGib;
                g["count"] = h.gpu->count;
                e["gpu"] = g;
            }
            if (h.price)
                e["price"] = Json{{"amount", h.price->amount}, {"currency", h.price->currency}};
            if (h.unifiedMemory)
                e["unified_memory"] = true;
            if (h.gpuWiredLimitGib)
                e["gpu_wired_limit_gib"] = *h.gpuWiredLimitGib;
        }
        hw.push_back(e);
    }
    j["hardware"] = hw;
    return j;
}

nlohmann::ordered_json modelSourceToJson(const ModelSource &source) { return modelSourceToJsonImpl(source); }

nlohmann::ordered_json weightsToJson(const WeightsSpec &weights) { return weightsToJsonImpl(weights); }

std::vector<std::string> changedPaths(const Scenario &before, const Scenario &after)
{
    // A JSON patch between the two documents names every value that differs by a JSON
    // pointer ("/hardware/1/gpu/memory_gib"); errors spell the same place
    // "hardware[1].gpu.memory_gib".
    const nlohmann::ordered_json doc = scenarioToJson(before);
    const nlohmann::ordered_json patch = nlohmann::ordered_json::diff(doc, scenarioToJson(after));
    std::vector<std::string> paths;
    for (const auto &op : patch) {
        const std::string pointer = op.value("path", std::string());
        std::string path;
        const nlohmann::ordered_json *at = &doc;
        std::size_t start = 1;
        while (start <= pointer.size() && !pointer.empty()) {
            const std::size_t end = std::min(pointer.find('/', start), pointer.size());
            // The token with the pointer's escapes undone: "~1" is '/', "~0" is '~'.
            std::string token;
            for (std::size_t i = start; i < end; ++i) {
                const bool escape = pointer[i] == '~' && i + 1 < end;
                token += escape ? (pointer[i + 1] == '1' ? '/' : '~') : pointer[i];
                i += escape ? 1 : 0;
            }
            const bool index = at && at->is_array();
            if (index && token == "-")
                break; // appended at the end: the array itself changed
            if (index)
                path += '[' + token + ']';
            else
                path += (path.empty() ? "" : ".") + token;
            if (at && at->is_object() && at->contains(token))
                at = &(*at)[token];
            else if (index && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })
                     && std::stoull(token) < at->size())
                at = &(*at)[std::stoull(token)];
            else
                at = nullptr; // added: whatever follows names keys of the new value
            start = end + 1;
        }
        if (std::find(paths.begin(), paths.end(), path) == paths.end())
            paths.push_back(std::move(path));
    }
    return paths;
}

std::string writeScenario(const Scenario &scenario)
{
    return scenarioToJson(scenario).dump(2) + "\n";
}

std::optional<Error> validateScenario(const Scenario &scenario)
{
    auto r = scenarioFromJson(scenarioToJson(scenario));
    if (r.ok())
        return std::nullopt;
    return r.error();
}

} // namespace headroom
