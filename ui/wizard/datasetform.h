#pragma once

#include "wizard/scenarioform.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace headroom::ui {

/// The dataset: samples, the shape and type of one sample, sparse layout, labels,
/// how it is stored and copied; with presets for common sets.
class DatasetForm final : public ScenarioForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetForm)

public:
    explicit DatasetForm(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    void build() override;

private:
    void updateVisibility();

    QComboBox *m_preset = nullptr;
    QLineEdit *m_features = nullptr;
    QLineEdit *m_height = nullptr;
    QLineEdit *m_width = nullptr;
    QLineEdit *m_channels = nullptr;
    QLineEdit *m_length = nullptr;
    QLabel *m_lengthUnit = nullptr;
    QWidget *m_density = nullptr;
    QWidget *m_indexDtype = nullptr;
    QWidget *m_fileSize = nullptr;
    QLabel *m_size = nullptr;
};

} // namespace headroom::ui
