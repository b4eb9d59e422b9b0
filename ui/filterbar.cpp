#include "ui/filterbar.h"

#include "models/inventory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {
// The status choices, in combo box order.
const QList<QSet<StatusCategory>> StatusChoices = {
    {},
    {StatusCategory::Stable},
    {StatusCategory::InProgress},
    {StatusCategory::Failed, StatusCategory::Unknown},
};
// The account of an "all of this account" entry in the project list; invalid for every other entry.
constexpr int AccountKeyRole = Qt::UserRole + 1;
} // namespace

FilterBar::FilterBar(const Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    setObjectName(u"filterBar"_s);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchBox"_s);
    m_search->setPlaceholderText(tr("Search by name, id, region, type..."));
    m_search->setAccessibleName(tr("Search instances"));
    m_search->setClearButtonEnabled(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItems({tr("All statuses"), tr("Running or paused"), tr("In progress"), tr("Failed or unknown")});

    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(u"tenantFilter"_s);
    m_tenant->setAccessibleName(tr("Project filter"));
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reloadTenants();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_tenant);

    auto emitFilter = [this] { Q_EMIT filterChanged(filter()); };
    connect(m_search, &QLineEdit::textChanged, this, emitFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, emitFilter);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, emitFilter);
    connect(&m_inventory, &Inventory::tenantsAdded, this, &FilterBar::reloadTenants);
    connect(&m_inventory, &Inventory::tenantsRemoved, this, &FilterBar::reloadTenants);
    connect(&m_inventory, &Inventory::tenantChanged, this, &FilterBar::reloadTenants);
    connect(&m_inventory, &Inventory::accountsAdded, this, &FilterBar::reloadTenants);
    connect(&m_inventory, &Inventory::accountRemoved, this, &FilterBar::reloadTenants);
    connect(&m_inventory, &Inventory::accountChanged, this, [this](const QString &key) {
        // Most changes are of state (every refresh); only a new name changes the list.
        const AccountInfo *account = m_inventory.account(key);
        if (account && m_labels.value(key) != account->label)
            reloadTenants();
    });
}

void FilterBar::reloadTenants()
{
    // A project chosen before the tenants arrived (restored from the last session) is selected once it shows up.
    const QString current = m_wantedTenant.isEmpty() ? m_tenant->currentData().toString() : m_wantedTenant;
    const QVariant currentAccount = m_tenant->currentData(AccountKeyRole);

    const QSignalBlocker blocker(m_tenant);
    m_tenant->clear();
    m_tenant->addItem(tr("All projects"), QString());
    if (m_inventory.accountCount() > 1) {
        for (const QString &account : m_inventory.accountKeys())
            addAccountEntries(account);
    } else {
        addAccountEntries(m_inventory.accountKeys().value(0));
        m_tenant->removeItem(1); // one account: "all of it" is "All projects"
    }
    int index = current.isEmpty() ? -1 : m_tenant->findData(current);
    if (index < 0 && currentAccount.isValid())
        index = m_tenant->findData(currentAccount, AccountKeyRole);
    m_tenant->setCurrentIndex(index < 0 ? 0 : index);
    if (index >= 0)
        m_wantedTenant.clear();
    if (index >= 0 || !current.isEmpty())
        Q_EMIT filterChanged(filter());
}

void FilterBar::addAccountEntries(const QString &accountKey)
{
    const AccountInfo *account = m_inventory.account(accountKey);
    m_labels.insert(accountKey, account ? account->label : QString());
    //: The project filter's entry for every project of one account
    m_tenant->addItem(tr("%1: all projects").arg(accountLabelText(account ? account->label : QString())), QString());
    m_tenant->setItemData(m_tenant->count() - 1, accountKey, AccountKeyRole);
    QList<QPair<QString, QString>> tenants; // name, id
    for (const QString &id : m_inventory.tenantIds(accountKey))
        tenants.append({m_inventory.qualifiedTenantName(id), id}); // "Work / Production" beside other accounts
    std::sort(tenants.begin(), tenants.end(),
        [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto &[name, id] : tenants)
        m_tenant->addItem(name, id);
}

InstanceFilter FilterBar::filter() const
{
    InstanceFilter f;
    f.setText(m_search->text());
    f.setCategories(StatusChoices.value(m_status->currentIndex()));
    f.setTenantId(m_tenant->currentData().toString());
    if (const QVariant account = m_tenant->currentData(AccountKeyRole); account.isValid())
        f.setAccountKey(account.toString());
    return f;
}

void FilterBar::setAccountKey(const std::optional<QString> &accountKey)
{
    const int index = accountKey ? m_tenant->findData(*accountKey, AccountKeyRole) : -1;
    m_wantedTenant.clear();
    m_tenant->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::setText(const QString &text)
{
    m_search->setText(text);
}

void FilterBar::clear()
{
    {
        const QSignalBlocker text(m_search);
        const QSignalBlocker status(m_status);
        const QSignalBlocker tenant(m_tenant);
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_tenant->setCurrentIndex(0);
        m_wantedTenant.clear();
    }
    Q_EMIT filterChanged(filter());
}

void FilterBar::setStatusChoice(int index)
{
    if (index >= 0 && index < m_status->count())
        m_status->setCurrentIndex(index);
}

int FilterBar::statusChoice() const
{
    return m_status->currentIndex();
}

void FilterBar::setTenantId(const QString &tenantId)
{
    const int index = m_tenant->findData(tenantId);
    m_wantedTenant = index < 0 ? tenantId : QString();
    m_tenant->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Aura
