#include "hardware/catalog.h"

#include "scenario/codec.h"

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

std::optional<Error> readSize(const Json &j, const std::string &path, StatedSize &out)
{
    if (!j.is_object() || !j.contains("value") || !j.contains("unit") || !j["value"].is_number() || !j["unit"].is_string())
        return catalogError(path, "must be {\"value\": number, \"unit\": \"GB\" or \"GiB\"}");
    out.value = j["value"].get<double>();
    out.unit = j["unit"].get<std::string>();
    if (out.unit != "GB" && out.unit != "GiB")
        return Error{path + ".unit", ErrorCode::UnknownValue, "unknown value \"" + out.unit + "\"; allowed: GB, GiB"};
    if (!(out.value >= 0))
        return Error{path + ".value", ErrorCode::OutOfRange, "must be >= 0"};
    return std::nullopt;
}

} // namespace

Result<Catalog> readCatalog(std::string_view text)
{
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        return Error{"", ErrorCode::MalformedJson, std::string("malformed JSON: ") + e.what()};
    }
    if (!doc.is_object() || !doc.contains("entries") || !doc["entries"].is_array())
        return catalogError("entries", "a catalogue must be an object with an \"entries\" array");
    Catalog cat;
    const Json &entries = doc["entries"];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string path = "entries[" + std::to_string(i) + "]";
        const Json &e = entries[i];
        if (!e.is_object())
            return catalogError(path, "must be an object");
        CatalogEntry c;
        for (const char *key : {"id", "name", "kind"}) {
            if (!e.contains(key) || !e[key].is_string() || e[key].get<std::string>().empty())
                return catalogError(path + "." + key, "required non-empty string");
        }
        c.id = e["id"].get<std::string>();
        c.name = e["name"].get<std::string>();
        c.kind = e["kind"].get<std::string>();
        if (e.contains("host_ram"))
            if (auto err = readSize(e["host_ram"], path + ".host_ram", c.hostRam))
                return *err;
        if (e.contains("gpu")) {
            const Json &g = e["gpu"];
            if (!g.is_object() || !g.contains("model") || !g["model"].is_string())
                return catalogError(path + ".gpu", "must be an object with a \"model\" string");
            c.gpuModel = g["model"].get<std::string>();
            if (auto err = readSize(g.value("memory", Json()), path + ".gpu.memory", c.gpuMemory))
                return *err;
            c.gpuCount = g.contains("count") && g["count"].is_number_integer() ? g["count"].get<std::int64_t>() : 1;
            if (c.gpuCount < 1)
                return Error{path + ".gpu.count", ErrorCode::OutOfRange, "must be >= 1"};
        }
        if (e.contains("price") && e["price"].is_object()) {
            const Json &p = e["price"];
            if (!p.contains("amount") || !p["amount"].is_number())
                return catalogError(path + ".price.amount", "must be a number");
            c.price = p["amount"].get<double>();
            c.currency = p.value("currency", std::string("USD"));
        }
        c.source = e.value("source", std::string());
        c.lastChecked = e.value("last_checked", std::string());
        if (cat.find(c.id))
            return Error{path + ".id", ErrorCode::Inconsistent, "duplicate id \"" + c.id + "\""};
        cat.entries.push_back(std::move(c));
    }
    return cat;
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
    m.gpuMemory = e.gpuMemory.bytes();
    m.gpuCount = e.gpuModel.empty() ? 0 : e.gpuCount;
    m.price = e.price;
    m.currency = e.currency;
    return m;
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
                std::string msg = "unknown catalogue entry \"" + h.catalogId + "\"";
                const std::string_view near = closestMatch(h.catalogId, ids);
                if (!near.empty())
                    msg += " (did you mean \"" + std::string(near) + "\"?)";
                return Error{"hardware[" + std::to_string(i) + "].catalog", ErrorCode::UnknownValue, msg};
            }
            out.push_back(toMachine(*e));
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
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace headroom
