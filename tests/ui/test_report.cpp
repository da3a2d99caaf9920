// The PDF report as a reader gets it: the text poppler extracts, the page count, the
// fonts, the absence of raster images; and `headroom-cli report`.

#include "engine/engine.h"
#include "common/errortext.h"
#include "common/format.h"
#include "engine/fit/fit.h"
#include "model/scenariomodel.h"
#include "report/report.h"
#include "report/reportcontent.h"
#include "scenario/codec.h"
#include "settings/translations.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdftotext, m_pdfinfo, m_pdffonts, m_pdfimages;

    /// Runs a poppler tool and returns its standard output.
    QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << program << args << p.readAllStandardError();
            return {};
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    /// The PDF's text with every run of white space made one space.
    QString text(const QString &pdf, int first = 0, int last = 0)
    {
        QStringList args;
        if (first > 0)
            args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
        args << pdf << QStringLiteral("-");
        // NFKC turns the ligatures the fonts use ("ﬁ") back into letters.
        return run(m_pdftotext, args).normalized(QString::NormalizationForm_KC).simplified();
    }
    int pages(const QString &pdf)
    {
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(m_pdfinfo, {pdf}));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    QString write(const Scenario &s, const QString &name, ReportOptions options = {})
    {
        const QString path = m_dir.filePath(name);
        const auto problem = writeReportPdf(s, options, path);
        if (problem)
            qWarning() << *problem;
        return problem ? QString() : path;
    }
    Scenario example(const QString &name)
    {
        auto s = readScenario(readTextFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/%1.headroom.json").arg(name)).value());
        return s.value();
    }

private slots:
    void titlePageSaysWhenTheFileIsNotWhatIsReported()
    {
        QCOMPARE(reportedSourceFile(QStringLiteral("/tmp/job.headroom.json"), false), QStringLiteral("job.headroom.json"));
        QCOMPARE(reportedSourceFile(QStringLiteral("/tmp/job.headroom.json"), true),
                 QStringLiteral("job.headroom.json (with unsaved changes)"));
        QVERIFY(reportedSourceFile(QString(), true).isEmpty());
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // To look at the PDFs the tests write (pdftoppm -png), keep them.
        if (qEnvironmentVariableIsSet("HEADROOM_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("reports kept in %s", qPrintable(m_dir.path()));
        }
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        // English, with its plural forms, as the application installs it at start.
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        m_pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        if (m_pdftotext.isEmpty() || m_pdfinfo.isEmpty() || m_pdffonts.isEmpty() || m_pdfimages.isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages) are needed to read the report back");
    }

    void examples_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"llama2-7b-lora", "resnet50-single-gpu", "gpt-13b-zero3-pretrain", "tabular-random-forest",
                                 "xgboost-clickthrough"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void examples()
    {
        QFETCH(QString, name);
        const Scenario s = example(name);
        const Estimate e = estimate(s).value();
        const QString pdf = write(s, name + QStringLiteral(".pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(QFileInfo(pdf).size() < 1024 * 1024);

        const QString all = text(pdf);
        QVERIFY2(all.contains(QString::fromStdString(s.name).simplified()), qPrintable(all.left(400)));
        const auto best = recommendedCandidate(e);
        if (best)
            QVERIFY(all.contains(QStringLiteral("Recommended machine: %1").arg(QString::fromStdString(e.candidates[*best].machine.name))));
        else
            QVERIFY(all.contains(QStringLiteral("holds the job with the")) || all.contains(QStringLiteral("names no candidate")));
        for (const QString &title : report::sectionTitles())
            QVERIFY2(all.contains(title), qPrintable(title));
        for (const QString &sub : {QStringLiteral("Dataset"), QStringLiteral("Model"), QStringLiteral("Batch and training"),
                                   QStringLiteral("Hardware"), QStringLiteral("Host RAM, one machine")})
            QVERIFY2(all.contains(sub), qPrintable(sub));
        if (e.device)
            QVERIFY(all.contains(QStringLiteral("Memory per GPU")));
        // Every component of the breakdown is listed with its derivation.
        for (const Component &c : e.host.components)
            QVERIFY2(all.contains(derivationText(c).simplified().left(30)), c.derivation.c_str());

        const int n = pages(pdf);
        QVERIFY2(n >= 5 && n <= 16, qPrintable(QString::number(n)));
        QVERIFY(all.contains(QStringLiteral("Page %1 of %1").arg(n)));

        // Every font is embedded.
        const QStringList fonts = run(m_pdffonts, {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &line : fonts) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name type [encoding] emb sub uni object ID: "emb" is the fifth column from the end.
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QStringLiteral("yes"), qPrintable(line));
        }
        QVERIFY(run(m_pdffonts, {pdf}).contains(QStringLiteral("DejaVuSans")));

        // The charts (and everything else) are vectors: no raster image at all.
        const QStringList images = run(m_pdfimages, {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the two header lines only
    }

    void gpuJob()
    {
        // A GPU job as the engines describe it: a per-device breakdown next to the host's.
        const Scenario s = example(QStringLiteral("llama2-7b-lora"));
        Estimate e = estimate(s).value();
        Breakdown device;
        addComponent(device, "parameters", 13'476'839'424, "6,738,419,712 parameters × 2 B (bf16)");
        addComponent(device, "activations", 11 * GiB, "32 layers × 4 × 2048 tokens × 4096 hidden, full checkpointing");
        addComponent(device, "framework_runtime", 600 * MiB, "CUDA context and cuBLAS workspace");
        e.device = device;
        e.devices = 2;
        e.recommendation.deviceMinimum = device.peak;
        e.recommendation.deviceRecommended = device.peak + device.peak / 5;
        e.recommendation.devicePurchasable = 40 * GiB;
        // Every view shows core's verdict: work it out again for the new per-GPU figures.
        for (CandidateFit &f : e.candidates)
            f = assessCandidate(s, e, f.machine, false);
        const QString path = m_dir.filePath(QStringLiteral("gpu.pdf"));
        QVERIFY(!writeReportPdf(s, e, {}, path));
        const QString all = text(path);
        QVERIFY(all.contains(QStringLiteral("Memory per GPU")));
        QVERIFY(all.contains(QStringLiteral("Per GPU (2 GPUs)")));
        // The comparison gives what each GPU has left.
        QVERIFY(all.contains(formatSize(*e.candidates.back().deviceFree)));
        QVERIFY(all.contains(QStringLiteral("2 × L40S, %1 each").arg(formatSize(e.candidates.back().machine.gpuMemory))));
        QVERIFY(all.contains(QStringLiteral("6,738,419,712 parameters × 2 B (bf16)")));
        QVERIFY(all.contains(QStringLiteral("Peak memory per GPU")));
        // The RTX 4090s (23.64 GiB usable) are too small: the L40S machine is recommended, and the other
        // candidate's shortfall is stated.
        QVERIFY(all.contains(QStringLiteral("Recommended machine: Workstation 2× L40S")));
        QVERIFY(all.contains(QStringLiteral("each GPU is %1 short").arg(formatSize(-*e.candidates.front().deviceFree))));
        QCOMPARE(run(m_pdfimages, {QStringLiteral("-list"), path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
    }

    void mixtureOfExpertsInputs()
    {
        // The report's inputs list the architecture keys that are set (through core's key
        // table) and the total and active parameters.
        Scenario s = example(QStringLiteral("llama2-7b-lora"));
        Architecture a;
        a.kind = ArchitectureKind::Preset;
        a.preset = "mixtral-8x7b";
        a.transformer.moe.expertsPerToken = 1;
        a.transformer.slidingWindow.window = 4096;
        s.model.architecture = a;
        s.run.finetune.method = FinetuneMethod::Qlora;
        s.run.finetune.rank = 16;
        const QString all = text(write(s, QStringLiteral("moe.pdf"))).simplified();
        QVERIFY2(all.contains(QStringLiteral("Preset mixtral-8x7b (moe.experts_per_token 1, sliding_window.window 4,096)")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("46,702,792,704 total, 7,242,780,672 active per token")));
        QVERIFY(all.contains(QStringLiteral("QLoRA, rank 16 over a 4-bit nf4 base, double quantisation")));
        // Adapters on chosen layers are named.
        s.run.finetune.targets = loraBit(LoraLayer::Q) | loraBit(LoraLayer::V) | loraBit(LoraLayer::Down);
        const QString chosen = text(write(s, QStringLiteral("targets.pdf"))).simplified();
        QVERIFY2(chosen.contains(QStringLiteral("QLoRA, rank 16 over a 4-bit nf4 base, double quantisation, on q, v, down")), qPrintable(chosen));
        // A benchmark's sum loss is listed with the run's settings.
        QVERIFY(!chosen.contains(QStringLiteral("sum of the outputs")));
        s.run.loss = Loss::Sum;
        QVERIFY(text(write(s, QStringLiteral("sum.pdf"))).simplified().contains(QStringLiteral("Loss sum of the outputs (no cross-entropy)")));
    }

    void titlePage()
    {
        ReportOptions options;
        options.author = QStringLiteral("Ada Lovelace");
        options.organisation = QStringLiteral("Analytical Engines Ltd");
        options.date = QDateTime(QDate(2026, 3, 14), QTime(9, 0));
        const QString pdf = write(example(QStringLiteral("resnet50-single-gpu")), QStringLiteral("title.pdf"), options);
        const QString first = text(pdf, 1, 1);
        QVERIFY(first.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(first.contains(QStringLiteral("Analytical Engines Ltd")));
        QVERIFY(first.contains(QLocale().toString(QDate(2026, 3, 14), QLocale::LongFormat).simplified()));
        QVERIFY(first.contains(QStringLiteral("Headroom " HEADROOM_VERSION)));
        QVERIFY(first.contains(QStringLiteral("MEMORY SIZING REPORT")));
        // Later pages carry the organisation in their header and a page number.
        const QString second = text(pdf, 2, 2);
        QVERIFY(second.contains(QStringLiteral("Analytical Engines Ltd")));
        QVERIFY(second.contains(QStringLiteral("Page 2 of")));
    }

    void userTextIsEscaped()
    {
        Scenario s = example(QStringLiteral("resnet50-single-gpu"));
        s.name = "Sizing <b>bold</b> & co";
        s.notes = "Watch out: <script>alert('x')</script> & <i>not italic</i>";
        s.hardware.front().name = "Box <tr> & <td>";
        const QString pdf = write(s, QStringLiteral("escaped.pdf"));
        const QString all = text(pdf);
        QVERIFY(all.contains(QStringLiteral("Sizing <b>bold</b> & co")));
        QVERIFY(all.contains(QStringLiteral("<script>alert('x')</script>")));
        QVERIFY(all.contains(QStringLiteral("<i>not italic</i>")));
        QVERIFY(all.contains(QStringLiteral("Box <tr> & <td>")));
        // The notes are printed twice: on the title page and with the inputs.
        QCOMPARE(all.count(QStringLiteral("<script>alert('x')</script>")), 2);
    }

    void paperSize_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("expected");
        QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("(A4)");
        QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("(letter)");
    }

    void paperSize()
    {
        QFETCH(int, size);
        QFETCH(QString, expected);
        ReportOptions options;
        options.pageSize = QPageSize(QPageSize::PageSizeId(size));
        const QString pdf = write(example(QStringLiteral("llama2-7b-lora")), QStringLiteral("paper.pdf"), options);
        QVERIFY(run(m_pdfinfo, {pdf}).contains(expected));
    }

    void noCandidates()
    {
        Scenario s = example(QStringLiteral("tabular-random-forest"));
        s.hardware.clear();
        const QString all = text(write(s, QStringLiteral("none.pdf")));
        QVERIFY(all.contains(QStringLiteral("The scenario names no candidate machines")));
        QVERIFY(all.contains(QStringLiteral("Smallest common size to buy")));
    }

    void cliWritesReport()
    {
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        QProcess cli;
        // English, and no preferences of the person running the tests.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(HEADROOM_CLI),
                  {QStringLiteral("report"), QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/llama2-7b-lora.headroom.json"),
                   QStringLiteral("-o"), out});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(text(out).contains(QStringLiteral("Llama-2-7B LoRA fine-tune")));
        QVERIFY(text(out, 1, 1).contains(QStringLiteral("llama2-7b-lora.headroom.json")));
    }

    void cliRefusals()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.headroom.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"headroom":1,"dataset":{"samples":0,"input":{"kind":"tabular","features":3}},"model":{"framework":"xgboost","estimator":"XGBClassifier"},"run":{}})");
        file.close();
        QProcess cli;
        cli.start(QStringLiteral(HEADROOM_CLI), {QStringLiteral("report"), bad, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("bad.pdf"))});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("dataset.samples")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));

        cli.start(QStringLiteral(HEADROOM_CLI),
                  {QStringLiteral("report"), QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/llama2-7b-lora.headroom.json"),
                   QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x.pdf")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
