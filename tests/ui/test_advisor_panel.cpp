// The advisor panel: it lists the suggestions with their numbers, Apply changes the scenario
// exactly as the suggestion's patch says (one undo step), and undo restores it.

#include "advisor/advisorpanel.h"
#include "advisor/advicehtml.h"
#include "advisor/advisortext.h"
#include "common/format.h"
#include "engine/engine.h"
#include "model/scenariomodel.h"
#include "scenario/codec.h"
#include "settings/translations.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;

namespace {

const char *const kTabular = R"({
  "headroom": 1, "name": "tabular",
  "dataset": {"samples": 12000000, "input": {"kind": "tabular", "features": 100}, "dtype": "float64",
              "preprocessing_copies": 1},
  "model": {"framework": "scikit-learn", "estimator": "RandomForestClassifier", "params": {"n_jobs": 8}},
  "run": {"task": "train", "device": "cpu"},
  "hardware": [{"name": "Small 8 GiB", "host_ram_gib": 8}]
})";

const char *const kImages = R"({
  "headroom": 1, "name": "images",
  "dataset": {"samples": 100000, "input": {"kind": "image", "height": 64, "width": 64, "channels": 3}, "dtype": "float64"},
  "model": {"framework": "pytorch", "architecture": {"preset": "resnet50"}},
  "run": {"task": "train", "device": "gpu", "batch_size": 64, "precision": "fp32",
          "dataloader": {"workers": 8, "prefetch_factor": 4, "pin_memory": true}},
  "cluster": {"nodes": 1, "gpus_per_node": 2},
  "hardware": [{"name": "Box", "host_ram_gib": 64, "gpu": {"model": "L4", "memory_gib": 22, "count": 2}}]
})";

Scenario parse(const char *text)
{
    auto s = readScenario(text);
    if (!s.ok())
        qFatal("bad test scenario: %s", s.error().text().c_str());
    return s.value();
}

/// Installs a language's catalogues and delivers the LanguageChange events they post.
QString switchLanguage(const QString &code)
{
    const QString installed = installTranslations(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return installed;
}

const Suggestion *findSuggestion(const AdvisorPanel &panel, const std::string &id)
{
    for (const auto &s : panel.suggestions())
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace

class TestAdvisorPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void applyChangesTheScenarioAndUndoRestoresIt_data();
    void applyChangesTheScenarioAndUndoRestoresIt();
    void twoAppliesAreTwoUndoSteps();
    void cardShowsSavingsCostAndMakesFit();
    void pitfallsAreShown();
    void everyTextIsTranslatable();
    void reportSectionEscapesNames();
    void hiddenPanelCatchesUpWhenShown();
    void panelFollowsTheLanguage();
};

void TestAdvisorPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAdvisorPanel::cleanup()
{
    if (currentLanguage() != QLatin1String("en"))
        switchLanguage(QStringLiteral("en"));
}

void TestAdvisorPanel::applyChangesTheScenarioAndUndoRestoresIt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("patch");
    QTest::newRow("float32") << QByteArray(kTabular) << QStringLiteral("dtype_float32")
                             << QByteArray(R"({"dataset":{"dtype":"float32"}})");
    QTest::newRow("drop copies") << QByteArray(kTabular) << QStringLiteral("drop_preprocessing_copies")
                                 << QByteArray(R"({"dataset":{"preprocessing_copies":0}})");
    QTest::newRow("streaming") << QByteArray(kImages) << QStringLiteral("streaming")
                               << QByteArray(R"({"dataset":{"storage":"streaming"}})");
    QTest::newRow("micro-batch") << QByteArray(kImages) << QStringLiteral("micro_batch")
                                 << QByteArray(R"({"run":{"batch_size":32,"gradient_accumulation":2}})");
}

