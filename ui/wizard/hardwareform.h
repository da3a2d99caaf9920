#pragma once

#include "wizard/candidateeditmodel.h"
#include "wizard/scenarioform.h"

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace headroom::ui {

class CatalogStore;

/// Hardware: the cluster (nodes, devices, parallelism, offload), the system reserve and
/// headroom, and the candidate machines, typed in or taken from the catalogue (the built-in
/// one with the user's entries, from the CatalogStore the main window shares).
class HardwareForm final : public ScenarioForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareForm)

public:
    /// `catalog`: the user's catalogue store; nullptr: the form reads its own.
    explicit HardwareForm(ScenarioModel *model, CatalogStore *catalog = nullptr, QWidget *parent = nullptr);
    ~HardwareForm() override;

    QTableView *candidateTable() const { return m_table; }
    /// Columns of the candidate table.
    using Column = CandidateEditModel::Column;
    using enum CandidateEditModel::Column;

protected:
    void build() override;

private:
    void addFromCatalog();
    void removeSelected();
    void fillCatalogChoice();

    QTableView *m_table = nullptr;
    CandidateEditModel *m_candidates = nullptr;
    // Not a child of the form: a language change rebuilds the form's children.
    std::unique_ptr<CatalogStore> m_ownStore;
    CatalogStore *m_store;
    QComboBox *m_catalog = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace headroom::ui
