// Data memory, recommendation and candidate fit: the bytes a user sees for the dataset,
// worked out by hand in each row.

#include "engine/context.h"
#include "engine/engine.h"
#include "engine/fit/fit.h"
#include "scenario/codec.h"

#include <QtTest>

using namespace headroom;

namespace {

Scenario tabular(std::int64_t samples, std::int64_t features, DType dtype)
{
    Scenario s;
    s.dataset.samples = samples;
    s.dataset.input.kind = InputKind::Tabular;
    s.dataset.input.features = features;
    s.dataset.dtype = dtype;
    s.model.framework = Framework::ScikitLearn;
    s.model.estimator = "Ridge";
    return s;
}

} // namespace

class TestDataEngine : public QObject
{
    Q_OBJECT

private slots:
    void datasetBytes_data();
    void datasetBytes();
    void csrHoldsValuesIndicesAndRowPointers();
    void copiesAndStreaming();
    void recommendationAddsReserveAndHeadroom();
    void candidateFitAtTheBoundary();
    void largestDatasetIsExactAcrossSizes_data();
    void largestDatasetIsExactAcrossSizes();
    void hugeInputsSaturateOrRefuse();
    void unknownCatalogueEntryIsRefused();
};

void TestDataEngine::datasetBytes_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<qint64>("bytes");
    // 1,000 samples × 10 features × element size.
    QTest::newRow("float64") << static_cast<int>(DType::Float64) << qint64(80000);
    QTest::newRow("float32") << static_cast<int>(DType::Float32) << qint64(40000);
    QTest::newRow("float16") << static_cast<int>(DType::Float16) << qint64(20000);
    QTest::newRow("bfloat16") << static_cast<int>(DType::BFloat16) << qint64(20000);
    QTest::newRow("int64") << static_cast<int>(DType::Int64) << qint64(80000);
    QTest::newRow("int32") << static_cast<int>(DType::Int32) << qint64(40000);
    QTest::newRow("int16") << static_cast<int>(DType::Int16) << qint64(20000);
    QTest::newRow("int8") << static_cast<int>(DType::Int8) << qint64(10000);
    QTest::newRow("uint8") << static_cast<int>(DType::UInt8) << qint64(10000);
    QTest::newRow("bool") << static_cast<int>(DType::Bool) << qint64(10000);
}

void TestDataEngine::datasetBytes()
{
    QFETCH(int, dtype);
    QFETCH(qint64, bytes);
    const Estimate e = estimateMemory(tabular(1000, 10, static_cast<DType>(dtype)));
    QCOMPARE(e.host.bytesOf("dataset"), bytes);
    QCOMPARE(e.host.bytesOf("targets"), qint64(8000)); // 1,000 × int64 labels
}

void TestDataEngine::csrHoldsValuesIndicesAndRowPointers()
{
    Scenario s = tabular(1000, 1000, DType::Float32);
    s.dataset.layout = Layout::Csr;
    s.dataset.density = 0.01; // 10 non-zeros per row
    // values 10,000 × 4 B + indices 10,000 × 4 B + row pointers 1,001 × 4 B
    QCOMPARE(estimateMemory(s).host.bytesOf("dataset"), qint64(40000 + 40000 + 4004));
    s.dataset.indexDtype = IndexDType::Int64;
    QCOMPARE(estimateMemory(s).host.bytesOf("dataset"), qint64(40000 + 80000 + 8008));
}

void TestDataEngine::copiesAndStreaming()
{
    Scenario s = tabular(1000, 10, DType::Float64);
    s.dataset.preprocessingCopies = 2;
    // The data part alone (the estimator may add conversion copies of its own).
    Estimate dataOnly;
    EngineContext ctx{s, dataOnly};
    data::addDataMemory(ctx);
    QCOMPARE(dataOnly.host.bytesOf("preprocessing_copies"), qint64(160000));

    // A deep-learning job that streams holds only the batches in flight.
    Scenario d = s;
    d.model.framework = Framework::PyTorch;
    d.model.estimator.clear();
    Architecture a;
    a.kind = ArchitectureKind::Custom;
    a.parameters = 1000;
    a.activationBytesPerSample = 0;
    d.model.architecture = a;
    d.run.device = Device::Cpu;
    d.run.batchSize = 50;
    d.dataset.preprocessingCopies = 0;
    d.dataset.storage = Storage::Streaming;
    const Estimate e = estimateMemory(d);
    QCOMPARE(e.host.bytesOf("dataset"), qint64(0));
    QCOMPARE(e.host.bytesOf("targets"), qint64(0));
    // 50 samples × (80 B inputs + 8 B label)
    QCOMPARE(e.host.bytesOf("batch_buffers"), qint64(50 * 88));

    d.run.dataloader.workers = 4;
    d.run.dataloader.prefetchFactor = 2;
    // 4 × 2 prefetched + 1 in use
    QCOMPARE(estimateMemory(d).host.bytesOf("batch_buffers"), qint64(9 * 50 * 88));
    QVERIFY(estimateMemory(d).host.bytesOf("dataloader_workers") > 0);
}

