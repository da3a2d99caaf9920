#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace headroom::ui {

class ScenarioModel;

/// Above the breakdown: the attached measurement held against the estimate, one row per
/// metric (estimated, measured, error), and the scenario fields the measured run differs
/// in. Hidden while no measurement is attached.
class MeasurementPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurementPanel)

public:
    explicit MeasurementPanel(ScenarioModel *model, QWidget *parent = nullptr);

    /// Everything the panel shows, as plain text, one line per label row (for tests and
    /// the clipboard).
    QString text() const;
    /// The cells of metric row `row` (0-based, header excluded): metric, estimated,
    /// measured, error; empty when there is no such row.
    QList<QLabel *> rowLabels(int row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void clearRows();

    ScenarioModel *m_model;
    QLabel *m_title;
    QLabel *m_source;
    QPushButton *m_remove;
    QGridLayout *m_grid;
    QList<QList<QLabel *>> m_rows; // m_rows[0] is the header
    QLabel *m_note;
};

} // namespace headroom::ui
