#include "hardware/catalog.h"

#include "scenario/codec.h"
#include "scenario/limits.h"
#include "scenario/messages.h"

#include <algorithm>
#include <initializer_list>

namespace headroom {

extern const char *const kBuiltinCatalogJson; // generated from resources/catalog/hardware.json

Bytes StatedSize::bytes() const
{
    return toBytes(value * (unit == "GB" ? 1e9 : static_cast<double>(GiB)));
}

const CatalogEntry *Catalog::find(std::string_view id) const
{
    for (const auto &e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

namespace {

using Json = nlohmann::ordered_json;

Error catalogError(std::string path, std::string message)
{
    return Error{std::move(path), ErrorCode::WrongType, std::move(message)};
}

/// Refuses keys outside `allowed`, suggesting the nearest known one.
std::optional<Error> checkKeys(const Json &j, const std::string &path, std::initializer_list<std::string_view> allowed)
{
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool known = false;
        for (std::string_view a : allowed)
            known = known || a == it.key();
        if (known)
            continue;
        std::vector<std::string_view> names(allowed);
        std::string msg = "unknown key";
        const std::string_view near = closestMatch(it.key(), names);
        if (!near.empty())
            msg += " (did you mean \"" + std::string(near) + "\"?)";
        return Error{path.empty() ? it.key() : path + "." + it.key(), ErrorCode::UnknownKey, msg};
    }
    return std::nullopt;
}

std::optional<Error> readString(const Json &j, const char *key, const std::string &path, std::string &out,
                                bool required)
{
    if (!j.contains(key)) {
        if (required)
            return Error{path + "." + key, ErrorCode::MissingKey, "required"};
        return std::nullopt;
    }
    if (!j[key].is_string())
        return catalogError(path + "." + key, "must be a string");
    out = j[key].get<std::string>();
    if (required && out.empty())
        return Error{path + "." + key, ErrorCode::OutOfRange, "must not be empty"};
    return std::nullopt;
}

std::optional<Error> readSize(const Json &j, const std::string &path, StatedSize &out)
{
    if (!j.is_object() || !j.contains("value") || !j.contains("unit") || !j["value"].is_number() || !j["unit"].is_string())
        return catalogError(path, "must be {\"value\": number, \"unit\": \"GB\" or \"GiB\"}");
    if (auto err = checkKeys(j, path, {"value", "unit"}))
        return err;
    out.value = j["value"].get<double>();
    out.unit = j["unit"].get<std::string>();
    if (out.unit != "GB" && out.unit != "GiB")
        return Error{path + ".unit", ErrorCode::UnknownValue, "unknown value \"" + out.unit + "\"; allowed: GB, GiB"};
    if (!(out.value >= 0) || out.value > 1e9)
        return Error{path + ".value", ErrorCode::OutOfRange, "must be between 0 and 1e9"};
    return std::nullopt;
}

Result<CatalogEntry> readEntry(const Json &e, const std::string &path)
{
    if (!e.is_object())
        return catalogError(path, "must be an object");
    if (auto err = checkKeys(e, path, {"id", "name", "kind", "host_ram", "gpu", "price", "source", "last_checked", "unified_memory"}))
        return *err;
    CatalogEntry c;
    for (auto [key, out] : {std::pair{"id", &c.id}, std::pair{"name", &c.name}, std::pair{"kind", &c.kind}})
        if (auto err = readString(e, key, path, *out, true))
            return *err;
    if (c.kind != "gpu" && c.kind != "workstation" && c.kind != "cloud")
        return Error{path + ".kind", ErrorCode::UnknownValue,
                     "unknown value \"" + c.kind + "\"; allowed: gpu, workstation, cloud"};
    if (e.contains("host_ram"))
        if (auto err = readSize(e["host_ram"], path + ".host_ram", c.hostRam))
            return *err;
    if (e.contains("gpu")) {
        const Json &g = e["gpu"];
        const std::string gp = path + ".gpu";
        if (!g.is_object())
            return catalogError(gp, "must be an object {\"model\", \"memory\", \"count\"}");
        if (auto err = checkKeys(g, gp, {"model", "memory", "count", "usable_bytes", "nvidia_smi_mib"}))
            return *err;
        if (g.contains("usable_bytes")) {
            if (!g["usable_bytes"].is_number_integer() || g["usable_bytes"].get<std::int64_t>() <= 0)
                return catalogError(gp + ".usable_bytes", "must be a positive integer (bytes)");
            c.gpuUsableBytes = g["usable_bytes"].get<std::int64_t>();
        }
        if (g.contains("nvidia_smi_mib")) {
            if (!g["nvidia_smi_mib"].is_number_integer() || g["nvidia_smi_mib"].get<std::int64_t>() <= 0
                || g["nvidia_smi_mib"].get<std::int64_t>() > (std::int64_t{1} << 40))
                return catalogError(gp + ".nvidia_smi_mib", "must be a positive integer (MiB)");
            c.gpuSmiTotalMib = g["nvidia_smi_mib"].get<std::int64_t>();
        }
        if (auto err = readString(g, "model", gp, c.gpuModel, true))
            return *err;
        if (!g.contains("memory"))
            return Error{gp + ".memory", ErrorCode::MissingKey, "required"};
        if (auto err = readSize(g["memory"], gp + ".memory", c.gpuMemory))
            return *err;
        c.gpuCount = 1;
        if (g.contains("count")) {
            if (!g["count"].is_number_integer())
                return catalogError(gp + ".count", "must be an integer");
            c.gpuCount = g["count"].get<std::int64_t>();
            if (c.gpuCount < 1 || c.gpuCount > 1'000'000)
                return Error{gp + ".count", ErrorCode::OutOfRange, "must be between 1 and 1000000"};
        }
    }
    if (c.kind != "gpu" && c.hostRam.value <= 0)
        return Error{path + ".host_ram", ErrorCode::MissingKey, "required for a " + c.kind + " entry"};
    if (e.contains("unified_memory")) {
        if (!e["unified_memory"].is_boolean())
            return catalogError(path + ".unified_memory", "must be true or false");
        c.unifiedMemory = e["unified_memory"].get<bool>();
        if (c.unifiedMemory && (c.kind == "gpu" || !c.gpuModel.empty()))
            return Error{path + ".unified_memory", ErrorCode::Inconsistent,
                         "a unified-memory machine's GPU uses its host RAM; remove gpu"};
    }
    if (c.kind == "gpu" && c.gpuModel.empty())
        return Error{path + ".gpu", ErrorCode::MissingKey, "required for a gpu entry"};
    if (e.contains("price") && !e["price"].is_null()) {
        const Json &p = e["price"];
        const std::string pp = path + ".price";
        if (!p.is_object())
            return catalogError(pp, "must be an object {\"amount\", \"currency\"}");
        if (auto err = checkKeys(p, pp, {"amount", "currency"}))
            return *err;
        if (!p.contains("amount") || !p["amount"].is_number())
            return catalogError(pp + ".amount", "must be a number");
        c.price = p["amount"].get<double>();
        if (!(*c.price >= 0))
            return Error{pp + ".amount", ErrorCode::OutOfRange, "must be >= 0"};
        if (auto err = readString(p, "currency", pp, c.currency, false))
            return *err;
    }
    if (auto err = readString(e, "source", path, c.source, false))
        return *err;
    if (auto err = readString(e, "last_checked", path, c.lastChecked, false))
        return *err;
    return c;
}

Json sizeToJson(const StatedSize &s)
{
    Json j = Json::object();
    j["value"] = s.value;
    j["unit"] = s.unit;
    return j;
}

} // namespace

Result<Catalog> readCatalog(std::string_view text)
{
    if (auto refused = checkDocumentLimits(text))
        return *refused;
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        return Error{"", ErrorCode::MalformedJson, std::string("malformed JSON: ") + e.what()};
    } catch (const nlohmann::json::exception &) {
        return Error{"", ErrorCode::OutOfRange, "malformed JSON: a number is too large to represent (beyond 1.8e308)"};
    }
    if (!doc.is_object() || !doc.contains("entries") || !doc["entries"].is_array())
        return catalogError("entries", "a catalogue must be an object with an \"entries\" array");
    if (auto err = checkKeys(doc, "", {"headroom_catalog", "entries"}))
        return *err;
    if (doc.contains("headroom_catalog")) {
        if (!doc["headroom_catalog"].is_number_integer())
            return catalogError("headroom_catalog", "must be an integer");
        if (doc["headroom_catalog"].get<std::int64_t>() > 1)
            return Error{"headroom_catalog", ErrorCode::NewerVersion,
                         "version " + std::to_string(doc["headroom_catalog"].get<std::int64_t>())
                             + " is newer than this program reads (1)"};
    }
    Catalog cat;
    const Json &entries = doc["entries"];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string path = "entries[" + std::to_string(i) + "]";
        auto entry = readEntry(entries[i], path);
        if (!entry.ok())
            return entry.error();
        if (cat.find(entry.value().id))
            return Error{path + ".id", ErrorCode::Inconsistent, "duplicate id \"" + entry.value().id + "\""};
        cat.entries.push_back(std::move(entry).value());
    }
    return cat;
}

