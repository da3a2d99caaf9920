#pragma once

#include <QObject>

class QWidget;

namespace headroom::ui {

/// Keeps the mouse wheel from changing a combo box or spin box that the user has not
/// focused: scrolling a long form over one would otherwise change its value unseen. The
/// wheel scrolls the enclosing scroll area instead; a click (or Tab) focuses the editor,
/// after which the wheel steps it as usual.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    /// Guards every combo box and spin box under `root` (present now).
    static void guard(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace headroom::ui
