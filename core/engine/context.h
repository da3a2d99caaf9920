#pragma once
/// @file context.h
/// What each part of the engine (data, deep networks, classical, runtime) writes into.

#include "estimate/estimate.h"
#include "scenario/messages.h"
#include "scenario/scenario.h"
#include "util/format.h"
#include "util/result.h"

namespace headroom {

/// `derivation` for each of `processes` processes on a machine ("… × 4 processes (one per
/// device)"); as it is for one.
inline Message perProcessMessage(Message derivation, std::int64_t processes)
{
    if (processes <= 1)
        return derivation;
    return {msg::derivPerProcess, {MessageArg::ofMessage(std::move(derivation)), MessageArg::ofInteger(processes)}};
}

struct EngineContext {
    const Scenario &scenario;
    Estimate &result;

    void host(std::string name, Bytes bytes, std::string derivation)
    {
        addComponent(result.host, std::move(name), bytes, std::move(derivation));
    }
    void device(std::string name, Bytes bytes, std::string derivation)
    {
        if (!result.device)
            result.device = Breakdown{};
        addComponent(*result.device, std::move(name), bytes, std::move(derivation));
    }
    void host(std::string name, Bytes bytes, Message derivation)
    {
        addComponent(result.host, std::move(name), bytes, std::move(derivation));
    }
    void device(std::string name, Bytes bytes, Message derivation)
    {
        if (!result.device)
            result.device = Breakdown{};
        addComponent(*result.device, std::move(name), bytes, std::move(derivation));
    }
    /// A warning whose message is `tmpl` (from scenario/messages.h) filled in with `args`.
    void warn(std::string code, const char *tmpl, std::vector<std::string> args = {})
    {
        std::string message = fillIn(tmpl, args);
        result.warnings.push_back(Warning{std::move(code), std::move(message), tmpl, std::move(args)});
    }
    /// The same with typed arguments, which a user interface formats in the user's locale.
    void warn(std::string code, const char *tmpl, std::vector<MessageArg> args)
    {
        Warning w{std::move(code), {}, tmpl, {}};
        for (const auto &a : args)
            w.args.push_back(a.english());
        w.message = fillIn(tmpl, w.args);
        w.typedArgs = std::move(args);
        result.warnings.push_back(std::move(w));
    }
};

namespace data {
/// Dataset, targets, preprocessing copies (all frameworks); batch buffers and data-loader
/// workers (deep-learning frameworks). Bytes of the stored dataset alone are returned
/// by datasetBytes().
void addDataMemory(EngineContext &ctx);
/// Bytes of the whole dataset as stored (dense or CSR), without targets.
Bytes datasetBytes(const Dataset &d);
/// Bytes of one sample as stored (dense: elements × dtype; CSR: its non-zeros and indices).
Bytes sampleBytes(const Dataset &d);
/// Bytes of the targets of `samples` samples.
Bytes targetBytes(const Dataset &d, std::int64_t samples);
/// Non-zeros per row of a CSR dataset (as the calibration harness builds it).
std::int64_t csrNonZerosPerRow(const Dataset &d);
/// The peak of reading `dataset.file` before the fit, where it is above the fit's own
/// peak (call after every other part of the engine).
void addFileLoading(EngineContext &ctx);
} // namespace data

namespace dnn {
/// Everything a deep-learning framework allocates: runtime, parameters, gradients,
/// optimizer states, activations, KV cache, parallelism, on host and devices.
void addDeepLearningMemory(EngineContext &ctx);
} // namespace dnn

namespace classical {
/// Everything a scikit-learn, XGBoost or LightGBM fit allocates beyond the stored data.
void addClassicalMemory(EngineContext &ctx);
/// The fits of `run.cross_validation` beyond the one fit counted (`fitBytes` of working
/// memory beyond the runtime and the data); call after the estimator's own memory.
void addCrossValidation(EngineContext &ctx, Bytes fitBytes);
} // namespace classical

} // namespace headroom