nlohmann::ordered_json catalogToJson(const Catalog &catalog)
{
    Json doc = Json::object();
    doc["headroom_catalog"] = 1;
    Json entries = Json::array();
    for (const CatalogEntry &c : catalog.entries) {
        Json e = Json::object();
        e["id"] = c.id;
        e["name"] = c.name;
        e["kind"] = c.kind;
        if (c.hostRam.value > 0)
            e["host_ram"] = sizeToJson(c.hostRam);
        if (!c.gpuModel.empty()) {
            Json g = Json::object();
            g["model"] = c.gpuModel;
            g["memory"] = sizeToJson(c.gpuMemory);
            if (c.gpuUsableBytes > 0)
                g["usable_bytes"] = c.gpuUsableBytes;
            if (c.gpuSmiTotalMib > 0)
                g["nvidia_smi_mib"] = c.gpuSmiTotalMib;
            g["count"] = c.gpuCount;
            e["gpu"] = std::move(g);
        }
        if (c.price) {
            Json p = Json::object();
            p["amount"] = *c.price;
            p["currency"] = c.currency;
            e["price"] = std::move(p);
        }
        if (!c.source.empty())
            e["source"] = c.source;
        if (!c.lastChecked.empty())
            e["last_checked"] = c.lastChecked;
        if (c.unifiedMemory)
            e["unified_memory"] = true;
        entries.push_back(std::move(e));
    }
    doc["entries"] = std::move(entries);
    return doc;
}

