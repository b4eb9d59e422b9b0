#include "ui/connectionsummary.h"

#include "models/inventory.h"

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
MainWindow::Connection connectionFor(AccountState state)
{
    switch (state) {
    case AccountState::Connecting:
        return MainWindow::Connection::Connecting;
    case AccountState::Online:
        return MainWindow::Connection::Online;
    case AccountState::Offline:
        return MainWindow::Connection::Offline;
    case AccountState::RateLimited:
        return MainWindow::Connection::RateLimited;
    case AccountState::Failed:
        break;
    }
    return MainWindow::Connection::Failed;
}

// Higher is worse: the one the status bar shows when accounts differ.
int severity(MainWindow::Connection c)
{
    switch (c) {
    case MainWindow::Connection::NotConnected:
    case MainWindow::Connection::Online:
        return 0;
    case MainWindow::Connection::Connecting:
        return 1;
    case MainWindow::Connection::RateLimited:
        return 2;
    case MainWindow::Connection::Offline:
        return 3;
    case MainWindow::Connection::Failed:
        return 4;
    }
    return 0;
}
} // namespace

ConnectionSummary ConnectionSummary::of(const Inventory &inventory)
{
    ConnectionSummary summary;
    const QStringList keys = inventory.accountKeys();
    if (keys.isEmpty()) {
        summary.accountLabel = tr("No account");
        return summary;
    }
    QStringList labels;
    QStringList problems;
    summary.state = MainWindow::Connection::Online;
    for (const QString &key : keys) {
        const AccountInfo *info = inventory.account(key);
        if (!info)
            continue;
        const QString label = info->label.isEmpty() ? tr("Account") : info->label;
        labels << label;
        const MainWindow::Connection c = connectionFor(info->state);
        if (severity(c) > severity(summary.state))
            summary.state = c;
        if (c != MainWindow::Connection::Online && !info->detail.isEmpty())
            problems << (keys.size() > 1 ? tr("%1: %2").arg(label, info->detail) : info->detail);
        if (info->lastRefresh.isValid() && (!summary.lastRefresh.isValid() || info->lastRefresh < summary.lastRefresh))
            summary.lastRefresh = info->lastRefresh;
    }
    summary.detail = problems.join(u'\n');
    summary.accountLabel = labels.join(u", "_s);
    return summary;
}

} // namespace Aura
