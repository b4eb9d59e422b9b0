#include "ui/statusdelegate.h"

#include "api/clock.h"
#include "api/dto/status.h"
#include "ui/statuspresentation.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace Aura {

namespace {
constexpr int AnimationIntervalMs = 80;
constexpr int PulsePeriodMs = 1200;
} // namespace

StatusDelegate::StatusDelegate(Roles roles, QObject *parent, Clock *clock)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
    , m_clock(clock ? clock : SystemClock::instance())
{ }

void StatusDelegate::scheduleTick() const
{
    // Ticks only while transitional statuses are on screen: each paint of one arms the next tick.
    if (m_tickPending)
        return;
    m_tickPending = true;
    auto *self = const_cast<StatusDelegate *>(this);
    m_clock->callAfter(AnimationIntervalMs, self, [self] {
        self->m_tickPending = false;
        if (!self->m_animating)
            return;
        self->m_animating = false;
        Q_EMIT self->repaintNeeded();
    });
}

QString StatusDelegate::displayText(const QModelIndex &index) const
{
    const auto category = static_cast<StatusCategory>(index.data(m_roles.category).toInt());
    const QString pending = m_roles.pending < 0 ? QString() : index.data(m_roles.pending).toString();
    return StatusPresentation::text(index.data(m_roles.status).toString(), category,
        index.data(m_roles.since).toDateTime(), m_clock->utcNow(), pending);
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(m_roles.category).isValid()) {
        // Rows without a status of their own (a project in the tree) are painted as plain text.
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto category = static_cast<StatusCategory>(index.data(m_roles.category).toInt());
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = opt.rect.adjusted(6, 0, -4, 0);
    const int diameter = qMin(area.height() - 8, opt.fontMetrics.height() - 4);
    const QRect marker(area.left(), area.center().y() - diameter / 2, diameter, diameter);
    const QColor colour = StatusPresentation::colour(category, opt.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (category == StatusCategory::InProgress) {
        // A ring whose arc turns: the server is working on it.
        const qint64 t = m_clock->utcNow().toMSecsSinceEpoch() % PulsePeriodMs;
        const int startAngle = static_cast<int>(-t * 360 * 16 / PulsePeriodMs);
        painter->setPen(QPen(colour, 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(marker.adjusted(1, 1, -1, -1), startAngle, 270 * 16);
        m_animating = true;
        scheduleTick();
    } else if (category == StatusCategory::NotYetKnown) {
        // A dotted ring: nothing is known yet, neither good nor bad.
        painter->setPen(QPen(colour, 1.5, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(marker.adjusted(1, 1, -1, -1));
    } else if (category == StatusCategory::Unknown || category == StatusCategory::Gone) {
        painter->setPen(QPen(colour, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(marker.adjusted(1, 1, -1, -1));
        if (category == StatusCategory::Unknown) {
            // A question mark: a status the console does not know, told apart without its colour.
            QFont small = opt.font;
            small.setPixelSize(qMax(6, diameter - 4));
            small.setBold(true);
            painter->setFont(small);
            painter->drawText(marker, Qt::AlignCenter, QStringLiteral("?"));
        }
    } else if (StatusPresentation::isResting(index.data(m_roles.status).toString())) {
        // Two bars, in the colour of things at rest: paused (or suspended) is not running, whatever the colour.
        painter->setPen(Qt::NoPen);
        painter->setBrush(StatusPresentation::restingColour(opt.palette));
        const int bar = qMax(2, diameter / 4);
        const int gap = qMax(2, diameter / 5);
        const int left = marker.center().x() - gap / 2 - bar;
        painter->drawRect(QRect(left, marker.top() + 1, bar, diameter - 2));
        painter->drawRect(QRect(left + bar + gap, marker.top() + 1, bar, diameter - 2));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(marker);
        if (category == StatusCategory::Failed) {
            // A cross, so the state does not depend on telling colours apart.
            painter->setPen(QPen(opt.palette.color(QPalette::Base), 1.6));
            const QRect c = marker.adjusted(diameter / 4 + 1, diameter / 4 + 1, -diameter / 4 - 1, -diameter / 4 - 1);
            painter->drawLine(c.topLeft(), c.bottomRight());
            painter->drawLine(c.topRight(), c.bottomLeft());
        }
    }
    painter->restore();

    const QRect textRect = area.adjusted(diameter + 6, 0, 0, 0);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(displayText(index), Qt::ElideRight, textRect.width()));
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(m_roles.category).isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), widthFor(displayText(index), option.fontMetrics)));
    return size;
}

int StatusDelegate::widthFor(const QString &text, const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(text) + metrics.height() + 16; // the marker, its margins and the text's
}

int StatusDelegate::typicalWidth(const QFontMetrics &metrics)
{
    const QDateTime since = QDateTime::fromSecsSinceEpoch(0, Qt::UTC); // any moment: only the ten minutes count
    const QString typical = StatusPresentation::text(
        QStringLiteral("resuming"), StatusCategory::InProgress, since, since.addSecs(10 * 60));
    return widthFor(typical, metrics);
}

} // namespace Aura
