#include "model/measurementfile.h"

#include <QFile>

namespace headroom::ui {

Result<Measurement> readMeasurementFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{"", ErrorCode::Io, "cannot read " + path.toStdString() + ": " + file.errorString().toStdString()};
    // One byte more than the limit, so that the reader sees the file is too large.
    const QByteArray data = file.read(static_cast<qint64>(kMeasurementMaxBytes) + 1);
    return readMeasurement(std::string_view(data.constData(), static_cast<std::size_t>(data.size())));
}

bool isMeasurementFileName(const QString &path)
{
    return path.endsWith(QStringLiteral(".headroom-measure.json"), Qt::CaseInsensitive);
}

} // namespace headroom::ui
