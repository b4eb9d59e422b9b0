#pragma once

#include "models/instancefilter.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace Aura {

class Inventory;

// The search box and the status and project filters above the instance table. Emits the whole filter whenever
// any part of it changes; the project list follows the Inventory (grouped by account, each with an "all of it"
// entry, while several accounts are shown).
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(const Inventory &inventory, QWidget *parent = nullptr);

    InstanceFilter filter() const;

    // For restoring the last session's filter and for the tree's "show this project".
    void setText(const QString &text);
    // Every instance again: no text, every status, every project (one filterChanged).
    void clear();
    // Puts the keyboard in the search field, its text selected.
    void focusSearch();
    void setStatusChoice(int index);
    int statusChoice() const;
    void setTenantId(const QString &tenantId);
    // Every project of one account (the tree's "show this account"); offered while several accounts are shown.
    void setAccountKey(const std::optional<QString> &accountKey);

    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const Aura::InstanceFilter &filter);

private:
    void reloadTenants();
    void addAccountEntries(const QString &accountKey);

    const Inventory &m_inventory;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tenant = nullptr;
    QString m_wantedTenant;
    QHash<QString, QString> m_labels; // the accounts' names the list was made with
};

} // namespace Aura
