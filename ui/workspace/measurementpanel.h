#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace headroom::ui {

class ScenarioModel;

/// Beside the breakdown: the attached measurement held against the estimate, metric by
/// metric (estimated, measured, error), and the scenario fields the measured run differs
/// in. Hidden while no measurement is attached.
class MeasurementPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurementPanel)

public:
    explicit MeasurementPanel(ScenarioModel *model, QWidget *parent = nullptr);

    QLabel *textLabel() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ScenarioModel *m_model;
    QLabel *m_text;
    QPushButton *m_remove;
};

} // namespace headroom::ui
