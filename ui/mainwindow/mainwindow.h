#pragma once

#include <QMainWindow>

class QTabWidget;

namespace headroom::ui {

class ScenarioModel;
class BreakdownView;

/// The main window only wires things together: the model, the workspace tabs, the menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ScenarioModel *model, QWidget *parent = nullptr);

    /// Opens a scenario file; on a refusal shows it and keeps what was open. Returns success.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();

    QTabWidget *workspace() const { return m_tabs; }
    BreakdownView *breakdownView() const { return m_breakdown; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    bool maybeSave();
    void showRefusal(const QString &path, const QString &message);

    ScenarioModel *m_model;
    QTabWidget *m_tabs;
    BreakdownView *m_breakdown;
};

} // namespace headroom::ui
