#include "common/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

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

QString formatLargeSize(double bytes)
{
    if (std::abs(bytes) < 9.2e18)
        return formatSize(static_cast<Bytes>(bytes));
    const QLocale locale;
    const double unit = g_si ? 1e18 : std::ldexp(1.0, 60);
    const QString sign = bytes < 0 ? QStringLiteral("−") : QString();
    return sign + locale.toString(std::abs(bytes) / unit, 'f', 2) + (g_si ? QStringLiteral(" EB") : QStringLiteral(" EiB"));
}

QString formatMoney(double amount, const QString &currency)
{
    const QString number = QLocale().toString(amount, 'f', std::abs(amount) < 100 ? 2 : 0);
    return currency.isEmpty() ? number : number + QChar(0x00a0) + currency;
}

QString deviceFiguresText(Bytes nvidiaSmi, Bytes allocated, Bytes reserved)
{
    return QCoreApplication::translate("DeviceFigures",
                                       "Per GPU as nvidia-smi shows it: %1. PyTorch would report %2 as "
                                       "max_memory_allocated (live tensors) and %3 as max_memory_reserved (with the "
                                       "caching allocator's free blocks); the rest is the CUDA context, library "
                                       "workspaces and NCCL buffers.")
        .arg(formatSize(nvidiaSmi), formatSize(allocated), formatSize(reserved));
}

QString nvidiaSmiLabel(const QString &size)
{
    return QCoreApplication::translate("DeviceFigures", "%1 (nvidia-smi)").arg(size);
}

} // namespace headroom::ui
