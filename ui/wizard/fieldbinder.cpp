#include "wizard/fieldbinder.h"

#include "common/errortext.h"
#include "model/scenariomodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <type_traits>

namespace headroom::ui {

namespace {

QString plainLabel(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

/// Text in the user's locale (or in C form, "1.5", whatever the locale) as a number of type T.
template <typename T>
std::optional<T> parseNumeric(const QString &text)
{
    bool ok = false;
    const QString t = text.trimmed();
    const auto parse = [&ok, &t](const QLocale &locale) {
        if constexpr (std::is_integral_v<T>)
            return static_cast<T>(locale.toLongLong(t, &ok));
        else
            return locale.toDouble(t, &ok);
    };
    T v = parse(QLocale());
    if (!ok)
        v = parse(QLocale::c());
    if (!ok)
        return std::nullopt;
    return v;
}

/// Numbers are short: a field about 18 digits wide keeps its unit beside it.
void capWidth(QLineEdit *e)
{
    e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18 + 24);
}

QString numericText(std::optional<std::int64_t> v)
{
    return v ? QLocale().toString(static_cast<qlonglong>(*v)) : QString();
}

QString numericText(std::optional<double> v) { return v ? QLocale().toString(*v, 'g', 12) : QString(); }

} // namespace

void FieldBinder::markAsError(QWidget *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color); // whichever the label inherits as its foreground role
    label->setPalette(palette);
}

FieldBinder::FieldBinder(ScenarioModel *model, QWidget *form, QStringList scopes)
    : QObject(form), m_model(model), m_form(form), m_scopes(std::move(scopes))
{
    connect(m_model, &ScenarioModel::changed, this, &FieldBinder::reload);
}

QWidget *FieldBinder::addRow(QFormLayout *layout, const QString &label, QWidget *editor, const QString &unit,
                             const QString &path, Binding *&binding)
{
    auto b = std::make_unique<Binding>();
    b->path = path;
    b->editor = editor;
    b->layout = layout;
    editor->setObjectName(path);

    auto *row = new FormRow(m_form);
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(editor, 1);
    if (!unit.isEmpty()) {
        auto *unitLabel = new QLabel(unit, row);
        unitLabel->setObjectName(path + QStringLiteral(".unit"));
        unitLabel->setMinimumWidth(unitLabel->fontMetrics().horizontalAdvance(QStringLiteral("samples")));
        h->addWidget(unitLabel);
    }
    h->addStretch(0); // takes what a width-capped editor leaves
    v->addLayout(h);
    b->message = new QLabel(row);
    b->message->setObjectName(path + QStringLiteral(".message"));
    b->message->setWordWrap(true);
    b->message->setTextFormat(Qt::PlainText);
    markAsError(b->message);
    b->message->hide();
    v->addWidget(b->message);
    b->row = row;
    if (label.isEmpty())
        layout->addRow(row);
    else
        layout->addRow(label, row);
    if (auto *l = qobject_cast<QLabel *>(layout->labelForField(row)))
        l->setBuddy(editor);
    binding = b.get();
    m_bindings.push_back(std::move(b));
    return row;
}

template <typename T>
QLineEdit *FieldBinder::addNumeric(QFormLayout *layout, const QString &path, const QString &label, const QString &unit,
                                   std::function<std::optional<T>(const Scenario &)> get,
                                   std::function<void(Scenario &, std::optional<T>)> set, bool optional,
                                   Placeholder placeholder, double percentMax)
{
    // A percentage field shows the fraction × 100 and takes what is typed ÷ 100.
    const double scale = percentMax > 0 ? 100.0 : 1.0;
    auto *e = new QLineEdit(m_form);
    e->setAlignment(Qt::AlignRight);
    e->setClearButtonEnabled(optional);
    capWidth(e);
    Binding *b = nullptr;
    addRow(layout, label, e, unit, path, b);
    b->load = [this, b, e, get, scale] {
        auto v = get(m_model->scenario());
        if constexpr (!std::is_integral_v<T>)
            if (v)
                *v *= scale;
        const QString t = numericText(v);
        if (t != b->lastShown) {
            e->setText(t);
            b->localError.clear();
            b->lastShown = t;
        }
    };
    if (placeholder) // the default often follows other fields (a preset's width)
        b->loadDerived = [this, e, placeholder] { e->setPlaceholderText(placeholder(m_model->scenario())); };
    connect(e, &QLineEdit::textEdited, this, [this, b, set, optional, path, label, percentMax](const QString &text) {
        std::optional<T> value;
        if (text.trimmed().isEmpty()) {
            if (!optional) {
                b->localError = tr("Enter a number.");
                updateMessages();
                return;
            }
        } else {
            value = parseNumeric<T>(text);
            if (!value) {
                if constexpr (std::is_integral_v<T>)
                    b->localError = tr("Enter a whole number.");
                else
                    b->localError = tr("Enter a number, such as %1.").arg(QLocale().toString(1.5));
                updateMessages();
                return;
            }
        }
        b->localError.clear();
        b->lastShown = numericText(value);
        if constexpr (!std::is_integral_v<T>) {
            if (percentMax > 0 && value) {
                if (!(*value >= 0 && *value <= percentMax)) {
                    b->localError = tr("Enter a percentage from 0 to %1.").arg(QLocale().toString(percentMax));
                    updateMessages();
                    return;
                }
                *value /= 100.0;
            }
        }
        edit(path, label, [set, value](Scenario &s) { set(s, value); });
        updateMessages();
    });
    return e;
}

