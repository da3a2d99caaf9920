#include "report/calibration.h"

#include "engine/engine.h"
#include "estimate/gpu_accuracy.h"
#include "scenario/codec.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <vector>

namespace headroom::ui::report {
namespace {

std::string readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

double nearestRank(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

CalibrationFigures compute()
{
    CalibrationFigures f;
    const std::string text = readResource(QStringLiteral(":/calibration/results.json"));
    const auto results = nlohmann::json::parse(text, nullptr, false);
    if (results.is_discarded() || !results.contains("cases"))
        return f;
    std::vector<double> errors;
    const QDir cases(QStringLiteral(":/calibration/cases"));
    for (const QString &file : cases.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const std::string name = file.chopped(5).toStdString();
        const auto it = results["cases"].find(name);
        if (it == results["cases"].end() || !it->contains("summary"))
            continue;
        const auto measured = (*it)["summary"].value("median_peak_rss_bytes", std::int64_t{0});
        if (measured <= 0)
            continue;
        auto scenario = readScenario(readResource(cases.filePath(file)));
        if (!scenario.ok()) {
            errors.push_back(1.0); // a refused case counts as wholly wrong, as in the benchmark
            continue;
        }
        const Estimate e = estimateMemory(scenario.value());
        errors.push_back(std::fabs(static_cast<double>(e.host.peak) - static_cast<double>(measured)) / static_cast<double>(measured));
    }
    if (errors.empty())
        return f;
    f.cases = static_cast<int>(errors.size());
    f.median = nearestRank(errors, 0.5);
    f.p90 = nearestRank(errors, 0.9);
    f.worst = *std::max_element(errors.begin(), errors.end());
    return f;
}

GpuCalibrationFigures computeGpu()
{
    GpuCalibrationFigures f;
    auto figures = readGpuCalibration(readResource(QStringLiteral(":/calibration-gpu/figures.json")));
    if (!figures.ok())
        return f;
    std::vector<GpuCaseResult> results;
    for (const GpuCalibrationCase &c : figures.value().cases) {
        const QString path = QStringLiteral(":/calibration-gpu/cases/%1.json").arg(QString::fromStdString(c.name));
        auto r = scoreGpuCase(c, readResource(path));
        if (r.ok())
            results.push_back(r.value());
    }
    const GpuAccuracy a = summariseGpuAccuracy(results, figures.value().notExpressible);
    f.cases = a.cases;
    f.median = a.median;
    f.p90 = a.p90;
    f.worst = a.worst;
    f.under = a.under;
    return f;
}

} // namespace

const GpuCalibrationFigures &gpuCalibrationFigures()
{
    static const GpuCalibrationFigures figures = computeGpu();
    return figures;
}

const CalibrationFigures &calibrationFigures()
{
    static const CalibrationFigures figures = compute();
    return figures;
}

} // namespace headroom::ui::report
