#include "common/errortext.h"

#include <QCoreApplication>

namespace headroom::ui {

namespace {

/// `tmpl` translated and filled in with `args`; `english` when there is no template.
QString translated(const char *tmpl, const std::vector<std::string> &args, const std::string &english)
{
    if (!tmpl)
        return QString::fromStdString(english);
    const QString text = QCoreApplication::translate("headroom::Message", tmpl);
    // %1…%9 in one pass, so that an argument holding "%2" stays as it is.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const int n = next.digitValue();
        if (text.at(i) == QLatin1Char('%') && n >= 1 && static_cast<std::size_t>(n) <= args.size()) {
            out += QString::fromStdString(args[static_cast<std::size_t>(n - 1)]);
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace

QString errorMessage(const Error &error) { return translated(error.tmpl, error.args, error.message); }

QString errorText(const Error &error)
{
    const QString message = errorMessage(error);
    return error.path.empty() ? message : QString::fromStdString(error.path) + QStringLiteral(": ") + message;
}

QString warningText(const Warning &warning) { return translated(warning.tmpl, warning.args, warning.message); }

} // namespace headroom::ui
