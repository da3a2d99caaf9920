// The three first-use tasks walked through the sizing wizard as a new user would, from
// File ▸ New with fresh settings, saving a screenshot of every page (PNG, in
// $HEADROOM_WALKTHROUGH_DIR or walkthrough-shots/ in the working folder) for a person to look at:
//   1. a LoRA fine-tune of a 7B language model on a GPU from the catalogue,
//   2. a random forest on a wide table,
//   3. serving (generating with) an 8B language model.
// On every page the user must be able to go on (Next enabled) and no error may show.

#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "model/scenariomodel.h"
#include "scenario/rules.h"
#include "settings/translations.h"
#include "uitesthelpers.h"
#include "wizard/datasetform.h"
#include "wizard/sizingwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;
using testing::typeInto;

class Walkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        testing::isolateSettings(m_home);
        installTranslations(QStringLiteral("en")); // as the app starts: English plurals ("1 device")
        m_out = qEnvironmentVariable("HEADROOM_WALKTHROUGH_DIR", QDir::currentPath() + QStringLiteral("/walkthrough-shots"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void init()
    {
        m_model = std::make_unique<ScenarioModel>();
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_wizard = m_window->findChild<FileActions *>()->newScenario();
        QVERIFY(m_wizard);
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    }

    void cleanup()
    {
        if (m_wizard)
            m_wizard->reject();
        m_model->undoStack()->setClean();
        m_window.reset();
        m_model.reset();
    }

    void loraFineTuneOnACatalogueGpu()
    {
        preset(DatasetPreset::TokenCorpus);
        shoot(QStringLiteral("lora"));
        next();
        pickModel(QStringLiteral("mistral-7b"));
        shoot(QStringLiteral("lora"));
        next();
        page<QComboBox>("run.finetune.method")->setCurrentIndex(int(FinetuneMethod::Lora));
        shoot(QStringLiteral("lora"));
        next();
        auto *catalog = page<QComboBox>("catalogChoice");
        catalog->setCurrentIndex(catalog->findData(QStringLiteral("nvidia-a100-80gb")));
        QTest::mouseClick(page<QPushButton>("addFromCatalog"), Qt::LeftButton);
        // The first answer: a 7B LoRA fine-tune at the recipes' defaults (4 sequences of 2,048
        // tokens, activation checkpointing, mixed bf16) fits the 80 GB card with its margin.
        QVERIFY(m_model->estimate());
        QCOMPARE(m_model->estimate()->candidates.back().machine.name, std::string("NVIDIA A100 80 GB"));
        QVERIFY(m_model->estimate()->candidates.back().level == FitLevel::Fits);
        shoot(QStringLiteral("lora"));
        next();
        shoot(QStringLiteral("lora"));
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
        // Finished: the workspace with the scenario editor docked beside the results.
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard);
        QTest::qWait(50);
        const QString file = m_out + QStringLiteral("/lora-workspace.png");
        QVERIFY(m_window->grab().save(file));
        qInfo("%s", qPrintable(file));
    }

    void randomForestOnAWideTable()
    {
        preset(DatasetPreset::WideTable);
        shoot(QStringLiteral("forest"));
        next();
        page<QComboBox>("model.framework")->setCurrentIndex(int(Framework::ScikitLearn));
        QCOMPARE(m_model->scenario().model.estimator, std::string("RandomForestClassifier"));
        shoot(QStringLiteral("forest"));
        next();
        QCOMPARE(m_wizard->currentPage()->subTitle(),
                 QStringLiteral("What the estimator does: fit or predict, and how many jobs run at once."));
        typeInto(page<QLineEdit>("model.params.n_jobs"), QStringLiteral("8"));
        shoot(QStringLiteral("forest"));
        next();
        shoot(QStringLiteral("forest"));
        next();
        shoot(QStringLiteral("forest"));
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    }

    void servingAnEightBillionModel()
    {
        preset(DatasetPreset::TokenCorpus);
        shoot(QStringLiteral("serve"));
        next();
        pickModel(QStringLiteral("llama-3-8b"));
        shoot(QStringLiteral("serve"));
        next();
        page<QComboBox>("run.task")->setCurrentIndex(int(Task::Inference));
        m_wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("run.generation"))->click();
        QVERIFY(m_model->scenario().run.generation);
        shoot(QStringLiteral("serve"));
        next();
        shoot(QStringLiteral("serve"));
        next();
        shoot(QStringLiteral("serve"));
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    }

private:
    template <typename T>
    T *page(const char *name)
    {
        auto *w = m_wizard->currentPage()->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s on page %d", name, m_wizard->currentId());
        return w;
    }

    void preset(DatasetPreset p)
    {
        // The combo's first entry is the "Choose a common dataset…" prompt.
        auto *combo = page<QComboBox>("datasetPreset");
        combo->setCurrentIndex(1 + int(p));
        emit combo->activated(1 + int(p));
    }

    void pickModel(const QString &name)
    {
        typeInto(page<QLineEdit>("presetSearch"), name);
        auto *list = page<QListWidget>("model.architecture.preset");
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == name) {
                list->scrollToItem(list->item(i));
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
            }
        QCOMPARE(QString::fromStdString(m_model->scenario().model.architecture->preset), name);
    }

    void next()
    {
        QVERIFY2(m_wizard->button(QWizard::NextButton)->isEnabled(),
                 qPrintable(QStringLiteral("Next disabled on page %1").arg(m_wizard->currentId())));
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    }

    /// Saves the wizard as it looks now and checks that it shows no error.
    void shoot(const QString &task)
    {
        QTest::qWait(50); // let queued layouts settle
        const QString file = QStringLiteral("%1/%2-%3.png").arg(m_out, task).arg(m_wizard->currentId() + 1);
        QVERIFY(m_wizard->grab().save(file));
        const auto *status = m_wizard->findChild<QLabel *>(QStringLiteral("gaugeStatus"));
        QVERIFY(status);
        QVERIFY2(!status->text().contains(QStringLiteral("Fix the scenario")), qPrintable(status->text()));
        // Nothing is cut off at the right: the page's form fits the width it is shown in
        // (the scroll area never scrolls sideways).
        if (const auto *scroll = m_wizard->currentPage()->findChild<QScrollArea *>()) {
            const QWidget *form = scroll->widget();
            const int room = scroll->viewport()->width();
            QStringList wide;
            for (const QWidget *w : form->findChildren<QWidget *>())
                if (w->isVisibleTo(form) && w->mapTo(form, QPoint(w->width(), 0)).x() > room)
                    wide << QStringLiteral("%1 %2 (minimum %3 px)")
                                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                .arg(w->minimumSizeHint().width());
            QVERIFY2(form->width() <= room, qPrintable(QStringLiteral("page %1: the form is %2 px wide in %3 px: %4")
                                                           .arg(m_wizard->currentId() + 1)
                                                           .arg(form->width())
                                                           .arg(room)
                                                           .arg(wide.join(QStringLiteral(", ")))));
        }
        const auto *message = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("formMessage"));
        if (message) // the results page has no form message
            QVERIFY2(!message->isVisibleTo(m_wizard->currentPage()), qPrintable(message->text()));
        qInfo("%s", qPrintable(file));
    }

    QTemporaryDir m_home;
    QString m_out;
    std::unique_ptr<ScenarioModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SizingWizard> m_wizard;
};

QTEST_MAIN(Walkthrough)
#include "walkthrough.moc"
