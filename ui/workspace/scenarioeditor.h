#pragma once

#include <QWidget>

class QTabWidget;

namespace headroom::ui {

class ScenarioModel;
class CatalogStore;
class MemoryGauge;

/// The scenario, editable in the workspace with the wizard's own forms (dataset, model,
/// batch & training, hardware) under the live memory gauge.
class ScenarioEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioEditor)

public:
    /// `catalog`: the user's catalogue, shared with the other candidate editors (nullptr:
    /// the Hardware form reads its own).
    explicit ScenarioEditor(ScenarioModel *model, CatalogStore *catalog = nullptr, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    MemoryGauge *gauge() const { return m_gauge; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    MemoryGauge *m_gauge;
    QTabWidget *m_pages;
};

} // namespace headroom::ui
