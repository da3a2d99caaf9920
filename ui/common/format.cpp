#include "common/format.h"

#include <QLocale>

namespace headroom::ui {
namespace {
bool g_si = false; // set once from preferences at start and when they change
}

void setSiUnits(bool si) { g_si = si; }
bool siUnits() { return g_si; }

QString formatSize(Bytes bytes)
{
    const QLocale locale;
    const QString sign = bytes < 0 ? QStringLiteral("−") : QString();
    const qint64 magnitude = bytes < 0 ? -bytes : bytes;
    return sign + locale.formattedDataSize(magnitude, 2, g_si ? QLocale::DataSizeSIFormat : QLocale::DataSizeIecFormat);
}

} // namespace headroom::ui
