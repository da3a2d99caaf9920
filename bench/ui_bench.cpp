// UI benchmark (figures printed, not pass/fail). Run from the build tree, e.g.
//   QT_QPA_PLATFORM=offscreen bench/headroom-ui-bench
// Measures: start to first window shown, an edit typed into the scenario editor to every
// visible view updated and painted (median, target ≤ 8 ms; Qt paints what the edit marked
// dirty, as the next frame would, and the bench counts the widgets that repainted), and the
// app's resident memory with a scenario open.
//
// With --screenshots DIR it instead saves PNGs of the main window and of every wizard
// page (add --dark for a dark palette; QT_SCALE_FACTOR=2 for 200 %), for looking at
// the UI and for docs/screenshot.png.

#include "mainwindow/mainwindow.h"
#include "settings/translations.h"
#include "wizard/sizingwizard.h"
#include "model/scenariomodel.h"
#include "wizard/memorygauge.h"
#include "workspace/breakdownview.h"
#include "workspace/scenarioeditor.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace {

/// Counts the widgets that receive a paint event.
class PaintCounter final : public QObject
{
public:
    int widgets() const { return static_cast<int>(m_painted.size()); }
    void clear() { m_painted.clear(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            m_painted.insert(watched);
        return false;
    }

private:
    QSet<QObject *> m_painted;
};

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

/// Seconds since this process started, from /proc (10 ms resolution); -1 if unknown.
double secondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double start = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return now - start;
}

/// The VmRSS line of /proc/self/status, in MiB.
double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1f, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

