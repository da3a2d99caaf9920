#include "wizard/modelform.h"

#include "engine/dnn/dnn.h"
#include "engine/engine.h"
#include "model/modelimport.h"
#include "model/scenariomodel.h"
#include "engine/dnn/networks.h"
#include "scenario/model_keys.h"
#include "scenario/presets.h"
#include "scenario/rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <map>
#include <memory>

namespace headroom::ui {

namespace {

std::int64_t tokensOf(const Scenario &s)
{
    return s.dataset.input.kind == InputKind::Tokens ? s.dataset.input.length : 0;
}

Architecture &arch(Scenario &s)
{
    if (!s.model.architecture)
        s.model.architecture = Architecture{};
    return *s.model.architecture;
}

QString countText(std::int64_t n)
{
    const QLocale locale;
    if (n >= 1'000'000'000)
        return ModelForm::tr("%1 B parameters").arg(locale.toString(static_cast<double>(n) / 1e9, 'f', 2));
    if (n >= 1'000'000)
        return ModelForm::tr("%1 M parameters").arg(locale.toString(static_cast<double>(n) / 1e6, 'f', 1));
    return ModelForm::tr("%1 parameters").arg(locale.toString(static_cast<qlonglong>(n)));
}

QStringList estimatorsOf(Framework f)
{
    QStringList names;
    for (std::string_view e : estimatorsFor(f))
        names << QString::fromLatin1(e.data(), static_cast<qsizetype>(e.size()));
    return names;
}

/// Parameters as one line of JSON with a space after each separator, for reading.
QString paramsText(const nlohmann::ordered_json &params)
{
    QStringList parts;
    for (const auto &[key, value] : params.items())
        parts << QString::fromStdString(nlohmann::ordered_json(key).dump() + ": " + value.dump());
    return QStringLiteral("{") + parts.join(QStringLiteral(", ")) + QStringLiteral("}");
}

} // namespace

std::optional<std::int64_t> ModelForm::presetParameterCount(std::string_view preset)
{
    const std::int64_t n = dnn::presetParameterCount(preset);
    return n > 0 ? std::optional<std::int64_t>(n) : std::nullopt;
}

ModelForm::ModelForm(ScenarioModel *model, QWidget *parent)
    : ScenarioForm(model, {QStringLiteral("model")}, parent)
{
    setUp();
    ModelImport::acceptDrops(this, model); // a config.json, safetensors or GGUF file dropped here is imported
}

void ModelForm::build()
{
    m_tableShown = nullptr; // the new table is empty
    QFormLayout *fw = addSection(tr("Framework"));
    addEnum<Framework>(m_binder, fw, QStringLiteral("model.framework"), tr("&Framework:"),
                       {QStringLiteral("PyTorch"), QStringLiteral("TensorFlow"), QStringLiteral("Keras"),
                        QStringLiteral("JAX"), QStringLiteral("Megatron-LM"), QStringLiteral("scikit-learn"),
                        QStringLiteral("XGBoost"), QStringLiteral("LightGBM")},
                       [](const Scenario &s) { return s.model.framework; },
                       [this](Scenario &s, Framework f) { applyFramework(s, f); });
    buildNetwork();
    buildTransformer();
    buildClassical();
    connect(m_binder, &FieldBinder::refreshed, this, &ModelForm::updateVisibility);
}

void ModelForm::applyFramework(Scenario &s, Framework f) { switchFramework(s, f, m_lastArchitecture); }

void ModelForm::buildNetwork()
{
    FieldBinder *b = m_binder;
    QFormLayout *net = addSection(tr("Network"));
    m_network = qobject_cast<QGroupBox *>(net->parentWidget());
    addEnum<ArchitectureKind>(
        b, net, QStringLiteral("model.architecture.type"), tr("&Network:"),
        {tr("Named network (preset)"), tr("Fully connected (MLP)"), tr("Recurrent (RNN, LSTM, GRU)"),
         tr("Transformer"), tr("Custom: parameters and activation bytes")},
        [](const Scenario &s) { return s.model.architecture ? s.model.architecture->kind : ArchitectureKind::Preset; },
        [](Scenario &s, ArchitectureKind k) { switchArchitectureKind(arch(s), k, s.dataset.input); });

    // Named networks: a search field over a list that shows parameter counts.
    auto *presetBox = new QWidget(this);
    auto *pv = new QVBoxLayout(presetBox);
    pv->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(presetBox);
    m_search->setObjectName(QStringLiteral("presetSearch"));
    m_search->setPlaceholderText(tr("Search networks, e.g. llama"));
    m_search->setClearButtonEnabled(true);
    m_presets = new QListWidget(presetBox);
    m_presets->setMinimumHeight(160);
    m_presets->setUniformItemSizes(true);
    pv->addWidget(m_search);
    pv->addWidget(m_presets);
    loadPresets();
    b->addCustom(net, QStringLiteral("model.architecture.preset"), tr("&Preset:"), presetBox, [this] {
        const auto &a = m_model->scenario().model.architecture;
        const QString name = a ? QString::fromStdString(a->preset) : QString();
        for (int i = 0; i < m_presets->count(); ++i)
            if (m_presets->item(i)->data(Qt::UserRole).toString() == name) {
                if (m_presets->currentRow() != i)
                    m_presets->setCurrentRow(i);
                return;
            }
        m_presets->setCurrentRow(-1);
    });
    presetBox->setObjectName(QStringLiteral("presetBox"));
    m_presets->setObjectName(QStringLiteral("model.architecture.preset"));
    connect(m_search, &QLineEdit::textChanged, this, &ModelForm::filterPresets);
    connect(m_presets, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const std::string name = item->data(Qt::UserRole).toString().toStdString();
        const auto &a = m_model->scenario().model.architecture;
        if (a && a->kind == ArchitectureKind::Preset && a->preset == name)
            return;
        m_binder->edit(QStringLiteral("model.architecture.preset"), tr("Network"), [name](Scenario &s) {
            Architecture next;
            next.kind = ArchitectureKind::Preset;
            next.preset = name;
            s.model.architecture = next;
        });
    });

