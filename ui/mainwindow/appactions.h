#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace headroom::ui {

class ScenarioModel;

/// The commands beyond the document's: File → Export Report…, Edit → Preferences…,
/// Help → User Guide (F1), About Headroom, About Qt. The main window gives each menu;
/// the commands' texts follow language changes through retranslate().
class AppActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppActions)

public:
    AppActions(ScenarioModel *model, QWidget *window);

    /// Adds Export Report… to the File menu.
    void populateFile(QMenu *menu);
    /// Adds Preferences… to the Edit menu.
    void populateEdit(QMenu *menu);
    /// Adds the user guide and the About boxes to the Help menu.
    void populateHelp(QMenu *menu);
    /// Sets the commands' texts in the current language.
    void retranslate();

    void exportReport();
    void showPreferences();
    void showGuide();
    void showAbout();

private:
    QString suggestedPdfPath() const;

    ScenarioModel *m_model;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_preferences;
    QAction *m_guide;
    QAction *m_about;
    QAction *m_aboutQt;
};

} // namespace headroom::ui
