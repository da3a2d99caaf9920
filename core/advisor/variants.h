#pragma once
// Internal to the advisor: the alternatives of a scenario, before they are estimated.
// Each area proposes what applies to the scenario; the driver (advisor.cpp) estimates
// each one, keeps those that save memory, and ranks them.

#include "scenario/scenario.h"

#include <string>
#include <vector>

namespace headroom::advisor {

/// One alternative scenario and how to present it.
struct Variant {
    std::string id;
    std::string titleTemplate;          ///< "Micro-batch %1 with %2 accumulation steps"
    std::vector<std::string> titleArgs; ///< filled into %1, %2, ...
    std::string cost;
    Scenario scenario;                  ///< the scenario with the change made
};

/// Collects variants; `add` copies the base scenario, applies `change`, and records it.
class Variants
{
public:
    explicit Variants(const Scenario &base) : m_base(base) {}

    template <typename Change>
    void add(std::string id, std::string titleTemplate, std::vector<std::string> titleArgs, std::string cost, Change change)
    {
        Scenario s = m_base;
        change(s);
        if (s == m_base)
            return;
        m_list.push_back(Variant{std::move(id), std::move(titleTemplate), std::move(titleArgs), std::move(cost), std::move(s)});
    }

    const Scenario &base() const { return m_base; }
    std::vector<Variant> &list() { return m_list; }

private:
    const Scenario &m_base;
    std::vector<Variant> m_list;
};

/// Data: dtype, CSR, storage, preprocessing copies, data-loader workers and prefetch.
void addDataVariants(Variants &v);
/// Deep learning: micro-batch, precision, checkpointing, attention, optimizer, sharding,
/// offload, LoRA, quantised weights, context length.
void addDeepLearningVariants(Variants &v);
/// Serving (run.serving): KV-cache type, concurrency, context, CPU layers, tensor parallel.
void addServingVariants(Variants &v);
/// Classical estimators: tree size, QuantileDMatrix (hist), parallel jobs.
void addClassicalVariants(Variants &v);

/// `text` with %1, %2, ... replaced by `args`.
std::string fillTemplate(const std::string &text, const std::vector<std::string> &args);

} // namespace headroom::advisor
