#include "ui/dialogs/credentialsdialog.h"

#include "ui/dialogs/credentialsfile.h"
#include "ui/dialogs/secretclipboard.h"
#include "ui/logging.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QLineEdit *readOnlyField(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setMinimumWidth(360);
    edit->setCursorPosition(0);
    return edit;
}

QPushButton *copyButton(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(QCoreApplication::translate("Aura::CredentialsDialog", "Copy"), parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

CredentialsDialog::CredentialsDialog(const InstanceCreated &credentials, Origin origin, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_origin(origin)
    , m_clipboardClearDelay(SecretClipboard::DefaultClearDelay)
{
    setObjectName(u"credentialsDialog"_s);
    setWindowTitle(tr("Instance Credentials"));

    auto *title = new QLabel(this);
    title->setObjectName(u"titleLabel"_s);
    m_title = title;

    auto *warning = new QLabel(tr("<b>This is the only time the password is shown.</b> Copy it or save it now: "
                                  "it cannot be shown again. Without it you can only reset it in the Aura web "
                                  "console."),
        this);
    warning->setObjectName(u"onlyOnceWarning"_s);
    warning->setWordWrap(true);
    warning->setMargin(8);
    warning->setStyleSheet(u"QLabel { background: #fff4e5; color: #663c00; border: 1px solid #f0c080; }"_s);

    auto *url = readOnlyField(credentials.connectionUrl, u"connectionUrlEdit"_s, tr("Connection URL"), this);
    auto *user = readOnlyField(credentials.username, u"usernameEdit"_s, tr("Username"), this);
    m_password = readOnlyField(credentials.password, u"passwordEdit"_s, tr("Password"), this);
    m_password->setEchoMode(QLineEdit::Password);
    // The password leaves only through copyPassword(), which marks it secret and clears it again: no context
    // menu, Ctrl+C goes to copyPassword(), and no selection, which X11 would publish as the primary selection.
    m_password->setContextMenuPolicy(Qt::NoContextMenu);
    m_password->installEventFilter(this);
    connect(m_password, &QLineEdit::selectionChanged, m_password, [this] {
        if (m_password->hasSelectedText())
            m_password->deselect();
    });

    m_showPassword = new QPushButton(tr("Show"), this);
    m_showPassword->setObjectName(u"showPasswordButton"_s);
    m_showPassword->setAccessibleName(tr("Show password"));
    m_showPassword->setCheckable(true);
    m_showPassword->setAutoDefault(false);

    auto *copyUrl = copyButton(u"copyUrlButton"_s, tr("Copy connection URL"), this);
    auto *copyUser = copyButton(u"copyUsernameButton"_s, tr("Copy username"), this);
    auto *copyPassword = copyButton(u"copyPasswordButton"_s, tr("Copy password"), this);
    copyPassword->setEnabled(!credentials.password.isEmpty());

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Connection URL:"), this), 0, 0);
    grid->addWidget(url, 0, 1);
    grid->addWidget(copyUrl, 0, 3);
    grid->addWidget(new QLabel(tr("Username:"), this), 1, 0);
    grid->addWidget(user, 1, 1);
    grid->addWidget(copyUser, 1, 3);
    grid->addWidget(new QLabel(tr("Password:"), this), 2, 0);
    grid->addWidget(m_password, 2, 1);
    grid->addWidget(m_showPassword, 2, 2);
    grid->addWidget(copyPassword, 2, 3);
    grid->setColumnStretch(1, 1);

    auto *save = new QPushButton(tr("Save as..."), this);
    save->setObjectName(u"saveAsButton"_s);
    save->setAccessibleName(tr("Save the credentials to a file"));
    save->setAutoDefault(false);
    save->setToolTip(tr("Writes %1, readable by you only").arg(proposedFileName()));

    m_keychain = new QCheckBox(tr("Store the password in the system &keychain"), this);
    m_keychain->setObjectName(u"storeInKeychainCheck"_s);
    m_keychain->setAccessibleName(tr("Store the password in the system keychain"));

    auto *wait = new QLabel(tr("Wait about 60 seconds before connecting: the database is still starting."), this);
    wait->setObjectName(u"waitLabel"_s);
    wait->setWordWrap(true);
    m_wait = wait;

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(tr("Close"));
    buttons->addButton(save, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(warning);
    layout->addLayout(grid);
    layout->addWidget(m_keychain);
    layout->addWidget(wait);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_showPassword, &QPushButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(shown ? tr("Hide") : tr("Show"));
        m_showPassword->setAccessibleName(shown ? tr("Hide password") : tr("Show password"));
    });
    connect(copyUrl, &QPushButton::clicked, this,
        [this] { copyText(m_credentials.connectionUrl, tr("Connection URL copied.")); });
    connect(
        copyUser, &QPushButton::clicked, this, [this] { copyText(m_credentials.username, tr("Username copied.")); });
    connect(copyPassword, &QPushButton::clicked, this, &CredentialsDialog::copyPassword);
    connect(save, &QPushButton::clicked, this, &CredentialsDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    setInstanceStatus(credentials.status);
}

bool CredentialsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_password && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                copyPassword();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CredentialsDialog::setInstanceStatus(const QString &status)
{
    const QString name = (m_credentials.name.isEmpty() ? m_credentials.id : m_credentials.name).toHtmlEscaped();
    const QString s = status.trimmed().toLower();
    QString title;
    if (s == u"running") {
        title = tr("<b>%1</b> is running: you can connect now.").arg(name);
    } else if (s.isEmpty() || s == u"creating" || s == u"loading" || s == u"restoring") {
        title = m_origin == Origin::Created ? tr("<b>%1</b> is being created.").arg(name)
                                            : tr("<b>%1</b> is being restored.").arg(name);
    } else {
        title = tr("<b>%1</b> is %2.").arg(name, status.toHtmlEscaped());
    }
    m_title->setText(title);
    m_title->setAccessibleName(m_title->text());
    m_wait->setVisible(s.isEmpty() || s == u"creating" || s == u"loading" || s == u"restoring");
}

bool CredentialsDialog::storePasswordInKeychain() const
{
    return m_keychain->isEnabled() && m_keychain->isChecked();
}

void CredentialsDialog::setKeychainUnavailable(const QString &reason)
{
    m_keychain->setChecked(false);
    m_keychain->setEnabled(false);
    m_keychain->setToolTip(reason);
    m_keychain->setAccessibleDescription(reason);
}

bool CredentialsDialog::isPasswordKept() const
{
    return m_credentials.password.isEmpty() || m_passwordCopied || m_saved || storePasswordInKeychain();
}

QString CredentialsDialog::proposedFileName() const
{
    return CredentialsFile::defaultFileName(m_credentials);
}

void CredentialsDialog::setStatus(const QString &text, bool isError)
{
    m_status->setStyleSheet(isError ? u"color: #b3261e;"_s : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CredentialsDialog::copyText(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    setStatus(what);
}

void CredentialsDialog::copyPassword()
{
    SecretClipboard::copy(m_credentials.password, m_clipboardClearDelay, m_clipboardClock);
    m_passwordCopied = true;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clipboardClearDelay).count();
    setStatus(
        tr("Password copied. It is removed from the clipboard in %n second(s).", nullptr, static_cast<int>(seconds)));
}

bool CredentialsDialog::saveTo(const QString &path)
{
    QString error;
    if (!CredentialsFile::write(path, m_credentials, &error)) {
        qCWarning(lcUi).noquote() << "credentials file not saved:" << error;
        setStatus(error, true);
        return false;
    }
    qCInfo(lcUi).noquote() << "credentials file of instance" << m_credentials.id << "saved to" << path;
    m_saved = true;
    setStatus(tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CredentialsDialog::chooseFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Save Credentials"), folder, tr("Text files (*.txt)"));
    dialog->setObjectName(u"saveFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"txt"_s);
    dialog->selectFile(proposedFileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

void CredentialsDialog::done(int result)
{
    if (isPasswordKept() || m_closeConfirmed) {
        QDialog::done(result);
        return;
    }
    askBeforeClosing(result);
}

void CredentialsDialog::askBeforeClosing(int result)
{
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Close Without Saving?"),
        tr("The password was neither copied nor saved. Once this window is closed it cannot be shown again."),
        QMessageBox::NoButton, this);
    box->setObjectName(u"confirmCloseBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *closeAnyway = box->addButton(tr("Close Without Saving"), QMessageBox::DestructiveRole);
    closeAnyway->setObjectName(u"closeAnywayButton"_s);
    QPushButton *goBack = box->addButton(tr("Go Back"), QMessageBox::RejectRole);
    goBack->setObjectName(u"goBackButton"_s);
    box->setDefaultButton(goBack);
    box->setEscapeButton(goBack);
    connect(box, &QMessageBox::buttonClicked, this, [this, closeAnyway, result](QAbstractButton *clicked) {
        if (clicked != closeAnyway)
            return;
        m_closeConfirmed = true;
        done(result);
    });
    m_closeQuestion = box;
    box->open();
}

} // namespace Aura
