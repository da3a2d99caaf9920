#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace headroom::ui {

/// Edit → Preferences…: language, units, defaults of new scenarios, report paper and
/// author, chart theme. OK and Apply store the typed settings and apply them at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Stores the values shown and applies them (units, language).
    void apply();
    /// Shows the built-in defaults (stored only on OK or Apply).
    void restoreDefaults();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();

    QGroupBox *m_generalBox;
    QGroupBox *m_scenarioBox;
    QGroupBox *m_reportBox;
    QGroupBox *m_chartBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_unitsLabel;
    QComboBox *m_units;
    QLabel *m_headroomLabel;
    QDoubleSpinBox *m_headroom;
    QLabel *m_osReserveLabel;
    QDoubleSpinBox *m_osReserve;
    QLabel *m_paperLabel;
    QComboBox *m_paper;
    QLabel *m_authorLabel;
    QLineEdit *m_author;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisation;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QDialogButtonBox *m_buttons;
};

} // namespace headroom::ui
