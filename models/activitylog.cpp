#include "models/activitylog.h"

#include <QLocale>

namespace Aura {

ActivityLog::ActivityLog(QObject *parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{ }

int ActivityLog::start(const QString &operation, const QString &target)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({operation, target, State::Running, m_clock(), {}, {}, {}});
    endInsertRows();
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    return row;
}

void ActivityLog::succeed(int id, const QString &requestId, const QString &message)
{
    end(id, State::Succeeded, requestId, message);
}

void ActivityLog::fail(int id, const QString &requestId, const QString &message)
{
    end(id, State::Failed, requestId, message);
}

void ActivityLog::endUnknown(int id, const QString &requestId, const QString &message)
{
    end(id, State::OutcomeUnknown, requestId, message);
}

void ActivityLog::end(int id, State state, const QString &requestId, const QString &message)
{
    if (id < 0 || id >= m_entries.size() || m_entries.at(id).state != State::Running)
        return;
    Entry &e = m_entries[id];
    e.state = state;
    e.ended = m_clock();
    e.requestId = requestId;
    e.message = message;
    Q_EMIT dataChanged(index(id, Outcome), index(id, Message));
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    Q_EMIT finished(id, state == State::Succeeded, e.operation, e.target, e.message);
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::UserRole)
        return static_cast<int>(e.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Operation:
        return e.operation;
    case Target:
        return e.target;
    case Outcome:
        switch (e.state) {
        case State::Running:
            return tr("In progress");
        case State::Succeeded:
            return tr("Succeeded");
        case State::Failed:
            return tr("Failed");
        case State::OutcomeUnknown:
            return tr("Outcome unknown");
        }
        return {};
    case Started:
        return QLocale().toString(e.started.time(), QLocale::ShortFormat);
    case Duration:
        return e.ended.isValid() ? formatDuration(e.started.msecsTo(e.ended)) : QString();
    case RequestId:
        return e.requestId;
    case Message:
        return e.message;
    default:
        return {};
    }
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Operation:
        return tr("Operation");
    case Target:
        return tr("Instance");
    case Outcome:
        return tr("Outcome");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case RequestId:
        return tr("Request id");
    case Message:
        return tr("Details");
    default:
        return {};
    }
}

QString ActivityLog::formatDuration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 10'000)
        return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace Aura
