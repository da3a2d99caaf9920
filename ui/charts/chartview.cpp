#include "charts/chartview.h"

#include "charts/chartstyle.h"
#include "common/format.h"
#include "model/scenariomodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#include <qcustomplot.h>

namespace headroom::ui {

namespace {

/// The widest a legend's entry text may be; longer names are elided at the end (the
/// full name is the entry's tooltip), so that the legend never pushes past the chart.
constexpr int legendTextWidth = 230;

/// `text` elided to `room` pixels in `font`. Remembered: the charts are rebuilt with the
/// same names on every edit, and eliding on each draw would cost a frame's worth of time.
QString elided(const QFont &font, const QString &text, Qt::TextElideMode mode, int room)
{
    static QHash<QString, QString> cache;
    const QString key = QStringLiteral("%1|%2|%3|").arg(font.key()).arg(room).arg(int(mode)) + text;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() > 4096)
        cache.clear();
    return *cache.insert(key, QFontMetrics(font).elidedText(text, mode, std::max(room, 0)));
}

/// A legend entry whose text is elided to the room it is given.
class ElidedLegendItem final : public QCPPlottableLegendItem
{
public:
    using QCPPlottableLegendItem::QCPPlottableLegendItem;

protected:
    void draw(QCPPainter *painter) override
    {
        if (!mPlottable)
            return;
        const QSize icon = mParentLegend->iconSize();
        const int textX = mRect.x() + icon.width() + mParentLegend->iconTextPadding();
        const int room = mRect.right() - textX;
        const QString text = elided(getFont(), mPlottable->name(), Qt::ElideRight, room);
        if (text == mPlottable->name()) {
            QCPPlottableLegendItem::draw(painter);
            return;
        }
        // The icon as QCustomPlot draws it (clipped to the icon), then the text elided.
        painter->save();
        painter->setClipRect(QRect(mRect.topLeft(), icon), Qt::IntersectClip);
        QCPPlottableLegendItem::draw(painter);
        painter->restore();
        painter->setFont(getFont());
        painter->setPen(QPen(getTextColor()));
        const int height = std::max(painter->fontMetrics().height(), icon.height());
        painter->drawText(QRect(textX, mRect.y(), room, height), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    QSize minimumOuterSizeHint() const override
    {
        QSize size = QCPPlottableLegendItem::minimumOuterSizeHint();
        const int cap = mParentLegend->iconSize().width() + mParentLegend->iconTextPadding() + legendTextWidth
                        + mMargins.left() + mMargins.right();
        size.setWidth(std::min(size.width(), cap));
        return size;
    }
};

/// A title whose lines are elided to the width of its row when drawn, instead of running
/// past both edges of the chart; it asks the layout for no width of its own.
class ElidedTitle final : public QCPTextElement
{
public:
    using QCPTextElement::QCPTextElement;

protected:
    void draw(QCPPainter *painter) override
    {
        painter->setFont(mainFont());
        painter->setPen(QPen(mainTextColor()));
        QStringList lines = mText.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = elided(mainFont(), line, Qt::ElideRight, mRect.width());
        painter->drawText(mRect, mTextFlags, lines.join(QLatin1Char('\n')), &mTextBoundingRect);
    }

    QSize minimumOuterSizeHint() const override
    {
        QSize size = QCPTextElement::minimumOuterSizeHint();
        size.setWidth(mMargins.left() + mMargins.right());
        return size;
    }
};

/// A label inside an axis rect that keeps clear of the rect's other such labels: drawn
/// where its position and alignment put it, moved right (or left) when that would cut it at
/// an edge ("ax 2" for "max 2" at batch 2), and moved down (or up) clear of the others,
/// which otherwise overlap where the candidates' capacities crowd together at the right
/// edge of the context chart, or where the current value's label meets the notes of
/// capacities above the view. Every label of the rect runs the same layout over all of
/// them, so each finds its own place without shared state. The box it was drawn in is its
/// "drawnRect" property.
class EdgeLabel final : public QCPItemText
{
public:
    using QCPItemText::QCPItemText;

    /// Elides the text in the middle when the rect is narrower than it.
    void setElided(bool elided) { m_elided = elided; }

protected:
    void draw(QCPPainter *painter) override
    {
        const QRectF box = placedBox();
        const QPointF anchor = position->coords();
        const Qt::Alignment alignment = positionAlignment();
        const QString full = mText;
        mText = shownText(clipRect());
        position->setPixelPosition(box.topLeft());
        setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        QCPItemText::draw(painter);
        setPositionAlignment(alignment);
        position->setCoords(anchor);
        mText = full;
        setProperty("drawnRect", box);
    }

private:
    QString shownText(const QRect &clip) const
    {
        if (!m_elided)
            return mText;
        return elided(mainFont(), mText, Qt::ElideMiddle, clip.width() - mPadding.left() - mPadding.right() - 4);
    }

    /// The text's box (text and padding) where its position and alignment put it, inside `clip`.
    QRectF wantedBox(const QRect &clip) const
    {
        const QRect text = QFontMetrics(mainFont()).boundingRect(0, 0, 0, 0, Qt::TextDontClip | textAlignment(), shownText(clip));
        const QSizeF size(text.width() + mPadding.left() + mPadding.right(), text.height() + mPadding.top() + mPadding.bottom());
        const QPointF at = position->pixelPosition();
        const Qt::Alignment align = positionAlignment();
        const double x = align & Qt::AlignLeft ? at.x() : align & Qt::AlignRight ? at.x() - size.width() : at.x() - size.width() / 2.0;
        const double y = align & Qt::AlignTop ? at.y() : align & Qt::AlignBottom ? at.y() - size.height() : at.y() - size.height() / 2.0;
        const double left = std::clamp(x, double(clip.left()), std::max<double>(clip.left(), clip.right() - size.width()));
        const double top = std::clamp(y, double(clip.top()), std::max<double>(clip.top(), clip.bottom() - size.height()));
        return {QPointF(left, top), size};
    }

    /// This label's box after the rect's labels are stacked: in order from the top, each
    /// moves below any placed box it would overlap (2 px apart), or above them when below
    /// would leave the rect.
    QRectF placedBox() const
    {
        const QRect clip = clipRect();
        QList<std::pair<QRectF, const EdgeLabel *>> wanted;
        for (int i = 0; i < mParentPlot->itemCount(); ++i) {
            const auto *label = dynamic_cast<const EdgeLabel *>(mParentPlot->item(i));
            if (label && label->visible() && label->clipAxisRect() == clipAxisRect())
                wanted.append({label->wantedBox(clip), label});
        }
        std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) {
            return a.first.top() < b.first.top() || (a.first.top() == b.first.top() && a.first.left() < b.first.left());
        });
        constexpr double gap = 2.0;
        const auto clash = [](const QList<QRectF> &placed, const QRectF &r) -> const QRectF * {
            for (const QRectF &p : placed)
                if (r.intersects(p.adjusted(-gap, -gap, gap, gap)))
                    return &p;
            return nullptr;
        };
        QList<QRectF> placed;
        for (const auto &[box, label] : wanted) {
            QRectF r = box;
            for (const QRectF *p = clash(placed, r); p; p = clash(placed, r))
                r.moveTop(p->bottom() + gap + 0.5);
            if (r.bottom() > clip.bottom()) {
                r = box;
                for (const QRectF *p = clash(placed, r); p && r.top() > clip.top(); p = clash(placed, r))
                    r.moveBottom(p->top() - gap - 0.5);
                r.moveTop(std::max<double>(r.top(), clip.top()));
            }
            if (label == this)
                return r;
            placed.append(r);
        }
        return wantedBox(clip);
    }

