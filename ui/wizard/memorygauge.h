#pragma once

#include "util/bytes.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace headroom::ui {

class ScenarioModel;
struct ScenarioChange;

/// A horizontal bar: a need against a capacity, coloured by how well it fits.
class MemoryBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryBar)

public:
    enum class Level { Neutral, Fits, Tight, Over };
    explicit MemoryBar(QWidget *parent = nullptr);

    void setValue(double fraction, Level level);
    double fraction() const { return m_fraction; }
    Level level() const { return m_level; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The colour of a level on a palette (green, amber, red; readable light and dark).
    static QColor color(Level level, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_fraction = 0.0;
    Level m_level = Level::Neutral;
};

/// The live memory gauge: host RAM and per-device memory of the current estimate
/// against a selected candidate machine, green (fits with headroom), amber (fits
/// without the headroom) or red (does not fit). Updated on every model change.
class MemoryGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryGauge)

public:
    explicit MemoryGauge(ScenarioModel *model, QWidget *parent = nullptr);

    MemoryBar *hostBar() const { return m_hostBar; }
    MemoryBar *deviceBar() const { return m_deviceBar; }
    QLabel *hostText() const { return m_hostText; }
    QLabel *deviceText() const { return m_deviceText; }
    QComboBox *candidateChoice() const { return m_candidate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets the title in the current language and remakes the computed texts.
    void retranslateUi();
    void refresh();

    ScenarioModel *m_model;
    QComboBox *m_candidate;
    QLabel *m_hostText;
    MemoryBar *m_hostBar;
    QLabel *m_deviceText;
    MemoryBar *m_deviceBar;
    QLabel *m_status;
    QLabel *m_title;
    bool m_refreshing = false;
};

} // namespace headroom::ui
