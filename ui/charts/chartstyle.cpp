#include "charts/chartstyle.h"

#include "common/errortext.h"
#include "common/format.h"
#include "settings/preferences.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <qcustomplot.h>

#include <array>
#include <cmath>

namespace headroom::ui {

MemoryUnit MemoryUnit::forLargest(double largest)
{
    const bool si = siUnits();
    const double k = si ? 1000.0 : 1024.0;
    static const std::array<const char *, 5> iec = {"B", "KiB", "MiB", "GiB", "TiB"};
    static const std::array<const char *, 5> dec = {"B", "kB", "MB", "GB", "TB"};
    // GiB is the unit people size machines in; smaller units only when everything is tiny.
    std::size_t power = 3;
    double divisor = k * k * k;
    while (power > 0 && largest < divisor) {
        --power;
        divisor /= k;
    }
    while (power + 1 < iec.size() && largest >= divisor * k * 10.0) {
        ++power;
        divisor *= k;
    }
    return MemoryUnit{divisor, QString::fromLatin1(si ? dec[power] : iec[power])};
}

QString componentLabel(const QString &name) { return componentName(name.toStdString()); }

QColor componentColor(const QString &name)
{
    // Tableau 10 and its lighter companions: distinguishable, colour-blind tolerable, and
    // readable on both light and dark backgrounds.
    static const QHash<QString, QColor> fixed = {
        {QStringLiteral("system_reserve"), QColor(0xc8, 0xc8, 0xc8)},
        {QStringLiteral("framework_runtime"), QColor(0xba, 0xb0, 0xac)},
        {QStringLiteral("dataset"), QColor(0x76, 0xb7, 0xb2)},
        {QStringLiteral("targets"), QColor(0xa0, 0xcb, 0xe8)},
        {QStringLiteral("preprocessing_copies"), QColor(0x49, 0x98, 0x94)},
        {QStringLiteral("batch_buffers"), QColor(0xf2, 0x8e, 0x2b)},
        {QStringLiteral("dataloader_workers"), QColor(0xff, 0xbe, 0x7d)},
        {QStringLiteral("parameters"), QColor(0x4e, 0x79, 0xa7)},
        {QStringLiteral("gradients"), QColor(0x59, 0xa1, 0x4f)},
        {QStringLiteral("optimizer_states"), QColor(0xed, 0xc9, 0x48)},
        {QStringLiteral("master_weights"), QColor(0x8c, 0xd1, 0x7d)},
        {QStringLiteral("activations"), QColor(0xe1, 0x57, 0x59)},
        {QStringLiteral("kv_cache"), QColor(0xb0, 0x7a, 0xa1)},
        {QStringLiteral("workspace"), QColor(0xff, 0x9d, 0xa7)},
        {QStringLiteral("model_structure"), QColor(0x9a, 0xa8, 0x3c)},
        {QStringLiteral("offloaded_states"), QColor(0xd4, 0xa6, 0xc8)},
        {QStringLiteral("checkpoint_staging"), QColor(0x9d, 0x75, 0x60)},
        {QStringLiteral("fragmentation"), QColor(0x79, 0x70, 0x6e)},
    };
    if (auto it = fixed.constFind(name); it != fixed.cend())
        return *it;
    return QColor::fromHsv(static_cast<int>(qHash(name) % 360), 120, 200);
}

QColor componentColor(const QString &name, const QPalette &palette)
{
    if (name == QLatin1String("system_reserve") && palette.color(QPalette::Base).lightness() < 128)
        return QColor(0x5a, 0x5a, 0x5a);
    return componentColor(name);
}

QColor candidateColor(int index)
{
    // Strong, saturated colours so capacity lines stand out over the pastel areas.
    static const std::array<QColor, 8> colors = {QColor(0xd6, 0x27, 0x28), QColor(0x1f, 0x77, 0xb4),
                                                 QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                                 QColor(0xff, 0x7f, 0x0e), QColor(0x17, 0xbe, 0xcf),
                                                 QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

void applyPalette(QCustomPlot *plot, const QPalette &palette)
{
    // The chart theme of the preferences; System takes the widget's own palette.
    QColor text = palette.color(QPalette::WindowText);
    QColor base = palette.color(QPalette::Base);
    switch (prefs::chartTheme.value()) {
    case prefs::ChartTheme::Dark:
        text = QColor(0xe6, 0xe6, 0xe6);
        base = QColor(0x1e, 0x1f, 0x22);
        break;
    case prefs::ChartTheme::Light:
        text = QColor(0x20, 0x20, 0x20);
        base = Qt::white;
        break;
    case prefs::ChartTheme::System:
        break;
    }
    QColor grid = text;
    grid.setAlpha(40);
    QColor subGrid = text;
    subGrid.setAlpha(16);
    plot->setBackground(base); // the axis rects draw none of their own: one fill, not two
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(text, 1));
            axis->setTickPen(QPen(text, 1));
            axis->setSubTickPen(QPen(text, 1));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
            axis->grid()->setSubGridPen(QPen(subGrid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
    for (int i = 0; i < plot->layerCount(); ++i) {
        for (QCPLayerable *l : plot->layer(i)->children()) {
            if (auto *legend = qobject_cast<QCPLegend *>(l)) {
                legend->setBrush(base);
                legend->setBorderPen(QPen(grid));
                legend->setTextColor(text);
            } else if (auto *title = qobject_cast<QCPTextElement *>(l)) {
                title->setTextColor(text);
            }
        }
    }
}

QString shortSize(Bytes bytes)
{
    QString text = formatSize(bytes);
    // "64.00 GiB" → "64 GiB": whole sizes read better in legends and labels.
    const QString zeros = QLocale().decimalPoint() + QStringLiteral("00");
    const qsizetype at = text.indexOf(zeros);
    if (at > 0 && (at + zeros.size() == text.size() || !text.at(at + zeros.size()).isDigit()))
        text.remove(at, zeros.size());
    return text;
}

QString tickSize(double bytes)
{
    const bool si = siUnits();
    const double k = si ? 1000.0 : 1024.0;
    static const std::array<const char *, 6> iec = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    static const std::array<const char *, 6> dec = {"B", "kB", "MB", "GB", "TB", "PB"};
    std::size_t power = 0;
    double divisor = 1.0;
    while (power + 1 < iec.size() && bytes >= divisor * k * 0.999) {
        ++power;
        divisor *= k;
    }
    return QLocale().toString(bytes / divisor, 'g', 4) + QChar(0x202F) + QString::fromLatin1(si ? dec[power] : iec[power]);
}

QString compactCount(double value)
{
    const QLocale locale;
    const double a = std::fabs(value);
    struct Step {
        double size;
        const char *suffix;
    };
    static const std::array<Step, 5> steps = {{{1e15, "P"}, {1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}}};
    for (const Step &s : steps) {
        if (a >= s.size) {
            const double v = value / s.size;
            const int decimals = std::fabs(v) < 10 && std::fabs(v - std::round(v)) > 1e-9 ? 1 : 0;
            return locale.toString(v, 'f', decimals) + QChar(0x202F) + QString::fromLatin1(s.suffix);
        }
    }
    return locale.toString(value, 'g', 4);
}

} // namespace headroom::ui
