#include "common/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace headroom::ui {

void WheelGuard::guard(QWidget *root)
{
    auto *guard = root->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        guard = new WheelGuard(root);
    auto watch = [guard](QWidget *w) {
        w->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: the wheel must not take focus
        w->removeEventFilter(guard);
        w->installEventFilter(guard);
    };
    const auto combos = root->findChildren<QComboBox *>();
    for (QComboBox *c : combos)
        watch(c);
    const auto spins = root->findChildren<QAbstractSpinBox *>();
    for (QAbstractSpinBox *s : spins)
        watch(s);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *w = qobject_cast<QWidget *>(watched);
    if (!w || w->hasFocus())
        return false;
    // Scroll what holds the form, as if the editor were not there.
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            QScrollBar *bar = wheel->angleDelta().y() != 0 ? area->verticalScrollBar() : area->horizontalScrollBar();
            if (bar && bar->isVisible())
                QCoreApplication::sendEvent(bar, event);
            break;
        }
    }
    return true;
}

} // namespace headroom::ui
