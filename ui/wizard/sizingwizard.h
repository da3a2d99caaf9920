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
class CatalogStore;
class HardwareForm;
class MemoryGauge;

/// A wizard page that shows one editing form; Next stays disabled while the form has
/// a problem.
class FormPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPage)

public:
    explicit FormPage(ScenarioForm *form, QWidget *parent = nullptr);
    bool isComplete() const override;
    ScenarioForm *form() const { return m_form; }

protected:
    /// Sets the title and subtitle in the current language.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

private:
    ScenarioForm *m_form;
};

class DatasetPage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetPage)
public:
    explicit DatasetPage(ScenarioModel *model, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
};

class ModelPage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPage)
public:
    explicit ModelPage(ScenarioModel *model, QWidget *parent = nullptr);
    void initializePage() override;

protected:
    void retranslateUi() override;
};

class TrainingPage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPage)
public:
    explicit TrainingPage(ScenarioModel *model, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void retranslateUi() override;

private:
    ScenarioModel *m_model;
};

class HardwarePage final : public FormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwarePage)
public:
    HardwarePage(ScenarioModel *model, CatalogStore *catalog, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
};

/// The estimate: recommendation, breakdown and warnings. Finish needs an estimate.
class ResultsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)
public:
    explicit ResultsPage(ScenarioModel *model, QWidget *parent = nullptr);
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ScenarioModel *m_model;
    bool m_complete = false; ///< what the wizard last heard from isComplete()
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
    /// `catalog`: the user's catalogue, shared with the other candidate editors.
    SizingWizard(ScenarioModel *model, CatalogStore *catalog, QWidget *parent = nullptr);
    ~SizingWizard() override;

    MemoryGauge *gauge() const { return m_gauge; }

    /// What File ▸ New starts from: a small image classifier on one GPU workstation,
    /// valid on every page, for the user to change.
    static Scenario startingScenario();

protected:
    void changeEvent(QEvent *event) override;

private:
    ScenarioModel *m_model;
    MemoryGauge *m_gauge;
    int m_reached = DatasetPageId; ///< the furthest page shown so far
};

} // namespace headroom::ui