    bool m_elided = false;
};

} // namespace

void ChartView::addToLegend(QCPAbstractPlottable *plottable, QCPLegend *legend)
{
    if (legend && !legend->hasItemWithPlottable(plottable))
        legend->addItem(new ElidedLegendItem(legend, plottable));
}

namespace {

/// Linear ticks on a byte axis, stepped and labelled in the display unit (1 GiB, 2 GiB, ...).
class MemoryTicker final : public QCPAxisTicker
{
public:
    explicit MemoryTicker(double divisor) : m_divisor(divisor) { setTickCount(6); }

protected:
    double getTickStep(const QCPRange &range) override
    {
        return QCPAxisTicker::getTickStep(QCPRange(range.lower / m_divisor, range.upper / m_divisor)) * m_divisor;
    }
    int getSubTickCount(double tickStep) override { return QCPAxisTicker::getSubTickCount(tickStep / m_divisor); }
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override
    {
        return QCPAxisTicker::getTickLabel(tick / m_divisor, locale, formatChar, precision);
    }

private:
    double m_divisor;
};

/// Logarithmic ticks at powers of two bytes (of ten with SI units), each labelled with its
/// own unit: 256 MiB, 1 GiB, 4 GiB, 16 GiB.
class LogMemoryTicker final : public QCPAxisTickerLog
{
public:
    LogMemoryTicker()
    {
        setLogBase(siUnits() ? 10 : 2);
        setSubTickCount(0);
        setTickCount(6);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return tickSize(tick); }
};

} // namespace