    m_outputs = b->addInt(net, QStringLiteral("model.architecture.outputs"), tr("&Outputs:"), tr("classes"),
                          [](const Scenario &s) {
                              return s.model.architecture ? s.model.architecture->outputs : std::nullopt;
                          },
                          [](Scenario &s, std::optional<std::int64_t> v) { arch(s).outputs = v; }, true,
                          [](const Scenario &s) {
                              const auto &a = s.model.architecture;
                              return a && a->kind == ArchitectureKind::Preset ? QStringLiteral("1000") : QString();
                          });

    // mlp
    auto *hidden = new QLineEdit(this);
    hidden->setPlaceholderText(tr("widths, e.g. 1024, 512"));
    auto lastHidden = std::make_shared<QString>();
    b->addCustom(net, QStringLiteral("model.architecture.hidden"), tr("&Hidden layers:"), hidden,
                 [this, hidden, lastHidden] {
                     const auto &a = m_model->scenario().model.architecture;
                     QStringList parts;
                     if (a)
                         for (std::int64_t w : a->hidden)
                             parts << QString::number(w);
                     const QString text = parts.join(QStringLiteral(", "));
                     if (text != *lastHidden) {
                         hidden->setText(text);
                         *lastHidden = text;
                         m_binder->setLocalError(hidden, {});
                     }
                 });
    connect(hidden, &QLineEdit::textEdited, this, [this, hidden, lastHidden](const QString &text) {
        std::vector<std::int64_t> widths;
        const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            bool ok = false;
            const qlonglong w = p.toLongLong(&ok);
            if (!ok) {
                m_binder->setLocalError(hidden, tr("Enter layer widths separated by commas, such as 1024, 512."));
                return;
            }
            widths.push_back(w);
        }
        m_binder->setLocalError(hidden, {});
        QStringList canonical;
        for (std::int64_t w : widths)
            canonical << QString::number(w);
        *lastHidden = canonical.join(QStringLiteral(", "));
        m_binder->edit(QStringLiteral("model.architecture.hidden"), tr("Hidden layers"),
                       [widths](Scenario &s) { arch(s).hidden = widths; });
    });
    m_mlpHidden = hidden;
    m_activation = addEnum<Activation>(b, net, QStringLiteral("model.architecture.activation"), tr("&Activation:"),
                                       enumSpellings<Activation>(),
                                       [](const Scenario &s) {
                                           return s.model.architecture ? s.model.architecture->activation
                                                                       : Activation::Relu;
                                       },
                                       [](Scenario &s, Activation v) { arch(s).activation = v; });
    m_mlpDropout = b->addNumber(net, QStringLiteral("model.architecture.dropout"), tr("&Dropout:"), tr("probability"),
                                [](const Scenario &s) {
                                    return s.model.architecture ? std::optional(s.model.architecture->dropout)
                                                                : std::nullopt;
                                },
                                [](Scenario &s, std::optional<double> v) { arch(s).dropout = v.value_or(0.0); });
    // rnn
    m_cell = addEnum<RnnCell>(b, net, QStringLiteral("model.architecture.cell"), tr("&Cell:"),
                              {QStringLiteral("LSTM"), QStringLiteral("GRU"), tr("Plain RNN")},
                              [](const Scenario &s) {
                                  return s.model.architecture ? s.model.architecture->cell : RnnCell::Lstm;
                              },
                              [](Scenario &s, RnnCell c) { arch(s).cell = c; });
    m_rnnLayers = b->addInt(net, QStringLiteral("model.architecture.layers"), tr("&Layers:"), tr("layers"),
                            [](const Scenario &s) {
                                return s.model.architecture ? std::optional(s.model.architecture->rnnLayers)
                                                            : std::nullopt;
                            },
                            [](Scenario &s, std::optional<std::int64_t> v) { arch(s).rnnLayers = v.value_or(0); });
    m_rnnLayers->setObjectName(QStringLiteral("model.architecture.layers#rnn"));
    m_rnnHidden = b->addInt(net, QStringLiteral("model.architecture.hidden"), tr("Hidden &size:"), tr("units"),
                            [](const Scenario &s) {
                                return s.model.architecture ? std::optional(s.model.architecture->rnnHidden)
                                                            : std::nullopt;
                            },
                            [](Scenario &s, std::optional<std::int64_t> v) { arch(s).rnnHidden = v.value_or(0); });
    m_rnnHidden->setObjectName(QStringLiteral("model.architecture.hidden#rnn"));
    m_bidirectional = b->addCheck(net, QStringLiteral("model.architecture.bidirectional"), tr("&Bidirectional"),
                                  [](const Scenario &s) {
                                      return s.model.architecture && s.model.architecture->bidirectional;
                                  },
                                  [](Scenario &s, bool on) { arch(s).bidirectional = on; });
    // custom
    m_parameters = b->addInt(net, QStringLiteral("model.architecture.parameters"), tr("&Parameters:"), tr("parameters"),
                             [](const Scenario &s) {
                                 return s.model.architecture ? std::optional(s.model.architecture->parameters)
                                                             : std::nullopt;
                             },
                             [](Scenario &s, std::optional<std::int64_t> v) { arch(s).parameters = v.value_or(0); });
    m_activationBytes = b->addInt(
        net, QStringLiteral("model.architecture.activation_bytes_per_sample"), tr("Activation &memory:"),
        tr("bytes per sample"),
        [](const Scenario &s) {
            return s.model.architecture ? std::optional(s.model.architecture->activationBytesPerSample) : std::nullopt;
        },
        [](Scenario &s, std::optional<std::int64_t> v) { arch(s).activationBytesPerSample = v.value_or(0); });
}

