// The hardware catalogue (built in, reading, writing, refusals) and the inverse solves
// at their boundaries: fits at N, not at N + 1.

#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "hardware/catalog.h"
#include "scenario/codec.h"
#include "util/format.h"

#include <QtTest>

#include <fstream>
#include <set>
#include <sstream>

using namespace headroom;

namespace {

std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Scenario example(const char *name)
{
    auto s = readScenario(readFile(std::string(HEADROOM_SOURCE_DIR) + "/resources/examples/" + name + ".headroom.json"));
    if (!s.ok())
        qFatal("%s", s.error().text().c_str());
    return s.value();
}

/// A deep-learning job described by parameters and activations per sample, so the test
/// does not depend on a preset's numbers.
Scenario customDeepLearning()
{
    Scenario s = example("resnet50-single-gpu");
    s.model.architecture = Architecture{};
    s.model.architecture->kind = ArchitectureKind::Custom;
    s.model.architecture->parameters = 25'000'000;
    s.model.architecture->activationBytesPerSample = 90 * MiB;
    s.run.batchSize = 32;
    s.dataset.storage = Storage::InMemory;
    return s;
}

bool fitsWith(Scenario s, const Machine &m)
{
    return fits(s, estimateMemory(s), m);
}

Machine machine(double hostGib, double gpuGib = 0, std::int64_t gpus = 0)
{
    Machine m;
    m.name = "test";
    m.hostRam = gibToBytes(hostGib);
    m.gpuMemory = gibToBytes(gpuGib);
    m.gpuCount = gpus;
    return m;
}

/// The machine with `slack` of free memory at `s`'s own estimate, so the boundary is
/// close to the scenario's batch or size.
Machine snugMachine(const Scenario &s, double factor)
{
    const Estimate e = estimateMemory(s);
    Machine m;
    m.name = "snug";
    m.hostRam = toBytes(static_cast<double>(hostNeed(s, e)) * factor);
    if (s.device() == Device::Gpu) {
        m.gpuCount = s.cluster.gpusPerNode;
        m.gpuMemory = e.device && e.device->peak > 0 ? toBytes(static_cast<double>(e.device->peak) * factor) : 80 * GiB;
    }
    return m;
}

} // namespace

class TestHardware : public QObject
{
    Q_OBJECT

private slots:
    void builtinCatalogueHasSourcedEntries()
    {
        const Catalog &c = builtinCatalog();
        QVERIFY(c.entries.size() >= 30);
        std::set<std::string> ids;
        for (const CatalogEntry &e : c.entries) {
            QVERIFY2(ids.insert(e.id).second, e.id.c_str());
            QVERIFY2(!e.source.empty(), e.id.c_str());
            QVERIFY2(e.lastChecked.size() == 10, e.id.c_str()); // ISO date
            QVERIFY(e.kind == "gpu" || e.kind == "workstation" || e.kind == "cloud");
        }
    }

    void builtinCatalogueFacts_data()
    {
        // From shared/hardware-reference.md: memory exactly as stated, GB or GiB.
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("hostValue");
        QTest::addColumn<QString>("hostUnit");
        QTest::addColumn<double>("gpuValue");
        QTest::addColumn<QString>("gpuUnit");
        QTest::addColumn<int>("gpus");
        QTest::newRow("H100") << "nvidia-h100-sxm-80gb" << 0.0 << "GiB" << 80.0 << "GB" << 1;
        QTest::newRow("H200") << "nvidia-h200-sxm-141gb" << 0.0 << "GiB" << 141.0 << "GB" << 1;
        QTest::newRow("A10G") << "nvidia-a10g" << 0.0 << "GiB" << 24.0 << "GiB" << 1;
        QTest::newRow("MI300X") << "amd-mi300x" << 0.0 << "GiB" << 192.0 << "GB" << 1;
        QTest::newRow("p4d") << "aws-p4d.24xlarge" << 1152.0 << "GiB" << 40.0 << "GB" << 8;
        QTest::newRow("p4de") << "aws-p4de.24xlarge" << 1152.0 << "GiB" << 80.0 << "GB" << 8;
        QTest::newRow("p5") << "aws-p5.48xlarge" << 2048.0 << "GiB" << 80.0 << "GB" << 8;
        QTest::newRow("p5e") << "aws-p5e.48xlarge" << 2048.0 << "GiB" << 141.0 << "GB" << 8;
        QTest::newRow("g5.xlarge") << "aws-g5.xlarge" << 16.0 << "GiB" << 24.0 << "GiB" << 1;
        QTest::newRow("g5.48xlarge") << "aws-g5.48xlarge" << 768.0 << "GiB" << 24.0 << "GiB" << 8;
        QTest::newRow("g6e.48xlarge") << "aws-g6e.48xlarge" << 1536.0 << "GiB" << 48.0 << "GB" << 8;
        QTest::newRow("a2-highgpu-1g") << "gcp-a2-highgpu-1g" << 85.0 << "GB" << 40.0 << "GB" << 1;
        QTest::newRow("a2-ultragpu-8g") << "gcp-a2-ultragpu-8g" << 1360.0 << "GB" << 80.0 << "GB" << 8;
        QTest::newRow("a3-highgpu-8g") << "gcp-a3-highgpu-8g" << 1872.0 << "GB" << 80.0 << "GB" << 8;
        QTest::newRow("ND96asr_v4") << "azure-nd96asr-v4" << 900.0 << "GiB" << 40.0 << "GB" << 8;
        QTest::newRow("ND96amsr") << "azure-nd96amsr-a100-v4" << 1900.0 << "GiB" << 80.0 << "GB" << 8;
        QTest::newRow("M3 Ultra") << "apple-m3-ultra-512gb" << 512.0 << "GB" << 0.0 << "GiB" << 0;
    }