ChartView::ChartView(ScenarioModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_plot(new QCustomPlot(this)), m_tableView(new QTableView(this)),
      m_tableModel(new QStandardItemModel(this)), m_stack(new QStackedWidget(this)), m_clickTimer(new QTimer(this))
{
    m_plot->setObjectName(QStringLiteral("plot"));
    // Tick labels in the app's number format ("17,5" in German), not QCustomPlot's own.
    m_plot->setLocale(QLocale());
    m_plot->setMinimumSize(360, 260);
    // Lines and text smooth; large filled areas (whose edges the smooth lines cover) and
    // the grid without antialiasing: it halves the time to draw a stacked chart.
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setNotAntialiasedElements(QCP::aeGrid | QCP::aeAxes | QCP::aeFills | QCP::aeSubGrid | QCP::aeZeroLine);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setPlottingHint(QCP::phCacheLabels, true);
    // Nothing is drawn on the overlay layer: without a buffer of its own, each replot clears
    // and composites one full-size buffer instead of two.
    if (QCPLayer *overlay = m_plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);

    m_tableView->setObjectName(QStringLiteral("table"));
    m_tableView->setModel(m_tableModel);
    m_tableView->setSortingEnabled(false);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_tableView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_clickTimer->setSingleShot(true);
    m_clickTimer->setInterval(QApplication::doubleClickInterval());
    connect(m_clickTimer, &QTimer::timeout, this, [this] {
        if (QCPAxisRect *rect = rectAt(m_pendingClick))
            handleClick(rect, rect->axis(QCPAxis::atBottom)->pixelToCoord(m_pendingClick.x()));
    });

    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartView::handleMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &ChartView::handleMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ChartView::handleMouseRelease);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &ChartView::handleDoubleClick);
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_userZoomed = true; });
    connect(m_plot, &QCustomPlot::legendClick, this, &ChartView::handleLegendClick);
    connect(m_model, &ScenarioModel::changed, this,
            [this](const ScenarioChange &change) { handleModelChanged(change.kind == ScenarioChange::Replaced); });
}

ChartView::~ChartView() = default;

QStandardItemModel *ChartView::tableModel() const { return m_tableModel; }

void ChartView::setLogScale(bool log)
{
    if (m_log == log)
        return;
    m_log = log;
    m_userZoomed = false;
    refresh();
}

bool ChartView::isTableShown() const { return m_stack->currentWidget() == m_tableView; }

void ChartView::setTableShown(bool shown)
{
    if (shown == isTableShown())
        return;
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_tableView) : m_plot);
    if (shown)
        refresh();
}

void ChartView::refresh()
{
    // Rebuilding makes new axes; keep the user's zoom on them when the panels are the same.
    QList<QCPRange> kept;
    for (QCPAxisRect *rect : m_plot->axisRects())
        for (QCPAxis *axis : rect->axes())
            kept << axis->range();
    m_homes.clear();
    rebuild(isTableShown());
    applyStyle();
    QList<QCPAxis *> axes;
    for (QCPAxisRect *rect : m_plot->axisRects())
        axes << rect->axes();
    if (m_userZoomed && axes.size() == kept.size()) {
        resetView();
        m_userZoomed = true;
        for (qsizetype i = 0; i < axes.size(); ++i)
            axes[i]->setRange(kept[i]);
    } else {
        resetView();
    }
    m_plot->replot();
    m_dirty = false;
    emit refreshed();
}