std::string writeCatalog(const Catalog &catalog) { return catalogToJson(catalog).dump(1) + "\n"; }

Catalog mergeCatalogs(const Catalog &base, const Catalog &overlay)
{
    Catalog out = base;
    for (const CatalogEntry &e : overlay.entries) {
        auto it = std::find_if(out.entries.begin(), out.entries.end(), [&](const CatalogEntry &b) { return b.id == e.id; });
        if (it != out.entries.end())
            *it = e;
        else
            out.entries.push_back(e);
    }
    return out;
}

HardwareCandidate toCandidate(const CatalogEntry &e, std::int64_t gpuCount, double hostRamGib)
{
    HardwareCandidate h;
    h.name = e.name;
    h.hostRamGib = static_cast<double>(e.hostRam.bytes()) / static_cast<double>(GiB);
    if (e.hostRam.value <= 0)
        h.hostRamGib = hostRamGib;
    h.unifiedMemory = e.unifiedMemory;
    if (!e.gpuModel.empty()) {
        GpuSpec g;
        g.model = e.gpuModel;
        g.memoryGib = static_cast<double>(e.gpuUsable()) / static_cast<double>(GiB);
        g.count = e.kind == "gpu" && gpuCount > 0 ? gpuCount : e.gpuCount;
        h.gpu = g;
    }
    double priceFactor = 1.0;
    if (e.kind == "gpu" && h.gpu && h.gpu->count > 1) {
        // A bare GPU's price is per card.
        h.name = std::to_string(h.gpu->count) + "× " + e.name;
        priceFactor = static_cast<double>(h.gpu->count);
    }
    if (e.price)
        h.price = Price{*e.price * priceFactor, e.currency};
    return h;
}

