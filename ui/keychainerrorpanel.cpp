#include "ui/keychainerrorpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

KeychainErrorPanel::KeychainErrorPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"keychainErrorPanel"_s);
    setFrameShape(QFrame::StyledPanel);

    m_message = new QLabel(this);
    m_message->setObjectName(u"keychainErrorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);

    auto *retry = new QPushButton(tr("Try Again"), this);
    retry->setObjectName(u"keychainRetryButton"_s);
    m_keepForSession = new QPushButton(tr("Keep for This Session Only"), this);
    m_keepForSession->setObjectName(u"keepForSessionButton"_s);
    m_keepForSession->setToolTip(
        tr("Keep the secret in memory until Aura Console quits. It is not written anywhere; you will be asked for "
           "it again next time."));

    m_removeAnyway = new QPushButton(tr("Remove Anyway"), this);
    m_removeAnyway->setObjectName(u"removeAnywayButton"_s);
    m_removeAnyway->setToolTip(tr("Remove the account from Aura Console; its keychain entries stay until you delete "
                                  "them in the keychain itself."));

    connect(retry, &QPushButton::clicked, this, &KeychainErrorPanel::retryRequested);
    connect(m_keepForSession, &QPushButton::clicked, this, &KeychainErrorPanel::keepForSessionRequested);
    connect(m_removeAnyway, &QPushButton::clicked, this, &KeychainErrorPanel::removeAnywayRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(retry);
    buttons->addWidget(m_keepForSession);
    buttons->addWidget(m_removeAnyway);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    hide();
}

void KeychainErrorPanel::showError(const QString &keychainMessage, Offer offer)
{
    const QString said = keychainMessage.isEmpty() ? tr("(the keychain gave no reason)") : keychainMessage;
    m_message->setText(
        tr("The keychain of your system is not available.\nThe keychain said: %1\n\n%2").arg(said, platformAdvice()));
    m_keepForSession->setVisible(offer == Offer::KeepForSession);
    m_removeAnyway->setVisible(offer == Offer::RemoveAnyway);
    show();
}

QString KeychainErrorPanel::platformAdvice()
{
#if defined(Q_OS_MACOS)
    return tr("Unlock the login keychain in Keychain Access, allow Aura Console to use it, then try again.");
#elif defined(Q_OS_WIN)
    return tr("Make sure the Windows Credential Manager service is running for your user, then try again.");
#else
    return tr("Aura Console keeps secrets in the Secret Service of your desktop session. Install and start GNOME "
              "Keyring (package gnome-keyring) or KWallet, unlock it (it usually unlocks when you log in), then try "
              "again.");
#endif
}

} // namespace Aura