const Estimate *ChartView::startRebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->plotLayout()->clear();
    m_tableModel->clear();
    const Estimate *e = m_model->estimate();
    if (!e)
        addTitle(tr("No estimate: the scenario needs fixing first."));
    return e;
}

void ChartView::resetView()
{
    for (const Home &h : std::as_const(m_homes))
        h.axis->setRange(h.lower, h.upper);
    m_userZoomed = false;
}

void ChartView::setHome(QCPAxis *axis, double lower, double upper)
{
    if (!(upper > lower))
        upper = lower + 1.0;
    m_homes.append(Home{axis, lower, upper});
}

void ChartView::setupMemoryAxis(QCPAxis *axis, const QString &label, double largestBytes)
{
    const MemoryUnit unit = MemoryUnit::forLargest(largestBytes);
    axis->setScaleType(m_log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    axis->setNumberFormat(QStringLiteral("g"));
    axis->setNumberPrecision(4);
    if (m_log) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new LogMemoryTicker));
        axis->setLabel(label); // each tick names its unit
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new MemoryTicker(unit.divisor)));
        //: Axis label: what is measured, then the unit ("Memory per device (GiB)").
        axis->setLabel(tr("%1 (%2)").arg(label, unit.symbol));
    }
}

void ChartView::applyStyle() { applyPalette(m_plot, palette()); }

void ChartView::watchLegend(QCPLegend *legend)
{
    legend->setSelectableParts(QCPLegend::spNone);
    // Room for every entry: the layout would otherwise squeeze the rows together.
    const QFontMetrics fm(legend->font());
    const int rowHeight = std::max(fm.height(), legend->iconSize().height()) + legend->rowSpacing() + 2;
    legend->setMinimumSize(0, legend->itemCount() * rowHeight + legend->margins().top() + legend->margins().bottom() + 4);
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
        if (!item)
            continue;
        const QString key = item->plottable()->objectName();
        if (m_hidden.contains(key)) {
            QColor grey = palette().color(QPalette::Disabled, QPalette::WindowText);
            item->setTextColor(grey);
        }
    }
}

void ChartView::setSeriesHidden(const QString &key, bool hidden)
{
    if (hidden)
        m_hidden.insert(key);
    else
        m_hidden.remove(key);
    const bool zoomed = m_userZoomed;
    m_userZoomed = true; // keep the view where the user is looking
    refresh();
    m_userZoomed = zoomed;
}

void ChartView::handleClick(QCPAxisRect *, double) {}

void ChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Markers, labels and tracers take their colours when built: rebuild in the new palette.
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    }
}

void ChartView::retranslateUi()
{
    setAccessibleName(title());
    m_plot->setLocale(QLocale()); // the language, and with it the number format, changed
    // Titles, axes, legends and the table are made in rebuild(). A shown table is rebuilt now,
    // keeping its selection and scroll position (same scenario: same rows); a hidden plot later.
    if (!isVisible() && !isTableShown()) {
        m_dirty = true;
        return;
    }
    QList<int> selected;
    for (const QModelIndex &i : m_tableView->selectionModel()->selectedRows())
        selected << i.row();
    const QModelIndex current = m_tableView->currentIndex();
    const QPoint scroll(m_tableView->horizontalScrollBar()->value(), m_tableView->verticalScrollBar()->value());
    refresh();
    QItemSelectionModel *selection = m_tableView->selectionModel();
    for (int row : std::as_const(selected))
        if (row < m_tableModel->rowCount())
            selection->select(m_tableModel->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (current.isValid() && current.row() < m_tableModel->rowCount() && current.column() < m_tableModel->columnCount())
        selection->setCurrentIndex(m_tableModel->index(current.row(), current.column()), QItemSelectionModel::NoUpdate);
    m_tableView->doItemsLayout(); // the scroll ranges of the new rows
    m_tableView->horizontalScrollBar()->setValue(scroll.x());
    m_tableView->verticalScrollBar()->setValue(scroll.y());
}

void ChartView::handleModelChanged(bool replaced)
{
    if (replaced) {
        m_userZoomed = false;
        m_hidden.clear();
    }
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

QCPAxisRect *ChartView::rectAt(const QPointF &pos) const
{
    for (QCPAxisRect *rect : m_plot->axisRects())
        if (rect->rect().contains(pos.toPoint()))
            return rect;
    return nullptr;
}

void ChartView::handleMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton) {
        m_userZoomed = true;
        QToolTip::hideText();
        return;
    }
    QCPAxisRect *rect = rectAt(event->position());
    if (!rect) {
        hideTracers();
        // Over a legend entry: its whole name, which the entry may show elided.
        auto *entry = qobject_cast<QCPPlottableLegendItem *>(m_plot->layoutElementAt(event->position()));
        if (entry && entry->plottable())
            QToolTip::showText(event->globalPosition().toPoint() + QPoint(16, 16), entry->plottable()->name(), m_plot);
        else
            QToolTip::hideText();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const double key = rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
    const double value = rect->axis(QCPAxis::atLeft)->pixelToCoord(event->position().y());
    const QString text = hoverText(rect, key, value);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint() + QPoint(16, 16), text, m_plot);
}

