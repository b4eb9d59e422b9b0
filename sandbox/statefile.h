#pragma once

#include "sandbox/records.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace AuraSandbox {

class PlatformState;
class SandboxState;

// The whole state (tenants, instances, snapshots, keys, sessions) as JSON. Tokens and passwords are not part of it:
// nothing secret is ever written to a file.
QJsonObject stateToJson(const SandboxData &data);
// nullopt and *error (which names the first bad entry) when the document is not a sandbox state.
std::optional<SandboxData> stateFromJson(const QJsonObject &object, QString *error);

// Keeps a state file in step with a SandboxState: load() once at start, then changes are written at most half a
// second later (and on destruction), atomically (QSaveFile), so a crash leaves the previous complete file.
class StateFile final : public QObject
{
    Q_OBJECT
public:
    StateFile(const QString &path, SandboxState *state, QObject *parent = nullptr);
    ~StateFile() override;
    // The keys and sessions of the live dialect are kept too, when there is a platform.
    void setPlatform(PlatformState *platform) { m_platform = platform; }

    enum class LoadResult { Loaded, Missing, Corrupt };
    // A missing file is not an error (the first run); a corrupt one is, and it is left untouched.
    LoadResult load(QString *error);
    bool save(QString *error);
    void startSaving(); // from now on, changes are saved

    QString path() const { return m_path; }

private:
    QString m_path;
    SandboxState *m_state;
    PlatformState *m_platform = nullptr;
    QTimer m_pendingSave;
    bool m_saving = false;
};

} // namespace AuraSandbox
