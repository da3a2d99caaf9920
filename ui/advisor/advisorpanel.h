#pragma once

#include "advisor/advisor.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace headroom::ui {

class ScenarioModel;

/// The optimisation advisor as a workspace tab: each way to cut memory with what it saves on
/// the host and per device, what it costs, the candidates it makes fit, and an Apply button
/// that applies its patch to the scenario as one undoable edit. Pitfalls are listed above.
class AdvisorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvisorPanel)

public:
    explicit AdvisorPanel(ScenarioModel *model, QWidget *parent = nullptr);

    /// The suggestions shown, in their order on screen.
    const std::vector<Suggestion> &suggestions() const { return m_suggestions; }
    /// The Apply button of suggestion `id` ("apply_" + id), or nullptr.
    QPushButton *applyButton(const QString &id) const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onModelChanged();
    void refresh();
    void onApply(std::size_t index);
    QWidget *makeCard(const Suggestion &s, std::size_t index);

    ScenarioModel *m_model;
    QLabel *m_summary;
    QLabel *m_pitfalls;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    std::vector<Suggestion> m_suggestions;
    bool m_stale = false; ///< the model changed while the panel was hidden
};

} // namespace headroom::ui