void ModelForm::buildTransformer()
{
    // One field per key of core's table (scenario/model_keys.h), in its order; the keys of
    // a group (moe, mla, sliding_window) get a section of their own.
    FieldBinder *b = m_binder;
    QFormLayout *t = addSection(tr("Transformer"));
    m_transformer = qobject_cast<QGroupBox *>(t->parentWidget());
    m_groups.clear();
    m_paramCounts = new QLabel(this);
    m_paramCounts->setObjectName(QStringLiteral("model.architecture#parameters"));
    m_paramCounts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    t->addRow(tr("Parameters:"), m_paramCounts);
    std::map<std::string_view, QFormLayout *> sections;
    for (const ModelKey &key : transformerKeys()) {
        QFormLayout *layout = t;
        if (!key.group.empty()) {
            auto &section = sections[key.group];
            if (!section) {
                section = addSection(QCoreApplication::translate("headroom::ModelKey", transformerGroupLabel(key.group)));
                m_groups.push_back(qobject_cast<QGroupBox *>(section->parentWidget()));
            }
            layout = section;
        }
        addKeyField(b, layout, key);
    }
}

void ModelForm::addKeyField(FieldBinder *b, QFormLayout *layout, const ModelKey &key)
{
    const ModelKey *k = &key; // the table is static
    const QString path = QStringLiteral("model.architecture.") + QString::fromStdString(key.path());
    const QString label = QCoreApplication::translate("headroom::ModelKey", key.label);
    const QString unit = *key.unit ? QCoreApplication::translate("headroom::ModelKey", key.unit) : QString();
    auto resolved = [](const Scenario &s) -> std::optional<TransformerConfig> {
        if (!s.model.architecture)
            return std::nullopt;
        return resolvedTransformer(*s.model.architecture, tokensOf(s));
    };
    switch (key.kind) {
    case ModelKeyKind::Int:
        b->addInt(
             layout, path, label, unit,
             [k](const Scenario &s) {
                 return s.model.architecture ? k->getInt(s.model.architecture->transformer) : std::nullopt;
             },
             [k](Scenario &s, std::optional<std::int64_t> v) { k->setInt(arch(s).transformer, v); }, true,
             [k, resolved](const Scenario &s) {
                 const auto r = resolved(s);
                 const auto v = r ? k->getInt(*r) : std::nullopt;
                 return v ? QLocale().toString(static_cast<qlonglong>(*v)) : QString();
             })
            ->setObjectName(path + QStringLiteral("#transformer"));
        break;
    case ModelKeyKind::Number:
        b->addNumber(
             layout, path, label, unit,
             [k](const Scenario &s) {
                 return s.model.architecture ? k->getNumber(s.model.architecture->transformer) : std::nullopt;
             },
             [k](Scenario &s, std::optional<double> v) { k->setNumber(arch(s).transformer, v); }, true,
             [k, resolved](const Scenario &s) {
                 const auto r = resolved(s);
                 const auto v = r ? k->getNumber(*r) : std::nullopt;
                 return v ? QLocale().toString(*v) : QString();
             })
            ->setObjectName(path + QStringLiteral("#transformer"));
        break;
    case ModelKeyKind::Bool:
        addOptionalBool(
            b, layout, path, label,
            [k](const Scenario &s) -> std::optional<bool> {
                const auto v = s.model.architecture ? k->getInt(s.model.architecture->transformer) : std::nullopt;
                return v ? std::optional<bool>(*v != 0) : std::nullopt;
            },
            [k](Scenario &s, std::optional<bool> v) {
                k->setInt(arch(s).transformer, v ? std::optional<std::int64_t>(*v ? 1 : 0) : std::nullopt);
            });
        break;
    case ModelKeyKind::Enum: {
        QStringList items{key.defaultLabel ? QCoreApplication::translate("headroom::ModelKey", key.defaultLabel)
                                           : tr("Default")};
        for (const char *shown : key.choiceLabels)
            items << QCoreApplication::translate("headroom::ModelKey", shown);
        b->addChoice(
            layout, path, label, items,
            [k](const Scenario &s) {
                const auto v = s.model.architecture ? k->getInt(s.model.architecture->transformer) : std::nullopt;
                return v ? static_cast<int>(*v) + 1 : 0;
            },
            [k](Scenario &s, int i) {
                k->setInt(arch(s).transformer, i == 0 ? std::nullopt : std::optional<std::int64_t>(i - 1));
            });
        break;
    }
    }
}

