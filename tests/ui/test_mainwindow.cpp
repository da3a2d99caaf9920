// The main window as a user meets it: the example's numbers, files opened, refused,
// saved and dropped, undo, the unsaved-changes prompt, recent files, window state,
// File ▸ New through the wizard, and recovery after a crash.

#include "common/errortext.h"
#include "common/format.h"
#include "engine/engine.h"
#include "mainwindow/autosave.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "model/scenariomodel.h"
#include "settings/preferences.h"
#include "settings/translations.h"
#include "scenario/codec.h"
#include "uitesthelpers.h"
#include "wizard/sizingwizard.h"
#include "workspace/breakdownview.h"
#include "workspace/scenarioeditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QElapsedTimer>
#include <QDialog>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;
using testing::typeInto;
using testing::writeFile;

namespace {

QAction *action(QWidget *window, const char *name) { return window->findChild<QAction *>(QLatin1String(name)); }

} // namespace

class TestMainWindow : public QObject
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
        QSettings().clear();
        {
            HEADROOM_PREFERENCES_STORE(remembered); // recent files, window state, autosave
            remembered.clear();
        }
        QFile::remove(Autosave::path());
        QFile::remove(Autosave::recoveryPath());
        m_model = std::make_unique<ScenarioModel>();
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        if (currentLanguage() != QStringLiteral("en")) // a failed language test must not leave German behind
            installTranslations(QStringLiteral("en"));
    }

    void showsTheExampleNumbers()
    {
        const Scenario example = exampleScenario();
        QVERIFY(m_model->scenario() == example);
        const auto e = estimate(example);
        QVERIFY(e.ok());
        QVERIFY(m_window->windowTitle().contains(QString::fromStdString(example.name)));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("hostMinimum"))->text(),
                 formatSize(e->recommendation.hostMinimum));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("hostPurchasable"))->text(),
                 formatSize(e->recommendation.hostPurchasable));
        QAbstractItemModel *table = m_window->breakdownView()->table()->model();
        const int rows = int(e->host.components.size() + (e->device ? e->device->components.size() : 0));
        QCOMPARE(table->rowCount(), rows);
        for (int i = 0; i < int(e->host.components.size()); ++i) {
            // Components by their label, never their key ("optimizer_states").
            QCOMPARE(table->index(i, 0).data().toString(), componentName(e->host.components[std::size_t(i)].name));
            QVERIFY(!table->index(i, 0).data().toString().contains(QLatin1Char('_')));
            QCOMPARE(table->index(i, 2).data().toString(), formatSize(e->host.components[std::size_t(i)].bytes));
        }
        // The scenario editor shows the same scenario, editable.
        auto *batch = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size"));
        QCOMPARE(batch->text(), QString::number(example.run.batchSize));
    }

    void malformedFileIsRefusedAndKeepsWhatWasOpen()
    {
        QTemporaryDir dir;
        const Scenario before = m_model->scenario();
        QByteArray text = QByteArray::fromStdString(writeScenario(before));
        text.replace("\"batch_size\": 4", "\"batch_size\": 0");
        const QString bad = writeFile(dir, QStringLiteral("bad.headroom.json"), text);
        QString informative;
        testing::whenModal<QMessageBox>([&informative](QMessageBox *box) {
            informative = box->informativeText();
            box->accept();
        });
        QVERIFY(!m_window->openFile(bad));
        QCOMPARE(informative, QStringLiteral("run.batch_size: must be >= 1, got 0"));
        QVERIFY(m_model->scenario() == before);
        QVERIFY(m_model->filePath().isEmpty());

        const QString typo = writeFile(dir, QStringLiteral("typo.headroom.json"),
                                       QByteArray::fromStdString(writeScenario(before)).replace("\"dtype\"", "\"dtyp\""));
        testing::whenModal<QMessageBox>([&informative](QMessageBox *box) {
            informative = box->informativeText();
            box->accept();
        });
        QVERIFY(!m_window->openFile(typo));
        QCOMPARE(informative, QStringLiteral("dataset.dtyp: unknown key (did you mean \"dtype\"?)"));
        QVERIFY(m_model->scenario() == before);
    }

    void saveAndOpenRoundTripThroughTheUi()
    {
        QTemporaryDir dir;
        auto *batch = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size"));
        typeInto(batch, QStringLiteral("6"));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
        const Scenario edited = m_model->scenario();

        const QString path = dir.filePath(QStringLiteral("saved.headroom.json"));
        testing::whenModal<QFileDialog>([&path](QFileDialog *d) {
            d->selectFile(path);
            static_cast<QDialog *>(d)->accept();
        });
        action(m_window.get(), "saveAsAction")->trigger();
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_model->filePath(), path);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("saved.headroom.json")));
        QCOMPARE(m_window->recentFiles()->files().value(0), QFileInfo(path).absoluteFilePath());

        m_model->reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        testing::whenModal<QFileDialog>([&path](QFileDialog *d) {
            d->selectFile(path);
            static_cast<QDialog *>(d)->accept();
        });
        action(m_window.get(), "openAction")->trigger();
        QVERIFY(m_model->scenario() == edited);
        QCOMPARE(batch->text(), QStringLiteral("6"));

        // Open Recent lists it.
        auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QVERIFY(recent->actions().value(0)->text().contains(QStringLiteral("saved.headroom.json")));
    }

    void undoAndRedoEveryEdit()
    {
        auto *samples = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("dataset.samples"));
        const auto original = m_model->scenario().dataset.samples;
        typeInto(samples, QStringLiteral("1000"));
        auto *workers = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.dataloader.workers"));
        typeInto(workers, QStringLiteral("8"));
        QVERIFY(m_model->scenario().dataset.samples == 1000);
        QAction *undo = action(m_window.get(), "undoAction");
        QAction *redo = action(m_window.get(), "redoAction");
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QVERIFY(m_model->scenario().run.dataloader.workers == 2);
        QCOMPARE(workers->text(), QStringLiteral("2"));
        undo->trigger();
        QVERIFY(m_model->scenario().dataset.samples == original);
        QVERIFY(!m_window->isWindowModified());
        redo->trigger();
        QVERIFY(m_model->scenario().dataset.samples == 1000);
        QCOMPARE(samples->text(), QLocale().toString(1000));
        QVERIFY(m_window->isWindowModified());
    }

    void switchingLanguageChangesTheWindow()
    {
        auto *samples = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("dataset.samples"));
        typeInto(samples, QStringLiteral("1000"));
        m_window->workspace()->setCurrentIndex(MainWindow::ComparisonTab);
        QMenu *file = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(m_window->workspace()->tabText(MainWindow::BreakdownTab), QStringLiteral("&Breakdown"));
        QVERIFY(action(m_window.get(), "undoAction")->text().startsWith(QStringLiteral("&Undo ")));

        installTranslations(QStringLiteral("de"));
        QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
        QCOMPARE(m_window->workspace()->tabText(MainWindow::BreakdownTab), QStringLiteral("&Aufschlüsselung"));
        QCOMPARE(m_window->workspace()->tabText(MainWindow::ChartsTab), QStringLiteral("&Diagramme"));
        QCOMPARE(m_window->editor()->pages()->tabText(0), QStringLiteral("Datensatz"));
        QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("scenarioDock"))->windowTitle(),
                 QStringLiteral("Szenario"));
        QCOMPARE(action(m_window.get(), "saveAction")->text(), QStringLiteral("&Speichern"));
        // The view and the document are as they were, and undo still works, now in German.
        QCOMPARE(m_window->workspace()->currentIndex(), int(MainWindow::ComparisonTab));
        QVERIFY(m_window->isWindowModified());
        QAction *undo = action(m_window.get(), "undoAction");
        QVERIFY(undo->text().startsWith(QStringLiteral("&Rückgängig ")));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->actions().indexOf(undo), 0);
        undo->trigger();
        QVERIFY(m_model->scenario().dataset.samples != 1000);
        QVERIFY(action(m_window.get(), "redoAction")->isEnabled());

        installTranslations(QStringLiteral("en"));
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(m_window->editor()->pages()->tabText(0), QStringLiteral("Dataset"));
    }

    void unsavedChangesPromptCanCancelClosing()
    {
        typeInto(m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size")), QStringLiteral("3"));
        QString asked;
        testing::whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY(asked.contains(tr("unsaved changes")));
        QVERIFY(m_window->isVisible());
        testing::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QVERIFY(m_window->close());
    }

    void droppedFileIsOpened()
    {
        QTemporaryDir dir;
        const Scenario other = exampleScenario(QStringLiteral("tabular-random-forest"));
        const QString path = writeFile(dir, QStringLiteral("dropped.headroom.json"), QByteArray::fromStdString(writeScenario(other)));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_COMPARE(m_model->filePath(), path);
        QVERIFY(m_model->scenario() == other);

        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void windowGeometryIsRestored()
    {
        m_window->resize(1000, 640);
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>(m_model.get());
        QCOMPARE(m_window->size(), QSize(1000, 640));
    }

    void recentFilesAndWindowSurviveARestart()
    {
        // What an earlier version stored under these keys, as a user upgrading has it.
        QTemporaryDir dir;
        const QString older = writeFile(dir, QStringLiteral("older.headroom.json"),
                                        QByteArray::fromStdString(writeScenario(exampleScenario())));
        const QString newer = writeFile(dir, QStringLiteral("newer.headroom.json"),
                                        QByteArray::fromStdString(writeScenario(exampleScenario())));
        m_window->resize(900, 610);
        QVERIFY(m_window->close());
        {
            HEADROOM_PREFERENCES_STORE(stored);
            QVERIFY(!stored.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
            stored.setValue(QStringLiteral("recentFiles"), QStringList{newer, older});
        }
        // The next session: a new window lists the files in File ▸ Open Recent, newest first,
        // at the size the last one had.
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(900, 610));
        auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QCOMPARE(recent->actions().value(0)->text(), QStringLiteral("&1 newer.headroom.json"));
        QCOMPARE(recent->actions().value(1)->text(), QStringLiteral("&2 older.headroom.json"));
        // Opening one from there puts it first, for the session after.
        recent->actions().value(1)->trigger();
        QCOMPARE(m_model->filePath(), older);
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_model.get());
        recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
        emit recent->aboutToShow();
        QCOMPARE(recent->actions().value(0)->text(), QStringLiteral("&1 older.headroom.json"));
    }

    void newRunsTheWizardAndCancelRestores()
    {
        const Scenario before = m_model->scenario();
        SizingWizard *wizard = m_window->fileActions()->newScenario();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QVERIFY(m_model->scenario() == SizingWizard::startingScenario());
        wizard->reject();
        QVERIFY(m_model->scenario() == before);

        wizard = m_window->fileActions()->newScenario();
        typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("dataset.samples")), QStringLiteral("4242"));
        for (int page = 0; page < 4; ++page) {
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        }
        QCOMPARE(wizard->currentId(), int(SizingWizard::ResultsPageId));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(m_model->scenario().dataset.samples == 4242);
        QVERIFY(m_window->isWindowModified());
        // The workspace shows the new scenario in the same forms.
        QCOMPARE(m_window->editor()->findChild<QLineEdit *>(QStringLiteral("dataset.samples"))->text(),
                 QLocale().toString(4242));
        m_model->undoStack()->setClean();
    }

    void unsavedWorkSurvivesACrash()
    {
        typeInto(m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size")), QStringLiteral("7"));
        const Scenario edited = m_model->scenario();
        m_window->autosave()->saveNow();
        QVERIFY(QFileInfo::exists(Autosave::path()));
        QVERIFY(Autosave::path().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        // A crash: the window goes away without closing.
        m_window.reset();
        m_model = std::make_unique<ScenarioModel>();
        m_window = std::make_unique<MainWindow>(m_model.get());
        QVERIFY(m_window->autosave()->hasRecovery());
        testing::whenModal<QMessageBox>([](QMessageBox *box) {
            box->findChild<QPushButton *>(QStringLiteral("recover"))->click();
        });
        QVERIFY(m_window->autosave()->offerRecovery(m_window.get()));
        QVERIFY(m_model->scenario() == edited);
        QVERIFY(m_model->isModified());
        QVERIFY(m_window->isWindowModified());
        // Saving, or closing normally, leaves nothing to recover.
        testing::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QVERIFY(m_window->close());
        QVERIFY(!QFileInfo::exists(Autosave::path()));
        QVERIFY(!QFileInfo::exists(Autosave::recoveryPath()));
    }

    void recoveryIsOfferedEvenWhenStartedWithAFile()
    {
        typeInto(m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size")), QStringLiteral("7"));
        const Scenario edited = m_model->scenario();
        m_window->autosave()->saveNow();
        // A crash, then a start with a file to open (headroom FILE): opening it must not
        // remove what is waiting to be recovered.
        m_window.reset();
        m_model = std::make_unique<ScenarioModel>();
        m_window = std::make_unique<MainWindow>(m_model.get());
        QVERIFY(m_window->openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/resnet50-single-gpu.headroom.json")));
        QVERIFY(m_window->autosave()->hasRecovery());
        testing::whenModal<QMessageBox>([](QMessageBox *box) {
            box->findChild<QPushButton *>(QStringLiteral("recover"))->click();
        });
        QVERIFY(m_window->autosave()->offerRecovery(m_window.get()));
        QVERIFY(m_model->scenario() == edited);
        // Recovered work is this session's unsaved work: a second crash keeps it too.
        QVERIFY(QFileInfo::exists(Autosave::path()));
        QVERIFY(!m_window->autosave()->hasRecovery());
        m_model->undoStack()->setClean();
    }

    void steadyTypingIsSavedWithinTheDelay()
    {
        m_window->autosave()->setDelay(300);
        auto *batch = m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size"));
        typeInto(batch, QStringLiteral("3"));
        QElapsedTimer typing;
        typing.start();
        bool saved = false;
        // A key every 50 ms for up to 2 s: each edit used to postpone the save.
        for (int i = 0; typing.elapsed() < 2000 && !saved; ++i) {
            QTest::keyClick(batch, i % 2 ? Qt::Key_Backspace : Qt::Key_1);
            QTest::qWait(50);
            saved = QFileInfo::exists(Autosave::path());
        }
        QVERIFY(saved);
        QVERIFY(typing.elapsed() < 1000);
        m_model->undoStack()->setClean();
    }

    void savedBeforeAModalDialogOpens()
    {
        m_window->autosave()->setDelay(60'000);
        typeInto(m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size")), QStringLiteral("9"));
        QVERIFY(!QFileInfo::exists(Autosave::path()));
        QDialog dialog(m_window.get());
        dialog.setModal(true);
        dialog.show();
        QTRY_VERIFY(QFileInfo::exists(Autosave::path()));
        dialog.reject();
        m_model->undoStack()->setClean();
    }

    void autosaveFollowsEdits()
    {
        m_window->autosave()->setDelay(10);
        typeInto(m_window->editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size")), QStringLiteral("5"));
        QTRY_VERIFY(QFileInfo::exists(Autosave::path()));
        m_model->undoStack()->undo();
        QVERIFY(!QFileInfo::exists(Autosave::path()));
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<ScenarioModel> m_model;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
