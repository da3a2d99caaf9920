// GUI smoke test, offscreen: the window shows the example's estimate; a malformed file is
// refused with its path-naming message and what was open stays.

#include "engine/engine.h"
#include "mainwindow/mainwindow.h"
#include "model/scenariomodel.h"
#include "workspace/breakdownview.h"
#include "common/format.h"

#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace headroom;
using namespace headroom::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsTheExampleEstimate();
    void malformedFileKeepsWhatWasOpen();
};

void TestMainWindow::showsTheExampleEstimate()
{
    ScenarioModel model;
    MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto expected = estimate(model.scenario());
    QVERIFY(expected.ok());
    QTableWidget *table = window.breakdownView()->table();
    const int rows = static_cast<int>(expected->host.components.size()
                                      + (expected->device ? expected->device->components.size() : 0));
    QCOMPARE(table->rowCount(), rows);
    QCOMPARE(table->item(0, 0)->text(), QString::fromStdString(expected->host.components[0].name));
    QCOMPARE(table->item(0, 2)->text(), formatSize(expected->host.components[0].bytes));
    QVERIFY(window.breakdownView()->summaryLabel()->text().contains(formatSize(expected->recommendation.hostRecommended)));
}

void TestMainWindow::malformedFileKeepsWhatWasOpen()
{
    ScenarioModel model;
    MainWindow window(&model);
    window.show();
    const Scenario before = model.scenario();
    const QString before0 = window.breakdownView()->table()->item(0, 2)->text();

    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        // The refusal is a modal message box; read it and close it.
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                shown = box->informativeText();
                box->accept();
            }
        }
    });
    QVERIFY(!window.openFile(QStringLiteral(HEADROOM_TEST_DATA "/invalid/unknown-key.json")));
    QCOMPARE(shown, QStringLiteral("dataset.dtyp: unknown key (did you mean \"dtype\"?)"));
    QVERIFY(model.scenario() == before);
    QCOMPARE(window.breakdownView()->table()->item(0, 2)->text(), before0);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