QString ModelForm::parameterCountsText(const Scenario &s)
{
    const dnn::ParameterCounts n = dnn::parameterCounts(s);
    if (n.total <= 0)
        return tr("not known");
    if (n.active < n.total)
        return tr("%1 total, %2 active per token").arg(countText(n.total), countText(n.active));
    return countText(n.total);
}

void ModelForm::buildClassical()
{
    FieldBinder *b = m_binder;
    QFormLayout *c = addSection(tr("Estimator"));
    m_classical = qobject_cast<QGroupBox *>(c->parentWidget());
    m_estimator = new QComboBox(this);
    m_estimator->setEditable(true);
    m_estimator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_estimator->setMinimumContentsLength(14);
    m_estimator->setInsertPolicy(QComboBox::NoInsert);
    b->addCustom(c, QStringLiteral("model.estimator"), tr("&Estimator class:"), m_estimator, [this] {
        const Scenario &s = m_model->scenario();
        const QStringList names = estimatorsOf(s.model.framework);
        bool same = m_estimator->count() == names.size();
        for (int i = 0; same && i < names.size(); ++i)
            same = m_estimator->itemText(i) == names[i];
        const QString current = QString::fromStdString(s.model.estimator);
        if (!same) {
            const QSignalBlocker block(m_estimator);
            m_estimator->clear();
            m_estimator->addItems(names);
        }
        if (m_estimator->currentText() != current) {
            const QSignalBlocker block(m_estimator);
            m_estimator->setEditText(current);
        }
    }, {QStringLiteral("model.framework")}); // the choices are the framework's estimators
    connect(m_estimator, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_binder->edit(QStringLiteral("model.estimator"), tr("Estimator"),
                       [text](Scenario &s) { s.model.estimator = text.trimmed().toStdString(); });
    });

    buildParamTable(c);

    m_params = new QPlainTextEdit(this);
    m_params->setPlaceholderText(QStringLiteral("{\"n_estimators\": 100, \"max_depth\": null}"));
    m_params->setTabChangesFocus(true);
    m_params->setFixedHeight(m_params->fontMetrics().lineSpacing() * 6);
    auto lastParams = std::make_shared<std::string>();
    b->addCustom(c, QStringLiteral("model.params"), tr("As &JSON:"), m_params, [this, lastParams] {
        const auto &params = m_model->scenario().model.params;
        const std::string text = params.empty() ? std::string() : params.dump(1);
        if (text != *lastParams) {
            const QSignalBlocker block(m_params);
            m_params->setPlainText(paramsText(params));
            *lastParams = text;
            m_binder->setLocalError(m_params, {});
        }
    });
    connect(m_params, &QPlainTextEdit::textChanged, this, [this, lastParams] {
        const std::string text = m_params->toPlainText().toStdString();
        auto json = text.find_first_not_of(" \t\r\n") == std::string::npos
                        ? nlohmann::ordered_json::object()
                        : nlohmann::ordered_json::parse(text, nullptr, false);
        if (json.is_discarded()) {
            m_binder->setLocalError(m_params, tr("Not valid JSON yet; write it as in Python, with null, true, false."));
            return;
        }
        if (!json.is_object()) {
            m_binder->setLocalError(m_params, tr("Write the parameters as one JSON object: {\"name\": value, …}."));
            return;
        }
        m_binder->setLocalError(m_params, {});
        *lastParams = json.empty() ? std::string() : json.dump(1);
        m_binder->edit(QStringLiteral("model.params"), tr("Estimator parameters"),
                       [json](Scenario &s) { s.model.params = json; });
    });
}