void TestAdvisorPanel::applyChangesTheScenarioAndUndoRestoresIt()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, id);
    QFETCH(QByteArray, patch);
    ScenarioModel model;
    model.reset(parse(text.constData()));
    AdvisorPanel panel(&model);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const Scenario before = model.scenario();
    const Bytes peakBefore = model.estimate()->host.peak;
    const Suggestion *s = findSuggestion(panel, id.toStdString());
    QVERIFY(s);
    const Suggestion suggestion = *s;
    QPushButton *apply = panel.applyButton(id);
    QVERIFY(apply);
    QVERIFY(apply->isVisible());

    QVERIFY(suggestion.scenarioPatch == nlohmann::ordered_json::parse(patch.constData()));

    QTest::mouseClick(apply, Qt::LeftButton);
    const Scenario expected = applyPatch(before, suggestion.scenarioPatch).value();
    QVERIFY(model.scenario() == expected);
    // The scenario now says what the patch says: applying it again changes nothing.
    nlohmann::ordered_json now = scenarioToJson(model.scenario());
    const nlohmann::ordered_json unchanged = now;
    now.merge_patch(suggestion.scenarioPatch);
    QVERIFY(now == unchanged);
    QVERIFY(model.scenario() != before);
    QCOMPARE(model.estimate()->host.peak, peakBefore - suggestion.hostSaving);
    QCOMPARE(model.undoStack()->count(), 1);
    QVERIFY(model.isModified());

    model.undoStack()->undo();
    QVERIFY(model.scenario() == before);
    QCOMPARE(model.estimate()->host.peak, peakBefore);
    QVERIFY(panel.applyButton(id));
    QVERIFY(panel.applyButton(id)->isVisible());

    model.undoStack()->redo();
    QVERIFY(model.scenario() == expected);
}