CatalogPick catalogPick(const CatalogEntry &e, bool byReference, const Scenario &s, Bytes recommendedHostRam)
{
    CatalogPick pick;
    const bool bare = e.hostRam.value <= 0;
    if (byReference && !bare) {
        pick.candidate.catalogId = e.id;
        return pick;
    }
    const double hostGib = recommendedHostRam > 0 ? static_cast<double>(recommendedHostRam) / static_cast<double>(GiB) : 64.0;
    pick.candidate = toCandidate(e, std::max<std::int64_t>(1, s.cluster.gpusPerNode), hostGib);
    pick.hostRamSized = bare;
    return pick;
}

const Catalog &builtinCatalog()
{
    static const Catalog catalog = [] {
        auto r = readCatalog(kBuiltinCatalogJson);
        return r.ok() ? r.value() : Catalog{};
    }();
    return catalog;
}

Machine toMachine(const CatalogEntry &e)
{
    Machine m;
    m.name = e.name;
    m.catalogId = e.id;
    m.hostRam = e.hostRam.bytes();
    m.gpuModel = e.gpuModel;
    m.gpuMemory = e.gpuUsable();
    m.gpuCount = e.gpuModel.empty() ? 0 : e.gpuCount;
    m.price = e.price;
    m.currency = e.currency;
    if (e.unifiedMemory)
        makeUnified(m, 0);
    return m;
}

Bytes unifiedGpuLimit(Bytes hostRam)
{
    // Metal's recommendedMaxWorkingSetSize, the most a process's GPU allocations may wire:
    // about 2/3 of RAM on small machines (10.67 GiB of 16 GiB on an M4, exo-explore/exo
    // PR 1672), 75 % on larger ones (GPUStack issue 1375) and 107.52 GiB of 128 GiB
    // (84 %) measured on two 128 GiB Macs (antirez/ds4 PR 893). Sizes between the
    // measured points take the lower fraction, so as not to over-state the budget.
    double fraction = 0.75;
    if (hostRam <= 36 * GiB)
        fraction = 2.0 / 3.0;
    else if (hostRam >= 128 * GiB)
        fraction = 0.84;
    return toBytes(static_cast<double>(hostRam) * fraction);
}

void makeUnified(Machine &m, Bytes wiredLimit)
{
    m.unifiedMemory = true;
    m.gpuCount = 1;
    if (m.gpuModel.empty())
        m.gpuModel = "unified-memory GPU";
    m.gpuMemory = wiredLimit > 0 ? std::min(wiredLimit, m.hostRam) : unifiedGpuLimit(m.hostRam);
}

Result<std::vector<Machine>> resolveCandidates(const Scenario &scenario, const Catalog &catalog)
{
    std::vector<Machine> out;
    for (std::size_t i = 0; i < scenario.hardware.size(); ++i) {
        const HardwareCandidate &h = scenario.hardware[i];
        if (!h.catalogId.empty()) {
            const CatalogEntry *e = catalog.find(h.catalogId);
            if (!e) {
                std::vector<std::string_view> ids;
                for (const auto &entry : catalog.entries)
                    ids.push_back(entry.id);
                std::string path = "hardware[" + std::to_string(i) + "].catalog";
                const std::string_view near = closestMatch(h.catalogId, ids);
                if (!near.empty())
                    return Error::fromTemplate(std::move(path), ErrorCode::UnknownValue, msg::unknownCatalogEntryNear,
                                               {h.catalogId, std::string(near)});
                return Error::fromTemplate(std::move(path), ErrorCode::UnknownValue, msg::unknownCatalogEntry, {h.catalogId});
            }
            Machine m = toMachine(*e);
            if (h.gpuWiredLimitGib && m.unifiedMemory)
                makeUnified(m, gibToBytes(*h.gpuWiredLimitGib));
            out.push_back(std::move(m));
            continue;
        }
        Machine m;
        m.name = h.name;
        m.hostRam = gibToBytes(h.hostRamGib);
        if (h.gpu) {
            m.gpuModel = h.gpu->model;
            m.gpuMemory = gibToBytes(h.gpu->memoryGib);
            m.gpuCount = h.gpu->count;
        }
        if (h.price) {
            m.price = h.price->amount;
            m.currency = h.price->currency;
        }
        if (h.unifiedMemory)
            makeUnified(m, h.gpuWiredLimitGib ? gibToBytes(*h.gpuWiredLimitGib) : 0);
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace headroom
