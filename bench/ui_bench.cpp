// UI benchmark (figures printed, not pass/fail). Run from the build tree, e.g.
//   QT_QPA_PLATFORM=offscreen bench/headroom-ui-bench
// Measures: start to first window shown, an edit typed into a batch-size field to every
// visible view updated and painted (median, target ≤ 8 ms; Qt paints what the edit marked
// dirty, as the next frame would, and the bench counts the widgets that repainted) with the
// breakdown shown, with the comparison shown, and with the sizing wizard open over the main
// window; and the app's resident memory with a scenario open. --verbose lists the widgets
// repainted and on how many keystrokes.
//
// With --screenshots DIR it instead saves PNGs of the main window and of every wizard
// page (add --dark for a dark palette; QT_SCALE_FACTOR=2 for 200 %), for looking at
// the UI and for docs/screenshot.png.

#include "compare/candidatetablemodel.h"
#include "compare/comparisonview.h"
#include "mainwindow/mainwindow.h"
#include "settings/translations.h"
#include "wizard/sizingwizard.h"
#include "model/scenariomodel.h"
#include "wizard/memorygauge.h"
#include "workspace/breakdownview.h"
#include "workspace/scenarioeditor.h"

#include <QApplication>
#include <QDir>
#include <QPaintEvent>
#include <QPalette>
#include <QRegion>
#include <QStyle>
#include <QStyleFactory>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QHash>
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

/// Counts the widgets that receive a paint event (an event filter on qApp sees them all).
class PaintCounter final : public QObject
{
public:
    int widgets() const { return static_cast<int>(m_painted.size()); }
    /// The share of the windows' area repainted since clear() (1 is every pixel of each).
    double windowShare() const
    {
        double painted = 0, total = 0;
        for (auto it = m_windowRegions.begin(); it != m_windowRegions.end(); ++it) {
            const QWidget *w = it.key();
            total += double(w->width()) * w->height();
            for (const QRect &r : it.value())
                painted += double(r.width()) * r.height();
        }
        return total > 0 ? painted / total : 0.0;
    }
    void clear()
    {
        m_painted.clear();
        m_windowRegions.clear();
    }
    /// "Class objectName" of each widget painted since clear().
    QStringList names() const
    {
        QStringList list;
        for (const QObject *o : m_painted)
            list << QStringLiteral("%1 %2").arg(QLatin1String(o->metaObject()->className()), o->objectName());
        return list;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_painted.insert(watched);
            // What each paint covers, in its window's coordinates (a region, so overlapping
            // paints of parent and child count once).
            auto *w = static_cast<QWidget *>(watched);
            QRegion &r = m_windowRegions[w->window()];
            r += static_cast<QPaintEvent *>(event)->region().translated(w->mapTo(w->window(), QPoint(0, 0)));
        }
        return false;
    }

private:
    QSet<QObject *> m_painted;
    QHash<const QWidget *, QRegion> m_windowRegions;
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

/// The system's load average over the last minute, five and fifteen (other builds
/// running slow every figure here).
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

struct KeystrokeFigures {
    std::vector<double> total;   ///< keystroke to every dirty widget painted, ms
    std::vector<double> updated; ///< keystroke to model, estimate and widgets updated, ms
    std::vector<double> painted; ///< widgets that received a paint event
    std::vector<double> share;   ///< share of the repainted windows' area
    int textChanged = 0;         ///< keystrokes after which the watched label's text differed
    QHash<QString, int> names;   ///< how many keystrokes repainted each widget
};

/// Types `edits` digits into `field`, one keystroke at a time over the selected text, each
/// timed until Qt has painted what it marked dirty (as the next frame would).
KeystrokeFigures measureKeystrokes(QLineEdit *field, QLabel *watched, int edits, PaintCounter &paints)
{
    KeystrokeFigures f;
    field->window()->activateWindow();
    field->setFocus();
    QApplication::processEvents();
    qApp->installEventFilter(&paints);
    for (int i = 0; i < edits; ++i) {
        const QString before = watched->text();
        field->selectAll();
        QApplication::processEvents(); // the selection painted before the clock starts
        paints.clear();
        const auto t = Clock::now();
        QTest::keyClick(field, char('1' + i % 9));
        const auto updated = Clock::now();
        QApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        QApplication::processEvents();
        f.total.push_back(ms(Clock::now() - t));
        f.updated.push_back(ms(updated - t));
        f.painted.push_back(paints.widgets());
        f.share.push_back(paints.windowShare());
        for (const QString &name : paints.names())
            ++f.names[name];
        f.textChanged += watched->text() != before;
    }
    qApp->removeEventFilter(&paints);
    return f;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double percentile90(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() * 9 / 10];
}

