#include "measure/measurement.h"

#include "scenario/codec.h"
#include "scenario/limits.h"
#include "scenario/messages.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <limits>

namespace headroom {
namespace {

using Json = nlohmann::ordered_json;

struct Refusal {
    Error error;
};

[[noreturn]] void refuse(std::string path, ErrorCode code, const char *tmpl, std::vector<std::string> args = {})
{
    throw Refusal{Error::fromTemplate(std::move(path), code, tmpl, std::move(args))};
}

std::string shown(const Json &v)
{
    std::string s = v.dump();
    if (s.size() > 60)
        s = s.substr(0, 57) + "...";
    return s;
}

std::string joined(const std::string &path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string indexed(const std::string &path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

/// Reading helpers over one JSON object at a known path (the measurement's own rules:
/// byte counts are integers ≥ 0, unknown keys are refused as in scenarios).
class Obj {
public:
    Obj(const Json &json, std::string path) : m_json(json), m_path(std::move(path))
    {
        if (!m_json.is_object())
            refuse(m_path, ErrorCode::WrongType, msg::notObject, {shown(m_json)});
    }

    bool has(std::string_view key) const { return m_json.contains(key); }
    const Json &at(std::string_view key) const { return m_json.at(std::string(key)); }
    std::string pathOf(std::string_view key) const { return joined(m_path, key); }

    void allowOnly(std::initializer_list<std::string_view> allowed) const
    {
        const std::vector<std::string_view> names(allowed);
        for (const auto &[key, value] : m_json.items()) {
            if (std::find(names.begin(), names.end(), key) != names.end())
                continue;
            const std::string_view near = closestMatch(key, names);
            if (!near.empty())
                refuse(pathOf(key), ErrorCode::UnknownKey, msg::unknownKeyNear, {std::string(near)});
            std::string list;
            for (const auto &n : names)
                list += (list.empty() ? "" : ", ") + std::string(n);
            refuse(pathOf(key), ErrorCode::UnknownKey, msg::unknownKey, {list});
        }
    }

    void require(std::string_view key) const
    {
        if (!has(key) || at(key).is_null())
            refuse(pathOf(key), ErrorCode::MissingKey, msg::missingKey);
    }

    /// An integer in [min, max]; null counts as absent (the probe writes null for unknown).
    std::optional<std::int64_t> optInt(std::string_view key, std::int64_t min,
                                       std::int64_t max = std::numeric_limits<std::int64_t>::max()) const
    {
        if (!has(key) || at(key).is_null())
            return std::nullopt;
        return intValue(at(key), pathOf(key), min, max);
    }

    std::int64_t reqInt(std::string_view key, std::int64_t min) const
    {
        require(key);
        return *optInt(key, min);
    }

    std::optional<double> optNumber(std::string_view key, double min, double max) const
    {
        if (!has(key) || at(key).is_null())
            return std::nullopt;
        const Json &v = at(key);
        if (!v.is_number())
            refuse(pathOf(key), ErrorCode::WrongType, msg::notNumber, {shown(v)});
        const double d = v.get<double>();
        if (!std::isfinite(d))
            refuse(pathOf(key), ErrorCode::OutOfRange, msg::notFinite);
        if (d < min)
            refuse(pathOf(key), ErrorCode::OutOfRange, msg::atLeast, {std::to_string(min), shown(v)});
        if (d > max)
            refuse(pathOf(key), ErrorCode::OutOfRange, msg::atMost, {std::to_string(max), shown(v)});
        return d;
    }

    std::string optString(std::string_view key) const
    {
        if (!has(key) || at(key).is_null())
            return {};
        const Json &v = at(key);
        if (!v.is_string())
            refuse(pathOf(key), ErrorCode::WrongType, msg::notString, {shown(v)});
        return v.get<std::string>();
    }

    const Json &array(std::string_view key) const
    {
        const Json &v = at(key);
        if (!v.is_array())
            refuse(pathOf(key), ErrorCode::WrongType, msg::notArray, {shown(v)});
        return v;
    }

    Obj child(std::string_view key) const { return Obj(at(key), pathOf(key)); }

    static std::int64_t intValue(const Json &v, const std::string &path, std::int64_t min, std::int64_t max)
    {
        std::int64_t n = 0;
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                refuse(path, ErrorCode::OutOfRange, msg::notInt64, {shown(v)});
            n = static_cast<std::int64_t>(u);
        } else if (v.is_number_integer()) {
            n = v.get<std::int64_t>();
        } else if (v.is_number_float()) {
            const double d = v.get<double>();
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

constexpr std::size_t kMaxArray = 100000;   // rows of a time line, processes, phases, devices

const Json &boundedArray(const Obj &o, std::string_view key)
{
    const Json &a = o.array(key);
    if (a.size() > kMaxArray)
        refuse(o.pathOf(key), ErrorCode::OutOfRange, msg::tooManyEntries,
               {std::to_string(a.size()), std::to_string(kMaxArray)});
    return a;
}

void readHost(const Obj &h, Measurement &m)
{
    h.allowOnly({"peak_bytes", "metric", "exit_peak_bytes", "sampled_peak_bytes", "sum_of_process_peaks_bytes",
                 "sample_interval_ms", "samples", "processes", "timeline"});
    m.hostPeak = h.reqInt("peak_bytes", 0);
    m.hostMetric = h.optString("metric");
    h.optInt("exit_peak_bytes", 0);
    h.optInt("sampled_peak_bytes", 0);
    h.optInt("sum_of_process_peaks_bytes", 0);
    m.sampleIntervalMs = h.optInt("sample_interval_ms", 1);
    h.optInt("samples", 0);
    if (h.has("processes")) {
        const Json &procs = boundedArray(h, "processes");
        for (std::size_t i = 0; i < procs.size(); ++i) {
            const Obj p(procs[i], indexed(h.pathOf("processes"), i));
            p.allowOnly({"pid", "command", "name", "peak_bytes", "first_s"});
            p.optInt("pid", 0);
            p.optString("command");
            p.optString("name");
            p.reqInt("peak_bytes", 0);
            p.optNumber("first_s", 0.0, 1e9);
        }
    }
    if (h.has("timeline")) {
        const Json &tl = boundedArray(h, "timeline");
        const std::string base = h.pathOf("timeline");
        m.timeline.reserve(tl.size());
        for (std::size_t i = 0; i < tl.size(); ++i) {
            const std::string p = indexed(base, i);
            if (!tl[i].is_array() || tl[i].size() != 2)
                refuse(p, ErrorCode::WrongType, msg::notTimePoint, {shown(tl[i])});
            if (!tl[i][0].is_number() || !std::isfinite(tl[i][0].get<double>()) || tl[i][0].get<double>() < 0)
                refuse(indexed(p, 0), ErrorCode::WrongType, msg::notNumber, {shown(tl[i][0])});
            m.timeline.emplace_back(tl[i][0].get<double>(),
                                    Obj::intValue(tl[i][1], indexed(p, 1), 0, std::numeric_limits<std::int64_t>::max()));
        }
    }
}

void readDevices(const Obj &o, Measurement &m)
{
    const Json &devs = boundedArray(o, "devices");
    for (std::size_t i = 0; i < devs.size(); ++i) {
        const Obj d(devs[i], indexed(o.pathOf("devices"), i));
        d.allowOnly({"index", "name", "total_bytes", "allocated_peak_bytes", "reserved_peak_bytes", "used_peak_bytes",
                     "used_before_bytes", "used_source"});
        DeviceMeasure dm;
        dm.index = d.reqInt("index", 0);
        dm.name = d.optString("name");
        dm.totalBytes = d.optInt("total_bytes", 0);
        dm.allocatedPeak = d.optInt("allocated_peak_bytes", 0);
        dm.reservedPeak = d.optInt("reserved_peak_bytes", 0);
        dm.usedPeak = d.optInt("used_peak_bytes", 0);
        d.optInt("used_before_bytes", 0);
        d.optString("used_source");
        m.devices.push_back(std::move(dm));
    }
}

void readPhases(const Obj &o, Measurement &m)
{
    if (o.has("phases")) {
        const Json &ph = boundedArray(o, "phases");
        for (std::size_t i = 0; i < ph.size(); ++i) {
            const Obj p(ph[i], indexed(o.pathOf("phases"), i));
            p.allowOnly({"name", "step", "start_s", "end_s", "host_start_bytes", "host_end_bytes", "host_peak_bytes",
                         "host_hwm_bytes", "devices"});
            p.optString("name");
            p.optInt("step", 0);
            for (const char *k : {"host_start_bytes", "host_end_bytes", "host_peak_bytes", "host_hwm_bytes"})
                p.optInt(k, 0);
            if (p.has("devices"))
                boundedArray(p, "devices");
        }
    }
    if (o.has("phase_peaks")) {
        const Json &pp = boundedArray(o, "phase_peaks");
        for (std::size_t i = 0; i < pp.size(); ++i) {
            const Obj p(pp[i], indexed(o.pathOf("phase_peaks"), i));
            p.allowOnly({"name", "count", "host_peak_bytes", "devices"});
            PhasePeak peak;
            peak.name = p.optString("name");
            peak.count = p.optInt("count", 0).value_or(0);
            peak.hostPeak = p.optInt("host_peak_bytes", 0).value_or(0);
            if (p.has("devices")) {
                const Json &devs = boundedArray(p, "devices");
                for (std::size_t j = 0; j < devs.size(); ++j) {
                    const Obj d(devs[j], indexed(p.pathOf("devices"), j));
                    d.allowOnly({"index", "allocated_peak_bytes", "reserved_peak_bytes"});
                    d.optInt("index", 0);
                    if (const auto a = d.optInt("allocated_peak_bytes", 0))
                        peak.allocatedPeak = std::max(peak.allocatedPeak.value_or(0), *a);
                    if (const auto r = d.optInt("reserved_peak_bytes", 0))
                        peak.reservedPeak = std::max(peak.reservedPeak.value_or(0), *r);
                }
            }
            m.phasePeaks.push_back(std::move(peak));
        }
    }
}

void readScenarioSection(const Obj &s, Measurement &m)
{
    s.allowOnly({"file", "sha256", "document"});
    m.scenarioFile = s.optString("file");
    s.optString("sha256");
    if (!s.has("document"))
        return;
    auto scenario = scenarioFromJson(s.at("document"));
    if (!scenario.ok()) {
        Error e = scenario.error();
        e.path = joined(s.pathOf("document"), e.path);
        throw Refusal{std::move(e)};
    }
    m.scenario = std::move(scenario).value();
}

/// Free-form string/number map (software, hardware): kept as text.
std::vector<std::pair<std::string, std::string>> readInfo(const Obj &o, std::string_view key)
{
    std::vector<std::pair<std::string, std::string>> out;
    const Obj info = o.child(key);
    for (const auto &[k, v] : o.at(key).items()) {
        if (v.is_string())
            out.emplace_back(k, v.get<std::string>());
        else if (v.is_number() || v.is_boolean())
            out.emplace_back(k, v.dump());
        else if (!v.is_null())
            refuse(info.pathOf(k), ErrorCode::WrongType, msg::notString, {shown(v)});
    }
    return out;
}

Measurement readDocument(const Json &doc)
{
    if (!doc.is_object())
        refuse("", ErrorCode::WrongType, msg::notMeasurement, {shown(doc)});
    const Obj o(doc, "");
    if (!o.has("headroom_measure"))
        refuse("headroom_measure", ErrorCode::MissingKey, o.has("headroom") ? msg::scenarioNotMeasurement : msg::missingKey);
    Measurement m;
    m.version = o.reqInt("headroom_measure", 1);
    if (m.version > kMeasurementVersion)
        refuse("headroom_measure", ErrorCode::NewerVersion, msg::newerVersion,
               {std::to_string(m.version), std::to_string(kMeasurementVersion)});
    o.allowOnly({"headroom_measure", "mode", "tool", "created", "started", "software", "hardware", "command",
                 "exit_status", "duration_s", "host", "devices", "phases", "phase_peaks", "steps", "synth", "scenario"});
    m.mode = o.optString("mode");
    if (!m.mode.empty() && m.mode != "run" && m.mode != "attach" && m.mode != "synth")
        refuse("mode", ErrorCode::UnknownValue, msg::unknownValue, {m.mode, "run, attach, synth"});
    if (o.has("tool"))
        readInfo(o, "tool");
    m.created = o.optString("created");
    o.optString("started");
    if (o.has("software"))
        m.software = readInfo(o, "software");
    if (o.has("hardware")) {
        const Obj hw = o.child("hardware");
        hw.allowOnly({"cpu", "cpus", "ram_bytes", "machine"});
        m.hardwareCpu = hw.optString("cpu");
        hw.optInt("cpus", 0);
        m.hardwareRam = hw.optInt("ram_bytes", 0);
        hw.optString("machine");
    }
    if (o.has("command")) {
        const Json &cmd = boundedArray(o, "command");
        for (std::size_t i = 0; i < cmd.size(); ++i) {
            if (!cmd[i].is_string())
                refuse(indexed("command", i), ErrorCode::WrongType, msg::notString, {shown(cmd[i])});
            m.command.push_back(cmd[i].get<std::string>());
        }
    }
    m.exitStatus = o.optInt("exit_status", std::numeric_limits<std::int64_t>::min());
    m.durationSeconds = o.optNumber("duration_s", 0.0, 1e9);
    o.require("host");
    readHost(o.child("host"), m);
    if (o.has("devices"))
        readDevices(o, m);
    readPhases(o, m);
    m.steps = o.optInt("steps", 0);
    if (o.has("synth"))
        o.child("synth");   // what synth built: free-form, shown as is
    if (o.has("scenario"))
        readScenarioSection(o.child("scenario"), m);
    return m;
}

} // namespace

Result<Measurement> readMeasurement(std::string_view text)
{
    if (text.size() > kMeasurementMaxBytes)
        return Error::fromTemplate("", ErrorCode::OutOfRange, msg::measurementTooLarge,
                                   {std::to_string(text.size()), std::to_string(kMeasurementMaxBytes)});
    if (findNestingBeyond(text, kMeasurementMaxDepth))
        return Error::fromTemplate("", ErrorCode::OutOfRange, msg::measurementTooDeep,
                                   {std::to_string(kMeasurementMaxDepth)});
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
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
        std::string what = e.what();
        if (const auto pos = what.find(": "); pos != std::string::npos)
            what = what.substr(pos + 2);
        return Error::fromTemplate("", ErrorCode::MalformedJson, msg::malformed,
                                   {std::to_string(line), std::to_string(column), what});
    } catch (const nlohmann::json::exception &) {
        return Error::fromTemplate("", ErrorCode::OutOfRange, msg::tooLarge);
    }
    try {
        return readDocument(doc);
    } catch (const Refusal &r) {
        return r.error;
    } catch (const nlohmann::json::exception &e) {
        return Error{"", ErrorCode::WrongType, e.what()};
    }
}

} // namespace headroom
