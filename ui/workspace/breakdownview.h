#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace headroom::ui {

class BreakdownModel;
class ScenarioModel;

/// The estimate as a person reads it: the recommendation, the host and device breakdown
/// (component, where, bytes, share, derivation) and the warnings.
class BreakdownView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownView)

public:
    explicit BreakdownView(ScenarioModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    BreakdownModel *rows() const { return m_rows; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Remakes the texts in the current language (and units).
    void retranslateUi();
    void refresh();

    ScenarioModel *m_model;
    QLabel *m_summary;
    BreakdownModel *m_rows;
    QTableView *m_table;
    QLabel *m_warnings;
};

} // namespace headroom::ui
