#include "common/errortext.h"

#include <QCoreApplication>

namespace headroom::ui {

QString errorMessage(const Error &error)
{
    if (!error.tmpl)
        return QString::fromStdString(error.message);
    const QString tmpl = QCoreApplication::translate("headroom::Message", error.tmpl);
    // %1…%9 in one pass, so that an argument holding "%2" stays as it is.
    QString out;
    out.reserve(tmpl.size() + 32);
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar next = i + 1 < tmpl.size() ? tmpl.at(i + 1) : QChar();
        const int n = next.digitValue();
        if (tmpl.at(i) == QLatin1Char('%') && n >= 1 && static_cast<std::size_t>(n) <= error.args.size()) {
            out += QString::fromStdString(error.args[static_cast<std::size_t>(n - 1)]);
            ++i;
        } else {
            out += tmpl.at(i);
        }
    }
    return out;
}

QString errorText(const Error &error)
{
    const QString message = errorMessage(error);
    return error.path.empty() ? message : QString::fromStdString(error.path) + QStringLiteral(": ") + message;
}

} // namespace headroom::ui
