#include "ui/accountsdialog.h"

#include "ui/keychainerrorpanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

QLineEdit *makeField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    return field;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace

AccountsDialog::AccountsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Aura API Accounts"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"accountList"_s);
    m_list->setAccessibleName(tr("Accounts"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(u"addAccountButton"_s);
    m_remove = new QPushButton(tr("Remove..."), this);
    m_remove->setObjectName(u"removeAccountButton"_s);

    m_name = makeField(u"nameField"_s, this);
    m_clientId = makeField(u"clientIdField"_s, this);
    m_secret = makeField(u"secretField"_s, this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_apiUrl = makeField(u"apiUrlField"_s, this);
    m_tokenUrl = makeField(u"tokenUrlField"_s, this);

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &label, QLineEdit *field, QLabel *&problem, const QString &problemName) {
        form->addRow(label, field);
        problem = addProblemLabel(problemName);
        form->addRow(QString(), problem);
    };
    addRow(tr("&Name:"), m_name, m_nameProblem, u"nameProblem"_s);
    addRow(tr("&Client id:"), m_clientId, m_clientIdProblem, u"clientIdProblem"_s);
    addRow(tr("Client &secret:"), m_secret, m_secretProblem, u"secretProblem"_s);
    addRow(tr("&API URL:"), m_apiUrl, m_apiUrlProblem, u"apiUrlProblem"_s);
    addRow(tr("&Token URL:"), m_tokenUrl, m_tokenUrlProblem, u"tokenUrlProblem"_s);

    m_discard = new QPushButton(tr("Discard Changes"), this);
    m_discard->setObjectName(u"discardChangesButton"_s);
    m_discard->hide();
    m_test = new QPushButton(tr("Test Connection"), this);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setToolTip(tr("Obtain a token with these credentials and list the projects they can see"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainError = new KeychainErrorPanel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    testRow->addWidget(m_discard);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(testRow);
    right->addWidget(m_status);
    right->addWidget(m_keychainError);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::startNewAccount);
    connect(m_discard, &QPushButton::clicked, this, &AccountsDialog::discardChanges);
    for (QLineEdit *field : {m_name, m_clientId, m_secret, m_apiUrl, m_tokenUrl})
        connect(field, &QLineEdit::textChanged, this, &AccountsDialog::updateEditState);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::confirmRemoval);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::showAccount);
    connect(m_test, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(input()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { Q_EMIT saveRequested(input()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keychainError, &KeychainErrorPanel::removeAnywayRequested, this, &AccountsDialog::removeAnywayRequested);
    connect(m_keychainError, &KeychainErrorPanel::retryRequested, this, &AccountsDialog::retryKeychainRequested);
    connect(
        m_keychainError, &KeychainErrorPanel::keepForSessionRequested, this, &AccountsDialog::keepForSessionRequested);

    startNewAccount();
    resize(720, sizeHint().height());
}

QLabel *AccountsDialog::addProblemLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

void AccountsDialog::setAccounts(const QList<Account> &accounts, const QString &selectId)
{
    m_accounts = accounts;
    int select = accounts.isEmpty() ? -1 : 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < accounts.size(); ++i) {
            m_list->addItem(accounts.at(i).name);
            if (accounts.at(i).id == selectId)
                select = i;
        }
    }
    if (select < 0)
        startNewAccount();
    else
        m_list->setCurrentRow(select);
    showAccount(select);
}

void AccountsDialog::startNewAccount()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_editingNew = true;
    m_editing = Account::create({}, {});
    m_name->clear();
    m_clientId->clear();
    m_secret->clear();
    m_secret->setPlaceholderText(tr("Shown once when the API key was created"));
    m_apiUrl->setText(m_editing.apiBaseUrl.toString());
    m_tokenUrl->setText(m_editing.tokenUrl.toString());
    showProblems({});
    m_status->clear();
    m_name->setFocus();
    updateEditState();
}

