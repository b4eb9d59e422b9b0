#include "ui/keptpasswordview.h"

#include "api/accounts/accountsecrets.h"
#include "ui/keychainerrorpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
// What a masked field shows: never derived from the password, so not even its length is revealed.
QString maskedText()
{
    return QString(8, QChar(0x2022));
}
} // namespace

KeptPasswordView::KeptPasswordView(
    AccountSecrets &secrets, const QString &accountId, const QString &instanceId, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_accountId(accountId)
    , m_instanceId(instanceId)
{
    setObjectName(u"keptPasswordView"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"keptPasswordField"_s);
    m_password->setReadOnly(true);
    m_password->setAccessibleName(tr("Database password"));
    m_show = new QPushButton(this);
    m_show->setObjectName(u"showPasswordButton"_s);
    m_forget = new QPushButton(tr("Forget..."), this);
    m_forget->setObjectName(u"forgetPasswordButton"_s);
    m_forget->setToolTip(tr("Delete the kept password from the keychain. The database keeps its password."));
    m_note = new QLabel(this);
    m_note->setObjectName(u"keptPasswordNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins({});
    row->addWidget(m_password, 1);
    row->addWidget(m_show);
    row->addWidget(m_forget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_show, &QPushButton::clicked, this, &KeptPasswordView::toggle);
    connect(m_forget, &QPushButton::clicked, this, &KeptPasswordView::confirmForget);
    conceal();
}

void KeptPasswordView::conceal()
{
    m_revealed = false;
    m_password->setText(maskedText());
    m_show->setText(tr("Show"));
}

void KeptPasswordView::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void KeptPasswordView::toggle()
{
    if (m_revealed) {
        conceal();
        return;
    }
    m_show->setEnabled(false);
    m_secrets.readInstancePassword(m_instanceId, this, [this](const auto &result) {
        m_show->setEnabled(true);
        switch (result.status) {
        case SecretStore::Status::Ok:
            m_revealed = true;
            m_password->setText(result.secret);
            m_show->setText(tr("Hide"));
            showNote({});
            break;
        case SecretStore::Status::NotFound:
            showNote(tr("The keychain no longer holds a password for this instance. If it is lost, reset it in the "
                        "Aura console."));
            break;
        case SecretStore::Status::Unavailable:
            showNote(tr("The keychain is not available: %1\n%2")
                         .arg(result.errorText, KeychainErrorPanel::platformAdvice()));
            break;
        }
    });
}

void KeptPasswordView::confirmForget()
{
    // The password exists nowhere else: the service shows it only once. open(), not exec(): no nested loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Forget Database Password"),
        tr("Delete the kept password of this instance from the keychain? The service cannot show it again; to "
           "connect without it, reset the password in the Aura console."),
        QMessageBox::Cancel, this);
    box->setObjectName(u"confirmForgetBox"_s);
    box->addButton(tr("Forget"), QMessageBox::DestructiveRole)->setObjectName(u"confirmForgetButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            forget();
    });
    box->open();
}

void KeptPasswordView::forget()
{
    m_forget->setEnabled(false);
    m_secrets.removeInstancePassword(m_accountId, m_instanceId, this, [this](const auto &result) {
        m_forget->setEnabled(true);
        if (result.status == SecretStore::Status::Unavailable) {
            showNote(tr("The password could not be deleted from the keychain: %1").arg(result.errorText));
            return;
        }
        conceal();
        m_show->setEnabled(false);
        m_forget->setEnabled(false);
        showNote(tr("The password is no longer kept."));
        Q_EMIT forgotten();
    });
}

} // namespace Aura