void TestAdvisorPanel::twoAppliesAreTwoUndoSteps()
{
    ScenarioModel model;
    model.reset(parse(kImages));
    AdvisorPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Scenario original = model.scenario();

    QTest::mouseClick(panel.applyButton(QStringLiteral("micro_batch")), Qt::LeftButton);
    QCOMPARE(model.scenario().run.batchSize, 32);
    QCOMPARE(model.scenario().run.gradientAccumulation, 2);
    QPushButton *again = panel.applyButton(QStringLiteral("micro_batch"));
    QVERIFY(again);
    QVERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(model.scenario().run.batchSize, 16);
    QCOMPARE(model.scenario().run.gradientAccumulation, 4);
    QCOMPARE(model.undoStack()->count(), 2);
    model.undoStack()->undo();
    QCOMPARE(model.scenario().run.batchSize, 32);
    model.undoStack()->undo();
    QVERIFY(model.scenario() == original);

    if (const QByteArray dir = qgetenv("HEADROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        panel.resize(900, 900);
        QCoreApplication::processEvents();
        panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/advisor_panel_dl.png"));
    }
}

void TestAdvisorPanel::cardShowsSavingsCostAndMakesFit()
{
    // A candidate between the need with float64 and with float32 data.
    Scenario scenario = parse(kTabular);
    Scenario f32 = scenario;
    f32.dataset.dtype = DType::Float32;
    const Bytes needBefore = hostNeed(scenario, estimate(scenario).value());
    const Bytes needAfter = hostNeed(f32, estimate(f32).value());
    QVERIFY(needAfter < needBefore);
    HardwareCandidate between;
    between.name = "Workstation between";
    between.hostRamGib = static_cast<double>(needAfter + (needBefore - needAfter) / 2) / static_cast<double>(GiB);
    scenario.hardware.push_back(between);

    ScenarioModel model;
    model.reset(scenario);
    AdvisorPanel panel(&model);
    const Suggestion *s = findSuggestion(panel, "dtype_float32");
    QVERIFY(s);
    QWidget *card = panel.findChild<QWidget *>(QStringLiteral("card_dtype_float32"));
    QVERIFY(card);
    const QString savings = card->findChild<QLabel *>(QStringLiteral("savings"))->text();
    QVERIFY2(savings.contains(formatSize(s->hostSaving)), qPrintable(savings));
    const QString cost = card->findChild<QLabel *>(QStringLiteral("cost"))->text();
    QVERIFY2(cost.contains(suggestionCost(*s)), qPrintable(cost));
    QVERIFY(!s->makesFit.empty());
    const QString fit = card->findChild<QLabel *>(QStringLiteral("makesFit"))->text();
    QVERIFY2(fit.contains(QStringLiteral("Workstation between")), qPrintable(fit));

    // Ranked first: it makes a candidate fit.
    QVERIFY(!panel.suggestions().front().makesFit.empty());

    if (const QByteArray dir = qgetenv("HEADROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();
        panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/advisor_panel.png"));
    }
}

void TestAdvisorPanel::pitfallsAreShown()
{
    ScenarioModel model;
    model.reset(parse(kTabular));
    AdvisorPanel panel(&model);
    const QString text = panel.findChild<QLabel *>(QStringLiteral("advisorPitfalls"))->text();
    QVERIFY2(text.contains(QStringLiteral("Small 8 GiB")), qPrintable(text));
    QVERIFY2(text.contains(formatSize(Bytes{12'000'000} * 100 * 8)), qPrintable(text));
}

// Every title and cost the advisor produces is in the list lupdate extracts.
void TestAdvisorPanel::everyTextIsTranslatable()
{
    const QStringList examples = {QStringLiteral("llama2-7b-lora"), QStringLiteral("resnet50-single-gpu"),
                                  QStringLiteral("gpt-13b-zero3-pretrain"), QStringLiteral("tabular-random-forest"),
                                  QStringLiteral("xgboost-clickthrough")};
    std::vector<Scenario> scenarios = {parse(kTabular), parse(kImages)};
    for (const QString &name : examples) {
        auto text = readTextFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/%1.headroom.json").arg(name));
        QVERIFY(text.ok());
        scenarios.push_back(readScenario(text.value()).value());
    }
    int checked = 0;
    for (const Scenario &sc : scenarios) {
        for (const Suggestion &s : advise(sc)) {
            QVERIFY2(isListedAdvisorText(s.titleTemplate), s.titleTemplate.c_str());
            QVERIFY2(isListedAdvisorText(s.cost), s.cost.c_str());
            QVERIFY(!suggestionTitle(s).contains(QLatin1Char('%')) || s.title.find('%') != std::string::npos);
            ++checked;
        }
    }
    QVERIFY(checked > 10);
}

// The report's section lists the suggestions and pitfalls; names typed by the user are escaped.
void TestAdvisorPanel::reportSectionEscapesNames()
{
    Scenario s = parse(kTabular);
    s.hardware.front().name = "Small <b>8</b> GiB";
    const QString html = adviceHtml(s, estimate(s).value());
    QVERIFY(html.contains(QStringLiteral("Small &lt;b&gt;8&lt;/b&gt; GiB")));
    QVERIFY(!html.contains(QStringLiteral("<b>8</b>")));
    for (const Suggestion &sug : advise(s))
        QVERIFY(html.contains(suggestionTitle(sug).toHtmlEscaped()));
}

// Edits made while the tab is hidden are reflected as soon as it is shown.
void TestAdvisorPanel::hiddenPanelCatchesUpWhenShown()
{
    ScenarioModel model;
    model.reset(parse(kTabular));
    AdvisorPanel panel(&model);
    QVERIFY(panel.applyButton(QStringLiteral("dtype_float32")));
    model.edit(QStringLiteral("dataset.dtype"), QStringLiteral("dtype"), [](Scenario &s) { s.dataset.dtype = DType::Float32; });
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.applyButton(QStringLiteral("dtype_float32")));
    QVERIFY(!findSuggestion(panel, "dtype_float32"));
}

// Switching the language remakes the cards in it; a hidden panel when it is next shown.
void TestAdvisorPanel::panelFollowsTheLanguage()
{
    QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
    ScenarioModel model;
    model.reset(parse(kTabular));
    AdvisorPanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("advisorSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("Ways to need less memory")));
    QCOMPARE(panel.applyButton(QStringLiteral("dtype_float32"))->text(), QStringLiteral("Apply"));
    const std::size_t count = panel.suggestions().size();

    QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("Wege zu weniger Speicherbedarf (%1 insgesamt)").arg(count)),
             qPrintable(summary->text()));
    QPushButton *apply = panel.applyButton(QStringLiteral("dtype_float32"));
    QVERIFY(apply);
    QCOMPARE(apply->text(), QStringLiteral("Anwenden"));
    QCOMPARE(apply->toolTip(), QStringLiteral("Szenario wie beschrieben ändern (rückgängig machbar)"));
    QWidget *card = panel.findChild<QWidget *>(QStringLiteral("card_dtype_float32"));
    QStringList texts;
    for (const QLabel *l : card->findChildren<QLabel *>())
        texts << l->text();
    QVERIFY2(texts.contains(QStringLiteral("Daten als float32 statt float64 speichern")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("cost"))->text().startsWith(QStringLiteral("Nachteil: ")));
    QCOMPARE(panel.suggestions().size(), count);

    panel.hide();
    QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.applyButton(QStringLiteral("dtype_float32"))->text(), QStringLiteral("Apply"));
    QVERIFY(summary->text().startsWith(QStringLiteral("Ways to need less memory")));
}

QTEST_MAIN(TestAdvisorPanel)
#include "test_advisor_panel.moc"
