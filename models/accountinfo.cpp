#include "models/accountinfo.h"

#include <QCoreApplication>

namespace Aura {

QString accountStateText(AccountState state)
{
    switch (state) {
    case AccountState::Connecting:
        return QCoreApplication::translate("Aura::AccountInfo", "Connecting…");
    case AccountState::Online:
        return QCoreApplication::translate("Aura::AccountInfo", "Online");
    case AccountState::Offline:
        return QCoreApplication::translate("Aura::AccountInfo", "Offline");
    case AccountState::RateLimited:
        return QCoreApplication::translate("Aura::AccountInfo", "Rate limited");
    case AccountState::Failed:
        return QCoreApplication::translate("Aura::AccountInfo", "Not connected");
    }
    return {};
}

QString accountLabelText(const QString &label)
{
    return label.isEmpty() ? QCoreApplication::translate("Aura::AccountInfo", "Account") : label;
}

} // namespace Aura
