#pragma once

#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Aura {

class Inventory;

// What the status bar says of the accounts shown: the least healthy connection among them (failed, offline,
// rate limited, connecting, online), the problems of each account that is not online, the oldest refresh (the
// data shown is at least that fresh), and which accounts these are.
struct ConnectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSummary)

public:
    MainWindow::Connection state = MainWindow::Connection::NotConnected;
    QString detail;
    QDateTime lastRefresh;
    QString accountLabel;

    static ConnectionSummary of(const Inventory &inventory);
};

} // namespace Aura
