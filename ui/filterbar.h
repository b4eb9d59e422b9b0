#pragma once

#include "instancefilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Aura {

class Inventory;

// The search box and the status and project filters above the instance table. Emits the whole filter whenever
// any part of it changes; the tenant list follows the Inventory.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(const Inventory &inventory, QWidget *parent = nullptr);

    InstanceFilter filter() const;

    // For restoring the last session's filter and for the tree's "show this project".
    void setText(const QString &text);
    void setStatusChoice(int index);
    int statusChoice() const;
    void setTenantId(const QString &tenantId);

    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const Aura::InstanceFilter &filter);

private:
    void reloadTenants();

    const Inventory &m_inventory;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tenant = nullptr;
    QString m_wantedTenant;
};

} // namespace Aura