QLineEdit *FieldBinder::addInt(QFormLayout *layout, const QString &path, const QString &label, const QString &unit,
                               IntGet get, IntSet set, bool optional, Placeholder placeholder)
{
    return addNumeric<std::int64_t>(layout, path, label, unit, std::move(get), std::move(set), optional,
                                    std::move(placeholder));
}

QLineEdit *FieldBinder::addNumber(QFormLayout *layout, const QString &path, const QString &label, const QString &unit,
                                  NumberGet get, NumberSet set, bool optional, Placeholder placeholder)
{
    return addNumeric<double>(layout, path, label, unit, std::move(get), std::move(set), optional,
                              std::move(placeholder));
}

QLineEdit *FieldBinder::addPercent(QFormLayout *layout, const QString &path, const QString &label, NumberGet get,
                                   NumberSet set, double maxPercent)
{
    return addNumeric<double>(layout, path, label, QStringLiteral("%"), std::move(get), std::move(set), false, {},
                              maxPercent);
}

QLineEdit *FieldBinder::addText(QFormLayout *layout, const QString &path, const QString &label, TextGet get, TextSet set)
{
    auto *e = new QLineEdit(m_form);
    Binding *b = nullptr;
    addRow(layout, label, e, {}, path, b);
    b->load = [this, b, e, get] {
        const QString t = get(m_model->scenario());
        if (t != b->lastShown) {
            e->setText(t);
            if (!e->hasFocus())
                e->setCursorPosition(0); // show the start of a long name
            b->lastShown = t;
        }
    };
    connect(e, &QLineEdit::textEdited, this, [this, b, set, path, label](const QString &text) {
        b->lastShown = text;
        edit(path, label, [set, text](Scenario &s) { set(s, text); });
    });
    return e;
}

QComboBox *FieldBinder::addChoice(QFormLayout *layout, const QString &path, const QString &label,
                                  const QStringList &items, IndexGet get, IndexSet set)
{
    auto *c = new QComboBox(m_form);
    c->addItems(items);
    // Long choices must not force a narrow editor (the workspace dock) to scroll sideways.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(14);
    Binding *b = nullptr;
    addRow(layout, label, c, {}, path, b);
    b->load = [this, c, get] {
        const int index = get(m_model->scenario());
        if (c->currentIndex() != index)
            c->setCurrentIndex(index);
    };
    connect(c, &QComboBox::currentIndexChanged, this, [this, set, path, label](int index) {
        if (m_loading || index < 0)
            return;
        edit(path, label, [set, index](Scenario &s) { set(s, index); });
    });
    return c;
}

QCheckBox *FieldBinder::addCheck(QFormLayout *layout, const QString &path, const QString &text, BoolGet get, BoolSet set)
{
    auto *c = new QCheckBox(text, m_form);
    Binding *b = nullptr;
    addRow(layout, {}, c, {}, path, b);
    b->load = [this, c, get] {
        const bool on = get(m_model->scenario());
        if (c->isChecked() != on)
            c->setChecked(on);
    };
    connect(c, &QCheckBox::toggled, this, [this, set, path, text](bool on) {
        if (m_loading)
            return;
        edit(path, text, [set, on](Scenario &s) { set(s, on); });
    });
    return c;
}

QLabel *FieldBinder::addCustom(QFormLayout *layout, const QString &path, const QString &label, QWidget *editor,
                               std::function<void()> load, const QStringList &alsoReads)
{
    Binding *b = nullptr;
    addRow(layout, label, editor, {}, path, b);
    b->load = std::move(load);
    b->alsoReads = alsoReads;
    return b->message;
}

