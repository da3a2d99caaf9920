#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;

namespace headroom::ui {

class ScenarioModel;

/// What to buy: minimum, recommended (with the scenario's headroom) and the next
/// purchasable size, for host RAM and per device; and which candidate machine to pick.
class RecommendationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationView)

public:
    explicit RecommendationView(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the titles in the current language and remakes the computed texts.
    void retranslateUi();
    void refresh();

    ScenarioModel *m_model;
    QLabel *m_hostMinimum;
    QLabel *m_hostRecommended;
    QLabel *m_hostPurchasable;
    QLabel *m_deviceTitle;
    QLabel *m_deviceMinimum;
    QLabel *m_deviceRecommended;
    QLabel *m_devicePurchasable;
    QLabel *m_recommendedTitle;
    QLabel *m_candidates;
    QGroupBox *m_box;
    QLabel *m_minimumTitle;
    QLabel *m_purchasableTitle;
    QLabel *m_hostTitle;
};

/// The results of the scenario: the recommendation above the breakdown table and warnings.
class ResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    explicit ResultsView(ScenarioModel *model, QWidget *parent = nullptr);
    class BreakdownView *breakdown() const { return m_breakdown; }

private:
    BreakdownView *m_breakdown;
};

} // namespace headroom::ui
