#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace headroom::ui {

class ScenarioModel;
struct ScenarioChange;

/// The estimate as a person reads it: the recommendation, the host and device breakdown
/// (component, where, bytes, share, derivation) and the warnings.
class BreakdownView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownView)

public:
    explicit BreakdownView(ScenarioModel *model, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the headers in the current language and remakes the computed texts.
    void retranslateUi();
    void refresh();

    ScenarioModel *m_model;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_warnings;
};

} // namespace headroom::ui