void ModelForm::buildParamTable(QFormLayout *layout)
{
    // The estimator's constructor arguments as name/value rows; a value is written as in
    // Python or JSON (100, 0.5, null, true, "gini"), and bare words are taken as text.
    m_paramBox = new QWidget(this);
    auto *v = new QVBoxLayout(m_paramBox);
    v->setContentsMargins(0, 0, 0, 0);
    m_paramTable = new QTableWidget(0, 2, m_paramBox);
    m_paramTable->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    m_paramTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_paramTable->verticalHeader()->hide();
    m_paramTable->setMinimumHeight(m_paramTable->fontMetrics().lineSpacing() * 7);
    v->addWidget(m_paramTable);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &parameter"), m_paramBox);
    add->setObjectName(QStringLiteral("addParameter"));
    auto *remove = new QPushButton(tr("Remo&ve parameter"), m_paramBox);
    remove->setObjectName(QStringLiteral("removeParameter"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_binder->addCustom(layout, QStringLiteral("model.params#table"), tr("&Parameters:"), m_paramBox,
                        [this] { loadParamTable(); });
    m_paramTable->setObjectName(QStringLiteral("model.params.table"));

    connect(m_paramTable, &QTableWidget::itemChanged, this, [this] {
        if (!m_fillingTable)
            editParamTable();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        m_fillingTable = true;
        const int row = m_paramTable->rowCount();
        m_paramTable->insertRow(row);
        m_paramTable->setItem(row, 0, new QTableWidgetItem);
        m_paramTable->setItem(row, 1, new QTableWidgetItem(QStringLiteral("null")));
        m_fillingTable = false;
        m_paramTable->setCurrentCell(row, 0);
        m_paramTable->editItem(m_paramTable->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_paramTable->currentRow();
        if (row < 0)
            return;
        m_paramTable->removeRow(row);
        editParamTable();
    });
}

void ModelForm::loadParamTable()
{
    const auto &params = m_model->scenario().model.params;
    if (params == m_tableShown)
        return;
    m_tableShown = params;
    m_fillingTable = true;
    m_paramTable->setRowCount(0);
    for (const auto &[key, value] : params.items()) {
        const int row = m_paramTable->rowCount();
        m_paramTable->insertRow(row);
        m_paramTable->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
        m_paramTable->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value.dump())));
    }
    m_fillingTable = false;
}

