#pragma once

#include "measure/measurement.h"

#include <QString>

namespace headroom::ui {

/// Reads and checks a measurement file (*.headroom-measure.json). An unreadable file is an
/// Io error; the reader never holds more than kMeasurementMaxBytes + 1 bytes of it.
Result<Measurement> readMeasurementFile(const QString &path);

/// Whether `path` names a measurement file by its suffix.
bool isMeasurementFileName(const QString &path);

} // namespace headroom::ui
