#pragma once

#include "wizard/fieldbinder.h"

#include <QComboBox>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace headroom::ui {

class ScenarioModel;

/// Base of the four editing forms (dataset, model, batch & training, hardware). The
/// wizard pages and the workspace's scenario editor show the same forms, all bound to the
/// one shared ScenarioModel.
class ScenarioForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioForm)

public:
    ScenarioForm(ScenarioModel *model, const QStringList &scopes, QWidget *parent = nullptr);

    ScenarioModel *model() const { return m_model; }
    FieldBinder *binder() const { return m_binder; }
    bool isValid() const { return m_binder->isValid(); }

signals:
    void validityChanged(bool valid);

protected:
    /// Adds the sections and fields, in the current language, to an empty form.
    virtual void build() = 0;
    /// Call from a subclass constructor: builds the form and loads every field from the model.
    void setUp();
    /// A titled group with a form layout, added to the form's column.
    QFormLayout *addSection(const QString &title);

    /// On a language change the form is built anew (its texts come from many tr() calls
    /// spread over build()); what the user typed that the model has not taken is kept.
    void changeEvent(QEvent *event) override;

    ScenarioModel *m_model;
    FieldBinder *m_binder = nullptr;
    QVBoxLayout *m_column = nullptr;
    QLabel *m_formMessage = nullptr;

private:
    void rebuild();

    QStringList m_scopes;
};

/// An enumeration as a choice; `labels` are in the enum's declaration order.
template <typename E>
QComboBox *addEnum(FieldBinder *b, QFormLayout *layout, const QString &path, const QString &label,
                   const QStringList &labels, std::function<E(const Scenario &)> get,
                   std::function<void(Scenario &, E)> set)
{
    return b->addChoice(
        layout, path, label, labels, [get](const Scenario &s) { return static_cast<int>(get(s)); },
        [set](Scenario &s, int i) { set(s, static_cast<E>(i)); });
}

/// An optional enumeration: the first item ("Default (…)") leaves the key unset.
template <typename E>
QComboBox *addOptionalEnum(FieldBinder *b, QFormLayout *layout, const QString &path, const QString &label,
                           const QString &defaultLabel, const QStringList &labels,
                           std::function<std::optional<E>(const Scenario &)> get,
                           std::function<void(Scenario &, std::optional<E>)> set)
{
    QStringList items{defaultLabel};
    items += labels;
    return b->addChoice(
        layout, path, label, items,
        [get](const Scenario &s) {
            const auto v = get(s);
            return v ? static_cast<int>(*v) + 1 : 0;
        },
        [set](Scenario &s, int i) { set(s, i == 0 ? std::nullopt : std::optional<E>(static_cast<E>(i - 1))); });
}

/// The JSON spellings of an enumeration, for technical names shown as they are written
/// (dtypes, precisions, optimizers).
template <typename E>
QStringList enumSpellings()
{
    QStringList out;
    for (const auto &name : enumNames<E>())
        out << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    return out;
}

/// An optional boolean as a choice: default, yes, no.
QComboBox *addOptionalBool(FieldBinder *b, QFormLayout *layout, const QString &path, const QString &label,
                           std::function<std::optional<bool>(const Scenario &)> get,
                           std::function<void(Scenario &, std::optional<bool>)> set);

} // namespace headroom::ui
