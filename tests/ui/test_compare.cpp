// The user's hardware catalogue (edit, persistence, import, refusal of a malformed file)
// and the comparison view (recommendation, sorting, undoable add, remove and reorder); it,
// the catalogue dialog and the memory gauge follow a language switch.

#include "common/format.h"
#include "compare/candidatetablemodel.h"
#include "compare/catalogdialog.h"
#include "compare/catalogstore.h"
#include "compare/comparisonview.h"
#include "engine/fit/fit.h"
#include "model/scenariomodel.h"
#include "settings/translations.h"
#include "wizard/memorygauge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <qcustomplot.h>

using namespace headroom;
using namespace headroom::ui;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

CatalogEntry myBox()
{
    CatalogEntry e;
    e.id = "lab-box";
    e.name = "Lab box";
    e.kind = "workstation";
    e.hostRam = StatedSize{192, "GB"};
    e.gpuModel = "RTX 4090";
    e.gpuMemory = StatedSize{24, "GB"};
    e.gpuCount = 2;
    e.price = 8700;
    e.currency = "EUR";
    e.source = "Quote 2026-11";
    e.lastChecked = "2026-11-20";
    return e;
}

/// Installs a language's catalogues and delivers the LanguageChange events they post.
QString switchLanguage(const QString &code)
{
    const QString installed = installTranslations(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return installed;
}

QString cell(const ComparisonView &view, int sourceRow, int column)
{
    return view.tableModel()->index(sourceRow, column).data().toString();
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // A fresh user data folder for each test.
        QFile::remove(CatalogStore::defaultPath());
        QFile::remove(CatalogStore::defaultPath() + QStringLiteral(".refused"));
    }

    void cleanup()
    {
        if (currentLanguage() != QLatin1String("en"))
            switchLanguage(QStringLiteral("en"));
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(CatalogStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void editsPersist()
    {
        {
            CatalogStore store;
            QVERIFY(store.loadError().isEmpty());
            QCOMPARE(store.merged().entries.size(), builtinCatalog().entries.size());
            QSignalSpy changed(&store, &CatalogStore::catalogChanged);
            QVERIFY(!store.put(myBox()));
            QCOMPARE(changed.count(), 1);
            // A price on a built-in GPU: the user's version replaces it.
            CatalogEntry l4 = *builtinCatalog().find("nvidia-l4");
            l4.price = 2450;
            l4.currency = "GBP";
            QVERIFY(!store.put(l4));
            QString copy;
            QVERIFY(!store.duplicate(QStringLiteral("lab-box"), &copy));
            QCOMPARE(copy, QStringLiteral("lab-box-copy"));
            QVERIFY(!store.remove(QStringLiteral("lab-box-copy")));
            QVERIFY(store.remove(QStringLiteral("aws-p4d.24xlarge")).has_value()); // built in: not deletable
        }
        CatalogStore reopened;
        QVERIFY(reopened.loadError().isEmpty());
        QCOMPARE(reopened.userCatalog().entries.size(), std::size_t{2});
        QVERIFY(*reopened.merged().find("lab-box") == myBox());
        QCOMPARE(reopened.merged().find("nvidia-l4")->price.value_or(0), 2450.0);
        QCOMPARE(reopened.merged().find("nvidia-l4")->currency, std::string("GBP"));
        QVERIFY(!reopened.merged().find("lab-box-copy"));
        QCOMPARE(reopened.merged().entries.size(), builtinCatalog().entries.size() + 1);
        // Deleting the user's version of a built-in entry reverts it.
        QVERIFY(!reopened.remove(QStringLiteral("nvidia-l4")));
        QVERIFY(!reopened.merged().find("nvidia-l4")->price);
    }

    void malformedUserFileRefusedRestUsable()
    {
        const QString path = CatalogStore::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeFile(path, R"({"entries":[{"id":"x","name":"X","kind":"gpu","gpu":{"model":"X","memory":{"value":24,"unit":"gigs"}}}]})");
        CatalogStore store;
        QVERIFY(!store.loadError().isEmpty());
        QVERIFY2(store.loadError().contains(QDir::toNativeSeparators(path)), qPrintable(store.loadError()));
        QVERIFY2(store.loadError().contains(QStringLiteral("entries[0].gpu.memory.unit")), qPrintable(store.loadError()));
        // The built-in catalogue is still there, and the comparison says what went wrong.
        QVERIFY(store.merged().find("aws-p5.48xlarge"));
        ScenarioModel model;
        ComparisonView view(&model, &store);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("catalogProblem"))->text().contains(QStringLiteral("entries[0]")));
        // Saving an edit keeps the refused file aside instead of overwriting it.
        QVERIFY(!store.put(myBox()));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".refused")));
        QVERIFY(store.loadError().isEmpty());
    }

    void importAndExport()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        writeFile(bad, R"({"entries":[{"id":"a","name":"A","kind":"cloud","host_ram":{"value":64,"unit":"GiB"},"prise":1}]})");
        CatalogStore store;
        const auto refused = store.importFile(bad);
        QVERIFY(refused);
        QVERIFY(refused->contains(QDir::toNativeSeparators(bad)));
        QVERIFY(refused->contains(QStringLiteral("entries[0].prise")));
        QVERIFY(store.userCatalog().entries.empty()); // nothing half-imported

        QVERIFY(!store.put(myBox()));
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(!store.exportFile(out));
        QVERIFY(!store.remove(QStringLiteral("lab-box")));
        int count = 0;
        QVERIFY(!store.importFile(out, &count));
        QCOMPARE(count, 1);
        QVERIFY(*store.merged().find("lab-box") == myBox());
    }

    void comparisonShowsRecommended()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("tabular-random-forest")));
        ComparisonView view(&model, new CatalogStore({}, &model));
        const Estimate *e = model.estimate();
        QVERIFY(e);
        QCOMPARE(view.tableModel()->rowCount(), static_cast<int>(e->candidates.size()));
        const auto best = recommendedCandidate(*e);
        const QString text = view.recommendationLabel()->text();
        if (best) {
            const QString name = QString::fromStdString(e->candidates[*best].machine.name);
            QCOMPARE(view.recommendedIndex(), std::optional<int>(static_cast<int>(*best)));
            QVERIFY2(text.contains(name), qPrintable(text));
            QVERIFY(cell(view, static_cast<int>(*best), CandidateTableModel::Name).contains(name));
            QVERIFY(view.tableModel()->index(static_cast<int>(*best), CandidateTableModel::Name).data(Qt::FontRole).value<QFont>().bold());
        } else {
            QVERIFY(!view.recommendedIndex());
            QVERIFY2(text.contains(QStringLiteral("No candidate")), qPrintable(text));
        }
        // Host RAM of each candidate as core resolved it.
        for (std::size_t i = 0; i < e->candidates.size(); ++i)
            QCOMPARE(view.tableModel()->index(static_cast<int>(i), CandidateTableModel::HostRam).data(CandidateTableModel::SortRole).toLongLong(),
                     e->candidates[i].machine.hostRam);
    }

    void recommendsCheapestThatFitsWithHeadroom()
    {
        // Three CPU machines: too small, big and cheap, big and dear.
        ScenarioModel model;
        Scenario s = exampleScenario(QStringLiteral("tabular-random-forest"));
        model.reset(s);
        const double needGib = static_cast<double>(model.estimate()->recommendation.hostRecommended) / GiB;
        s.hardware.clear();
        auto add = [&s](const char *name, double gib, double price) {
            HardwareCandidate h;
            h.name = name;
            h.hostRamGib = gib;
            h.price = Price{price, "USD"};
            s.hardware.push_back(h);
        };
        add("Small", needGib * 0.5, 1000);
        add("Dear", needGib * 2.0, 9000);
        add("Cheap", needGib * 1.5, 5000);
        model.reset(s);
        ComparisonView view(&model, new CatalogStore({}, &model));
        QCOMPARE(view.recommendedIndex(), std::optional<int>(2));
        QVERIFY(view.recommendationLabel()->text().contains(QStringLiteral("Cheap")));
        QVERIFY(cell(view, 0, CandidateTableModel::Fits).startsWith(QStringLiteral("No")));
        QVERIFY(cell(view, 1, CandidateTableModel::Fits).startsWith(QStringLiteral("Yes")));

        // Sorting by price puts Small, Cheap, Dear in that order; the scenario is unchanged.
        view.table()->sortByColumn(CandidateTableModel::Price, Qt::AscendingOrder);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view.table()->model());
        QStringList order;
        for (int r = 0; r < proxy->rowCount(); ++r)
            order << proxy->index(r, CandidateTableModel::Name).data().toString();
        QVERIFY(order[0].contains(QStringLiteral("Small")));
        QVERIFY(order[1].contains(QStringLiteral("Cheap")));
        QVERIFY(order[2].contains(QStringLiteral("Dear")));
        QCOMPARE(model.scenario().hardware[0].name, std::string("Small"));
        // Host RAM sorts by bytes, not by text.
        view.table()->sortByColumn(CandidateTableModel::HostRam, Qt::DescendingOrder);
        QVERIFY(proxy->index(0, CandidateTableModel::Name).data().toString().contains(QStringLiteral("Dear")));
    }

    void addRemoveReorderAreUndoable()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        CatalogStore store;
        ComparisonView view(&model, &store);
        const auto before = model.scenario().hardware;
        QCOMPARE(before.size(), std::size_t{3});

        // A built-in machine is referenced by id.
        QVERIFY(view.addEntry(*store.merged().find("aws-g5.xlarge")));
        QCOMPARE(model.scenario().hardware.size(), std::size_t{4});
        QCOMPARE(model.scenario().hardware.back().catalogId, std::string("aws-g5.xlarge"));
        QCOMPARE(view.tableModel()->rowCount(), 4);
        QVERIFY(cell(view, 3, CandidateTableModel::Name).contains(QStringLiteral("g5.xlarge")));
        // A bare GPU is copied in with the scenario's GPUs and recommended host RAM.
        QVERIFY(view.addEntry(*store.merged().find("nvidia-l40s")));
        const HardwareCandidate &gpu = model.scenario().hardware.back();
        QVERIFY(gpu.catalogId.empty());
        QVERIFY(gpu.gpu);
        QCOMPARE(gpu.gpu->count, model.scenario().cluster.gpusPerNode);
        QVERIFY(gpu.hostRamGib > 0);
        // A user entry is copied in (it is not in other people's catalogues).
        QVERIFY(!store.put(myBox()));
        QVERIFY(view.addEntry(*store.merged().find("lab-box")));
        QCOMPARE(model.scenario().hardware.back().name, std::string("Lab box"));
        QVERIFY(model.scenario().hardware.back().catalogId.empty());

        view.moveCandidate(0, +1);
        QVERIFY(model.scenario().hardware[1] == before[0]);
        QVERIFY(model.scenario().hardware[0] == before[1]);
        view.removeCandidate(1);
        QCOMPARE(model.scenario().hardware.size(), std::size_t{5});

        // Every edit is its own undo step.
        for (int i = 0; i < 5; ++i)
            model.undoStack()->undo();
        QVERIFY(model.scenario().hardware == before);
        QCOMPARE(view.tableModel()->rowCount(), 3);
        store.remove(QStringLiteral("lab-box"));
    }

    void atMostEightCandidates()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        CatalogStore store;
        ComparisonView view(&model, &store);
        const CatalogEntry *e = store.merged().find("aws-g6e.xlarge");
        while (model.scenario().hardware.size() < ComparisonView::kMaxCandidates)
            QVERIFY(view.addEntry(*e));
        QVERIFY(!view.addEntry(*e));
        QCOMPARE(model.scenario().hardware.size(), std::size_t{ComparisonView::kMaxCandidates});
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("addCandidate"))->isEnabled());
    }

    void buttonsMoveTheSelectedCandidate()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        ComparisonView view(&model, new CatalogStore({}, &model));
        view.show();
        const auto before = model.scenario().hardware;
        view.table()->selectRow(0);
        auto *down = view.findChild<QPushButton *>(QStringLiteral("moveDown"));
        QVERIFY(down->isEnabled());
        QTest::mouseClick(down, Qt::LeftButton);
        QVERIFY(model.scenario().hardware[1] == before[0]);
        QTest::mouseClick(down, Qt::LeftButton); // the selection followed the moved row
        QVERIFY(model.scenario().hardware[2] == before[0]);
        QVERIFY(!down->isEnabled());
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("removeCandidate")), Qt::LeftButton);
        QCOMPARE(model.scenario().hardware.size(), std::size_t{2});
    }

    void comparisonFollowsTheLanguageKeepingItsState()
    {
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        ComparisonView view(&model, new CatalogStore({}, &model));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *remove = view.findChild<QPushButton *>(QStringLiteral("removeCandidate"));
        QCOMPARE(view.tableModel()->headerData(CandidateTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("Candidate"));
        // The limits are without the safety margin that Fits counts, and the header says so.
        QVERIFY(view.tableModel()
                    ->headerData(CandidateTableModel::MaxBatch, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("without the safety margin (Fits counts the margin)")));
        QCOMPARE(remove->text(), QStringLiteral("&Remove"));
        // Sorted by host RAM, largest first, the middle row selected.
        view.table()->sortByColumn(CandidateTableModel::HostRam, Qt::DescendingOrder);
        view.table()->selectRow(1);
        auto *proxy = view.table()->model();
        const QString selected = proxy->index(1, CandidateTableModel::Name).data().toString();
        QStringList order;
        for (int r = 0; r < proxy->rowCount(); ++r)
            order << proxy->index(r, CandidateTableModel::Order).data().toString();

        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        const QAbstractItemModel *rows = view.tableModel();
        QCOMPARE(rows->headerData(CandidateTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("Kandidat"));
        QCOMPARE(rows->headerData(CandidateTableModel::HostFree, Qt::Horizontal).toString(), QStringLiteral("Host frei"));
        QCOMPARE(remove->text(), QStringLiteral("&Entfernen"));
        QCOMPARE(view.findChild<QPushButton *>(QStringLiteral("moveUp"))->text(), QStringLiteral("Nach &oben"));
        QCOMPARE(view.headroomChart()->xAxis->label(),
                 QStringLiteral("Freier Speicher bei der Spitzenlast des Jobs (in % der Maschine)"));
        for (int r = 0; r < rows->rowCount(); ++r) {
            const QString fits = cell(view, r, CandidateTableModel::Fits);
            QVERIFY2(fits.startsWith(QStringLiteral("Ja")) || fits.startsWith(QStringLiteral("Nein")),
                     qPrintable(fits));
        }
        // The same sorting and selection.
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), int(CandidateTableModel::HostRam));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QStringList after;
        for (int r = 0; r < proxy->rowCount(); ++r)
            after << proxy->index(r, CandidateTableModel::Order).data().toString();
        QCOMPARE(after, order);
        QVERIFY(view.table()->selectionModel()->isRowSelected(1, {}));
        QCOMPARE(proxy->index(1, CandidateTableModel::Name).data().toString(), selected);

        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(remove->text(), QStringLiteral("&Remove"));
    }

    void editOfOneCandidateRepaintsOnlyItsRow()
    {
        // Eight machines in a short window, so the table scrolls.
        Scenario s = exampleScenario(QStringLiteral("resnet50-single-gpu"));
        s.hardware.clear();
        for (int i = 0; i < ComparisonView::kMaxCandidates; ++i) {
            HardwareCandidate h;
            h.name = "Machine " + std::to_string(i + 1);
            h.hostRamGib = 64 + 16 * i;
            h.gpu = GpuSpec{"L40S", 48, 1};
            h.price = Price{1000.0 + 500 * i, "USD"};
            s.hardware.push_back(h);
        }
        ScenarioModel model;
        model.reset(s);
        ComparisonView view(&model, new CatalogStore({}, &model));
        view.resize(900, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        table->selectRow(5);
        QScrollBar *scroll = table->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        const int scrolled = scroll->value();
        QVERIFY2(scrolled > 0, "the table should scroll");
        const QString selectedName = table->model()->index(5, CandidateTableModel::Name).data().toString();

        QAbstractItemModel *shown = table->model();
        QSignalSpy changed(shown, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(shown, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(shown, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(shown, &QAbstractItemModel::modelReset);
        QSignalSpy relaid(shown, &QAbstractItemModel::layoutChanged);
        model.edit(QStringLiteral("hardware[5].host_ram_gib"), QStringLiteral("Host RAM"),
                   [](Scenario &edited) { edited.hardware[5].hostRamGib += 8; });

        // The new figure is shown, in that row only; nothing else was rebuilt.
        QCOMPARE(cell(view, 5, CandidateTableModel::HostRam), formatSize(model.estimate()->candidates[5].machine.hostRam));
        QCOMPARE(cell(view, 5, CandidateTableModel::HostRam), formatSize(Bytes{(64 + 16 * 5 + 8)} * GiB));
        QVERIFY(changed.count() >= 1);
        for (const QList<QVariant> &signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex().row(), 5);
            QCOMPARE(signal.at(1).toModelIndex().row(), 5);
        }
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(relaid.count(), 0);
        // The same row selected, the same place in the table.
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(table->selectionModel()->isRowSelected(5, {}));
        QCOMPARE(table->model()->index(5, CandidateTableModel::Name).data().toString(), selectedName);
        QCOMPARE(scroll->value(), scrolled);

        // Removing a machine removes one row; the selection stays where it was.
        model.edit(QString(), QStringLiteral("Remove"), [](Scenario &edited) { edited.hardware.pop_back(); });
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(view.tableModel()->rowCount(), ComparisonView::kMaxCandidates - 1);
        QVERIFY(table->selectionModel()->isRowSelected(5, {}));
    }

    void headroomChartRedrawnOnlyWhenItsFiguresChange()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        QVERIFY(!model.scenario().hardware.empty());
        ComparisonView view(&model, new CatalogStore({}, &model));
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCustomPlot *chart = view.headroomChart();
        QVERIFY(chart->plottableCount() > 0);
        QPointer<QCPAbstractPlottable> hostBars = chart->plottable(0);
        QSignalSpy replots(chart, &QCustomPlot::afterReplot);
        // The scenario's notes move no bar: the chart stays as drawn.
        model.edit(QStringLiteral("notes"), QStringLiteral("Notes"), [](Scenario &s) { s.notes = "Quote of 3 March"; });
        QVERIFY(hostBars);
        QCOMPARE(replots.count(), 0);
        // More host RAM on the first machine: its bar shows the new share free.
        model.edit(QStringLiteral("hardware[0].host_ram_gib"), QStringLiteral("Host RAM"),
                   [](Scenario &s) { s.hardware[0].hostRamGib += 64; });
        QVERIFY(!hostBars);
        QVERIFY(replots.count() >= 1);
        const CandidateFit &first = model.estimate()->candidates.front();
        auto *bars = qobject_cast<QCPBars *>(chart->plottable(0));
        QVERIFY(bars);
        const double key = static_cast<double>(model.estimate()->candidates.size());
        const auto at = bars->data()->findBegin(key, false);
        QCOMPARE(at->key, key);
        QCOMPARE(at->value, 100.0 * static_cast<double>(first.hostFree) / static_cast<double>(first.machine.hostRam));
    }

    void catalogueFollowsTheLanguage()
    {
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        CatalogStore store;
        CatalogDialog dialog(&store, CatalogDialog::Pick);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pick = dialog.findChild<QDialogButtonBox *>()->buttons().front();
        QCOMPARE(pick->text(), QStringLiteral("&Add to Comparison"));
        QCOMPARE(dialog.table()->horizontalHeaderItem(CatalogDialog::Origin)->text(), QStringLiteral("Origin"));
        dialog.findChild<QLineEdit *>(QStringLiteral("filter"))->setText(QStringLiteral("p5"));
        dialog.selectEntry(QStringLiteral("aws-p5.48xlarge"));
        int shown = 0;
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            shown += dialog.table()->isRowHidden(r) ? 0 : 1;

        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Kandidaten aus dem Katalog hinzufügen"));
        QCOMPARE(pick->text(), QStringLiteral("Zum Vergleich &hinzufügen"));
        QCOMPARE(dialog.table()->horizontalHeaderItem(CatalogDialog::Origin)->text(), QStringLiteral("Herkunft"));
        // The rows are remade in German, the filter and the selection kept.
        const auto selected = dialog.table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        const int row = selected.front().row();
        QCOMPARE(dialog.table()->item(row, CatalogDialog::Id)->text(), QStringLiteral("aws-p5.48xlarge"));
        QCOMPARE(dialog.table()->item(row, CatalogDialog::Origin)->text(), QStringLiteral("Integriert"));
        int shownAfter = 0;
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            shownAfter += dialog.table()->isRowHidden(r) ? 0 : 1;
        QCOMPARE(shownAfter, shown);
        QVERIFY(pick->isEnabled());

        CatalogEntryDialog form(*store.merged().find("aws-p5.48xlarge"), false);
        auto *id = form.findChild<QLineEdit *>(QStringLiteral("id"));
        QString idLabel;
        for (const QLabel *l : form.findChildren<QLabel *>())
            if (l->buddy() == id)
                idLabel = l->text();
        QCOMPARE(idLabel, QStringLiteral("&ID:"));
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(form.windowTitle(), QStringLiteral("Catalogue Entry"));
        QCOMPARE(pick->text(), QStringLiteral("&Add to Comparison"));
    }

    void gaugeFollowsTheLanguage()
    {
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        MemoryGauge gauge(&model);
        gauge.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gauge));
        gauge.candidateChoice()->setCurrentIndex(2);
        const Machine &machine = model.estimate()->candidates[2].machine;
        auto *title = gauge.findChild<QLabel *>(QStringLiteral("gaugeTitle"));
        QCOMPARE(title->text(), QStringLiteral("<b>Memory</b> against:"));
        QVERIFY(gauge.hostText()->text().startsWith(QStringLiteral("Host RAM: ")));

        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(title->text(), QStringLiteral("<b>Speicher</b> im Vergleich zu:"));
        QCOMPARE(gauge.candidateChoice()->currentIndex(), 2);
        QCOMPARE(gauge.hostText()->text(), QStringLiteral("Host-RAM: %1 von %2")
                                               .arg(formatSize(model.estimate()->recommendation.hostMinimum),
                                                    formatSize(machine.hostRam)));

        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(title->text(), QStringLiteral("<b>Memory</b> against:"));
    }

    void gaugeWithoutCandidatesSaysSo()
    {
        // No candidate machine yet: the choice is disabled and says why it is empty, in the
        // user's language.
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        Scenario s = exampleScenario(QStringLiteral("resnet50-single-gpu"));
        s.hardware.clear();
        ScenarioModel model;
        model.reset(s);
        QVERIFY(model.estimate());
        MemoryGauge gauge(&model);
        gauge.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gauge));
        QCOMPARE(gauge.candidateChoice()->count(), 0);
        QVERIFY(!gauge.candidateChoice()->isEnabled());
        QCOMPARE(gauge.candidateChoice()->placeholderText(), QStringLiteral("no candidate machine"));
        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(gauge.candidateChoice()->placeholderText(), QStringLiteral("keine Kandidatenmaschine"));
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }

    void everyViewGivesCoresVerdict()
    {
        // A job on two GPUs per machine, against a machine with one GPU that would hold each
        // GPU's share: it does not fit, and the gauge, the comparison and the recommendation
        // all say so, for the same reason.
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
        Scenario s = exampleScenario(QStringLiteral("resnet50-single-gpu"));
        s.cluster.gpusPerNode = 2;
        s.hardware.clear();
        HardwareCandidate one;
        one.name = "One big GPU";
        one.hostRamGib = 1024;
        one.gpu = GpuSpec{"H200", 141, 1};
        s.hardware.push_back(one);
        ScenarioModel model;
        model.reset(s);
        const Estimate *e = model.estimate();
        QVERIFY(e);
        QVERIFY(e->candidates.front().level == FitLevel::DoesNotFit);
        QVERIFY(*e->candidates.front().deviceFree > 0);
        const QString why = QStringLiteral("the job needs 2 GPUs per machine, it has 1");

        MemoryGauge gauge(&model);
        gauge.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gauge));
        QCOMPARE(gauge.deviceBar()->level(), MemoryBar::Level::Over);
        auto *status = gauge.findChild<QLabel *>(QStringLiteral("gaugeStatus"));
        QVERIFY2(status->text().contains(why), qPrintable(status->text()));

        ComparisonView view(&model, new CatalogStore({}, &model));
        QCOMPARE(cell(view, 0, CandidateTableModel::Fits), QStringLiteral("No: ") + why);

        QCOMPARE(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY2(!status->text().contains(why), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("GPUs")), qPrintable(status->text()));
        QCOMPARE(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }

    void hiddenComparisonCatchesUpWhenShown()
    {
        ScenarioModel model;
        model.reset(exampleScenario(QStringLiteral("resnet50-single-gpu")));
        CatalogStore store;
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("first"));
        auto *view = new ComparisonView(&model, &store);
        tabs.addTab(view, QStringLiteral("comparison"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QCOMPARE(view->tableModel()->rowCount(), 3);
        // Behind another tab an edit costs the comparison nothing...
        model.edit(QString(), QStringLiteral("remove"), [](Scenario &s) { s.hardware.pop_back(); });
        QCOMPARE(view->tableModel()->rowCount(), 3);
        // ...and it shows the scenario as it is once its tab is chosen.
        tabs.setCurrentWidget(view);
        QCOMPARE(view->tableModel()->rowCount(), 2);
        model.edit(QString(), QStringLiteral("remove"), [](Scenario &s) { s.hardware.pop_back(); });
        QCOMPARE(view->tableModel()->rowCount(), 1);
    }

    void pickDialogReturnsSelectedEntries()
    {
        CatalogStore store;
        CatalogDialog dialog(&store, CatalogDialog::Pick);
        QCOMPARE(dialog.table()->rowCount(), static_cast<int>(store.merged().entries.size()));
        dialog.selectEntry(QStringLiteral("aws-p5.48xlarge"));
        dialog.selectEntry(QStringLiteral("gcp-a3-highgpu-8g"));
        dialog.accept();
        const auto picked = dialog.pickedEntries();
        QCOMPARE(picked.size(), std::size_t{2});
    }
};

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
