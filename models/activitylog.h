#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace Aura {

// Every operation the user started in this session, with its outcome, duration and the server's request id.
// Rows are only appended, so views keep their place. Holds what the user may see: never a secret.
class ActivityLog final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Operation, Target, Outcome, Started, Duration, RequestId, Message, ColumnCount };
    // OutcomeUnknown: the request's answer was lost; the console is finding out what happened.
    enum class State { Running, Succeeded, Failed, OutcomeUnknown };
    using Clock = std::function<QDateTime()>;

    explicit ActivityLog(QObject *parent = nullptr, Clock clock = {});

    // Records a new operation (e.g. "Pause", "orders-prod") and returns its id.
    int start(const QString &operation, const QString &target);
    void succeed(int id, const QString &requestId, const QString &message = {});
    void fail(int id, const QString &requestId, const QString &message);
    void endUnknown(int id, const QString &requestId, const QString &message);

    int inFlight() const { return m_inFlight; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Duration as people read it: "0.4 s", "12 s", "4 min 12 s", "1 h 3 min".
    static QString formatDuration(qint64 milliseconds);

Q_SIGNALS:
    void inFlightChanged(int count);
    void finished(int id, bool succeeded, const QString &operation, const QString &target, const QString &message);

private:
    struct Entry
    {
        QString operation;
        QString target;
        State state = State::Running;
        QDateTime started;
        QDateTime ended;
        QString requestId;
        QString message;
    };
    void end(int id, State state, const QString &requestId, const QString &message);

    Clock m_clock;
    QList<Entry> m_entries; // id == row
    int m_inFlight = 0;
};

} // namespace Aura
