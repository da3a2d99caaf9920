// Typed preferences, the preferences dialog, switching the language, About and the guide.

#include "common/format.h"
#include "help/aboutdialog.h"
#include "mainwindow/appactions.h"
#include "mainwindow/fileactions.h"
#include "mainwindow/mainwindow.h"
#include "charts/batchchart.h"
#include "charts/chartspanel.h"
#include "wizard/memorygauge.h"
#include "wizard/sizingwizard.h"
#include "workspace/scenarioeditor.h"
#include "model/scenariomodel.h"
#include "report/report.h"
#include "settings/preferences.h"
#include "settings/preferencesdialog.h"
#include "settings/translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void clearAll()
    {
        HEADROOM_PREFERENCES_STORE(settings);
        settings.clear();
        installTranslations(QStringLiteral("en"));
        setSiUnits(false);
    }

    static QMenu *menuNamed(QMainWindow &w, const char *name)
    {
        return w.menuBar()->findChild<QMenu *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { clearAll(); }
    void cleanupTestCase() { clearAll(); }

    void defaults()
    {
        QCOMPARE(prefs::language.value(), QString());
        QCOMPARE(prefs::units.value(), prefs::Units::Iec);
        QCOMPARE(prefs::defaultHeadroomFraction.value(), 0.2);
        QCOMPARE(prefs::defaultOsReservedGib.value(), 2.0);
        QCOMPARE(prefs::paperSize.value(), prefs::PaperSize::Auto);
        QCOMPARE(prefs::reportAuthor.value(), QString());
        QCOMPARE(prefs::chartTheme.value(), prefs::ChartTheme::System);
    }

    void storedByKeyAndName()
    {
        prefs::units.setValue(prefs::Units::Si);
        prefs::paperSize.setValue(prefs::PaperSize::Letter);
        HEADROOM_PREFERENCES_STORE(settings);
        QCOMPARE(settings.value(QStringLiteral("ui/units")).toString(), QStringLiteral("Si"));
        QCOMPARE(settings.value(QStringLiteral("report/paperSize")).toString(), QStringLiteral("Letter"));
        QCOMPARE(prefs::units.value(), prefs::Units::Si);
    }

    void boundsAndBadValues()
    {
        prefs::defaultHeadroomFraction.setValue(7.5);
        QCOMPARE(prefs::defaultHeadroomFraction.value(), 2.0);
        prefs::defaultOsReservedGib.setValue(-3);
        QCOMPARE(prefs::defaultOsReservedGib.value(), 0.0);
        HEADROOM_PREFERENCES_STORE(settings);
        settings.setValue(QStringLiteral("ui/units"), QStringLiteral("furlongs"));
        settings.setValue(QStringLiteral("scenario/headroomFraction"), 99);
        settings.sync();
        QCOMPARE(prefs::units.value(), prefs::Units::Iec);
        QCOMPARE(prefs::defaultHeadroomFraction.value(), 2.0);
    }

    void notifies()
    {
        QSignalSpy spy(PreferencesNotifier::instance(), &PreferencesNotifier::changed);
        prefs::chartTheme.setValue(prefs::ChartTheme::Dark);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("charts/theme"));
        QVERIFY(darkChartTheme());
        prefs::chartTheme.setValue(prefs::ChartTheme::Dark); // unchanged: no signal
        QCOMPARE(spy.count(), 1);
    }

    void scenarioDefaults()
    {
        prefs::defaultHeadroomFraction.setValue(0.35);
        prefs::defaultOsReservedGib.setValue(6);
        Scenario s;
        applyScenarioDefaults(s);
        QCOMPARE(s.system.headroomFraction, 0.35);
        QCOMPARE(s.system.osReservedGib, 6.0);
    }

    void fileNewShowsTheChosenMarginAndReserve()
    {
        prefs::defaultHeadroomFraction.setValue(0.35);
        prefs::defaultOsReservedGib.setValue(6);
        ScenarioModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SizingWizard *wizard = window.fileActions()->newScenario();
        QVERIFY(wizard);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        while (wizard->currentId() != SizingWizard::HardwarePageId)
            wizard->next();
        auto *reserve = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("system.os_reserved_gib"));
        QVERIFY(reserve);
        QCOMPARE(reserve->text(), QLocale().toString(6));
        wizard->next();
        QStringList texts;
        for (const QLabel *l : wizard->currentPage()->findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(texts.contains(QStringLiteral("Recommended (+35 %)")), qPrintable(texts.join(QLatin1Char('|'))));
        wizard->reject();
    }

    void switchingUnitsRedrawsOpenViews()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        applyPreferences();
        auto *minimum = window.findChild<QLabel *>(QStringLiteral("hostMinimum"));
        auto *gauge = window.editor()->gauge()->hostText();
        QVERIFY2(minimum->text().endsWith(QStringLiteral("GiB")), qPrintable(minimum->text()));
        QVERIFY2(gauge->text().contains(QStringLiteral("GiB")), qPrintable(gauge->text()));
        prefs::units.setValue(prefs::Units::Si);
        applyPreferences();
        QVERIFY2(minimum->text().endsWith(QStringLiteral(" GB")), qPrintable(minimum->text()));
        QVERIFY2(!gauge->text().contains(QStringLiteral("GiB")), qPrintable(gauge->text()));
        QCOMPARE(minimum->text(), formatSize(model.estimate()->recommendation.hostMinimum));
        prefs::units.setValue(prefs::Units::Iec);
        applyPreferences();
        QVERIFY2(minimum->text().endsWith(QStringLiteral("GiB")), qPrintable(minimum->text()));
    }

    void chartThemeColoursTheCharts()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        ChartsPanel charts(&model);
        charts.resize(800, 500);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        applyPreferences();
        auto background = [&charts] {
            QCustomPlot *plot = charts.batchChart()->plot();
            return plot->grab().toImage().pixelColor(2, 2);
        };
        prefs::chartTheme.setValue(prefs::ChartTheme::Dark);
        applyPreferences();
        QVERIFY2(background().lightness() < 60, qPrintable(background().name()));
        prefs::chartTheme.setValue(prefs::ChartTheme::Light);
        applyPreferences();
        QCOMPARE(background(), QColor(Qt::white));
    }

    void paperFromPreferenceOrLocale()
    {
        prefs::paperSize.setValue(prefs::PaperSize::Letter);
        QCOMPARE(preferredPageSize().id(), QPageSize::Letter);
        prefs::paperSize.setValue(prefs::PaperSize::Auto);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(preferredPageSize().id(), QPageSize::Letter);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(preferredPageSize().id(), QPageSize::A4);
        QLocale::setDefault(QLocale::system());
    }

    void dialogStoresAndAppliesUnits()
    {
        PreferencesDialog dialog;
        dialog.show();
        auto *author = dialog.findChild<QLineEdit *>(QStringLiteral("author"));
        auto *units = dialog.findChild<QComboBox *>(QStringLiteral("units"));
        auto *headroom = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("headroom"));
        QVERIFY(author && units && headroom);
        QTest::keyClicks(author, QStringLiteral("Grace Hopper"));
        units->setCurrentIndex(1);
        headroom->setValue(30);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(prefs::reportAuthor.value(), QStringLiteral("Grace Hopper"));
        QCOMPARE(prefs::units.value(), prefs::Units::Si);
        QCOMPARE(prefs::defaultHeadroomFraction.value(), 0.3);
        QVERIFY(siUnits());
        QVERIFY(formatSize(2'000'000'000).contains(QStringLiteral("GB")));
        QCOMPARE(ReportOptions::fromPreferences().author, QStringLiteral("Grace Hopper"));

        // Restore defaults shows the defaults; Cancel keeps what is stored.
        PreferencesDialog again;
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("author"))->text(), QStringLiteral("Grace Hopper"));
        again.restoreDefaults();
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("author"))->text(), QString());
        again.reject();
        QCOMPARE(prefs::reportAuthor.value(), QStringLiteral("Grace Hopper"));
    }

    void switchingLanguageChangesTheDialog()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("languageLabel"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(label->text(), QStringLiteral("&Language:"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Preferences"));

        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(currentLanguage(), QStringLiteral("de"));
        QTRY_COMPARE(label->text(), QStringLiteral("&Sprache:"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));

        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        dialog.apply();
        QTRY_COMPARE(label->text(), QStringLiteral("语言(&L):"));

        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        dialog.apply();
        QTRY_COMPARE(label->text(), QStringLiteral("&Language:"));
    }

    void menusAndTheirLanguage()
    {
        ScenarioModel model;
        MainWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QMenu *file = menuNamed(window, "fileMenu");
        QMenu *help = menuNamed(window, "helpMenu");
        QVERIFY(file && help && menuNamed(window, "editMenu"));
        QCOMPARE(window.menuBar()->actions().size(), 4); // File, Edit, View, Help
        QVERIFY(menuNamed(window, "editMenu")->actions().contains(window.findChild<QAction *>(QStringLiteral("preferencesAction"))));
        // Export comes before Quit, which stays last.
        auto *exportReport = window.findChild<QAction *>(QStringLiteral("exportReportAction"));
        QVERIFY(exportReport);
        QVERIFY(file->actions().indexOf(exportReport) < file->actions().size() - 1);
        QCOMPARE(file->actions().constLast()->shortcut(), QKeySequence(QKeySequence::Quit));
        auto *guide = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        QCOMPARE(help->title(), QStringLiteral("&Help"));
        QCOMPARE(exportReport->text(), QStringLiteral("Export &Report…"));

        installTranslations(QStringLiteral("de"));
        QTRY_COMPARE(help->title(), QStringLiteral("&Hilfe"));
        QCOMPARE(exportReport->text(), QStringLiteral("Bericht &exportieren…"));
        installTranslations(QStringLiteral("en"));
        QTRY_COMPARE(help->title(), QStringLiteral("&Help"));
    }

    void exportReportShowsPreview()
    {
        ScenarioModel model;
        QMainWindow window;
        AppActions actions(&model, &window);
        window.show();
        int pages = 0;
        bool canSave = false;
        QTimer poll;
        int ticks = 0;
        connect(&poll, &QTimer::timeout, &window, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                auto *widget = preview->findChild<QPrintPreviewWidget *>();
                pages = widget ? widget->pageCount() : 0;
                canSave = preview->findChild<QAction *>(QStringLiteral("savePdfAction")) != nullptr;
            }
            // Whatever is shown is closed once the preview has its pages, or after 5 s.
            if (pages > 0 || ++ticks > 100)
                modal->close();
        });
        poll.start(50);
        actions.exportReport();
        QVERIFY(canSave);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    }

    void systemLanguageAndQtCatalogue()
    {
        // With no preference the system locale decides; an unknown language falls back to English.
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("en"));
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        // Qt's own catalogue is installed too, so its dialogs' buttons are German.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QLocale().language(), QLocale::German);
        installTranslations(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void aboutAndGuide()
    {
        AboutDialog about;
        bool versionShown = false;
        for (auto *label : about.findChildren<QLabel *>())
            versionShown = versionShown || label->text().contains(QStringLiteral(HEADROOM_VERSION));
        QVERIFY(versionShown);
        QVERIFY(!applicationIcon().isNull());

        UserGuideDialog guide;
        QCOMPARE(guide.source(), QStringLiteral(":/help/userguide.html"));
        QVERIFY(guide.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("Export Report")));
        installTranslations(QStringLiteral("de"));
        UserGuideDialog german;
        QCOMPARE(german.source(), QStringLiteral(":/help/userguide_de.html"));
        QVERIFY(german.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("Bericht")));
        QCOMPARE(german.windowTitle(), QStringLiteral("Headroom-Benutzerhandbuch"));
    }
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
