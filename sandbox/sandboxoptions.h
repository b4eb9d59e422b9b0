#pragma once

#include "sandbox/faultinjector.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace AuraSandbox {

class SandboxServer;

// The command line of aura-sandbox, parsed and checked, before anything starts.
struct SandboxOptions
{
    quint16 port = 0;
    QString dialect = QStringLiteral("aura-v1"); // --dialect: aura-v1 (the live service) or seed
    double timeScale = 1.0;
    int tokenLifetime = 3600;
    QString stateFile;
    int scaleTenants = 0; // --scale T,I; 0 = the demo data
    int scaleInstances = 0;
    bool empty = false;
    QList<QPair<QString, QString>> clients; // extra clients: id, secret
    FaultSettings faults;

    enum class Parse { Run, Help, Version, Error };
    // On Error, *error says what is wrong; on Help, *error holds the help text.
    static Parse parse(const QStringList &arguments, SandboxOptions &options, QString *error);
    // Everything but the data and the state file: time scale, token lifetime, clients, faults.
    void applyTo(SandboxServer &server) const;
};

} // namespace AuraSandbox
