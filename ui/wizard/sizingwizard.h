#pragma once

#include "scenario/scenario.h"

#include <QWizard>
#include <QWizardPage>

namespace headroom::ui {

class ScenarioModel;
class ScenarioForm;
class DatasetForm;
class ModelForm;
class TrainingForm;
class HardwareForm;
class MemoryGauge;

/// A wizard page that shows one editing form; Next stays disabled while the form has
/// a problem.
class FormPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPage)

public:
    FormPage(ScenarioForm *form, const QString &title, const QString &subtitle, QWidget *parent = nullptr);
    bool isComplete() const override;
    ScenarioForm *form() const { return m_form; }

private:
    ScenarioForm *m_form;
};

class DatasetPage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetPage)
public:
    explicit DatasetPage(ScenarioModel *model, QWidget *parent = nullptr);
};

class ModelPage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPage)
public:
    explicit ModelPage(ScenarioModel *model, QWidget *parent = nullptr);
    void initializePage() override;
};

class TrainingPage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPage)
public:
    explicit TrainingPage(ScenarioModel *model, QWidget *parent = nullptr);
};

class HardwarePage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwarePage)
public:
    explicit HardwarePage(ScenarioModel *model, QWidget *parent = nullptr);
};

/// The estimate: recommendation, breakdown and warnings. Finish needs an estimate.
class ResultsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)
public:
    explicit ResultsPage(ScenarioModel *model, QWidget *parent = nullptr);
    bool isComplete() const override;

private:
    ScenarioModel *m_model;
};

/// The sizing wizard: dataset, model, batch & training, hardware, results. Its pages edit
/// the one shared ScenarioModel; a live memory gauge sits beside every page.
class SizingWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizingWizard)

public:
    enum PageId { DatasetPageId, ModelPageId, TrainingPageId, HardwarePageId, ResultsPageId };

    explicit SizingWizard(ScenarioModel *model, QWidget *parent = nullptr);

    MemoryGauge *gauge() const { return m_gauge; }

    /// What File ▸ New starts from: a small image classifier on one GPU workstation,
    /// valid on every page, for the user to change.
    static Scenario startingScenario();

private:
    MemoryGauge *m_gauge;
};

} // namespace headroom::ui
