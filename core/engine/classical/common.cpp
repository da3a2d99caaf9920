// Shared helpers of the classical engine: phases, parameters, the job's shape.

#include "engine/classical/classical_internal.h"

#include <cmath>

namespace headroom::classical {

Bytes Phase::total() const
{
    Bytes t = 0;
    for (const Part &p : parts)
        t = satAdd(t, p.bytes);
    return t;
}

const Phase &peakPhase(const std::vector<Phase> &phases)
{
    static const Phase empty;
    const Phase *best = &empty;
    for (const Phase &p : phases)
        if (p.total() >= best->total())
            best = &p;
    return *best;
}

void addPeakToHost(EngineContext &ctx, const std::vector<Phase> &phases)
{
    const Phase &peak = peakPhase(phases);
    for (const Part &p : peak.parts)
        ctx.host(p.name, p.bytes,
                 peak.label.empty() ? p.derivation
                                    : Message{msg::derivPeak, {A::ofMessage(p.derivation), A::ofMessage(peak.label)}});
}

// --- Params ---------------------------------------------------------------------------

const nlohmann::ordered_json *Params::raw(const char *key) const
{
    if (!m_j.is_object())
        return nullptr;
    auto it = m_j.find(key);
    return it == m_j.end() ? nullptr : &*it;
}

bool Params::has(const char *key) const { return raw(key) != nullptr; }

bool Params::isNull(const char *key) const
{
    const auto *v = raw(key);
    return v && v->is_null();
}

std::int64_t Params::integer(const char *key, std::int64_t fallback) const
{
    const auto *v = raw(key);
    if (!v)
        return fallback;
    if (v->is_number_integer())
        return v->get<std::int64_t>();
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (std::isfinite(d) && std::fabs(d) < 9.0e18)
            return static_cast<std::int64_t>(std::llround(d));
    }
    return fallback;
}

std::optional<std::int64_t> Params::limit(const char *key, std::optional<std::int64_t> fallback) const
{
    const auto *v = raw(key);
    if (!v)
        return fallback;
    if (v->is_null())
        return std::nullopt;
    if (v->is_number())
        return integer(key, 0);
    return fallback;
}

double Params::number(const char *key, double fallback) const
{
    const auto *v = raw(key);
    if (v && v->is_number())
        return v->get<double>();
    return fallback;
}

std::string Params::text(const char *key, const std::string &fallback) const
{
    const auto *v = raw(key);
    if (v && v->is_string())
        return v->get<std::string>();
    return fallback;
}

bool Params::flag(const char *key, bool fallback) const
{
    const auto *v = raw(key);
    if (v && v->is_boolean())
        return v->get<bool>();
    return fallback;
}

// --- Job ------------------------------------------------------------------------------

namespace {

bool looksLikeClassifier(const std::string &name)
{
    for (const char *word : {"Classifier", "LogisticRegression", "SVC", "NB", "LinearDiscriminant"})
        if (name.find(word) != std::string::npos)
            return true;
    return false;
}

} // namespace

Job::Job(const Scenario &scenario) : s(scenario), params(scenario.model.params)
{
    const Dataset &d = s.dataset;
    n = std::max<std::int64_t>(1, d.samples);
    f = std::max<std::int64_t>(1, d.input.elements());
    xSize = dtypeSize(d.dtype);
    csr = d.layout == Layout::Csr;
    nnz = csr ? satMul(n, data::csrNonZerosPerRow(d)) : satMul(n, f);
    indexSize = headroom::indexSize(d.indexDtype);
    hasTargets = d.targets.count > 0;
    targetSize = dtypeSize(d.targets.dtype);
    classifier = looksLikeClassifier(s.model.estimator) && s.model.estimator != "SVR";
}

Bytes Job::stored() const { return data::datasetBytes(s.dataset); }

Message Job::shape(int elem) const
{
    const char *name = elem == 8 ? "float64" : elem == 4 ? "float32" : elem == 2 ? "16-bit" : "uint8";
    return {nullptr, {A::ofCount(n), A::ofText(" × "), A::ofCount(f), A::ofText(std::string(" ") + name)}};
}

Bytes Job::vectors(double k, int elem) const { return toBytes(k * static_cast<double>(n) * elem); }

Message vecText(double k, std::int64_t n, int elem)
{
    return {nullptr, {A::ofNumber(k), A::ofText(" × "), A::ofCount(n), A::ofText(" × "), A::ofInteger(elem), A::ofText(" B")}};
}

Bytes labelEncodingBytes(std::int64_t n) { return satAdd(satMul(n, 5, 8), n); }

Message labelEncodingText(std::int64_t n)
{
    return {msg::derivLabelEncoding, {A::ofCount(n)}};
}

} // namespace headroom::classical
