#pragma once

#include "model/scenariomodel.h"
#include "scenario/scenario.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPalette;
class QWidget;

namespace headroom::ui {

/// What a form row is made of: a widget that never reports height-for-width to the
/// QFormLayout holding it, although it may hold word-wrapped messages. In Qt 6.4.2,
/// QFormLayout's height-for-width pass writes past its buffers when rows are hidden
/// (valgrind: invalid writes in QFormLayout::heightForWidth and setGeometry, then heap
/// corruption and crashes elsewhere); a form without height-for-width items never takes
/// that path. The messages still wrap, at their size hint's width.
class FormRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormRow)

public:
    explicit FormRow(QWidget *parent = nullptr) : QWidget(parent) {}
    bool hasHeightForWidth() const override { return false; }
};

/// Binds editors on a form to fields of the one shared ScenarioModel. Each editor is
/// named by its field's JSON path (also its objectName), edits go through
/// ScenarioModel::edit (undoable, merging), and the model's problem is shown beside the
/// field whose path it names. Text that does not parse is reported locally and never
/// reaches the model.
class FieldBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldBinder)

public:
    using IntGet = std::function<std::optional<std::int64_t>(const Scenario &)>;
    using IntSet = std::function<void(Scenario &, std::optional<std::int64_t>)>;
    using NumberGet = std::function<std::optional<double>(const Scenario &)>;
    using NumberSet = std::function<void(Scenario &, std::optional<double>)>;
    using TextGet = std::function<QString(const Scenario &)>;
    using TextSet = std::function<void(Scenario &, const QString &)>;
    using IndexGet = std::function<int(const Scenario &)>;
    using IndexSet = std::function<void(Scenario &, int)>;
    using BoolGet = std::function<bool(const Scenario &)>;
    using BoolSet = std::function<void(Scenario &, bool)>;
    /// Placeholder of an optional field: the default it takes when left empty.
    using Placeholder = std::function<QString(const Scenario &)>;

    /// `scopes` are the JSON path prefixes this form is responsible for ("dataset");
    /// a model problem under one of them makes the form invalid.
    FieldBinder(ScenarioModel *model, QWidget *form, QStringList scopes);

    ScenarioModel *model() const { return m_model; }

    /// A whole-number field. `optional`: empty text means "use the default".
    QLineEdit *addInt(QFormLayout *layout, const QString &path, const QString &label, const QString &unit,
                      IntGet get, IntSet set, bool optional = false, Placeholder placeholder = {});
    QLineEdit *addNumber(QFormLayout *layout, const QString &path, const QString &label, const QString &unit,
                         NumberGet get, NumberSet set, bool optional = false, Placeholder placeholder = {});
    /// A fraction shown and typed as a percentage ("20" means 0.2), refused locally outside
    /// 0…`maxPercent` so that the message speaks percent too.
    QLineEdit *addPercent(QFormLayout *layout, const QString &path, const QString &label, NumberGet get, NumberSet set,
                          double maxPercent);
    QLineEdit *addText(QFormLayout *layout, const QString &path, const QString &label, TextGet get, TextSet set);
    /// A choice among `items`; get/set speak item indexes.
    QComboBox *addChoice(QFormLayout *layout, const QString &path, const QString &label, const QStringList &items,
                         IndexGet get, IndexSet set);
    QCheckBox *addCheck(QFormLayout *layout, const QString &path, const QString &text, BoolGet get, BoolSet set);

    /// A field edited by its own widget: `load` refreshes it from the model, when the value
    /// at `path` or at one of `alsoReads` changed. Returns the label where its messages appear.
    QLabel *addCustom(QFormLayout *layout, const QString &path, const QString &label, QWidget *editor,
                      std::function<void()> load, const QStringList &alsoReads = {});
    /// Reports (or clears, with an empty message) a problem found by a custom editor.
    void setLocalError(QWidget *editor, const QString &message);

    /// The text of every editor holding text that does not parse (or that its custom editor
    /// refused), by field path: what the user typed and the model never saw.
    QHash<QString, QString> unacceptedTexts() const;
    /// Puts such texts back into the editors of the same fields, refused again as before.
    void restoreUnacceptedTexts(const QHash<QString, QString> &texts);

    /// Shows or hides the row of `editor` (and its message).
    void setRowVisible(QWidget *editor, bool visible);

    /// Applies an edit to the model (for custom editors).
    void edit(const QString &path, const QString &label, const std::function<void(Scenario &)> &mutate);

    /// Whether every shown field parses and the model reports no problem in this form.
    bool isValid() const;
    /// The problem that makes the form invalid, as shown to the user (empty when valid).
    QString problemText() const;
    /// The label under the form for a problem that names no field of it.
    void setFormMessageLabel(QLabel *label) { m_formMessage = label; }

    /// Reloads every editor from the model (editors the user is typing in keep their text
    /// unless the model's value changed underneath).
    void refresh();
    /// Reloads the editors of the fields `change` affects (all of them when the scenario
    /// was replaced); the others keep what they show, typed text included.
    void reload(const ScenarioChange &change);

    /// Colours `label` as an error message, readable on light and dark palettes (a
    /// palette, not a style sheet: style sheets on every message slow start-up).
    static void markAsError(QWidget *label);

signals:
    void validityChanged(bool valid);
    /// After the form reloaded from the model; forms update visibility here.
    void refreshed();

private:
    struct Binding {
        QString path;
        QStringList alsoReads; ///< other fields the editor shows something of
        QPointer<QWidget> editor;
        QWidget *row = nullptr;
        QFormLayout *layout = nullptr;
        QLabel *message = nullptr;
        std::function<void()> load;
        /// Updates what the editor shows that depends on other fields (an optional field's
        /// default as its placeholder); runs on every change.
        std::function<void()> loadDerived;
        QString lastShown;     ///< the model value the editor last showed (text editors)
        QString localError;    ///< text that does not parse
    };

    template <typename T>
    QLineEdit *addNumeric(QFormLayout *layout, const QString &path, const QString &label, const QString &unit,
                          std::function<std::optional<T>(const Scenario &)> get,
                          std::function<void(Scenario &, std::optional<T>)> set, bool optional,
                          Placeholder placeholder, double percentMax = 0);
    QWidget *addRow(QFormLayout *layout, const QString &label, QWidget *editor, const QString &unit, const QString &path,
                    Binding *&binding);
    Binding *find(const QWidget *editor);
    void updateMessages();
    bool isShown(const Binding &b) const;

    ScenarioModel *m_model;
    QWidget *m_form;
    QStringList m_scopes;
    std::vector<std::unique_ptr<Binding>> m_bindings;
    QLabel *m_formMessage = nullptr;
    bool m_loading = false;
    bool m_lastValid = true;
};

} // namespace headroom::ui
