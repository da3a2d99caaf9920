#include "common/visiblerefresher.h"

#include <QEvent>
#include <QWidget>

namespace headroom::ui {

VisibleRefresher::VisibleRefresher(QWidget *widget, std::function<void()> refresh)
    : QObject(widget), m_widget(widget), m_refresh(std::move(refresh))
{
    widget->installEventFilter(this);
}

void VisibleRefresher::request()
{
    if (m_widget->isVisible() || !m_widget->window()->isVisible()) {
        m_pending = false;
        m_refresh();
    } else {
        m_pending = true;
    }
}

bool VisibleRefresher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace headroom::ui
