#pragma once

#include "wizard/scenarioform.h"

#include <vector>

class QComboBox;
class QTableWidget;
class QTableWidgetItem;

namespace headroom::ui {

/// Hardware: the cluster (nodes, devices, parallelism, offload), the system reserve and
/// headroom, and the candidate machines, typed in or taken from the built-in catalogue.
class HardwareForm final : public ScenarioForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareForm)

public:
    explicit HardwareForm(ScenarioModel *model, QWidget *parent = nullptr);

    QTableWidget *candidateTable() const { return m_table; }
    /// Columns of the candidate table.
    enum Column { Name, HostRam, GpuModel, GpuMemory, GpuCount, Price, Currency, ColumnCount };

protected:
    void build() override;

private:
    void loadCandidates();
    void handleItemChanged(QTableWidgetItem *item);
    void addTyped();
    void addFromCatalog();
    void removeSelected();

    QTableWidget *m_table = nullptr;
    QComboBox *m_catalog = nullptr;
    std::vector<HardwareCandidate> m_shown;
    bool m_filling = false;
};

} // namespace headroom::ui