void FieldBinder::setLocalError(QWidget *editor, const QString &message)
{
    if (Binding *b = find(editor)) {
        b->localError = message;
        updateMessages();
    }
}

QHash<QString, QString> FieldBinder::unacceptedTexts() const
{
    QHash<QString, QString> texts;
    for (const auto &b : m_bindings) {
        if (b->localError.isEmpty())
            continue;
        if (const auto *line = qobject_cast<const QLineEdit *>(b->editor.data()))
            texts.insert(b->path, line->text());
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(b->editor.data()))
            texts.insert(b->path, plain->toPlainText());
    }
    return texts;
}

void FieldBinder::restoreUnacceptedTexts(const QHash<QString, QString> &texts)
{
    for (const auto &b : m_bindings) {
        const auto it = texts.find(b->path);
        if (it == texts.end())
            continue;
        // As if typed again: the editor's own handler parses it and shows why it is refused.
        if (auto *line = qobject_cast<QLineEdit *>(b->editor.data())) {
            line->setText(*it);
            emit line->textEdited(*it);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(b->editor.data())) {
            plain->setPlainText(*it);
        }
    }
}

void FieldBinder::setRowVisible(QWidget *editor, bool visible)
{
    // The row's widget and its label are hidden, and QFormLayout leaves out a row whose
    // widgets are all hidden. Not QFormLayout::setRowVisible: in Qt 6.4.2 it leaves the
    // layout's row bookkeeping behind what is shown, and the next geometry pass writes past
    // its buffers (valgrind: invalid writes in QFormLayout::setGeometry, then heap
    // corruption and crashes elsewhere).
    Binding *b = find(editor);
    if (!b || b->row->isHidden() == !visible)
        return;
    b->row->setVisible(visible);
    if (QWidget *label = b->layout->labelForField(b->row))
        label->setVisible(visible);
}

void FieldBinder::edit(const QString &path, const QString &label, const std::function<void(Scenario &)> &mutate)
{
    if (m_loading)
        return;
    m_model->edit(path, tr("Change %1").arg(plainLabel(label)), mutate);
}

FieldBinder::Binding *FieldBinder::find(const QWidget *editor)
{
    for (auto &b : m_bindings)
        if (b->editor == editor)
            return b.get();
    return nullptr;
}

bool FieldBinder::isShown(const Binding &b) const
{
    return b.editor && b.editor->isVisibleTo(m_form);
}

void FieldBinder::refresh() { reload(ScenarioChange{ScenarioChange::Replaced, {}, {}}); }

void FieldBinder::reload(const ScenarioChange &change)
{
    m_loading = true;
    for (auto &b : m_bindings) {
        if (b->load
            && (change.affects(b->path)
                || std::any_of(b->alsoReads.begin(), b->alsoReads.end(),
                               [&change](const QString &p) { return change.affects(p); })))
            b->load();
        if (b->loadDerived)
            b->loadDerived();
    }
    m_loading = false;
    emit refreshed();
    updateMessages();
}

bool FieldBinder::isValid() const { return problemText().isEmpty(); }

QString FieldBinder::problemText() const
{
    for (const auto &b : m_bindings)
        if (isShown(*b) && !b->localError.isEmpty())
            return b->localError;
    const auto &problem = m_model->problem();
    if (!problem)
        return {};
    const QString path = QString::fromStdString(problem->path);
    for (const QString &scope : m_scopes)
        if (pathWithin(path, scope))
            return errorText(*problem);
    return {};
}

void FieldBinder::updateMessages()
{
    const auto &problem = m_model->problem();
    const QString problemPath = problem ? QString::fromStdString(problem->path) : QString();
    // The shown field with the longest path that contains the problem gets the message.
    Binding *owner = nullptr;
    if (problem) {
        for (auto &b : m_bindings)
            if (isShown(*b) && pathWithin(problemPath, b->path) && (!owner || b->path.size() > owner->path.size()))
                owner = b.get();
    }
    for (auto &b : m_bindings) {
        QString text = b->localError;
        if (text.isEmpty() && b.get() == owner)
            text = problemPath == b->path ? errorMessage(*problem)
                                          : errorText(*problem);
        b->message->setText(text);
        b->message->setVisible(!text.isEmpty());
    }
    if (m_formMessage) {
        QString text;
        if (problem && !owner)
            for (const QString &scope : m_scopes)
                if (pathWithin(problemPath, scope))
                    text = errorText(*problem);
        m_formMessage->setText(text);
        m_formMessage->setVisible(!text.isEmpty());
    }
    const bool valid = isValid();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        emit validityChanged(valid);
    }
}

} // namespace headroom::ui
