#include "report/reportsuggestions.h"

#if __has_include("advisor/advisor.h")
#include "advisor/advisor.h"
#define HEADROOM_REPORT_HAS_ADVISOR 1
#else
#define HEADROOM_REPORT_HAS_ADVISOR 0
#endif

#include <string>
#include <type_traits>

namespace headroom::ui::report {
namespace {

#if HEADROOM_REPORT_HAS_ADVISOR
// The advisor's Suggestion is read through whichever of these members it has, so that the
// report keeps building while that type settles.
template <typename T>
QString text(const T &value)
{
    if constexpr (std::is_convertible_v<T, std::string>)
        return QString::fromStdString(value);
    else if constexpr (std::is_convertible_v<T, QString>)
        return value;
    else
        return {};
}

template <typename S>
QString titleOf(const S &s)
{
    if constexpr (requires { s.title; })
        return text(s.title);
    else if constexpr (requires { s.summary; })
        return text(s.summary);
    else if constexpr (requires { s.name; })
        return text(s.name);
    else if constexpr (requires { s.description; })
        return text(s.description);
    else
        return {};
}

template <typename S>
QString detailOf(const S &s)
{
    if constexpr (requires { s.detail; })
        return text(s.detail);
    else if constexpr (requires { s.explanation; })
        return text(s.explanation);
    else if constexpr (requires { s.rationale; })
        return text(s.rationale);
    else if constexpr (requires { s.description; } && (requires { s.title; } || requires { s.summary; }))
        return text(s.description);
    else
        return {};
}

template <typename T>
Bytes bytes(const T &value)
{
    if constexpr (std::is_arithmetic_v<T>)
        return static_cast<Bytes>(value);
    else if constexpr (requires { value.has_value(); *value; })
        return value ? bytes(*value) : 0;
    else
        return 0;
}

template <typename S>
Bytes hostSavingOf(const S &s)
{
    if constexpr (requires { s.hostSaving; })
        return bytes(s.hostSaving);
    else if constexpr (requires { s.hostSavings; })
        return bytes(s.hostSavings);
    else if constexpr (requires { s.hostSavedBytes; })
        return bytes(s.hostSavedBytes);
    else if constexpr (requires { s.savedHostBytes; })
        return bytes(s.savedHostBytes);
    else
        return 0;
}

template <typename S>
Bytes deviceSavingOf(const S &s)
{
    if constexpr (requires { s.deviceSaving; })
        return bytes(s.deviceSaving);
    else if constexpr (requires { s.deviceSavings; })
        return bytes(s.deviceSavings);
    else if constexpr (requires { s.deviceSavedBytes; })
        return bytes(s.deviceSavedBytes);
    else if constexpr (requires { s.savedDeviceBytes; })
        return bytes(s.savedDeviceBytes);
    else
        return 0;
}
#endif

} // namespace

std::optional<std::vector<Suggestion>> suggestionsFor([[maybe_unused]] const Scenario &scenario)
{
#if HEADROOM_REPORT_HAS_ADVISOR
    std::vector<Suggestion> out;
    for (const auto &s : headroom::advise(scenario))
        out.push_back({titleOf(s), detailOf(s), hostSavingOf(s), deviceSavingOf(s)});
    return out;
#else
    return std::nullopt;
#endif
}

} // namespace headroom::ui::report