    void builtinCatalogueFacts()
    {
        QFETCH(QString, id);
        QFETCH(double, hostValue);
        QFETCH(QString, hostUnit);
        QFETCH(double, gpuValue);
        QFETCH(QString, gpuUnit);
        QFETCH(int, gpus);
        const CatalogEntry *e = builtinCatalog().find(id.toStdString());
        QVERIFY(e);
        QCOMPARE(e->hostRam.value, hostValue);
        if (hostValue > 0)
            QCOMPARE(QString::fromStdString(e->hostRam.unit), hostUnit);
        QCOMPARE(e->gpuMemory.value, gpuValue);
        if (gpus > 0) {
            QCOMPARE(QString::fromStdString(e->gpuMemory.unit), gpuUnit);
            QCOMPARE(e->gpuCount, std::int64_t{gpus});
        }
        const Machine m = toMachine(*e);
        // The fit test uses what CUDA reports (totalGlobalMem), not the marketed size.
        if (gpus > 0) {
            QVERIFY(e->gpuUsableBytes > 0);
            QCOMPARE(m.gpuMemory, e->gpuUsableBytes);
        }
    }

    void usableCapacitiesFromTheDriver_data()
    {
        // shared/gpu-capacities.md: cudaDeviceProp::totalGlobalMem (torch total_memory) and
        // the nvidia-smi total of current drivers.
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("usable");
        QTest::addColumn<qint64>("smiMib");
        QTest::newRow("RTX 4090") << "nvidia-rtx-4090" << qint64(25386352640) << qint64(24564);
        QTest::newRow("H100 SXM") << "nvidia-h100-sxm-80gb" << qint64(85045477376) << qint64(81559);
        QTest::newRow("H200") << "nvidia-h200-sxm-141gb" << qint64(150021734400) << qint64(143771);
        QTest::newRow("A100 80GB") << "nvidia-a100-80gb" << qint64(85100068864) << qint64(81920);
        QTest::newRow("L40S ECC on") << "nvidia-l40s" << qint64(47803596800) << qint64(46068);
        QTest::newRow("T4 ECC on") << "nvidia-t4" << qint64(15843721216) << qint64(15360);
        QTest::newRow("V100 16GB") << "nvidia-v100-16gb" << qint64(16928342016) << qint64(16384);
        QTest::newRow("MI300X") << "amd-mi300x" << qint64(206141652992) << qint64(196592);
        QTest::newRow("p5 (8× H100)") << "aws-p5.48xlarge" << qint64(85045477376) << qint64(81559);
    }

    void usableCapacitiesFromTheDriver()
    {
        QFETCH(QString, id);
        QFETCH(qint64, usable);
        QFETCH(qint64, smiMib);
        const CatalogEntry *e = builtinCatalog().find(id.toStdString());
        QVERIFY(e);
        QCOMPARE(qint64(e->gpuUsable()), usable);
        QCOMPARE(qint64(e->gpuSmiTotalMib), smiMib);
        QCOMPARE(qint64(toMachine(*e).gpuMemory), usable);
        // An RTX 4090 is 23.64 GiB to CUDA, not 24·10^9 B = 22.35 GiB.
        if (id == QLatin1String("nvidia-rtx-4090"))
            QCOMPARE(QString::number(static_cast<double>(e->gpuUsable()) / 1073741824.0, 'f', 2), QStringLiteral("23.64"));
    }

