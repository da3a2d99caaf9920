#pragma once
/// @file measurementtext.h
/// A measured run held against the estimate, in the user's language: one table and one
/// note shared by the Breakdown and the report.

#include "measure/measurement.h"

#include <QCoreApplication>
#include <QString>

namespace headroom::ui {

class MeasurementText
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementText)

public:
    /// "host peak", "allocated (PyTorch)", "reserved (PyTorch)", "nvidia-smi".
    static QString metricLabel(MeasureMetric metric);
    /// The error as "+6.3 %" (positive: the estimate is high).
    static QString errorText(double error);
    /// Where the measurement came from: "synth, 2026-11-30T01:11:50Z, torch 2.3.1".
    static QString origin(const Measurement &m);
    /// "The measured run differs from this scenario in: run.batch_size, run.optimizer"
    /// (or that the measurement names no scenario); empty when they agree.
    static QString scenarioNote(const MeasurementComparison &c);
    /// The comparison as an HTML table (metric, estimated, measured, error); each error
    /// outside ±10 % is marked.
    static QString tableHtml(const MeasurementComparison &c);
};

} // namespace headroom::ui
