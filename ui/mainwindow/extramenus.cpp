#include "mainwindow/extramenus.h"

#include "help/aboutdialog.h"
#include "model/scenariomodel.h"
#include "report/report.h"
#include "settings/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace headroom::ui {

/// Owns the added actions, retranslates them, and handles them.
class ExtraMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtraMenus)

public:
    ExtraMenus(QMainWindow *window, ScenarioModel *model) : QObject(window), m_window(window), m_model(model)
    {
        setObjectName(QStringLiteral("extraMenus"));
        QMenu *file = menu(QStringLiteral("fileMenu"), QT_TR_NOOP("&File"));
        QMenu *edit = menu(QStringLiteral("editMenu"), QT_TR_NOOP("&Edit"));
        QMenu *help = menu(QStringLiteral("helpMenu"), QT_TR_NOOP("&Help"));

        m_export = new QAction(window);
        m_export->setObjectName(QStringLiteral("exportReportAction"));
        m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        connect(m_export, &QAction::triggered, this, &ExtraMenus::exportReport);
        insertBeforeQuit(file, m_export);

        m_preferences = new QAction(window);
        m_preferences->setObjectName(QStringLiteral("preferencesAction"));
        m_preferences->setShortcut(QKeySequence::Preferences);
        m_preferences->setMenuRole(QAction::PreferencesRole);
        connect(m_preferences, &QAction::triggered, this, &ExtraMenus::showPreferences);
        if (!edit->isEmpty())
            edit->addSeparator();
        edit->addAction(m_preferences);

        m_guide = new QAction(window);
        m_guide->setObjectName(QStringLiteral("userGuideAction"));
        m_guide->setShortcut(QKeySequence::HelpContents);
        connect(m_guide, &QAction::triggered, this, &ExtraMenus::showGuide);
        m_about = new QAction(window);
        m_about->setObjectName(QStringLiteral("aboutAction"));
        m_about->setMenuRole(QAction::AboutRole);
        connect(m_about, &QAction::triggered, this, &ExtraMenus::showAbout);
        m_aboutQt = new QAction(window);
        m_aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
        m_aboutQt->setMenuRole(QAction::AboutQtRole);
        connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
        help->addAction(m_guide);
        help->addSeparator();
        help->addAction(m_about);
        help->addAction(m_aboutQt);

        window->installEventFilter(this);
        retranslate();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    /// The window's menu of that object name; else the one titled `title` in MainWindow's
    /// context; else a new one, which this object then titles and retranslates.
    QMenu *menu(const QString &objectName, const char *title)
    {
        if (auto *found = m_window->menuBar()->findChild<QMenu *>(objectName, Qt::FindDirectChildrenOnly))
            return found;
        const QString translated = QCoreApplication::translate("headroom::ui::MainWindow", title);
        for (QAction *action : m_window->menuBar()->actions())
            if (action->menu() && action->menu()->title() == translated) {
                action->menu()->setObjectName(objectName);
                return action->menu();
            }
        QMenu *created = m_window->menuBar()->addMenu(QString());
        created->setObjectName(objectName);
        m_created.append({created, title});
        return created;
    }

    static void insertBeforeQuit(QMenu *menu, QAction *action)
    {
        const QList<QAction *> actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            if (actions[i]->shortcut() == QKeySequence(QKeySequence::Quit) || actions[i]->menuRole() == QAction::QuitRole) {
                // Before the separator that precedes Quit, as a group of its own.
                QAction *before = i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
                menu->insertAction(before, action);
                menu->insertSeparator(before);
                return;
            }
        }
        if (!menu->isEmpty())
            menu->addSeparator();
        menu->addAction(action);
    }

    void retranslate()
    {
        for (const auto &[menu, title] : m_created)
            menu->setTitle(tr(title));
        m_export->setText(tr("Export &Report…"));
        m_export->setStatusTip(tr("Preview the PDF report for procurement and save or print it"));
        m_preferences->setText(tr("&Preferences…"));
        m_guide->setText(tr("Headroom &User Guide"));
        m_about->setText(tr("&About Headroom"));
        m_aboutQt->setText(tr("About &Qt"));
    }

    QString suggestedPdfPath() const
    {
        QString base = QFileInfo(m_model->filePath()).fileName();
        if (base.endsWith(QStringLiteral(".headroom.json")))
            base.chop(int(qstrlen(".headroom.json")));
        else if (base.endsWith(QStringLiteral(".json")))
            base.chop(5);
        if (base.isEmpty())
            base = tr("headroom-report");
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + base
               + QStringLiteral(".pdf");
    }

    void exportReport()
    {
        if (!m_model->estimate()) {
            QMessageBox::warning(m_window, tr("No report"),
                                 tr("The scenario cannot be estimated, so there is nothing to report yet."));
            return;
        }
        ReportOptions options = ReportOptions::fromPreferences();
        options.sourceFile = QFileInfo(m_model->filePath()).fileName();
        options.measurement = m_model->measurement();
        options.measurementFile = QFileInfo(m_model->measurementFile()).fileName();
        const Scenario scenario = m_model->scenario();

        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(options.pageSize);
        printer.setDocName(m_model->displayName());
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setObjectName(QStringLiteral("reportPreview"));
        preview.setWindowTitle(tr("Report Preview"));
        preview.resize(900, 1000);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter *target) { renderReport(scenario, options, target); });
        // Saving as PDF is what most people want from here; printing stays on the toolbar.
        if (auto *toolbar = preview.findChild<QToolBar *>()) {
            QAction *save = toolbar->addAction(tr("Save as PDF…"));
            save->setObjectName(QStringLiteral("savePdfAction"));
            connect(save, &QAction::triggered, &preview, [&] {
                QString path = QFileDialog::getSaveFileName(&preview, tr("Save Report"), suggestedPdfPath(), tr("PDF documents (*.pdf)"));
                if (path.isEmpty())
                    return;
                if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
                    path += QStringLiteral(".pdf");
                if (auto problem = writeReportPdf(scenario, options, path)) {
                    QMessageBox::warning(&preview, tr("Report not saved"), *problem);
                    return;
                }
                preview.accept();
            });
        }
        preview.exec();
    }

    void showPreferences()
    {
        PreferencesDialog dialog(m_window);
        dialog.exec();
    }

    void showGuide()
    {
        auto *guide = new UserGuideDialog(m_window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    }

    void showAbout()
    {
        AboutDialog about(m_window);
        about.exec();
    }

    QMainWindow *m_window;
    ScenarioModel *m_model;
    QList<std::pair<QMenu *, const char *>> m_created;
    QAction *m_export = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

void addReportAndSettingsActions(QMainWindow *window, ScenarioModel *model)
{
    new ExtraMenus(window, model);
}

} // namespace headroom::ui

#include "extramenus.moc"
