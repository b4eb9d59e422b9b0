#pragma once

#include <QStyledItemDelegate>

namespace Aura {

class Clock;

// Paints a status cell: a coloured marker per status category (a pulsing ring while the server is working), the
// status verbatim and, for transitional statuses, how long it has lasted. The roles it reads are given by the
// model's owner, so the delegate serves any model that offers them. It reads the time and schedules its animation
// on a Clock (the system's unless a test gives another).
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Roles
    {
        int status = Qt::DisplayRole; // QString, verbatim
        int category = Qt::UserRole; // int(StatusCategory)
        int since = Qt::UserRole + 1; // QDateTime the current status began (invalid if unknown)
        int pending = -1; // QString: the change asked for that has not landed, in words; -1: the model has none
    };
    explicit StatusDelegate(Roles roles, QObject *parent = nullptr, Clock *clock = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width a cell needs for `text` beside its marker.
    static int widthFor(const QString &text, const QFontMetrics &metrics);
    // A width that holds a typical transitional status ("resuming · 10 min"; a longer one is elided, its tooltip
    // is whole): for a column that should not measure its rows (10,000 rows on every status change freeze the
    // window).
    static int typicalWidth(const QFontMetrics &metrics);

    // The text the cell shows (also its tooltip and accessible text).
    QString displayText(const QModelIndex &index) const;

Q_SIGNALS:
    // A transitional status was painted: the view should repaint soon to animate it and advance "for N min".
    void repaintNeeded();

private:
    void scheduleTick() const;

    Roles m_roles;
    Clock *m_clock;
    mutable bool m_animating = false; // a transitional status was painted since the last tick
    mutable bool m_tickPending = false;
};

} // namespace Aura