int screenshots(const QString &dir, const QString &example)
{
    QDir().mkpath(dir);
    headroom::ui::ScenarioModel model;
    if (!example.isEmpty())
        model.reset(headroom::ui::exampleScenario(example));
    headroom::ui::MainWindow window(&model);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QApplication::processEvents();
    window.grab().save(dir + QStringLiteral("/mainwindow.png"));

    for (int tab = 1; tab < window.editor()->pages()->count(); ++tab) {
        window.editor()->pages()->setCurrentIndex(tab);
        QApplication::processEvents();
        window.grab().save(dir + QStringLiteral("/mainwindow-tab%1.png").arg(tab));
    }
    window.editor()->pages()->setCurrentIndex(0);
    for (int tab = 1; tab < window.workspace()->count(); ++tab) {
        window.workspace()->setCurrentIndex(tab);
        QTest::qWait(50);
        window.grab().save(dir + QStringLiteral("/mainwindow-workspace%1.png").arg(tab));
    }
    window.workspace()->setCurrentIndex(0);

    model.reset(headroom::ui::SizingWizard::startingScenario());
    headroom::ui::SizingWizard wizard(&model);
    wizard.resize(1060, 720); // the offscreen screen is small; show the wizard's own size
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    const char *names[] = {"dataset", "model", "training", "hardware", "results"};
    for (int page = 0; page <= headroom::ui::SizingWizard::ResultsPageId; ++page) {
        QApplication::processEvents();
        wizard.grab().save(dir + QStringLiteral("/wizard-%1-%2.png").arg(page).arg(QLatin1String(names[page])));
        wizard.next();
    }
    // A field with a problem: the message beside it, Next disabled, the gauge without numbers.
    wizard.restart();
    wizard.next();
    wizard.next();
    if (auto *batch = wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("run.batch_size"))) {
        batch->setFocus();
        batch->selectAll();
        QTest::keyClicks(batch, QStringLiteral("0"));
    }
    QApplication::processEvents();
    wizard.grab().save(dir + QStringLiteral("/wizard-invalid.png"));

    // The same, switched to German while open (as Preferences does), then the main window.
    headroom::ui::installTranslations(QStringLiteral("de"));
    QTest::qWait(200); // the posted LanguageChange, then the layouts settle
    wizard.grab().save(dir + QStringLiteral("/wizard-invalid-de.png"));
    window.grab().save(dir + QStringLiteral("/mainwindow-de.png"));
    model.reset(example.isEmpty() ? headroom::ui::SizingWizard::startingScenario()
                                  : headroom::ui::exampleScenario(example));
    for (int tab = 0; tab < window.workspace()->count(); ++tab) {
        window.workspace()->setCurrentIndex(tab);
        QTest::qWait(100);
        window.grab().save(dir + QStringLiteral("/mainwindow-de-tab%1.png").arg(tab));
    }
    headroom::ui::installTranslations(QStringLiteral("en"));
    std::printf("screenshots written to %s\n", qPrintable(dir));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const auto mainEntered = Clock::now();
    QApplication app(argc, argv);
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("HeadroomBench"));
    QApplication::setApplicationName(QStringLiteral("headroom-ui-bench"));

    const QStringList args = QApplication::arguments();
    if (const auto i = args.indexOf(QStringLiteral("--screenshots")); i >= 0 && i + 1 < args.size()) {
        if (args.contains(QStringLiteral("--dark"))) {
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QApplication::setPalette(darkPalette());
        }
        const auto e = args.indexOf(QStringLiteral("--example"));
        return screenshots(args[i + 1], e >= 0 && e + 1 < args.size() ? args[e + 1] : QString());
    }

    const auto appMade = Clock::now();
    headroom::ui::ScenarioModel model;
    headroom::ui::MainWindow window(&model);
    const auto windowMade = Clock::now();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window was never exposed\n");
    QApplication::processEvents();
    const double startMs = ms(Clock::now() - mainEntered);
    const double appMs = ms(appMade - mainEntered);
    const double buildMs = ms(windowMade - appMade);
    const double sinceExec = secondsSinceProcessStart();

    // Edits as a user makes them: a keystroke in the batch-size field of the scenario
    // editor, then everything that depends on it updated and painted.
    auto *batch = window.editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size"));
    auto *table = window.breakdownView()->table();
    auto *gauge = window.editor()->gauge();
    std::vector<double> samples, updates;
    std::vector<int> repainted;
    const int edits = 300;
    batch->setFocus();
    int changed = 0;
    PaintCounter paints;
    qApp->installEventFilter(&paints);
    for (int i = 0; i < edits; ++i) {
        const QString before = gauge->hostText()->text();
        batch->selectAll();
        QApplication::processEvents(); // the selection painted before the clock starts
        paints.clear();
        const auto t = Clock::now();
        QTest::keyClick(batch, char('1' + i % 9));
        const auto updated = Clock::now();
        // What the edit marked dirty, painted now, as the next frame would.
        QApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        QApplication::processEvents();
        samples.push_back(ms(Clock::now() - t));
        updates.push_back(ms(updated - t));
        repainted.push_back(paints.widgets());
        changed += gauge->hostText()->text() != before;
    }
    qApp->removeEventFilter(&paints);
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::sort(samples.begin(), samples.end());
    const double p90 = samples[samples.size() * 9 / 10];

    std::printf("headroom-ui-bench (%s platform)\n", qPrintable(QGuiApplication::platformName()));
    std::printf("  start to first window shown: %.1f ms from main() (QApplication %.1f, window built %.1f, shown %.1f)",
                startMs, appMs, buildMs, startMs - appMs - buildMs);
    if (sinceExec >= 0)
        std::printf(", %.0f ms from exec (10 ms resolution)", sinceExec * 1000.0);
    std::printf("   target <= 500 ms\n");
    std::vector<double> counts(repainted.begin(), repainted.end());
    std::printf("  edit to every visible view painted: median %.2f ms, p90 %.2f ms over %d keystrokes (%d table rows,"
                " gauge text changed %d times)   target <= 8 ms\n",
                median(samples), p90, edits, table->model()->rowCount(), changed);
    std::printf("    of which model + estimate + widgets updated: median %.2f ms; painting the rest\n", median(updates));
    std::printf("    widgets repainted per keystroke: median %.0f, most %.0f (of %d widgets in the window)\n",
                median(counts), *std::max_element(counts.begin(), counts.end()),
                static_cast<int>(window.findChildren<QWidget *>().size()) + 1);
    std::printf("  resident memory with a scenario open: %.1f MiB   target <= 150 MiB\n", residentMiB());
    return 0;
}
