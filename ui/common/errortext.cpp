#include "common/errortext.h"

#include "common/format.h"
#include "estimate/components.h"

#include <QCoreApplication>
#include <QLocale>

namespace headroom::ui {

namespace {

/// `tmpl` translated and filled in with `args`.
QString filled(const char *tmpl, const QStringList &args)
{
    const QString text = QCoreApplication::translate("headroom::Message", tmpl);
    // %1…%9 in one pass, so that an argument holding "%2" stays as it is.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const int n = next.digitValue();
        if (text.at(i) == QLatin1Char('%') && n >= 1 && n <= args.size()) {
            out += args.at(n - 1);
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

/// `tmpl` translated and filled in with `args`; `english` when there is no template.
QString translated(const char *tmpl, const std::vector<std::string> &args, const std::string &english)
{
    if (!tmpl)
        return QString::fromStdString(english);
    QStringList texts;
    texts.reserve(static_cast<qsizetype>(args.size()));
    for (const auto &a : args)
        texts << QString::fromStdString(a);
    return filled(tmpl, texts);
}

/// `v` with up to `decimals` decimals in the locale, trailing zeros removed.
QString decimalText(double v, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(v, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString argText(const MessageArg &arg)
{
    const QLocale locale;
    switch (arg.kind) {
    case MessageArg::Kind::Text:
        return QString::fromStdString(arg.text);
    case MessageArg::Kind::Bytes:
        return formatSize(arg.integer);
    case MessageArg::Kind::Count:
    case MessageArg::Kind::Integer:
        return locale.toString(static_cast<qlonglong>(arg.integer));
    case MessageArg::Kind::Number:
        return decimalText(arg.real, arg.decimals);
    case MessageArg::Kind::Percent:
        return decimalText(arg.real * 100.0, arg.decimals) + QStringLiteral(" %");
    case MessageArg::Kind::Nested:
        return arg.nested ? messageText(*arg.nested) : QString();
    }
    return {};
}

} // namespace

QString errorMessage(const Error &error) { return translated(error.tmpl, error.args, error.message); }

QString errorText(const Error &error)
{
    const QString message = errorMessage(error);
    return error.path.empty() ? message : QString::fromStdString(error.path) + QStringLiteral(": ") + message;
}

QString warningText(const Warning &warning)
{
    if (warning.tmpl && !warning.typedArgs.empty())
        return messageText(Message{warning.tmpl, warning.typedArgs});
    return translated(warning.tmpl, warning.args, warning.message);
}

QString messageText(const Message &message)
{
    if (!message.tmpl) {
        QString out;
        for (const auto &a : message.args)
            out += argText(a);
        return out;
    }
    QStringList args;
    args.reserve(static_cast<qsizetype>(message.args.size()));
    for (const auto &a : message.args)
        args << argText(a);
    return filled(message.tmpl, args);
}

QString fitReasonsText(const CandidateFit &fit, const QString &separator)
{
    QStringList parts;
    for (const auto &r : fit.reasons)
        parts << messageText(r.message);
    return parts.join(separator);
}

QString fitProblemsText(const CandidateFit &fit, const QString &separator)
{
    QStringList parts;
    for (const auto &r : fit.reasons)
        if (r.code != FitReason::Code::Fits)
            parts << messageText(r.message);
    return parts.join(separator);
}

QString componentName(const std::string &key)
{
    if (const char *label = componentLabel(key))
        return QCoreApplication::translate("Components", label);
    QString text = QString::fromStdString(key);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString derivationText(const Component &component)
{
    if (component.derivationParts.empty())
        return QString::fromStdString(component.derivation);
    QStringList parts;
    for (const auto &m : component.derivationParts)
        parts << messageText(m);
    return parts.join(QStringLiteral("; "));
}

} // namespace headroom::ui