void report(const char *what, const KeystrokeFigures &f, int edits, int rows, bool verbose)
{
    std::printf("  edit to every visible view painted, %s: median %.2f ms, p90 %.2f ms over %d keystrokes"
                " (%d table rows, gauge text changed %d times)   target <= 8 ms median\n",
                what, median(f.total), percentile90(f.total), edits, rows, f.textChanged);
    std::printf("    of which model + estimate + widgets updated: median %.2f ms; painting the rest\n", median(f.updated));
    std::printf("    widgets repainted per keystroke: median %.0f, most %.0f; %.1f %% of the repainted windows' area (median)\n",
                median(f.painted), f.painted.empty() ? 0.0 : *std::max_element(f.painted.begin(), f.painted.end()),
                100.0 * median(f.share));
    if (!verbose)
        return;
    QList<std::pair<int, QString>> byCount;
    for (auto it = f.names.begin(); it != f.names.end(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[count, name] : byCount)
        std::printf("      %4d x %s\n", count, qPrintable(name));
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

    std::printf("headroom-ui-bench (%s platform, load average %s)\n", qPrintable(QGuiApplication::platformName()),
                qPrintable(loadAverage()));
    std::printf("  start to first window shown: %.1f ms from main() (QApplication %.1f, window built %.1f, shown %.1f)",
                startMs, appMs, buildMs, startMs - appMs - buildMs);
    if (sinceExec >= 0)
        std::printf(", %.0f ms from exec (10 ms resolution)", sinceExec * 1000.0);
    std::printf("   target <= 250 ms\n");

    // Edits as a user makes them: a keystroke in a batch-size field, then everything that
    // depends on it updated and painted, in each arrangement of the visible views.
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    const int edits = 300;
    PaintCounter paints;
    auto *gauge = window.editor()->gauge();
    auto *editorBatch = window.editor()->findChild<QLineEdit *>(QStringLiteral("run.batch_size"));
    report("main window, breakdown shown", measureKeystrokes(editorBatch, gauge->hostText(), edits, paints), edits,
           window.breakdownView()->table()->model()->rowCount(), verbose);

    auto *comparison = window.findChild<headroom::ui::ComparisonView *>();
    for (int tab = 0; comparison && tab < window.workspace()->count(); ++tab)
        if (window.workspace()->widget(tab)->isAncestorOf(comparison) || window.workspace()->widget(tab) == comparison)
            window.workspace()->setCurrentIndex(tab);
    QApplication::processEvents();
    if (comparison && comparison->isVisible())
        report("main window, comparison shown", measureKeystrokes(editorBatch, gauge->hostText(), edits, paints), edits,
               comparison->tableModel()->rowCount(), verbose);
    window.workspace()->setCurrentIndex(0);

    // The sizing wizard open over the main window (as File > New opens it), typing on its
    // Batch & training page: the wizard's gauge and the main window's views behind it.
    {
        headroom::ui::SizingWizard wizard(&model, nullptr, &window);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            std::fprintf(stderr, "wizard was never exposed\n");
        wizard.next();
        wizard.next();
        QApplication::processEvents();
        auto *wizardBatch = wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("run.batch_size"));
        auto *wizardGauge = wizard.findChild<headroom::ui::MemoryGauge *>();
        if (wizardBatch && wizardGauge)
            report("wizard open over the main window", measureKeystrokes(wizardBatch, wizardGauge->hostText(), edits, paints),
                   edits, window.breakdownView()->table()->model()->rowCount(), verbose);
    }
    std::printf("  resident memory with a scenario open: %.1f MiB   target <= 60 MiB\n", residentMiB());
    return 0;
}
