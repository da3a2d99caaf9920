#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace headroom::ui {

/// Refreshes a view when it can be seen: request() calls `refresh` at once when the widget
/// is visible (or its window is not shown at all, so nothing is saved by waiting), and
/// otherwise when the widget is next shown. The one rule for hidden tabs and charts: a view
/// behind another tab or the wizard does no work on a keystroke, and catches up when shown.
class VisibleRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisibleRefresher)

public:
    VisibleRefresher(QWidget *widget, std::function<void()> refresh);

    void request();
    /// True while a refresh waits for the widget to be shown.
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace headroom::ui