void AccountsDialog::showAccount(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    m_editingNew = false;
    m_editing = m_accounts.at(row);
    m_name->setText(m_editing.name);
    m_clientId->setText(m_editing.clientId);
    m_secret->clear();
    m_secret->setPlaceholderText(tr("Kept in the keychain; type a new one to replace it"));
    m_apiUrl->setText(m_editing.apiBaseUrl.toString());
    m_tokenUrl->setText(m_editing.tokenUrl.toString());
    showProblems({});
    updateEditState();
}

bool AccountsDialog::hasUnsavedChanges() const
{
    const AccountInput current = input();
    return !current.secret.isEmpty() || current.account != m_editing;
}

void AccountsDialog::updateEditState()
{
    const bool unsaved = hasUnsavedChanges();
    m_list->setEnabled(!unsaved);
    m_list->setToolTip(unsaved ? tr("Save or discard the changes first") : QString());
    m_add->setEnabled(!unsaved);
    m_remove->setEnabled(!unsaved && !m_editingNew);
    m_discard->setVisible(unsaved);
}

void AccountsDialog::discardChanges()
{
    if (!m_editingNew) {
        showAccount(m_list->currentRow());
    } else if (!m_accounts.isEmpty()) {
        m_list->setCurrentRow(0);
        showAccount(0);
    } else {
        startNewAccount();
    }
}

AccountInput AccountsDialog::input() const
{
    AccountInput result;
    result.account = m_editing;
    result.account.name = m_name->text().trimmed();
    result.account.clientId = m_clientId->text();
    result.account.apiBaseUrl = QUrl(m_apiUrl->text().trimmed(), QUrl::StrictMode);
    result.account.tokenUrl = QUrl(m_tokenUrl->text().trimmed(), QUrl::StrictMode);
    result.secret = m_secret->text();
    result.isNew = m_editingNew;
    return result;
}

void AccountsDialog::confirmRemoval()
{
    if (m_editingNew)
        return;
    const QString accountId = m_editing.id;
    // open() rather than exec(): no nested event loop while the keychain or a test may be answering.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
        tr("Remove the account \"%1\"? Its client secret and the database passwords kept for its instances are "
           "deleted from the keychain. The API key itself stays valid in the Aura console.")
            .arg(m_editing.name),
        QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoveBox"_s);
    box->addButton(tr("Remove"), QMessageBox::DestructiveRole)->setObjectName(u"confirmRemoveButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, accountId](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            Q_EMIT removeRequested(accountId);
    });
    box->open();
}

void AccountsDialog::showProblems(const AccountProblems &problems, const QString &secretProblem)
{
    showProblem(m_nameProblem, problems.name);
    showProblem(m_clientIdProblem, problems.clientId);
    showProblem(m_secretProblem, secretProblem);
    showProblem(m_apiUrlProblem, problems.apiBaseUrl);
    showProblem(m_tokenUrlProblem, problems.tokenUrl);
}

void AccountsDialog::showStatus(const StatusMessage &message)
{
    m_status->setText(message.text);
    switch (message.severity) {
    case StatusMessage::Severity::Info:
        m_status->setStyleSheet({});
        break;
    case StatusMessage::Severity::Success:
        m_status->setStyleSheet(u"color: #1b7f3b;"_s);
        break;
    case StatusMessage::Severity::Error:
        m_status->setStyleSheet(u"color: #b00020;"_s);
        break;
    }
}

void AccountsDialog::showKeychainError(const QString &keychainMessage, KeychainErrorPanel::Offer offer)
{
    m_keychainError->showError(keychainMessage, offer);
}

void AccountsDialog::hideKeychainError()
{
    m_keychainError->hide();
}

void AccountsDialog::setTesting(bool testing)
{
    m_test->setEnabled(!testing);
}

void AccountsDialog::clearSecret()
{
    m_secret->clear();
}

} // namespace Aura