void TestDataEngine::recommendationAddsReserveAndHeadroom()
{
    Scenario s = tabular(1 << 20, 1024, DType::Float32); // 4 GiB of data
    s.dataset.targets.count = 0;
    s.system.osReservedGib = 2;
    s.system.otherProcessesGib = 1;
    s.system.headroomFraction = 0.25;
    const auto e = estimate(s);
    QVERIFY(e.ok());
    const Bytes peak = e->host.peak;
    QVERIFY(peak >= 4 * GiB);
    QCOMPARE(e->recommendation.hostMinimum, peak + 3 * GiB);
    QCOMPARE(e->recommendation.hostRecommended, toBytes(static_cast<double>(peak + 3 * GiB) * 1.25));
    QVERIFY(e->recommendation.hostPurchasable >= e->recommendation.hostRecommended);
    QCOMPARE(nextPurchasableHostRam(9 * GiB), 16 * GiB);
    QCOMPARE(nextPurchasableHostRam(64 * GiB), 64 * GiB);
    QCOMPARE(nextPurchasableHostRam(65 * GiB), 96 * GiB);
}

void TestDataEngine::candidateFitAtTheBoundary()
{
    Scenario s = tabular(1000, 1000, DType::Float32);
    s.system.osReservedGib = 0;
    const Estimate e = estimateMemory(s);
    Machine exact;
    exact.name = "exact";
    exact.hostRam = hostNeed(s, e);
    Machine shortBy1 = exact;
    shortBy1.hostRam -= 1;
    QVERIFY(fits(s, e, exact));
    QVERIFY(!fits(s, e, shortBy1));
    const CandidateFit f = assessCandidate(s, e, shortBy1, true);
    QCOMPARE(f.hostFits, false);
    QCOMPARE(f.hostFree, qint64(-1));
    QVERIFY(!f.deviceFits.has_value()); // a CPU job has no device verdict

    // The largest in-memory dataset: fits at N, not at N + 1.
    Machine box;
    box.hostRam = 1 * GiB;
    const auto n = largestInMemoryDataset(s, box);
    QVERIFY(n.has_value());
    Scenario at = s;
    at.dataset.samples = *n;
    QVERIFY(fits(at, estimateMemory(at), box));
    at.dataset.samples = *n + 1;
    QVERIFY(!fits(at, estimateMemory(at), box));
}

void TestDataEngine::largestDatasetIsExactAcrossSizes_data()
{
    QTest::addColumn<qint64>("ram");
    QTest::addColumn<int>("layout");
    QTest::newRow("1 MiB dense") << qint64(MiB) << static_cast<int>(Layout::Dense);
    QTest::newRow("3 GiB + 7 B dense") << qint64(3 * GiB + 7) << static_cast<int>(Layout::Dense);
    QTest::newRow("2 TiB dense") << qint64(2048 * GiB) << static_cast<int>(Layout::Dense);
    QTest::newRow("5 GiB csr") << qint64(5 * GiB) << static_cast<int>(Layout::Csr);
    QTest::newRow("too small") << qint64(100) << static_cast<int>(Layout::Dense);
}

void TestDataEngine::largestDatasetIsExactAcrossSizes()
{
    QFETCH(qint64, ram);
    QFETCH(int, layout);
    Scenario s = tabular(12345, 37, DType::Float64);
    s.system.osReservedGib = 0;
    s.dataset.layout = static_cast<Layout>(layout);
    if (s.dataset.layout == Layout::Csr)
        s.dataset.density = 0.1;
    Machine m;
    m.hostRam = ram;
    const auto n = largestInMemoryDataset(s, m);
    Scenario at = s;
    at.dataset.samples = 1;
    if (!n) {
        QVERIFY(!fits(at, estimateMemory(at), m)); // not even one sample fits
        return;
    }
    at.dataset.samples = *n;
    QVERIFY(fits(at, estimateMemory(at), m));
    at.dataset.samples = *n + 1;
    QVERIFY(!fits(at, estimateMemory(at), m));
}

void TestDataEngine::hugeInputsSaturateOrRefuse()
{
    // 10^15 samples × 10^6 float64 features: 8·10^21 bytes, beyond 2^63.
    Scenario s = tabular(1'000'000'000'000'000, 1'000'000, DType::Float64);
    const Estimate e = estimateMemory(s);
    QCOMPARE(e.host.bytesOf("dataset"), kBytesMax); // saturated, never negative
    const auto r = estimate(s);
    QVERIFY(!r.ok());
    QVERIFY(r.error().code == ErrorCode::Overflow);

    // 10^15 samples × 8 float32 features is large but representable: 32 PB.
    const auto big = estimate(tabular(1'000'000'000'000'000, 8, DType::Float32));
    QVERIFY(big.ok());
    QCOMPARE(big->host.bytesOf("dataset"), qint64(32'000'000'000'000'000));
}

void TestDataEngine::unknownCatalogueEntryIsRefused()
{
    Scenario s = tabular(10, 10, DType::Float32);
    HardwareCandidate h;
    h.catalogId = "aws-p4d.24xlarg";
    s.hardware.push_back(h);
    const auto r = estimate(s);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error().text()),
             QStringLiteral("hardware[0].catalog: unknown catalogue entry \"aws-p4d.24xlarg\" (did you mean \"aws-p4d.24xlarge\"?)"));
    s.hardware[0].catalogId = "aws-p4d.24xlarge";
    const auto ok = estimate(s);
    QVERIFY(ok.ok());
    QCOMPARE(ok->candidates.size(), std::size_t(1));
    QCOMPARE(ok->candidates[0].machine.hostRam, 1152 * GiB); // AWS states host RAM in GiB
}

QTEST_APPLESS_MAIN(TestDataEngine)
#include "test_data_engine.moc"
