// Importing a model in the app: File → Import Model… is in the menu, a GGUF file dropped
// on the Model page replaces the model (undoably) with what the file says, and a broken
// file dropped there is explained and changes nothing.

#include "uitesthelpers.h"

#include "../core/importfiles.h"

#include "mainwindow/mainwindow.h"
#include "model/modelimport.h"
#include "model/scenariomodel.h"
#include "wizard/modelform.h"

#include <QAction>
#include <QDropEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

#include <fstream>

using namespace headroom;
using namespace headroom::ui;

namespace {

/// A one-layer LLaMA in Q8_0 as a GGUF file (header, then zeros for the tensor data).
QString writeGguf(const QTemporaryDir &dir)
{
    importfiles::Gguf g(3);
    g.kvString("general.architecture", "llama");
    g.kvU32("general.file_type", 7); // Q8_0
    g.kvU32("llama.block_count", 1);
    g.kvU32("llama.embedding_length", 64);
    g.kvU32("llama.attention.head_count", 4);
    g.kvU32("llama.feed_forward_length", 128);
    g.kvU32("llama.context_length", 2048);
    auto q8 = [](std::uint64_t n) { return n / 32 * 34; };
    g.tensor("token_embd.weight", {64, 100}, 8, q8(6400));
    g.tensor("blk.0.attn_norm.weight", {64}, 0, 256);
    g.tensor("blk.0.attn_q.weight", {64, 64}, 8, q8(4096));
    g.tensor("blk.0.attn_k.weight", {64, 64}, 8, q8(4096));
    g.tensor("blk.0.attn_v.weight", {64, 64}, 8, q8(4096));
    g.tensor("blk.0.attn_output.weight", {64, 64}, 8, q8(4096));
    g.tensor("blk.0.ffn_norm.weight", {64}, 0, 256);
    g.tensor("blk.0.ffn_gate.weight", {64, 128}, 8, q8(8192));
    g.tensor("blk.0.ffn_up.weight", {64, 128}, 8, q8(8192));
    g.tensor("blk.0.ffn_down.weight", {128, 64}, 8, q8(8192));
    g.tensor("output_norm.weight", {64}, 0, 256);
    const std::string header = g.header();
    const QString path = dir.filePath(QStringLiteral("tiny-Q8_0.gguf"));
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << header << std::string(g.fileSize() - header.size(), '\0');
    return path;
}

/// Drops `path` on `target` as a file manager does.
void dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

class TestModelImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        testing::isolateSettings(m_home);
    }

    void fileMenuHasImportModel()
    {
        ScenarioModel model;
        MainWindow window(&model);
        auto *action = window.findChild<QAction *>(QStringLiteral("importModelAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Import Model…"));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action));
    }

    void droppedGgufReplacesTheModel()
    {
        QTemporaryDir dir;
        ScenarioModel model;
        Scenario serving = exampleScenario();
        serving.run.task = Task::Inference;
        serving.run.finetune = Finetune{};
        model.reset(serving);
        const Scenario before = model.scenario();
        ModelForm form(&model);
        form.show();
        dropFile(&form, writeGguf(dir));
        QTRY_VERIFY(model.scenario().model.weights.has_value());
        const Model &m = model.scenario().model;
        QCOMPARE(m.weights->format, std::string("gguf:Q8_0"));
        QCOMPARE(m.source->file, std::string("tiny-Q8_0.gguf"));
        QCOMPARE(*m.architecture->transformer.hidden, std::int64_t(64));
        QCOMPARE(*m.architecture->transformer.vocab, std::int64_t(100));
        // The estimate's weights are the file's bytes: 6,400 + 4 × 4,096 + 3 × 8,192 values
        // in Q8_0 (34 bytes per 32) and three 64-value fp32 norms.
        QVERIFY(model.estimate());
        const Bytes expected = (6400 + 4 * 4096 + 3 * 8192) / 32 * 34 + 3 * 64 * 4;
        const Bytes shown = model.estimate()->device ? model.estimate()->device->bytesOf("parameters")
                                                     : model.estimate()->host.bytesOf("parameters");
        QCOMPARE(shown, expected);
        // One undo brings the previous model back.
        model.undoStack()->undo();
        QVERIFY(model.scenario() == before);
    }

    void brokenFileIsExplainedAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.gguf"));
        {
            std::ofstream out(path.toStdString(), std::ios::binary);
            out << std::string("GGUF\x03\0\0\0", 8); // magic and version 3, then nothing
        }
        ScenarioModel model;
        model.reset(exampleScenario());
        const Scenario before = model.scenario();
        ModelForm form(&model);
        form.show();
        QString shown;
        testing::whenModal<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->text();
            box->close();
        });
        dropFile(&form, path);
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown, QStringLiteral("The model file could not be imported:\n"
                                       "broken.gguf: the file ends inside the tensor count (at byte 8 of 8; truncated?)"));
        QVERIFY(model.scenario() == before);
    }

    void scenarioFilesAreNotModelFiles()
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/job.headroom.json")),
                      QUrl::fromLocalFile(QStringLiteral("/tmp/model.gguf")),
                      QUrl::fromLocalFile(QStringLiteral("/tmp/config.json"))});
        QCOMPARE(ModelImport::droppedModelFiles(&mime),
                 QStringList({QStringLiteral("/tmp/model.gguf"), QStringLiteral("/tmp/config.json")}));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestModelImport)
#include "test_modelimport.moc"