    void writeThenReadRoundTrips()
    {
        Catalog c = builtinCatalog();
        c.entries[0].price = 31999.5;
        c.entries[0].currency = "EUR";
        auto back = readCatalog(writeCatalog(c));
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().text().c_str());
        QCOMPARE(back.value().entries.size(), c.entries.size());
        for (std::size_t i = 0; i < c.entries.size(); ++i)
            QVERIFY2(back.value().entries[i] == c.entries[i], c.entries[i].id.c_str());
    }

    void malformedCatalogueRefusedWithPath_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("path");
        const QString ok = QStringLiteral(R"({"id":"a","name":"A","kind":"workstation","host_ram":{"value":64,"unit":"GiB"}})");
        QTest::newRow("not json") << "{\"entries\": [" << "";
        QTest::newRow("no entries") << "{\"things\": []}" << "entries";
        QTest::newRow("bad unit") << QStringLiteral(R"({"entries":[%1,{"id":"b","name":"B","kind":"gpu","gpu":{"model":"X","memory":{"value":24,"unit":"gb"}}}]})").arg(ok)
                                  << "entries[1].gpu.memory.unit";
        QTest::newRow("unknown key") << QStringLiteral(R"({"entries":[%1,{"id":"b","name":"B","kind":"cloud","host_ram":{"value":1,"unit":"GiB"},"prise":{"amount":1}}]})").arg(ok)
                                     << "entries[1].prise";
        QTest::newRow("duplicate id") << QStringLiteral(R"({"entries":[%1,%1]})").arg(ok) << "entries[1].id";
        QTest::newRow("unknown kind") << QStringLiteral(R"({"entries":[{"id":"a","name":"A","kind":"laptop","host_ram":{"value":1,"unit":"GiB"}}]})")
                                      << "entries[0].kind";
        QTest::newRow("source not string") << QStringLiteral(R"({"entries":[{"id":"a","name":"A","kind":"workstation","host_ram":{"value":1,"unit":"GiB"},"source":5}]})")
                                           << "entries[0].source";
        QTest::newRow("negative price") << QStringLiteral(R"({"entries":[{"id":"a","name":"A","kind":"workstation","host_ram":{"value":1,"unit":"GiB"},"price":{"amount":-1}}]})")
                                        << "entries[0].price.amount";
        QTest::newRow("newer version") << "{\"headroom_catalog\": 2, \"entries\": []}" << "headroom_catalog";
    }

    void malformedCatalogueRefusedWithPath()
    {
        QFETCH(QString, json);
        QFETCH(QString, path);
        const auto r = readCatalog(json.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().path), path);
        QVERIFY(!r.error().message.empty());
        // The built-in catalogue stays usable.
        QVERIFY(builtinCatalog().find("aws-p4d.24xlarge"));
    }

    void mergeReplacesById()
    {
        Catalog user;
        CatalogEntry priced = *builtinCatalog().find("nvidia-l4");
        priced.price = 2500;
        user.entries.push_back(priced);
        CatalogEntry own;
        own.id = "my-box";
        own.name = "My box";
        own.kind = "workstation";
        own.hostRam = StatedSize{256, "GB"};
        user.entries.push_back(own);
        const Catalog merged = mergeCatalogs(builtinCatalog(), user);
        QCOMPARE(merged.entries.size(), builtinCatalog().entries.size() + 1);
        QCOMPARE(merged.find("nvidia-l4")->price.value_or(0), 2500.0);
        QVERIFY(merged.find("my-box"));
    }

    void bareGpuCopiedWithCountAndHostRam()
    {
        CatalogEntry l4 = *builtinCatalog().find("nvidia-l4");
        l4.price = 2500;
        const HardwareCandidate h = toCandidate(l4, 4, 256);
        QVERIFY(h.gpu);
        QCOMPARE(h.gpu->count, std::int64_t{4});
        QCOMPARE(h.hostRamGib, 256.0);
        QCOMPARE(h.price->amount, 10000.0);
        QCOMPARE(gibToBytes(h.gpu->memoryGib), std::int64_t{23'570'219'008}); // L4 totalGlobalMem
        const HardwareCandidate p4d = toCandidate(*builtinCatalog().find("aws-p4d.24xlarge"));
        QCOMPARE(p4d.hostRamGib, 1152.0);
        QCOMPARE(p4d.gpu->count, std::int64_t{8});
    }

    void scenarioReferencesCatalogueById()
    {
        Scenario s = customDeepLearning();
        s.hardware.clear();
        HardwareCandidate ref;
        ref.catalogId = "aws-p4d.24xlarge";
        s.hardware.push_back(ref);
        auto e = estimate(s);
        QVERIFY(e.ok());
        QCOMPARE(e.value().candidates.size(), std::size_t{1});
        QCOMPARE(e.value().candidates[0].machine.hostRam, 1152 * GiB);
        QCOMPARE(e.value().candidates[0].machine.gpuMemory, std::int64_t{42'298'834'944}); // A100 40GB totalGlobalMem
        s.hardware[0].catalogId = "aws-p4d.24xlarg";
        auto bad = estimate(s);
        QVERIFY(!bad.ok());
        QCOMPARE(QString::fromStdString(bad.error().path), QStringLiteral("hardware[0].catalog"));
    }

    // Inverse solves: the answer N fits and N + 1 does not, computed through fits().

    void largestBatchBoundary_data()
    {
        QTest::addColumn<double>("factor");
        QTest::newRow("snug") << 1.0;
        QTest::newRow("roomy") << 1.7;
        QTest::newRow("large") << 6.0;
    }

    void largestBatchBoundary()
    {
        QFETCH(double, factor);
        Scenario s = customDeepLearning();
        const Machine m = snugMachine(s, factor);
        const auto n = largestBatch(s, m);
        QVERIFY(n.has_value());
        QVERIFY(*n >= s.run.batchSize); // the scenario itself fits a machine sized for it
        Scenario at = s;
        at.run.batchSize = *n;
        QVERIFY(fitsWith(at, m));
        at.run.batchSize = *n + 1;
        QVERIFY2(!fitsWith(at, m), qPrintable(QStringLiteral("batch %1 still fits").arg(*n + 1)));
    }

    void largestBatchNoneWhenBatchOneDoesNotFit()
    {
        Scenario s = customDeepLearning();
        const auto n = largestBatch(s, machine(0.5, 80, 1));
        QVERIFY(!n.has_value());
        Scenario at = s;
        at.run.batchSize = 1;
        QVERIFY(!fitsWith(at, machine(0.5, 80, 1)));
    }

    void largestBatchNotApplicableToClassical()
    {
        QVERIFY(!largestBatch(example("tabular-random-forest"), machine(1024)).has_value());
    }

    void largestInMemoryDatasetBoundary_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("factor");
        QTest::newRow("classical snug") << "classical" << 1.0;
        QTest::newRow("classical roomy") << "classical" << 3.0;
        QTest::newRow("xgboost") << "xgboost" << 1.5;
        QTest::newRow("deep learning") << "dnn" << 2.0;
    }

    void largestInMemoryDatasetBoundary()
    {
        QFETCH(QString, kind);
        QFETCH(double, factor);
        Scenario s = kind == QLatin1String("classical") ? example("tabular-random-forest")
                     : kind == QLatin1String("xgboost") ? example("xgboost-clickthrough")
                                                        : customDeepLearning();
        s.dataset.storage = Storage::InMemory;
        const Machine m = snugMachine(s, factor);
        const auto n = largestInMemoryDataset(s, m);
        QVERIFY(n.has_value());
        QVERIFY(*n >= s.dataset.samples);
        Scenario at = s;
        at.dataset.samples = *n;
        QVERIFY(fitsWith(at, m));
        at.dataset.samples = *n + 1;
        QVERIFY2(!fitsWith(at, m), qPrintable(QStringLiteral("%1 samples still fit").arg(*n + 1)));
    }

    void largestInMemoryDatasetNoneWhenOneSampleDoesNotFit()
    {
        Scenario s = example("tabular-random-forest");
        QVERIFY(!largestInMemoryDataset(s, machine(1)).has_value()); // less than the OS reserve
    }

    void smallestDeviceCountBoundary()
    {
        // A sharded run: ZeRO-3 spreads parameters, gradients and optimizer states.
        Scenario s = customDeepLearning();
        s.model.architecture->parameters = 7'000'000'000;
        s.cluster.dataParallel = DataParallel::Zero3;
        s.cluster.gpusPerNode = 1;
        s.cluster.nodes = 1;
        const Estimate one = estimateMemory(s);
        QVERIFY(one.device.has_value());
        QVERIFY(one.device->peak > 0);
        // A budget between the per-device peaks on 5 and on 6 devices: 6 is the answer.
        Scenario five = s;
        five.cluster.nodes = 5;
        Scenario six = s;
        six.cluster.nodes = 6;
        const Bytes p5 = estimateMemory(five).device->peak;
        const Bytes p6 = estimateMemory(six).device->peak;
        QVERIFY(p6 < p5); // sharding spreads the model states
        const Bytes budget = p6 + (p5 - p6) / 2;
        const auto k = smallestDeviceCount(s, budget, 4096);
        QVERIFY(k.has_value());
        QCOMPARE(*k, qint64(6));
        Scenario at = s;
        at.cluster.nodes = *k;
        QVERIFY(estimateMemory(at).device->peak <= budget);
        at.cluster.nodes = *k - 1;
        QVERIFY(estimateMemory(at).device->peak > budget);
    }

    void verdictNeedsEnoughGpusPerMachine()
    {
        // Two GPUs per machine; a machine with one large GPU holds each GPU's share but
        // cannot run the job: every view shows this one verdict.
        Scenario s = customDeepLearning();
        s.cluster.gpusPerNode = 2;
        auto e = estimate(s);
        QVERIFY(e.ok());
        const Machine big = machine(1024, 192, 1);
        const CandidateFit f = assessCandidate(s, e.value(), big, false);
        QVERIFY(f.hostLevel == FitLevel::Fits);
        QVERIFY(f.deviceFree.has_value() && *f.deviceFree > 0);
        QVERIFY(f.deviceLevel == std::optional<FitLevel>(FitLevel::DoesNotFit));
        QVERIFY(f.level == FitLevel::DoesNotFit);
        QCOMPARE(f.reasons.size(), std::size_t{1});
        QVERIFY(f.reasons.front().code == FitReason::Code::TooFewGpus);
        QCOMPARE(f.reason, std::string("the job needs 2 GPUs per machine, it has 1"));
        QVERIFY(!fitsWithHeadroom(e.value(), f));

        const CandidateFit two = assessCandidate(s, e.value(), machine(1024, 192, 2), false);
        QVERIFY(two.level == FitLevel::Fits);
        QVERIFY(two.reasons.front().code == FitReason::Code::Fits);
    }

    void verdictStatesEachShortfallAndMissingMargin()
    {
        Scenario s = customDeepLearning();
        s.system.headroomFraction = 0.2;
        auto e = estimate(s);
        QVERIFY(e.ok());
        const Recommendation &r = e->recommendation;
        const Bytes peak = e->device->peak;

        Machine small = machine(1, 1, 1);
        small.hostRam = r.hostMinimum - GiB;
        small.gpuMemory = peak - MiB;
        const CandidateFit no = assessCandidate(s, e.value(), small, false);
        QVERIFY(no.level == FitLevel::DoesNotFit);
        QCOMPARE(no.reasons.size(), std::size_t{2});
        QVERIFY(no.reasons[0].code == FitReason::Code::HostShort);
        QVERIFY(no.reasons[1].code == FitReason::Code::DeviceShort);
        QCOMPARE(no.reasons[0].message.english(),
                 "host RAM is 1.00 GiB short (needs " + formatBytes(r.hostMinimum) + ", has " + formatBytes(small.hostRam) + ")");
        QCOMPARE(no.reasons[1].message.english(),
                 "each GPU is 1.00 MiB short (needs " + formatBytes(peak) + ", has " + formatBytes(small.gpuMemory) + ")");

        // Enough memory, but less than the 20 % margin on each GPU.
        Machine tight = machine(1024, 1, 1);
        tight.gpuMemory = peak + 1;
        const CandidateFit close = assessCandidate(s, e.value(), tight, false);
        QVERIFY(close.level == FitLevel::NoMargin);
        QVERIFY(close.hostLevel == FitLevel::Fits);
        QVERIFY(close.reasons.back().code == FitReason::Code::DeviceBelowMargin);
        QCOMPARE(close.reasons.back().message.english(),
                 "each GPU leaves less than the 20 % safety margin (" + formatBytes(r.deviceRecommended) + " recommended)");
    }

    void smallestDeviceCountNotForCpuJobs()
    {
        QVERIFY(!smallestDeviceCount(example("tabular-random-forest"), 80 * GiB).has_value());
    }
};

QTEST_APPLESS_MAIN(TestHardware)
#include "test_hardware.moc"
