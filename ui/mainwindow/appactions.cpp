#include "mainwindow/appactions.h"

#include "help/aboutdialog.h"
#include "model/scenariomodel.h"
#include "report/report.h"
#include "settings/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace headroom::ui {

AppActions::AppActions(ScenarioModel *model, QWidget *window)
    : QObject(window), m_model(model), m_window(window), m_export(new QAction(window)),
      m_preferences(new QAction(window)), m_guide(new QAction(window)), m_about(new QAction(window)),
      m_aboutQt(new QAction(window))
{
    setObjectName(QStringLiteral("appActions"));
    m_export->setObjectName(QStringLiteral("exportReportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &AppActions::exportReport);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &AppActions::showPreferences);
    m_guide->setObjectName(QStringLiteral("userGuideAction"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    connect(m_guide, &QAction::triggered, this, &AppActions::showGuide);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &AppActions::showAbout);
    m_aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    retranslate();
}

void AppActions::populateFile(QMenu *menu) { menu->addAction(m_export); }

void AppActions::populateEdit(QMenu *menu) { menu->addAction(m_preferences); }

void AppActions::populateHelp(QMenu *menu)
{
    menu->addAction(m_guide);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

void AppActions::retranslate()
{
    m_export->setText(tr("Export &Report…"));
    m_export->setStatusTip(tr("Preview the PDF report for procurement and save or print it"));
    m_preferences->setText(tr("&Preferences…"));
    m_guide->setText(tr("Headroom &User Guide"));
    m_about->setText(tr("&About Headroom"));
    m_aboutQt->setText(tr("About &Qt"));
}

QString AppActions::suggestedPdfPath() const
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

void AppActions::exportReport()
{
    if (!m_model->estimate()) {
        QMessageBox::warning(m_window, tr("No report"),
                             tr("The scenario cannot be estimated, so there is nothing to report yet."));
        return;
    }
    ReportOptions options = ReportOptions::fromPreferences();
    options.sourceFile = reportedSourceFile(m_model->filePath(), m_model->isModified());
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

void AppActions::showPreferences()
{
    PreferencesDialog dialog(m_window);
    dialog.exec();
}

void AppActions::showGuide()
{
    auto *guide = new UserGuideDialog(m_window);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void AppActions::showAbout()
{
    AboutDialog about(m_window);
    about.exec();
}

} // namespace headroom::ui
