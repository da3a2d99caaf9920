#include "mainwindow/mainwindow.h"

#include "mainwindow/workspacetabs.h"
#include "model/scenariomodel.h"
#include "workspace/breakdownview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>

namespace headroom::ui {

MainWindow::MainWindow(ScenarioModel *model, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_tabs(new QTabWidget(this)), m_breakdown(new BreakdownView(model, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_breakdown, tr("&Breakdown"));
    addWorkspaceTabs(m_tabs, m_model);
    setCentralWidget(m_tabs);
    createMenus();
    connect(m_model, &ScenarioModel::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_model, &ScenarioModel::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_model, &ScenarioModel::changed, this, &MainWindow::updateTitle);
    resize(1200, 780);
    updateTitle();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), {},
                                                          tr("Headroom scenarios (*.headroom.json *.json)"));
        if (!path.isEmpty())
            openFile(path);
    });
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

bool MainWindow::openFile(const QString &path)
{
    if (auto problem = m_model->open(path)) {
        showRefusal(path, QString::fromStdString(problem->text()));
        return false;
    }
    return true;
}

void MainWindow::showRefusal(const QString &path, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open scenario"),
                    tr("%1 was not opened; what you had open is unchanged.").arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.setObjectName(QStringLiteral("refusal"));
    box.exec();
}

bool MainWindow::save()
{
    if (m_model->filePath().isEmpty())
        return saveAs();
    if (auto problem = m_model->save(m_model->filePath())) {
        QMessageBox::warning(this, tr("Cannot save"), QString::fromStdString(problem->text()));
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), m_model->displayName(),
                                                tr("Headroom scenarios (*.headroom.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".headroom.json");
    if (auto problem = m_model->save(path)) {
        QMessageBox::warning(this, tr("Cannot save"), QString::fromStdString(problem->text()));
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_model->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(m_model->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Headroom").arg(m_model->displayName()));
    setWindowModified(m_model->isModified());
}

} // namespace headroom::ui
