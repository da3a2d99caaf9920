#include "cli/cli.h"

#include "cli/clicommands.h"
#include "model/scenariomodel.h"
#include "measure/measurement.h"
#include "scenario/codec.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace headroom::ui {
namespace {

const char *const kUsage =
    "Commands:\n"
    "  validate FILE            check a scenario file; prints nothing and exits 0 when valid\n"
    "  estimate FILE [--json]   host and device memory, component by component, and each candidate's fit\n"
    "  compare FILE [--json]    the candidate machines side by side and the one to buy\n"
    "  advise FILE [--json]     ways to cut memory, each with what it saves\n"
    "  report FILE -o OUT.pdf [--measurement MEASUREMENT]\n"
    "                           the PDF report for procurement (with a measured run beside the estimate)\n"
    "  import MODEL_FILE        the scenario's model object (JSON) of a config.json, .safetensors or .gguf file\n"
    "  check FILE MEASUREMENT [--tolerance 10%] [--json]\n"
    "                           estimate against a measured run (*.headroom-measure.json), per metric\n"
    "\n"
    "Exit status: 0 success, 2 bad input (message on standard error), 1 any other failure;\n"
    "check: 3 when a metric is outside the tolerance.";

bool wantsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    return false;
}

} // namespace

int runCli(int argc, char **argv)
{
    // The report draws charts and fonts, which need a GUI application; headless is fine.
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("headroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Headroom: how much memory a machine-learning job needs.\n\n")
                                     + QString::fromLatin1(kUsage));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the report to <file>."), QStringLiteral("file"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"),
                                       QStringLiteral("check: largest |estimate - measured| / measured (default 10%)."),
                                       QStringLiteral("fraction"));
    const QCommandLineOption measurement(QStringLiteral("measurement"),
                                         QStringLiteral("report: a measured run (*.headroom-measure.json) to show beside the estimate."),
                                         QStringLiteral("file"));
    parser.addOption(json);
    parser.addOption(output);
    parser.addOption(tolerance);
    parser.addOption(measurement);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("validate, estimate, compare, advise or report"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A scenario file (*.headroom.json)."));

    if (!parser.parse(QCoreApplication::arguments())) {
        cli::printError(parser.errorText().toStdString() + " (see --help)");
        return cli::BadInput;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return cli::Ok;
    }
    if (parser.isSet(version)) {
        std::printf("headroom-cli %s\n", HEADROOM_VERSION);
        return cli::Ok;
    }
    const QStringList args = parser.positionalArguments();
    const bool isCheck = !args.isEmpty() && args.at(0) == QStringLiteral("check");
    if (args.size() != (isCheck ? 3 : 2)) {
        cli::printError(args.isEmpty() ? "no command given (see --help)"
                        : isCheck      ? "check needs a scenario FILE and a MEASUREMENT file (see --help)"
                                       : "expected a command and one FILE (see --help)");
        return cli::BadInput;
    }
    const QString command = args.at(0);
    static const QStringList commands = {QStringLiteral("validate"), QStringLiteral("estimate"), QStringLiteral("compare"),
                                         QStringLiteral("advise"),   QStringLiteral("report"),   QStringLiteral("check"),
                                         QStringLiteral("import")};
    if (!commands.contains(command)) {
        cli::printError("unknown command \"" + command.toStdString()
                        + "\" (commands: validate, estimate, compare, advise, report, check, import)");
        return cli::BadInput;
    }
    if (parser.isSet(tolerance) && !isCheck) {
        cli::printError("--tolerance applies to check only");
        return cli::BadInput;
    }
    if (parser.isSet(measurement) && command != QStringLiteral("report")) {
        cli::printError(isCheck ? "check takes the measurement as its second FILE, not --measurement"
                                : "--measurement applies to report only");
        return cli::BadInput;
    }
    if (parser.isSet(json) && (command == QStringLiteral("validate") || command == QStringLiteral("report")
                               || command == QStringLiteral("import"))) {
        cli::printError("--json does not apply to " + command.toStdString());
        return cli::BadInput;
    }
    if (parser.isSet(output) != (command == QStringLiteral("report"))) {
        cli::printError(command == QStringLiteral("report") ? "report needs -o OUT.pdf" : "-o applies to report only");
        return cli::BadInput;
    }

    if (command == QStringLiteral("import"))
        return cli::importCommand(args.at(1));

    cli::Invocation inv;
    inv.file = args.at(1);
    inv.json = parser.isSet(json);
    inv.output = parser.value(output);
    if (parser.isSet(measurement))
        inv.measurementFile = parser.value(measurement);
    if (isCheck) {
        inv.measurementFile = args.at(2);
        if (parser.isSet(tolerance)) {
            const auto t = parseTolerance(parser.value(tolerance).toStdString());
            if (!t) {
                cli::printError("--tolerance: expected a percentage or fraction such as 10% or 0.1, got \""
                                + parser.value(tolerance).toStdString() + "\"");
                return cli::BadInput;
            }
            inv.tolerance = *t;
        }
    }
    auto text = readTextFile(inv.file);
    if (!text.ok()) {
        if (text.error().code != ErrorCode::Io) { // read, and refused: bad input
            cli::printError(inv.file.toStdString() + ": " + text.error().text());
            return cli::BadInput;
        }
        cli::printError(text.error().text());
        return cli::Failure;
    }
    auto scenario = readScenario(text.value());
    if (!scenario.ok()) {
        cli::printError(inv.file.toStdString() + ": " + scenario.error().text());
        return cli::BadInput;
    }
    inv.scenario = std::move(scenario).value();

    if (command == QStringLiteral("validate"))
        return cli::Ok;
    if (command == QStringLiteral("estimate"))
        return cli::estimateCommand(inv);
    if (command == QStringLiteral("compare"))
        return cli::compareCommand(inv);
    if (command == QStringLiteral("advise"))
        return cli::adviseCommand(inv);
    if (isCheck)
        return cli::checkCommand(inv);
    return cli::reportCommand(inv);
}

namespace cli {
void printError(const std::string &message)
{
    std::fprintf(stderr, "headroom-cli: %s\n", message.c_str());
}
} // namespace cli

} // namespace headroom::ui