void ChartView::handleMousePress(QMouseEvent *event) { m_pressPos = event->position(); }

void ChartView::handleMouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if ((event->position() - m_pressPos).manhattanLength() > QApplication::startDragDistance())
        return;
    if (!rectAt(event->position()))
        return;
    // Wait a double-click interval so that a double-click resets the view and sets nothing.
    m_pendingClick = event->position();
    m_clickTimer->start();
}

void ChartView::handleDoubleClick(QMouseEvent *)
{
    m_clickTimer->stop();
    resetView();
    m_plot->replot();
}

void ChartView::handleLegendClick(QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *)
{
    m_clickTimer->stop();
    if (auto *p = qobject_cast<QCPPlottableLegendItem *>(item)) {
        const QString key = p->plottable()->objectName();
        setSeriesHidden(key, !m_hidden.contains(key));
    }
}

std::optional<QString> ChartView::exportTo(const QString &path, int width, int height)
{
    if (m_dirty)
        refresh();
    if (width <= 0 || height <= 0) {
        width = std::max(m_plot->width(), 900);
        height = std::max(m_plot->height(), 560);
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(path, width, height, 2.0);
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Headroom"), title());
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(title());
        svg.setDescription(tr("Chart exported by Headroom"));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            m_plot->toPainter(&painter, width, height);
            ok = painter.end();
        }
    } else {
        return tr("Cannot export to \"%1\": choose a .png, .svg or .pdf file.").arg(QFileInfo(path).fileName());
    }
    if (!ok || !QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return tr("Could not write %1.").arg(path);
    return std::nullopt;
}

} // namespace headroom::ui

