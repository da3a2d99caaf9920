#pragma once

#include "engine/engine.h"
#include "measure/measurement.h"
#include "scenario/limits.h"
#include "scenario/scenario.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoStack;

namespace headroom::ui {

/// What changed in the model; one typed notification instead of many signals.
struct ScenarioChange {
    enum Kind { Edited, Replaced };
    Kind kind = Edited;
    QString field; ///< the edited field's key ("run.batch_size"); empty when replaced
    /// The JSON paths of every value of the scenario that changed, the edited field's and
    /// whatever changed with it (a framework switch's defaults, the wizard's adaptation of
    /// pages not reached, a merged step undone); empty when only the measurement changed.
    QStringList paths;

    /// Whether the value at `path` may differ from before: it, something under it or
    /// something holding it changed, or the whole scenario was replaced.
    bool affects(const QString &path) const;
};

/// Whether the problem at JSON path `problem` belongs to the field at `field`
/// ("run.finetune.rank" belongs to "run.finetune.rank" and to "run.finetune").
bool pathWithin(const QString &problem, const QString &field);

/// The one model object the UI binds to: the current scenario, its estimate, the file it
/// came from, and the undo stack every edit goes through.
class ScenarioModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioModel)

public:
    explicit ScenarioModel(QObject *parent = nullptr);
    ~ScenarioModel() override;

    const Scenario &scenario() const { return m_scenario; }
    /// The estimate of the current scenario, or nullptr when it could not be made.
    const Estimate *estimate() const { return m_estimate ? &*m_estimate : nullptr; }
    /// Why there is no estimate (invalid scenario, unknown catalogue entry, overflow).
    const std::optional<Error> &problem() const { return m_problem; }

    QUndoStack *undoStack() const { return m_undo; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    QString displayName() const;

    /// Applies `mutate` to a copy of the scenario through an undoable command. Consecutive
    /// edits of the same `field` merge into one undo step.
    void edit(const QString &field, const QString &label, const std::function<void(Scenario &)> &mutate);

    /// A rule applied to the scenario after every edit, within the same undo step (the
    /// sizing wizard adapts the parts the user has not reached yet); empty for none.
    void setEditAdapter(std::function<void(Scenario &)> adapter) { m_adapter = std::move(adapter); }

    /// Replaces the scenario (new or opened file); clears the undo stack.
    void reset(const Scenario &scenario, const QString &filePath = {});

    /// Reads a scenario file; on failure nothing changes and the refusal is returned.
    std::optional<Error> open(const QString &path);
    /// Writes atomically (QSaveFile); on success the model becomes clean.
    std::optional<Error> save(const QString &path);

    /// A measured run attached to the scenario (File → Import Measurement…), or nullptr.
    /// Replacing the scenario (New, Open) detaches it.
    const Measurement *measurement() const { return m_measurement ? &*m_measurement : nullptr; }
    QString measurementFile() const { return m_measurementFile; }
    /// The measurement held against the current estimate; nullptr without both.
    const MeasurementComparison *comparison() const { return m_comparison ? &*m_comparison : nullptr; }
    /// Attaches `measurement` (read from `file`); notifies as an edit of "measurement".
    void attachMeasurement(const Measurement &measurement, const QString &file);
    void detachMeasurement();

    /// Sets the scenario without an undo command (used by undo commands themselves).
    void setScenarioDirect(const Scenario &scenario, const QString &field);

signals:
    void changed(const headroom::ui::ScenarioChange &change);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void recompute();

    Scenario m_scenario;
    std::optional<Estimate> m_estimate;
    std::optional<Error> m_problem;
    QUndoStack *m_undo = nullptr;
    std::function<void(Scenario &)> m_adapter;
    QString m_filePath;
    std::optional<Measurement> m_measurement;
    QString m_measurementFile;
    std::optional<MeasurementComparison> m_comparison;
};

/// Reads a whole file as text; nullopt and an Io error when it cannot be read.
/// Refuses, without reading it, a file larger than `maxBytes` (a scenario or catalogue is
/// kilobytes; a file claiming more is not one).
Result<std::string> readTextFile(const QString &path, std::size_t maxBytes = kMaxDocumentBytes);

/// A built-in example scenario from the resources (":/examples/NAME.headroom.json").
Scenario exampleScenario(const QString &name = QStringLiteral("llama2-7b-lora"));

} // namespace headroom::ui