void ModelForm::editParamTable()
{
    auto json = nlohmann::ordered_json::object();
    for (int row = 0; row < m_paramTable->rowCount(); ++row) {
        const QTableWidgetItem *k = m_paramTable->item(row, 0);
        const QTableWidgetItem *v = m_paramTable->item(row, 1);
        const std::string key = k ? k->text().trimmed().toStdString() : std::string();
        if (key.empty())
            continue;
        const std::string text = v ? v->text().trimmed().toStdString() : std::string();
        auto value = text.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json::parse(text, nullptr, false);
        if (value.is_discarded())
            value = text; // a bare word such as gini or auto
        json[key] = value;
    }
    m_tableShown = json;
    m_binder->edit(QStringLiteral("model.params"), tr("Estimator parameters"),
                   [json](Scenario &s) { s.model.params = json; });
}

void ModelForm::loadPresets()
{
    for (const PresetInfo &p : presets()) {
        const QString name = QString::fromLatin1(p.name.data(), static_cast<qsizetype>(p.name.size()));
        QString text = name;
        if (const auto count = presetParameterCount(p.name)) {
            text = tr("%1 — %2").arg(name, countText(*count));
            if (p.family != PresetFamily::Vision) {
                const auto n = dnn::transformerCounts(p.config, p.config.seqLen.value_or(0), p.family == PresetFamily::Encoder);
                if (n.active < n.total)
                    text = tr("%1 — %2, %3 active").arg(name, countText(n.total), countText(n.active));
            }
        }
        auto *item = new QListWidgetItem(text, m_presets);
        item->setData(Qt::UserRole, name);
    }
}

void ModelForm::filterPresets(const QString &text)
{
    for (int i = 0; i < m_presets->count(); ++i) {
        QListWidgetItem *item = m_presets->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void ModelForm::updateVisibility()
{
    const Scenario &s = m_model->scenario();
    const bool deep = isDeepLearning(s.model.framework);
    m_network->setVisible(deep);
    m_classical->setVisible(!deep);
    const ArchitectureKind k = s.model.architecture ? s.model.architecture->kind : ArchitectureKind::Preset;
    const PresetInfo *preset = s.model.architecture && k == ArchitectureKind::Preset
                                   ? findPreset(s.model.architecture->preset)
                                   : nullptr;
    const bool vision = preset && preset->family == PresetFamily::Vision;
    m_binder->setRowVisible(m_presets->parentWidget(), k == ArchitectureKind::Preset);
    m_binder->setRowVisible(m_outputs, k == ArchitectureKind::Mlp || k == ArchitectureKind::Rnn || vision);
    for (QWidget *w : {m_mlpHidden, m_activation, m_mlpDropout})
        m_binder->setRowVisible(w, k == ArchitectureKind::Mlp);
    for (QWidget *w : {m_cell, m_rnnLayers, m_rnnHidden, m_bidirectional})
        m_binder->setRowVisible(w, k == ArchitectureKind::Rnn);
    for (QWidget *w : {m_parameters, m_activationBytes})
        m_binder->setRowVisible(w, k == ArchitectureKind::Custom);
    const bool transformer = deep && (k == ArchitectureKind::Transformer || (preset && !vision));
    m_transformer->setVisible(transformer);
    for (QGroupBox *g : m_groups)
        g->setVisible(transformer);
    if (transformer)
        m_paramCounts->setText(parameterCountsText(s));
    m_transformer->setTitle(k == ArchitectureKind::Preset ? tr("Transformer (overrides of the preset)")
                                                          : tr("Transformer"));
}

} // namespace headroom::ui
