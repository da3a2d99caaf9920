// The sizing wizard driven through its real widgets: typing, Next, Finish; the numbers
// it shows against core's estimate; validation as the user types; undo of typing.

#include "common/format.h"
#include "engine/engine.h"
#include "model/scenariomodel.h"
#include "scenario/codec.h"
#include "scenario/rules.h"
#include "settings/translations.h"
#include "uitesthelpers.h"
#include "wizard/datasetform.h"
#include "wizard/fieldbinder.h"
#include "wizard/hardwareform.h"
#include "wizard/memorygauge.h"
#include "wizard/modelform.h"
#include "wizard/sizingwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;
using testing::typeInto;

namespace {

template <typename T>
T *field(QWidget *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no field %s", qPrintable(name));
    return w;
}

/// The text a cell of `table` shows.
QString cellText(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

/// Edits a cell of `table` as its editor does when the user commits text.
void setCell(QTableView *table, int row, int column, const QString &text)
{
    table->model()->setData(table->model()->index(row, column), text);
}

/// A token dataset of `length` and the transformer preset `name`.
void useTokenPreset(Scenario &s, const char *name, std::int64_t length)
{
    s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, length};
    s.dataset.dtype = DType::Int64;
    Architecture a;
    a.kind = ArchitectureKind::Preset;
    a.preset = name;
    s.model.architecture = a;
}

QString shownLabel(QWidget *root, const char *name)
{
    auto *l = root->findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

/// The text of the form label that names the field `name` (its buddy).
QString buddyText(QWidget *root, const char *name)
{
    const auto *editor = root->findChild<QWidget *>(QLatin1String(name));
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (editor && label->buddy() == editor)
            return label->text();
    return QStringLiteral("<no label for %1>").arg(QLatin1String(name));
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        testing::isolateSettings(m_home);
    }

    void init()
    {
        m_model = std::make_unique<ScenarioModel>();
        m_model->reset(SizingWizard::startingScenario());
        m_wizard = std::make_unique<SizingWizard>(m_model.get());
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_model.reset();
        if (currentLanguage() != QStringLiteral("en")) // a failed language test must not leave German behind
            installTranslations(QStringLiteral("en"));
    }

    void startingScenarioIsValidOnEveryPage()
    {
        QVERIFY(m_model->estimate());
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::DatasetPageId));
        for (int id = SizingWizard::DatasetPageId; id < SizingWizard::ResultsPageId; ++id) {
            QVERIFY2(m_wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(id)));
            QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        }
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::ResultsPageId));
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    }

    void walkThroughShowsCoreNumbers()
    {
        // Dataset: ImageNet-sized set typed in by hand.
        typeInto(field<QLineEdit>(m_wizard.get(), QStringLiteral("dataset.samples")), QStringLiteral("1281167"));
        typeInto(field<QLineEdit>(m_wizard.get(), QStringLiteral("dataset.input.height")), QStringLiteral("224"));
        typeInto(field<QLineEdit>(m_wizard.get(), QStringLiteral("dataset.input.width")), QStringLiteral("224"));
        QVERIFY(m_model->scenario().dataset.samples == 1281167);
        QVERIFY(m_model->scenario().dataset.input.height == 224);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::ModelPageId));

        // Model: search for resnet50 and click it in the list.
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("presetSearch")), QStringLiteral("resnet5"));
        auto *list = field<QListWidget>(m_wizard->currentPage(), QStringLiteral("model.architecture.preset"));
        QVERIFY(list);
        QListWidgetItem *resnet50 = nullptr;
        int shown = 0;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                ++shown;
            if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("resnet50"))
                resnet50 = list->item(i);
        }
        QCOMPARE(shown, 1);
        QVERIFY(resnet50);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(resnet50).center());
        QVERIFY(m_model->scenario().model.architecture->preset == std::string("resnet50"));
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);

        // Batch & training.
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size")), QStringLiteral("64"));
        QVERIFY(m_model->scenario().run.batchSize == 64);
        field<QComboBox>(m_wizard->currentPage(), QStringLiteral("run.precision"))->setCurrentIndex(int(Precision::MixedBf16));
        QVERIFY(m_model->scenario().run.precision == Precision::MixedBf16);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);

        // Hardware: two GPUs, and a bigger OS reserve.
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("cluster.gpus_per_node")), QStringLiteral("2"));
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("system.os_reserved_gib")), QStringLiteral("4"));
        QVERIFY(m_model->scenario().cluster.gpusPerNode == 2);
        QVERIFY(m_model->scenario().system.osReservedGib == 4.0);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::ResultsPageId));

        // The results page shows exactly what core computes for the scenario.
        const auto expected = estimate(m_model->scenario());
        QVERIFY(expected.ok());
        const Recommendation &r = expected->recommendation;
        QWidget *page = m_wizard->currentPage();
        QCOMPARE(shownLabel(page, "hostMinimum"), formatSize(r.hostMinimum));
        QCOMPARE(shownLabel(page, "hostRecommended"), formatSize(r.hostRecommended));
        QCOMPARE(shownLabel(page, "hostPurchasable"), formatSize(r.hostPurchasable));
        QVERIFY(expected->device.has_value()); // a GPU job: per-device memory is shown too
        // The per-GPU figure says which monitor it matches.
        QCOMPARE(shownLabel(page, "deviceMinimum"), nvidiaSmiLabel(formatSize(r.deviceMinimum)));
        auto *device = page->findChild<QLabel *>(QStringLiteral("deviceMinimum"));
        QVERIFY(device);
        QVERIFY(device->toolTip().contains(formatSize(expected->device->allocatedPeak())));
        QVERIFY(device->toolTip().contains(formatSize(expected->device->reservedPeak())));
        auto *table = page->findChild<QTableView *>(QStringLiteral("breakdown"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), int(expected->host.components.size()
                                                 + (expected->device ? expected->device->components.size() : 0)));
        QCOMPARE(table->model()->index(0, 2).data().toString(), formatSize(expected->host.components.front().bytes));
        // The gauge says the same.
        QCOMPARE(m_wizard->gauge()->hostText()->text(),
                 tr("Host RAM: %1 of %2").arg(formatSize(r.hostMinimum), formatSize(64 * GiB)));

        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    }

    void nextDisabledWhileFieldInvalid()
    {
        m_wizard->next();
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::TrainingPageId));
        auto *batch = field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size"));
        auto *message = field<QLabel>(m_wizard->currentPage(), QStringLiteral("run.batch_size.message"));
        QAbstractButton *next = m_wizard->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());

        typeInto(batch, QStringLiteral("0"));
        QVERIFY(!next->isEnabled());
        QVERIFY(message->isVisibleTo(m_wizard.get()));
        QCOMPARE(message->text(), QStringLiteral("must be >= 1, got 0"));
        QVERIFY(!m_model->estimate());
        QVERIFY(m_wizard->gauge()->hostText()->text().contains(tr("no estimate")));

        typeInto(batch, QStringLiteral("12x"));
        QVERIFY(!next->isEnabled());
        QCOMPARE(message->text(), tr("Enter a whole number."));

        typeInto(batch, QStringLiteral("48"));
        QVERIFY(next->isEnabled());
        QVERIFY(!message->isVisibleTo(m_wizard.get()));
        QVERIFY(m_model->scenario().run.batchSize == 48);
    }

    void switchingLanguageChangesTheWizard()
    {
        // On the training page, with a batch size typed that does not parse.
        m_wizard->next();
        m_wizard->next();
        auto *batch = field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size"));
        typeInto(batch, QStringLiteral("12x"));
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Batch and training"));
        QCOMPARE(buddyText(m_wizard->currentPage(), "run.batch_size"), QStringLiteral("&Batch size:"));
        QCOMPARE(shownLabel(m_wizard.get(), "run.batch_size.message"), QStringLiteral("Enter a whole number."));
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("New scenario"));

        installTranslations(QStringLiteral("de"));
        QTRY_COMPARE(m_wizard->currentPage()->title(), QStringLiteral("Batch und Training"));
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::TrainingPageId));
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("Neues Szenario"));
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >")); // Qt's own catalogue
        QCOMPARE(m_wizard->page(SizingWizard::DatasetPageId)->title(), QStringLiteral("Datensatz"));
        QCOMPARE(m_wizard->page(SizingWizard::ResultsPageId)->title(), QStringLiteral("Ergebnisse"));
        QCOMPARE(buddyText(m_wizard->currentPage(), "run.batch_size"), QStringLiteral("&Batchgröße:"));
        // What was typed is still there, refused in the new language, and Next stays off.
        auto *newBatch = field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size"));
        QCOMPARE(newBatch->text(), QStringLiteral("12x"));
        QCOMPARE(shownLabel(m_wizard.get(), "run.batch_size.message"), QStringLiteral("Geben Sie eine ganze Zahl ein."));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        // The form still edits the model.
        typeInto(newBatch, QStringLiteral("48"));
        QVERIFY(m_model->scenario().run.batchSize == 48);
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

        installTranslations(QStringLiteral("zh_CN"));
        QTRY_COMPARE(m_wizard->currentPage()->title(), QStringLiteral("批次与训练"));
        QCOMPARE(buddyText(m_wizard.get(), "dataset.samples"), QStringLiteral("样本数(&S):"));

        installTranslations(QStringLiteral("en"));
        QTRY_COMPARE(m_wizard->currentPage()->title(), QStringLiteral("Batch and training"));
        QCOMPARE(buddyText(m_wizard->currentPage(), "run.batch_size"), QStringLiteral("&Batch size:"));
        QCOMPARE(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size"))->text(), QStringLiteral("48"));
    }

    void coreProblemsFollowTheLanguage()
    {
        m_wizard->next();
        m_wizard->next();
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size")), QStringLiteral("0"));
        QCOMPARE(shownLabel(m_wizard.get(), "run.batch_size.message"), QStringLiteral("must be >= 1, got 0"));

        installTranslations(QStringLiteral("de"));
        QTRY_COMPARE(shownLabel(m_wizard.get(), "run.batch_size.message"), QStringLiteral("muss >= 1 sein, ist aber 0"));
        QCOMPARE(shownLabel(m_wizard->gauge(), "gaugeStatus"),
                 QStringLiteral("Korrigieren Sie zuerst das Szenario: run.batch_size: muss >= 1 sein, ist aber 0"));
        installTranslations(QStringLiteral("zh_CN"));
        QTRY_COMPARE(shownLabel(m_wizard.get(), "run.batch_size.message"), QStringLiteral("必须 >= 1，实际为 0"));
        installTranslations(QStringLiteral("en"));
        QTRY_COMPARE(shownLabel(m_wizard.get(), "run.batch_size.message"), QStringLiteral("must be >= 1, got 0"));
    }

    void problemOnLaterFieldNamesIt()
    {
        // A recurrent network needs a sequence input: the message sits beside the network choice.
        m_wizard->next();
        auto *kind = field<QComboBox>(m_wizard->currentPage(), QStringLiteral("model.architecture.type"));
        kind->setCurrentIndex(int(ArchitectureKind::Rnn));
        auto *message = field<QLabel>(m_wizard->currentPage(), QStringLiteral("model.architecture.type.message"));
        QVERIFY(message->text().contains(QStringLiteral("rnn needs a sequence input")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        m_wizard->back();
        auto *input = field<QComboBox>(m_wizard->currentPage(), QStringLiteral("dataset.input.kind"));
        input->setCurrentIndex(int(InputKind::Sequence));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        m_wizard->next();
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(message->text().isEmpty());
        QVERIFY(m_model->estimate());
    }

    void gaugeFollowsEveryKeystroke()
    {
        MemoryGauge *gauge = m_wizard->gauge();
        auto *samples = field<QLineEdit>(m_wizard.get(), QStringLiteral("dataset.samples"));
        const QString before = gauge->hostText()->text();
        field<QComboBox>(m_wizard.get(), QStringLiteral("dataset.storage"))->setCurrentIndex(int(Storage::InMemory));
        QStringList seen;
        samples->setFocus();
        samples->selectAll();
        for (QChar c : QStringLiteral("5000000000")) {
            QTest::keyClick(samples, c.toLatin1());
            const auto e = estimate(m_model->scenario());
            QVERIFY(e.ok());
            QCOMPARE(gauge->hostText()->text(), tr("Host RAM: %1 of %2")
                                                    .arg(formatSize(e->recommendation.hostMinimum), formatSize(64 * GiB)));
            seen << gauge->hostText()->text();
        }
        QVERIFY(seen.first() != seen.last());
        // 5 billion 32×32×3 images in memory do not fit 64 GiB: red.
        QCOMPARE(gauge->hostBar()->level(), MemoryBar::Level::Over);
        typeInto(samples, QStringLiteral("1000"));
        QCOMPARE(gauge->hostBar()->level(), MemoryBar::Level::Fits);
        Q_UNUSED(before);
    }

    void typingIsOneUndoStep()
    {
        m_wizard->next();
        m_wizard->next();
        auto *batch = field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size"));
        const int steps = m_model->undoStack()->count();
        typeInto(batch, QStringLiteral("256"));
        QVERIFY(m_model->scenario().run.batchSize == 256);
        QCOMPARE(m_model->undoStack()->count(), steps + 1);
        m_model->undoStack()->undo();
        QVERIFY(m_model->scenario().run.batchSize == 128);
        QCOMPARE(batch->text(), QStringLiteral("128"));
        m_model->undoStack()->redo();
        QCOMPARE(batch->text(), QStringLiteral("256"));
    }

    void keystrokeReloadsOnlyTheEditedFieldsEditors()
    {
        // Editors counting how often the binder reloads them, beside the wizard's own forms.
        QWidget form;
        auto *layout = new QFormLayout(&form);
        FieldBinder binder(m_model.get(), &form, {QStringLiteral("run")});
        int batchLoads = 0, machineLoads = 0, estimatorLoads = 0;
        binder.addCustom(layout, QStringLiteral("run.batch_size"), QStringLiteral("Batch"), new QLabel(&form),
                         [&batchLoads] { ++batchLoads; });
        binder.addCustom(layout, QStringLiteral("hardware"), QStringLiteral("Machines"), new QLabel(&form),
                         [&machineLoads] { ++machineLoads; });
        binder.addCustom(layout, QStringLiteral("model.estimator"), QStringLiteral("Estimator"), new QLabel(&form),
                         [&estimatorLoads] { ++estimatorLoads; }, {QStringLiteral("model.framework")});
        // An unaccepted text in another field's editor is neither rewritten nor cleared.
        QLineEdit *reserve = binder.addNumber(
            layout, QStringLiteral("system.os_reserved_gib"), QStringLiteral("Reserve"), QStringLiteral("GiB"),
            [](const Scenario &s) { return std::optional(s.system.osReservedGib); },
            [](Scenario &s, std::optional<double> v) { s.system.osReservedGib = v.value_or(-1); });
        form.show();
        typeInto(reserve, QStringLiteral("3x"));
        QVERIFY(!binder.isValid());
        QSignalSpy reserveRewritten(reserve, &QLineEdit::textChanged);

        m_wizard->next();
        m_wizard->next();
        auto *batch = field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size"));
        typeInto(batch, QStringLiteral("96"));
        QVERIFY(m_model->scenario().run.batchSize == 96);
        QCOMPARE(batchLoads, 2); // two keystrokes, two changes of the batch size
        QCOMPARE(machineLoads, 0);
        QCOMPARE(estimatorLoads, 0);
        QCOMPARE(reserveRewritten.count(), 0);
        QCOMPARE(reserve->text(), QStringLiteral("3x"));

        // A machine's RAM changes the machines' editor only; undoing it too.
        m_model->edit(QStringLiteral("hardware[0].host_ram_gib"), QStringLiteral("RAM"),
                      [](Scenario &s) { s.hardware.at(0).hostRamGib = 96; });
        QCOMPARE(machineLoads, 1);
        m_model->undoStack()->undo();
        QCOMPARE(machineLoads, 2);
        QCOMPARE(batchLoads, 2);
        // Undoing the merged typing ("96" in two keystrokes) is one change of the batch size.
        m_model->undoStack()->undo();
        QVERIFY(m_model->scenario().run.batchSize == 128);
        QCOMPARE(batchLoads, 3);
        QCOMPARE(batch->text(), QStringLiteral("128"));

        // What the estimator editor also shows (the framework's estimators) reloads it.
        m_model->edit(QStringLiteral("model.framework"), QStringLiteral("Framework"),
                      [](Scenario &s) { s.model.framework = Framework::Jax; });
        QCOMPARE(estimatorLoads, 1);
        QCOMPARE(machineLoads, 2);
        QCOMPARE(reserve->text(), QStringLiteral("3x"));

        // A replaced scenario reloads everything.
        m_model->reset(SizingWizard::startingScenario());
        QCOMPARE(batchLoads, 4);
        QCOMPARE(machineLoads, 3);
        QCOMPARE(estimatorLoads, 2);
    }

    void formsShareTheOneModel()
    {
        DatasetForm other(m_model.get());
        auto *mine = field<QLineEdit>(m_wizard.get(), QStringLiteral("dataset.samples"));
        auto *theirs = field<QLineEdit>(&other, QStringLiteral("dataset.samples"));
        typeInto(mine, QStringLiteral("777"));
        QCOMPARE(theirs->text(), QStringLiteral("777"));
        typeInto(theirs, QStringLiteral("888"));
        QCOMPARE(mine->text(), QStringLiteral("888"));
        QVERIFY(m_model->scenario().dataset.samples == 888);
    }

    void datasetPresetApplies()
    {
        auto *preset = field<QComboBox>(m_wizard.get(), QStringLiteral("datasetPreset"));
        QVERIFY(preset);
        preset->setCurrentIndex(1 + int(DatasetPreset::TokenCorpus));
        emit preset->activated(1 + int(DatasetPreset::TokenCorpus));
        QVERIFY(m_model->scenario().dataset.input.kind == InputKind::Tokens);
        QVERIFY(m_model->scenario().dataset.input.length == 2048);
        auto *length = field<QLineEdit>(m_wizard.get(), QStringLiteral("dataset.input.length"));
        QVERIFY(length->isVisibleTo(m_wizard->currentPage()));
        QVERIFY(!field<QLineEdit>(m_wizard.get(), QStringLiteral("dataset.input.height"))->isVisibleTo(m_wizard->currentPage()));
        QCOMPARE(length->text(), QLocale().toString(2048));
    }

    void everySpecFieldIsReachable_data()
    {
        QTest::addColumn<QString>("name");
        const char *names[] = {
            "name", "notes", "dataset.samples", "dataset.input.kind", "dataset.input.features",
            "dataset.input.height", "dataset.input.width", "dataset.input.channels", "dataset.input.length",
            "dataset.dtype", "dataset.layout", "dataset.density", "dataset.index_dtype", "dataset.targets.count",
            "dataset.targets.dtype", "dataset.storage", "dataset.preprocessing_copies", "model.framework",
            "model.architecture.type", "model.architecture.preset", "model.architecture.outputs",
            "model.architecture.hidden", "model.architecture.activation", "model.architecture.dropout",
            "model.architecture.cell", "model.architecture.layers#rnn", "model.architecture.hidden#rnn",
            "model.architecture.bidirectional", "model.architecture.layers#transformer",
            "model.architecture.hidden#transformer", "model.architecture.heads#transformer",
            "model.architecture.kv_heads#transformer", "model.architecture.ffn_hidden#transformer",
            "model.architecture.vocab#transformer", "model.architecture.seq_len#transformer",
            "model.architecture.causal", "model.architecture.norm", "model.architecture.ffn",
            "model.architecture.positions", "model.architecture.tied_embeddings", "model.architecture.attention",
            "model.architecture.dropout#transformer", "model.architecture.parameters",
            "model.architecture.activation_bytes_per_sample", "model.estimator", "model.params", "run.task",
            "run.device", "run.batch_size", "run.precision", "run.optimizer", "run.activation_checkpointing",
            "run.gradient_accumulation", "run.finetune.method", "run.finetune.trainable_fraction",
            "run.finetune.rank", "run.generation", "run.generation.prompt_tokens", "run.generation.new_tokens",
            "run.dataloader.workers", "run.dataloader.prefetch_factor", "run.dataloader.pin_memory",
            "cluster.nodes", "cluster.gpus_per_node", "cluster.data_parallel", "cluster.tensor_parallel",
            "cluster.pipeline_parallel", "cluster.sequence_parallel", "cluster.offload", "system.os_reserved_gib",
            "system.other_processes_gib", "system.headroom_fraction", "hardware.table"};
        for (const char *n : names)
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void everySpecFieldIsReachable()
    {
        QFETCH(QString, name);
        QVERIFY(m_wizard->findChild<QWidget *>(name));
    }

    void tabularPresetThenClassicalModelLaysOutCleanly()
    {
        // Rows hidden and shown while the pages lay out: a tabular preset hides the image
        // rows, a classical framework hides the network's rows. With QFormLayout::setRowVisible
        // (Qt 6.4.2) this wrote past QFormLayout's buffers; the memcheck run of this suite
        // (valgrind --error-exitcode) fails on any such invalid read or write.
        // The Model page seen once, then back: the tabular preset leaves the image network in
        // place, and the Model page comes back with its error row shown and rows hidden.
        m_wizard->next();
        m_wizard->back();
        auto *preset = field<QComboBox>(m_wizard.get(), QStringLiteral("datasetPreset"));
        QVERIFY(preset);
        emit preset->activated(1 + int(DatasetPreset::WideTable));
        QVERIFY(m_model->scenario().dataset.input.kind == InputKind::Tabular);
        QWidget *page = m_wizard->currentPage();
        QVERIFY(field<QLineEdit>(page, QStringLiteral("dataset.input.features"))->isVisibleTo(page));
        QVERIFY(!field<QLineEdit>(page, QStringLiteral("dataset.input.height"))->isVisibleTo(page));
        // The label goes with its field.
        const auto labels = page->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            if (label->buddy() == field<QLineEdit>(page, QStringLiteral("dataset.input.height")))
                QVERIFY(!label->isVisibleTo(page));
        m_wizard->resize(700, 500);
        QTest::qWait(20);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        page = m_wizard->currentPage();
        QVERIFY(m_model->problem()); // resnet18 needs an image input: the page shows why
        QVERIFY(field<QLabel>(page, QStringLiteral("model.architecture.preset.message"))->isVisibleTo(page));
        m_wizard->resize(640, 480);
        QTest::qWait(20);
        field<QComboBox>(page, QStringLiteral("model.framework"))->setCurrentIndex(int(Framework::ScikitLearn));
        m_wizard->resize(1000, 700);
        QTest::qWait(20);
        QVERIFY(field<QComboBox>(page, QStringLiteral("model.estimator"))->isVisibleTo(page));
        QVERIFY(!m_model->problem());
        for (int i = 0; i < 3; ++i) {
            field<QComboBox>(page, QStringLiteral("model.framework"))->setCurrentIndex(int(Framework::PyTorch));
            QTest::qWait(10);
            field<QComboBox>(page, QStringLiteral("model.framework"))->setCurrentIndex(int(Framework::XGBoost));
            QTest::qWait(10);
        }
        for (int id = SizingWizard::ModelPageId; id < SizingWizard::ResultsPageId; ++id) {
            QVERIFY2(m_wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(QString::number(id)));
            QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
            QTest::qWait(10);
        }
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::ResultsPageId));
    }

    void wheelOverAnUnfocusedChoiceLeavesIt()
    {
        QWidget *page = m_wizard->currentPage();
        auto *dtype = field<QComboBox>(page, QStringLiteral("dataset.dtype"));
        QVERIFY(dtype);
        QVERIFY(!dtype->hasFocus());
        const DType before = m_model->scenario().dataset.dtype;
        const int index = dtype->currentIndex();
        auto wheel = [dtype] {
            const QPointF at(dtype->width() / 2.0, dtype->height() / 2.0);
            QWheelEvent event(at, dtype->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(dtype, &event);
        };
        wheel(); // scrolling the page over the field
        QCOMPARE(dtype->currentIndex(), index);
        QVERIFY(m_model->scenario().dataset.dtype == before);
        QVERIFY(m_model->undoStack()->count() == 0);
        // Once the user has focused it, the wheel steps it as usual.
        m_wizard->activateWindow();
        dtype->setFocus();
        QTRY_VERIFY(dtype->hasFocus());
        wheel();
        QCOMPARE(dtype->currentIndex(), index + 1);
        QVERIFY(m_model->scenario().dataset.dtype != before);
    }

    void safetyMarginIsAPercentageAsInPreferences()
    {
        for (int i = 0; i < 3; ++i)
            m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(SizingWizard::HardwarePageId));
        QWidget *page = m_wizard->currentPage();
        auto *margin = field<QLineEdit>(page, QStringLiteral("system.headroom_fraction"));
        QCOMPARE(margin->text(), QStringLiteral("20")); // the default 0.2
        QCOMPARE(shownLabel(page, "system.headroom_fraction.unit"), QStringLiteral("%"));
        QCOMPARE(buddyText(page, "system.headroom_fraction"), QStringLiteral("Safety &margin:"));
        typeInto(margin, QStringLiteral("5"));
        QCOMPARE(m_model->scenario().system.headroomFraction, 0.05);
        typeInto(margin, QStringLiteral("20"));
        QCOMPARE(m_model->scenario().system.headroomFraction, 0.2);
        typeInto(margin, QStringLiteral("-5")); // typed key by key: "-", then "-5"
        QCOMPARE(shownLabel(page, "system.headroom_fraction.message"),
                 QStringLiteral("Enter a percentage from 0 to %1.").arg(QLocale().toString(1000)));
        QCOMPARE(m_model->scenario().system.headroomFraction, 0.2);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void unreachedPagesRaiseNoErrorsNorAbsurdFigures()
    {
        // A token corpus on page 1: the starting scenario's image network (page 2, not seen)
        // must not turn into "resnet18 needs an image input".
        auto *preset = field<QComboBox>(m_wizard.get(), QStringLiteral("datasetPreset"));
        emit preset->activated(1 + int(DatasetPreset::TokenCorpus));
        QVERIFY(m_model->scenario().dataset.input.kind == InputKind::Tokens);
        QVERIFY2(!m_model->problem(), m_model->problem() ? m_model->problem()->text().c_str() : "");
        QVERIFY(m_model->estimate());
        QVERIFY(!shownLabel(m_wizard.get(), "gaugeStatus").contains(QStringLiteral("Fix the scenario")));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        // Undo takes back the preset and what it brought, in one step.
        QCOMPARE(m_model->undoStack()->count(), 1);

        // A wide table: no error either.
        emit preset->activated(1 + int(DatasetPreset::WideTable));
        QVERIFY2(!m_model->problem(), m_model->problem() ? m_model->problem()->text().c_str() : "");

        // Page 2: an 8B language model on the token corpus. The batch and precision of page 3
        // (not seen) follow it: no figure in TiB from the starting scenario's batch of 128.
        emit preset->activated(1 + int(DatasetPreset::TokenCorpus));
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QWidget *page = m_wizard->currentPage();
        typeInto(field<QLineEdit>(page, QStringLiteral("presetSearch")), QStringLiteral("llama-3-8b"));
        auto *list = field<QListWidget>(page, QStringLiteral("model.architecture.preset"));
        QListWidgetItem *llama = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("llama-3-8b"))
                llama = list->item(i);
        QVERIFY(llama);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(llama).center());
        QCOMPARE(m_model->scenario().model.architecture->preset, std::string("llama-3-8b"));
        // An 8B model trains as its recipes do: 4 sequences with activation checkpointing.
        QCOMPARE(m_model->scenario().run.batchSize, 4);
        QVERIFY(m_model->scenario().run.checkpointing == Checkpointing::Full);
        QVERIFY(m_model->scenario().run.precision == Precision::MixedBf16); // the RTX 4090 has bf16
        QVERIFY(m_model->estimate());
        QVERIFY(m_model->estimate()->device);
        QVERIFY(m_model->estimate()->device->peak < (Bytes{1} << 40));
        QVERIFY2(!shownLabel(m_wizard.get(), "deviceGaugeText").contains(QStringLiteral("TiB")),
                 qPrintable(shownLabel(m_wizard.get(), "deviceGaugeText")));

        // Page 3 reached: what the user sets there stays, whatever the model.
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("run.batch_size")), QStringLiteral("64"));
        m_wizard->back();
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("presetSearch")), QStringLiteral("gpt2"));
        m_model->edit(QStringLiteral("model.architecture.preset"), QStringLiteral("test"),
                      [](Scenario &s) { s.model.architecture->preset = "gpt2"; });
        QCOMPARE(m_model->scenario().run.batchSize, 64);
    }

    void inferenceDropsMixedPrecision()
    {
        // Mixed precision keeps fp32 weights for training; choosing Inference shows the
        // 16-bit type a model is loaded in for inference.
        m_wizard->next();
        m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        auto *precision = field<QComboBox>(page, QStringLiteral("run.precision"));
        precision->setCurrentIndex(int(Precision::MixedBf16));
        QVERIFY(m_model->scenario().run.precision == Precision::MixedBf16);
        field<QComboBox>(page, QStringLiteral("run.task"))->setCurrentIndex(int(Task::Inference));
        QVERIFY(m_model->scenario().run.task == Task::Inference);
        QVERIFY(m_model->scenario().run.precision == Precision::Bf16);
        QCOMPARE(precision->currentText(), QStringLiteral("bf16"));
    }

    void classicalJobSeesOnlyWhatAppliesToIt()
    {
        m_wizard->next();
        field<QComboBox>(m_wizard->currentPage(), QStringLiteral("model.framework"))
            ->setCurrentIndex(int(Framework::ScikitLearn));
        m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        for (const char *deepOnly : {"run.batch_size", "run.precision", "run.optimizer", "run.finetune.method",
                                     "run.dataloader.workers", "run.generation"})
            QVERIFY2(!field<QWidget>(page, QLatin1String(deepOnly))->isVisibleTo(page), deepOnly);
        auto *jobs = field<QLineEdit>(page, QStringLiteral("model.params.n_jobs"));
        QVERIFY(jobs->isVisibleTo(page));
        QVERIFY(field<QWidget>(page, QStringLiteral("run.task"))->isVisibleTo(page));
        typeInto(jobs, QStringLiteral("4"));
        QCOMPARE(m_model->scenario().model.params.at("n_jobs").get<int>(), 4);
        // Four trees at a time hold four trees' working memory: more than one at a time.
        const Bytes four = m_model->estimate()->host.peak;
        typeInto(jobs, QStringLiteral("1"));
        QVERIFY(m_model->estimate()->host.peak < four);
        jobs->clear();
        emit jobs->textEdited(QString());
        QVERIFY(!m_model->scenario().model.params.contains("n_jobs"));
        m_wizard->next();
        page = m_wizard->currentPage();
        QVERIFY(!field<QWidget>(page, QStringLiteral("cluster.gpus_per_node"))->isVisibleTo(page));
        QVERIFY(!field<QWidget>(page, QStringLiteral("cluster.tensor_parallel"))->isVisibleTo(page));
        QVERIFY(field<QWidget>(page, QStringLiteral("system.os_reserved_gib"))->isVisibleTo(page));
        // Back to PyTorch: the deep-learning fields return.
        m_model->edit(QStringLiteral("model.framework"), QStringLiteral("test"), [](Scenario &s) {
            s.model.framework = Framework::PyTorch;
            s.model.estimator.clear();
            s.model.params = nlohmann::ordered_json::object();
            s.model.architecture = SizingWizard::startingScenario().model.architecture;
        });
        QVERIFY(field<QWidget>(page, QStringLiteral("cluster.gpus_per_node"))->isVisibleTo(page));
    }

    void classicalEstimatorParamsAsJson()
    {
        m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        field<QComboBox>(page, QStringLiteral("model.framework"))->setCurrentIndex(int(Framework::ScikitLearn));
        QVERIFY(m_model->scenario().model.framework == Framework::ScikitLearn);
        QVERIFY(!m_model->scenario().model.architecture);
        auto *estimator = field<QComboBox>(page, QStringLiteral("model.estimator"));
        QVERIFY(estimator->isVisibleTo(page));
        QCOMPARE(estimator->currentText(), QStringLiteral("RandomForestClassifier"));
        // The image set of the starting scenario is fine as a flat table for a forest too.
        auto *params = field<QPlainTextEdit>(page, QStringLiteral("model.params"));
        params->setFocus();
        QTest::keyClicks(params, QStringLiteral("{\"n_estimators\": 50,"));
        auto *message = field<QLabel>(page, QStringLiteral("model.params.message"));
        QVERIFY(message->text().contains(tr("Not valid JSON")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(params, QStringLiteral(" \"max_depth\": null}"));
        QVERIFY(message->text().isEmpty());
        QVERIFY(m_model->scenario().model.params.at("n_estimators").get<int>() == 50);
        QVERIFY(m_model->scenario().model.params.at("max_depth").is_null());
        // The same parameters as name/value rows, editable there too.
        auto *table = field<QTableWidget>(page, QStringLiteral("model.params.table"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("n_estimators"));
        table->item(0, 1)->setText(QStringLiteral("200"));
        QCOMPARE(m_model->scenario().model.params.at("n_estimators").get<int>(), 200);
        QVERIFY(params->toPlainText().contains(QStringLiteral("200")));
        QTest::mouseClick(field<QPushButton>(page, QStringLiteral("addParameter")), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);
        table->item(2, 1)->setText(QStringLiteral("entropy"));
        table->item(2, 0)->setText(QStringLiteral("criterion"));
        QVERIFY(m_model->scenario().model.params.at("criterion") == "entropy");
        table->setCurrentCell(0, 0);
        QTest::mouseClick(field<QPushButton>(page, QStringLiteral("removeParameter")), Qt::LeftButton);
        QVERIFY(!m_model->scenario().model.params.contains("n_estimators"));
        QCOMPARE(table->rowCount(), 2);
        // Back to PyTorch brings the network back.
        field<QComboBox>(page, QStringLiteral("model.framework"))->setCurrentIndex(int(Framework::PyTorch));
        QVERIFY(m_model->scenario().model.architecture->preset == std::string("resnet18"));
    }

    void transformerKeysEditable()
    {
        m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        field<QComboBox>(page, QStringLiteral("model.architecture.type"))->setCurrentIndex(int(ArchitectureKind::Transformer));
        // Needs tokens.
        m_model->edit(QStringLiteral("dataset.input"), QStringLiteral("tokens"), [](Scenario &s) {
            s.dataset.input = InputShape{InputKind::Tokens, 1, 1, 1, 1, 512};
            s.dataset.dtype = DType::Int64;
        });
        auto *heads = field<QLineEdit>(page, QStringLiteral("model.architecture.heads#transformer"));
        auto *kv = field<QLineEdit>(page, QStringLiteral("model.architecture.kv_heads#transformer"));
        QVERIFY(kv->isVisibleTo(page));
        QCOMPARE(kv->placeholderText(), QStringLiteral("12"));
        typeInto(kv, QStringLiteral("5"));
        QVERIFY(field<QLabel>(page, QStringLiteral("model.architecture.kv_heads.message"))->text().contains(QStringLiteral("must divide heads")));
        typeInto(kv, QStringLiteral("4"));
        QVERIFY(m_model->estimate());
        QVERIFY(m_model->scenario().model.architecture->transformer.kvHeads == 4);
        Q_UNUSED(heads);
        field<QComboBox>(page, QStringLiteral("model.architecture.attention"))->setCurrentIndex(2);
        QVERIFY(m_model->scenario().model.architecture->transformer.attention == Attention::Flash);
    }

    void loraTargetsAreChosenLayerByLayer()
    {
        m_model->edit(QStringLiteral("model"), QStringLiteral("llama"), [](Scenario &s) {
            useTokenPreset(s, "llama-2-7b", 512);
            s.run.device = Device::Gpu;
            s.run.precision = Precision::Bf16;
        });
        m_wizard->next();
        m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        field<QComboBox>(page, QStringLiteral("run.finetune.method"))->setCurrentIndex(int(FinetuneMethod::Lora));
        auto box = [&](const char *layer) {
            return field<QCheckBox>(page, QStringLiteral("run.finetune.targets.") + QLatin1String(layer));
        };
        // q, k, v and o by default; the FFN's layers unchecked.
        QVERIFY(box("q")->isVisibleTo(page));
        for (const char *on : {"q", "k", "v", "o"})
            QVERIFY2(box(on)->isChecked(), on);
        for (const char *off : {"gate", "up", "down"})
            QVERIFY2(!box(off)->isChecked(), off);
        // PEFT's Llama default, q and v: 4,194,304 adapter parameters, shown and written.
        box("k")->click();
        box("o")->click();
        QCOMPARE(m_model->scenario().run.finetune.targets, static_cast<LoraTargets>(loraBit(LoraLayer::Q) | loraBit(LoraLayer::V)));
        const auto e = m_model->estimate();
        QVERIFY(e);
        QVERIFY2(e->device->find("parameters")->derivation.find("4,194,304 LoRA adapter parameters") != std::string::npos,
                 e->device->find("parameters")->derivation.c_str());
        const QJsonObject written = QJsonDocument::fromJson(QByteArray::fromStdString(writeScenario(m_model->scenario()))).object();
        QCOMPARE(written[QStringLiteral("run")][QStringLiteral("finetune")][QStringLiteral("targets")].toArray(),
                 (QJsonArray{QStringLiteral("q"), QStringLiteral("v")}));
        // The last layer cannot be unchecked: adapters on nothing would train nothing.
        box("q")->click();
        box("v")->click();
        QVERIFY(box("v")->isChecked());
        QCOMPARE(m_model->scenario().run.finetune.targets, static_cast<LoraTargets>(loraBit(LoraLayer::V)));
        QCOMPARE(shownLabel(page, "run.finetune.targets.message"), QStringLiteral("At least one layer must get adapters."));
        box("down")->click();
        QCOMPARE(shownLabel(page, "run.finetune.targets.message"), QString());
        // An undo brings the boxes back with the scenario.
        m_model->undoStack()->undo();
        QVERIFY(!box("down")->isChecked());

        // The loss: a benchmark's sum of the outputs saves no cross-entropy.
        const Bytes crossEntropy = m_model->estimate()->device->allocatedPeak();
        field<QComboBox>(page, QStringLiteral("run.loss"))->setCurrentIndex(int(Loss::Sum));
        QVERIFY(m_model->scenario().run.loss == Loss::Sum);
        QVERIFY(m_model->estimate()->device->allocatedPeak() < crossEntropy);
    }

    void mixtureOfExpertsKeysEditable()
    {
        m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        m_model->edit(QStringLiteral("model.architecture"), QStringLiteral("mixtral"),
                      [](Scenario &s) { useTokenPreset(s, "mixtral-8x7b", 4096); });
        // Total and active parameters as core counts them, shown with the transformer keys.
        auto *counts = field<QLabel>(page, QStringLiteral("model.architecture#parameters"));
        QVERIFY(counts->isVisibleTo(page));
        QCOMPARE(counts->text(), QStringLiteral("46.70 B parameters total, 12.88 B parameters active per token"));
        // The preset's experts are the placeholders of the override fields.
        auto *topK = field<QLineEdit>(page, QStringLiteral("model.architecture.moe.experts_per_token#transformer"));
        QVERIFY(topK->isVisibleTo(page));
        QCOMPARE(topK->placeholderText(), QStringLiteral("2"));
        QCOMPARE(field<QLineEdit>(page, QStringLiteral("model.architecture.moe.experts#transformer"))->placeholderText(),
                 QStringLiteral("8"));
        typeInto(topK, QStringLiteral("9"));
        QVERIFY(field<QLabel>(page, QStringLiteral("model.architecture.moe.experts_per_token.message"))
                    ->text()
                    .contains(QStringLiteral("must not exceed experts (8)")));
        typeInto(topK, QStringLiteral("1"));
        QVERIFY(m_model->estimate());
        QVERIFY(m_model->scenario().model.architecture->transformer.moe.expertsPerToken == 1);
        QCOMPARE(counts->text(), QStringLiteral("46.70 B parameters total, 7.24 B parameters active per token"));
        // Latent attention and sliding-window keys are fields too.
        QVERIFY(field<QLineEdit>(page, QStringLiteral("model.architecture.mla.kv_lora_rank#transformer")));
        auto *window = field<QLineEdit>(page, QStringLiteral("model.architecture.sliding_window.window#transformer"));
        typeInto(window, QStringLiteral("4096"));
        QVERIFY(m_model->scenario().model.architecture->transformer.slidingWindow.window == 4096);
    }

    void candidatesEditedInTable()
    {
        for (int i = 0; i < 3; ++i)
            m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        auto *table = field<QTableView>(page, QStringLiteral("hardware.table"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->headerData(HardwareForm::GpuMemory, Qt::Horizontal).toString(),
                 QStringLiteral("GPU memory (GiB)"));
        QTest::mouseClick(field<QPushButton>(page, QStringLiteral("addMachine")), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(m_model->scenario().hardware.size() == std::size_t(2));
        setCell(table, 1, HardwareForm::HostRam, QStringLiteral("512"));
        QVERIFY(m_model->scenario().hardware[1].hostRamGib == 512.0);
        setCell(table, 1, HardwareForm::HostRam, QStringLiteral("lots"));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(field<QLabel>(page, QStringLiteral("hardware.message"))->text(),
                 QStringLiteral("Row 2: “lots” is not a number."));
        QVERIFY(m_model->scenario().hardware[1].hostRamGib == 512.0);
        // The refused text stays in its cell beside the error, as typed.
        QCOMPARE(table->model()->index(1, HardwareForm::HostRam).data().toString(), QStringLiteral("lots"));
        setCell(table, 1, HardwareForm::HostRam, QStringLiteral("0"));
        QVERIFY(field<QLabel>(page, QStringLiteral("hardware.message"))->text().startsWith(QStringLiteral("hardware[1].host_ram_gib")));
        setCell(table, 1, HardwareForm::HostRam, QStringLiteral("256"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

        auto *catalog = field<QComboBox>(page, QStringLiteral("catalogChoice"));
        QVERIFY(catalog->count() > 0);
        // A bare GPU comes with the host RAM the job needs, and the page says so.
        catalog->setCurrentIndex(catalog->findData(QStringLiteral("nvidia-h100-sxm-80gb")));
        const Bytes sized = m_model->estimate()->recommendation.hostPurchasable;
        QTest::mouseClick(field<QPushButton>(page, QStringLiteral("addFromCatalog")), Qt::LeftButton);
        const HardwareCandidate &gpu = m_model->scenario().hardware.back();
        QVERIFY(gpu.catalogId.empty()); // a copy, editable in the table
        QCOMPARE(gpu.hostRamGib, static_cast<double>(sized) / GiB);
        QVERIFY(gpu.hostRamGib > 0);
        auto *note = field<QLabel>(page, QStringLiteral("candidateNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLocale().toString(gpu.hostRamGib, 'f', 0) + QStringLiteral(" GiB")), qPrintable(note->text()));
        QVERIFY(m_model->estimate());
        QVERIFY(m_model->estimate()->candidates.back().hostFits);
        // The GPU's memory reads as GiB to at most two decimals (79.2), not to twelve digits.
        QCOMPARE(gpu.gpu->memoryGib, 85045477376.0 / GiB); // usable_bytes, in the catalogue
        const QString shownMemory = cellText(table, table->model()->rowCount() - 1, HardwareForm::GpuMemory);
        QCOMPARE(shownMemory, QLocale().toString(79.2, 'f', 1));
        m_model->undoStack()->undo();
        // A machine of the built-in catalogue is named by reference.
        catalog->setCurrentIndex(catalog->findData(QStringLiteral("aws-g5.xlarge")));
        QVERIFY(catalog->currentIndex() >= 0);
        QTest::mouseClick(field<QPushButton>(page, QStringLiteral("addFromCatalog")), Qt::LeftButton);
        QVERIFY(m_model->scenario().hardware.back().catalogId == catalog->currentData().toString().toStdString());
        QVERIFY(m_model->estimate());
        // The gauge can be pointed at any candidate, and keeps that choice through an
        // invalid edit.
        QComboBox *choice = m_wizard->gauge()->candidateChoice();
        QCOMPARE(choice->count(), 3);
        choice->setCurrentIndex(1);
        QCOMPARE(m_wizard->gauge()->hostText()->text(),
                 tr("Host RAM: %1 of %2").arg(formatSize(m_model->estimate()->recommendation.hostMinimum),
                                              formatSize(256 * GiB)));
        setCell(table, 1, HardwareForm::HostRam, QStringLiteral("-1"));
        QVERIFY(!m_model->estimate());
        setCell(table, 1, HardwareForm::HostRam, QStringLiteral("256"));
        QCOMPARE(choice->currentIndex(), 1);
        // A catalogue row can be edited: it becomes the scenario's own copy, in one undo step.
        QVERIFY(table->model()->flags(table->model()->index(2, HardwareForm::Price)) & Qt::ItemIsEditable);
        setCell(table, 2, HardwareForm::Price, QStringLiteral("12345"));
        QVERIFY(m_model->scenario().hardware[2].catalogId.empty());
        QVERIFY(m_model->scenario().hardware[2].price && m_model->scenario().hardware[2].price->amount == 12345.0);
        QVERIFY(m_model->scenario().hardware[2].hostRamGib > 0);
        m_model->undoStack()->undo();
        QVERIFY(!m_model->scenario().hardware[2].catalogId.empty());
        table->setCurrentIndex(table->model()->index(2, 0));
        QTest::mouseClick(field<QPushButton>(page, QStringLiteral("removeMachine")), Qt::LeftButton);
        QVERIFY(m_model->scenario().hardware.size() == std::size_t(2));
        m_model->undoStack()->undo();
        QVERIFY(m_model->scenario().hardware.size() == std::size_t(3));
    }

    /// The candidate view follows the scenario cell by cell: what the user selected, the
    /// cell they are on, stay where they are while they type elsewhere, edit a cell or add
    /// a machine.
    void candidateViewKeepsSelectionWhileTypingElsewhere()
    {
        auto [table, candidates] = hardwareTableWithTwoMachines();
        const QModelIndex current = candidates->index(1, HardwareForm::GpuMemory);
        table->setCurrentIndex(current);
        QSignalSpy resets(candidates, &QAbstractItemModel::modelReset);
        QSignalSpy changed(candidates, &QAbstractItemModel::dataChanged);
        // A keystroke in the OS reserve, on the same page.
        typeInto(field<QLineEdit>(m_wizard->currentPage(), QStringLiteral("system.os_reserved_gib")), QStringLiteral("9"));
        QVERIFY(m_model->scenario().system.osReservedGib == 9.0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(table->currentIndex(), current);
        QCOMPARE(table->selectionModel()->selectedRows(), QModelIndexList{candidates->index(1, 0)});
    }

    void candidateCellEditChangesOnlyItsRow()
    {
        auto [table, candidates] = hardwareTableWithTwoMachines();
        const QModelIndex current = candidates->index(1, HardwareForm::GpuMemory);
        table->setCurrentIndex(current);
        QSignalSpy resets(candidates, &QAbstractItemModel::modelReset);
        QSignalSpy changed(candidates, &QAbstractItemModel::dataChanged);
        // The user types 128 into the first machine's host RAM and presses Enter.
        const QModelIndex ram = candidates->index(0, HardwareForm::HostRam);
        table->setCurrentIndex(ram);
        table->edit(ram);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        typeInto(editor, QStringLiteral("128"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits it from the event loop
        QTRY_VERIFY(m_model->scenario().hardware[0].hostRamGib == 128.0);
        QCOMPARE(cellText(table, 0, HardwareForm::HostRam), QStringLiteral("128"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), ram);
        QCOMPARE(changed[0][1].value<QModelIndex>(), ram);
        // Another row's cell, set through the model: that row only, the current cell kept.
        table->setCurrentIndex(current);
        changed.clear();
        setCell(table, 1, HardwareForm::Name, QStringLiteral("Lab box"));
        QCOMPARE(cellText(table, 1, HardwareForm::Name), QStringLiteral("Lab box"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 1);
        QCOMPARE(changed[0][1].value<QModelIndex>().row(), 1);
        QCOMPARE(table->currentIndex(), current);
    }

    void addingAMachineInsertsOneRowAndKeepsTheSelection()
    {
        auto [table, candidates] = hardwareTableWithTwoMachines();
        const QModelIndex current = candidates->index(0, HardwareForm::Price);
        table->setCurrentIndex(current);
        QSignalSpy resets(candidates, &QAbstractItemModel::modelReset);
        QSignalSpy changed(candidates, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(candidates, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(candidates, &QAbstractItemModel::rowsRemoved);
        QTest::mouseClick(field<QPushButton>(m_wizard->currentPage(), QStringLiteral("addMachine")), Qt::LeftButton);
        QCOMPARE(candidates->rowCount(), 3);
        QCOMPARE(cellText(table, 2, HardwareForm::Name), QStringLiteral("Machine 3"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 2);
        QCOMPARE(inserted[0][2].toInt(), 2);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(table->currentIndex(), current);
        QCOMPARE(table->selectionModel()->selectedRows(), QModelIndexList{candidates->index(0, 0)});
        // Undone: the last row goes, and nothing else moves.
        m_model->undoStack()->undo();
        QCOMPARE(candidates->rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed[0][1].toInt(), 2);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(table->currentIndex(), current);
    }

private:
    /// The Hardware page's candidate view, with a second machine added.
    std::pair<QTableView *, QAbstractItemModel *> hardwareTableWithTwoMachines()
    {
        while (m_wizard->currentId() != SizingWizard::HardwarePageId)
            m_wizard->next();
        QWidget *page = m_wizard->currentPage();
        auto *table = field<QTableView>(page, QStringLiteral("hardware.table"));
        QTest::mouseClick(field<QPushButton>(page, QStringLiteral("addMachine")), Qt::LeftButton);
        if (!table || table->model()->rowCount() != 2)
            qFatal("the Hardware page should show two machines");
        return {table, table->model()};
    }

    QTemporaryDir m_home;
    std::unique_ptr<ScenarioModel> m_model;
    std::unique_ptr<SizingWizard> m_wizard;
};

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
