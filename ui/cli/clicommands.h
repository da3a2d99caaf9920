#pragma once

#include "scenario/scenario.h"

#include <QStringList>

#include <cstdio>

namespace headroom::ui::cli {

enum Exit { Ok = 0, Failure = 1, BadInput = 2, OutsideTolerance = 3 };

/// Everything a command needs: the parsed scenario, its file, the remaining options.
struct Invocation {
    Scenario scenario;
    QString file;
    bool json = false;
    QString output; ///< -o
    QString measurementFile; ///< check, and report's --measurement: the *.headroom-measure.json
    double tolerance = 0.10; ///< check: --tolerance as a fraction
};

int estimateCommand(const Invocation &inv);
int compareCommand(const Invocation &inv);
int adviseCommand(const Invocation &inv);
int reportCommand(const Invocation &inv);
/// Prints the scenario `model` object of a model file (config.json, safetensors, GGUF).
int importCommand(const QString &file);
int checkCommand(const Invocation &inv);

/// Prints "headroom-cli: MESSAGE" on standard error.
void printError(const std::string &message);

} // namespace headroom::ui::cli
