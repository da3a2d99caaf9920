#pragma once

#include "hardware/catalog.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace headroom::ui {

class CatalogStore;

/// The hardware catalogue as a list to pick candidates from (Pick) or to look after
/// (Manage): add, edit, duplicate and delete the user's entries, import and export
/// catalogue files. Built-in entries are edited by saving the user's own version over them.
class CatalogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDialog)

public:
    enum Mode { Pick, Manage };
    enum Column { Name, Id, Kind, HostRam, Gpus, Price, Source, LastChecked, Origin, ColumnCount };

    CatalogDialog(CatalogStore *store, Mode mode, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    /// How many entries may be picked (the comparison's free places).
    void setPickLimit(int limit);
    /// The entries selected when the dialog was accepted in Pick mode.
    std::vector<CatalogEntry> pickedEntries() const { return m_picked; }
    QTableWidget *table() const { return m_table; }
    /// Selects the row of entry `id` (for keyboard users and tests).
    void selectEntry(const QString &id);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the window title, headers and buttons in the current language, then refills.
    void retranslateUi();
    void refill();
    void applyFilter();
    void updateButtons();
    QStringList selectedIds() const;
    void addEntry();
    void editEntry();
    void duplicateEntry();
    void deleteEntry();
    void importCatalogue();
    void exportCatalogue();
    void report(const std::optional<QString> &error);

    CatalogStore *m_store;
    Mode m_mode;
    int m_pickLimit = 8;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QDialogButtonBox *m_box;
    QPushButton *m_pick = nullptr; ///< "Add to Comparison" (Pick mode)
    std::vector<CatalogEntry> m_picked;
};

/// A form for one catalogue entry: id, name, kind, host RAM and GPUs as stated (GB or
/// GiB), price and currency, source and the date it was last checked.
class CatalogEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogEntryDialog)

public:
    CatalogEntryDialog(const CatalogEntry &entry, bool idEditable, QWidget *parent = nullptr);
    ~CatalogEntryDialog() override;

    CatalogEntry entry() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the title, the labels and the kinds in the current language.
    void retranslateUi();
    void updateOk();

    CatalogEntry m_original;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QDoubleSpinBox *m_hostRam;
    QComboBox *m_hostUnit;
    QLineEdit *m_gpuModel;
    QDoubleSpinBox *m_gpuMemory;
    QComboBox *m_gpuUnit;
    QSpinBox *m_gpuCount;
    QDoubleSpinBox *m_price;
    QLineEdit *m_currency;
    QLineEdit *m_source;
    QLineEdit *m_lastChecked;
    QDialogButtonBox *m_box;
    QLabel *m_times; ///< "×" between the GPU count and model
    QFormLayout *m_form;
};

} // namespace headroom::ui
