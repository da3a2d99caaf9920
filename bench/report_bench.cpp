// Speed and size of the PDF report: a scenario with four candidate machines, rendered
// repeatedly; prints the median time and the file size (targets: ≤ 1 s, ≤ 1 MiB).
// Usage: headroom-report-bench [RUNS]

#include "model/scenariomodel.h"
#include "report/report.h"
#include "scenario/codec.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace headroom;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;

    Scenario s = ui::exampleScenario(QStringLiteral("llama2-7b-lora"));
    HardwareCandidate a100;
    a100.name = "Server 4× A100 80GB";
    a100.hostRamGib = 512;
    a100.gpu = GpuSpec{"A100 80GB", 80, 4};
    a100.price = Price{68000, "USD"};
    HardwareCandidate laptop;
    laptop.name = "Laptop RTX 4080";
    laptop.hostRamGib = 32;
    laptop.gpu = GpuSpec{"RTX 4080 Laptop", 12, 1};
    laptop.price = Price{3200, "USD"};
    s.hardware.push_back(a100);
    s.hardware.push_back(laptop);
    std::printf("scenario: %s, %zu candidates\n", s.name.c_str(), s.hardware.size());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pdf"));
    ui::ReportOptions options;
    options.author = QStringLiteral("Benchmark");
    options.organisation = QStringLiteral("Headroom");

    std::vector<double> ms;
    double cold = 0;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (auto problem = ui::writeReportPdf(s, options, path)) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(*problem));
            return 1;
        }
        const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (i == 0) // the first run also loads the fonts and computes the calibration figures
            cold = elapsed;
        else
            ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const qint64 bytes = QFileInfo(path).size();
    std::printf("first render (cold, loads fonts): %.1f ms; then %d runs\n", cold, runs);
    std::printf("median %.1f ms  min %.1f ms  max %.1f ms  (target ≤ 1000 ms)\n", median, ms.front(), ms.back());
    std::printf("size %lld bytes = %.1f KiB  (target ≤ 1024 KiB)\n", static_cast<long long>(bytes), static_cast<double>(bytes) / 1024.0);
    return median <= 1000.0 && bytes <= 1024 * 1024 ? 0 : 1;
}
