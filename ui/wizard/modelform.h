#pragma once

#include "wizard/scenarioform.h"

#include <optional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QFormLayout;
class QPlainTextEdit;
class QTableWidget;

namespace headroom {
struct ModelKey;
}

namespace headroom::ui {

class FieldBinder;

/// The model: the framework, then a named network (searchable, with parameter counts),
/// a custom network (mlp, rnn, transformer with every key, or parameters + activation
/// bytes), or a classical estimator with its parameters as JSON.
class ModelForm final : public ScenarioForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelForm)

public:
    explicit ModelForm(ScenarioModel *model, QWidget *parent = nullptr);

    QListWidget *presetList() const { return m_presets; }

    /// The parameter count of a named network, for the preset list; nullopt while the
    /// engine does not report it. Computed from the estimate's `parameters` component.
    static std::optional<std::int64_t> presetParameterCount(std::string_view preset);

    /// "46.70 B parameters total, 12.88 B parameters active per token" (or the one count
    /// of a dense network), as core counts them.
    static QString parameterCountsText(const Scenario &s);

protected:
    void build() override;

private:
    void buildNetwork();
    void buildTransformer();
    void addKeyField(FieldBinder *b, QFormLayout *layout, const ModelKey &key);
    void buildClassical();
    void updateVisibility();
    void loadPresets();
    void filterPresets(const QString &text);
    void applyFramework(Scenario &s, Framework f);
    void buildParamTable(QFormLayout *layout);
    void loadParamTable();
    void editParamTable();

    QGroupBox *m_network = nullptr;
    QGroupBox *m_transformer = nullptr;
    QGroupBox *m_classical = nullptr;
    std::vector<QGroupBox *> m_groups; ///< sections of the moe, mla and sliding_window keys
    QLabel *m_paramCounts = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_presets = nullptr;
    QWidget *m_outputs = nullptr;
    QWidget *m_mlpHidden = nullptr;
    QWidget *m_activation = nullptr;
    QWidget *m_mlpDropout = nullptr;
    QWidget *m_cell = nullptr;
    QWidget *m_rnnLayers = nullptr;
    QWidget *m_rnnHidden = nullptr;
    QWidget *m_bidirectional = nullptr;
    QWidget *m_parameters = nullptr;
    QWidget *m_activationBytes = nullptr;
    QComboBox *m_estimator = nullptr;
    QPlainTextEdit *m_params = nullptr;
    QTableWidget *m_paramTable = nullptr;
    QWidget *m_paramBox = nullptr;
    nlohmann::ordered_json m_tableShown;
    bool m_fillingTable = false;
    std::optional<Architecture> m_lastArchitecture;
};

} // namespace headroom::ui