namespace headroom::ui {

QCPAxisRect *ChartView::addPanel(int row, QCPLegend **legend)
{
    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(row, 0, rect);
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    auto *l = new QCPLegend;
    // The legend sits in its own column beside the data, never over it, packed at the top
    // (an empty element below takes the spare height).
    auto *column = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(row, 1, column);
    column->addElement(0, 0, l);
    column->addElement(1, 0, new QCPLayoutElement(m_plot));
    column->setRowStretchFactors({0.001, 1.0});
    column->setRowSpacing(0);
    column->setMargins(QMargins(0, 0, 6, 0)); // the legend's frame clear of the widget's edge
    l->setLayer(QStringLiteral("legend"));
    l->setMaximumSize(300, QWIDGETSIZE_MAX);
    l->setRowSpacing(3);
    l->setIconSize(18, 10);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    l->setFont(f);
    l->setMargins(QMargins(6, 4, 6, 4));
    auto *wrapper = m_plot->plotLayout();
    wrapper->setColumnStretchFactor(0, 4);
    wrapper->setColumnStretchFactor(1, 1);
    *legend = l;
    return rect;
}

QCPGraph *ChartView::addCapacityLine(QCPAxisRect *rect, QCPLegend *legend, const QString &key, const QString &name,
                                     const QColor &color, double x0, double x1, double bytes)
{
    QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setObjectName(key);
    g->setName(name);
    g->setPen(QPen(color, 2, Qt::DashLine));
    g->setData(QVector<double>{x0, x1}, QVector<double>{bytes, bytes}, true);
    g->setVisible(!isSeriesHidden(key));
    addToLegend(g, legend);
    return g;
}

void ChartView::addVerticalMarker(QCPAxisRect *rect, double x, const QString &label)
{
    const QColor text = palette().color(QPalette::WindowText);
    auto *line = new QCPItemStraightLine(m_plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition *p : {line->point1, line->point2})
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point1->setAxisRect(rect);
    line->point2->setAxisRect(rect);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(QPen(text, 1.5, Qt::DashDotLine));
    auto *t = new EdgeLabel(m_plot);
    t->setObjectName(QStringLiteral("marker:label"));
    t->setClipAxisRect(rect);
    t->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    t->position->setAxisRect(rect);
    t->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // At the foot of the line: the top is where limits and their labels sit.
    t->position->setCoords(x, 1.0);
    t->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    t->setPadding(QMargins(4, 2, 4, 2));
    t->setText(label);
    t->setColor(text);
    QColor bg = palette().color(QPalette::Base);
    bg.setAlpha(200);
    t->setBrush(bg);
}

void ChartView::addPointMarker(QCPAxisRect *rect, const QString &key, const QColor &color, double x, double y,
                               const QString &label)
{
    QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setObjectName(key);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(palette().color(QPalette::Base), 1.5), color, 12));
    g->setData(QVector<double>{x}, QVector<double>{y}, true);
    g->setVisible(!isSeriesHidden(key));
    if (label.isEmpty() || !g->visible())
        return;
    auto *t = new EdgeLabel(m_plot);
    t->setObjectName(key + QStringLiteral(":label"));
    t->setClipAxisRect(rect);
    t->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    t->position->setCoords(x, y);
    t->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    t->setPadding(QMargins(3, 1, 3, 7));
    t->setText(label);
    t->setColor(color.darker(115));
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    t->setFont(f);
}

void ChartView::addShadeAbove(QCPAxisRect *rect, const QColor &color, double x0, double x1, double bytes)
{
    auto *r = new QCPItemRect(m_plot);
    r->setClipAxisRect(rect);
    for (QCPItemPosition *p : {r->topLeft, r->bottomRight})
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    r->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    r->topLeft->setAxisRect(rect);
    r->topLeft->setCoords(x0, -1.0); // above the top of the rect, wherever the user pans
    r->bottomRight->setCoords(x1, bytes);
    QColor c = color;
    c.setAlpha(30);
    r->setBrush(QBrush(c));
    r->setPen(Qt::NoPen);
}

void ChartView::addNote(QCPAxisRect *rect, const QString &text, const QColor &color)
{
    auto *t = new EdgeLabel(m_plot);
    t->setObjectName(QStringLiteral("note:label"));
    t->setElided(true);
    t->setClipAxisRect(rect);
    t->position->setType(QCPItemPosition::ptAxisRectRatio);
    t->position->setAxisRect(rect);
    // In the bottom right corner; the labels' layout stacks further notes on top, clear of
    // the current value's label.
    t->position->setCoords(1.0, 1.0);
    t->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    t->setPadding(QMargins(4, 1, 6, 1));
    t->setText(text);
    t->setColor(color);
    QColor bg = palette().color(QPalette::Base);
    bg.setAlpha(215);
    t->setBrush(bg);
}

QCPItemTracer *ChartView::addTracer(QCPAxisRect *rect)
{
    auto *tracer = new QCPItemTracer(m_plot);
    tracer->setClipAxisRect(rect);
    tracer->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    tracer->setStyle(QCPItemTracer::tsCircle);
    tracer->setSize(9);
    tracer->setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    tracer->setBrush(palette().color(QPalette::Base));
    tracer->setInterpolating(false);
    tracer->setVisible(false);
    return tracer;
}

void ChartView::addTitle(const QString &text)
{
    m_plot->plotLayout()->insertRow(0);
    QFont f = font();
    f.setBold(true);
    auto *title = new ElidedTitle(m_plot, text, f);
    title->setTextColor(palette().color(QPalette::WindowText));
    m_plot->plotLayout()->addElement(0, 0, title);
}

} // namespace headroom::ui
