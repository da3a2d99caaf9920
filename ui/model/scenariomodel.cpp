#include "model/scenariomodel.h"

#include "model/changevalue.h"
#include "scenario/codec.h"

#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QUndoStack>

namespace headroom::ui {

bool pathWithin(const QString &problem, const QString &field)
{
    if (field.isEmpty())
        return false;
    if (problem == field)
        return true;
    if (!problem.startsWith(field))
        return false;
    const QChar next = problem.at(field.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

bool ScenarioChange::affects(const QString &path) const
{
    if (kind == Replaced)
        return true;
    // An editor named "model.params#table" shows the value at "model.params".
    const QString value = path.section(QLatin1Char('#'), 0, 0);
    for (const QString &changed : paths)
        if (changed.isEmpty() || pathWithin(changed, value) || pathWithin(value, changed))
            return true;
    return false;
}

ScenarioModel::ScenarioModel(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    m_scenario = exampleScenario();
    recompute();
}

ScenarioModel::~ScenarioModel() = default;

bool ScenarioModel::isModified() const { return !m_undo->isClean(); }

QString ScenarioModel::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_scenario.name.empty())
        return QString::fromStdString(m_scenario.name);
    return tr("Untitled");
}

void ScenarioModel::edit(const QString &field, const QString &label, const std::function<void(Scenario &)> &mutate)
{
    Scenario after = m_scenario;
    mutate(after);
    if (m_adapter)
        m_adapter(after);
    if (after == m_scenario)
        return;
    m_undo->push(new ChangeScenario(this, field, label, m_scenario, std::move(after)));
}

void ScenarioModel::setScenarioDirect(const Scenario &scenario, const QString &field)
{
    QStringList paths;
    for (const std::string &p : changedPaths(m_scenario, scenario))
        paths << QString::fromStdString(p);
    // A difference the file does not record still changed the scenario: name all of it.
    if (paths.isEmpty() && !(scenario == m_scenario))
        paths << QString();
    m_scenario = scenario;
    recompute();
    emit changed(ScenarioChange{ScenarioChange::Edited, field, paths});
}

void ScenarioModel::attachMeasurement(const Measurement &measurement, const QString &file)
{
    m_measurement = measurement;
    m_measurementFile = file;
    recompute();
    emit changed(ScenarioChange{ScenarioChange::Edited, QStringLiteral("measurement"), {}});
}

void ScenarioModel::detachMeasurement()
{
    if (!m_measurement)
        return;
    m_measurement.reset();
    m_measurementFile.clear();
    recompute();
    emit changed(ScenarioChange{ScenarioChange::Edited, QStringLiteral("measurement"), {}});
}

void ScenarioModel::reset(const Scenario &scenario, const QString &filePath)
{
    m_scenario = scenario;
    m_measurement.reset();   // a measurement belongs to the scenario it was attached to
    m_measurementFile.clear();
    m_undo->clear();
    m_undo->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    recompute();
    emit changed(ScenarioChange{ScenarioChange::Replaced, {}, {}});
    emit modifiedChanged(false);
}

std::optional<Error> ScenarioModel::open(const QString &path)
{
    auto text = readTextFile(path);
    if (!text.ok())
        return text.error();
    auto scenario = readScenario(text.value());
    if (!scenario.ok())
        return scenario.error();
    reset(scenario.value(), path);
    return std::nullopt;
}

std::optional<Error> ScenarioModel::save(const QString &path)
{
    QSaveFile file(path);
    const std::string text = writeScenario(m_scenario);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 || !file.commit())
        return Error{"", ErrorCode::Io, "cannot write " + path.toStdString() + ": " + file.errorString().toStdString()};
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    m_undo->setClean();
    return std::nullopt;
}

void ScenarioModel::recompute()
{
    m_comparison.reset();
    if (auto invalid = validateScenario(m_scenario)) {
        m_estimate.reset();
        m_problem = invalid;
        return;
    }
    auto e = headroom::estimate(m_scenario);
    if (e.ok()) {
        m_estimate = std::move(e).value();
        m_problem.reset();
        if (m_measurement)
            m_comparison = compareMeasurement(m_scenario, *m_estimate, *m_measurement);
    } else {
        m_estimate.reset();
        m_problem = e.error();
    }
}

Result<std::string> readTextFile(const QString &path, std::size_t maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{"", ErrorCode::Io, "cannot read " + path.toStdString() + ": " + file.errorString().toStdString()};
    if (file.size() > static_cast<qint64>(maxBytes))
        return fileTooLargeError(file.size(), maxBytes);
    // A pipe or device reports no size: read at most one byte beyond the limit.
    const QByteArray data = file.read(static_cast<qint64>(maxBytes) + 1);
    if (data.size() > static_cast<qsizetype>(maxBytes))
        return fileTooLargeError(data.size(), maxBytes);
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

Scenario exampleScenario(const QString &name)
{
    auto text = readTextFile(QStringLiteral(":/examples/%1.headroom.json").arg(name));
    if (text.ok())
        if (auto s = readScenario(text.value()); s.ok())
            return s.value();
    return Scenario{};
}

} // namespace headroom::ui
