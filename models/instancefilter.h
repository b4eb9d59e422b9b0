#pragma once

#include "api/dto/instance.h"
#include "api/dto/status.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Aura {

// Which instances a view shows: free text (matched against name, id, region, type, cloud, connection URL, as
// whole words in any order), a set of status categories, a tenant and an account. An empty criterion lets
// everything through; the account criterion is "none" (std::nullopt) rather than empty, since the empty string is
// a valid account key. A plain class so that the proxy stays thin and the rules are tested on their own.
class InstanceFilter
{
public:
    void setText(const QString &text);
    QString text() const { return m_text; }

    void setCategories(const QSet<StatusCategory> &categories) { m_categories = categories; }
    QSet<StatusCategory> categories() const { return m_categories; }

    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }
    QString tenantId() const { return m_tenantId; }

    // Only this account's instances and tenants; std::nullopt: every account.
    void setAccountKey(const std::optional<QString> &accountKey) { m_accountKey = accountKey; }
    const std::optional<QString> &accountKey() const { return m_accountKey; }

    bool isEmpty() const
    {
        return m_words.isEmpty() && m_categories.isEmpty() && m_tenantId.isEmpty() && !m_accountKey;
    }
    // `accountKey`: the account the instance belongs to (the empty key of a console with one account by default).
    bool accepts(const Instance &instance, const QString &accountKey = QString()) const;
    // A tenant row on its own (without a matching instance) passes only a filter that asks for nothing else.
    bool acceptsTenant(const QString &tenantId, const QString &accountKey = QString()) const
    {
        return m_words.isEmpty() && m_categories.isEmpty() && (m_tenantId.isEmpty() || m_tenantId == tenantId)
            && acceptsAccountKey(accountKey);
    }
    // An account row on its own passes only a filter that asks for nothing but (at most) that account.
    bool acceptsAccount(const QString &accountKey) const
    {
        return m_words.isEmpty() && m_categories.isEmpty() && m_tenantId.isEmpty() && acceptsAccountKey(accountKey);
    }

    friend bool operator==(const InstanceFilter &a, const InstanceFilter &b)
    {
        return a.m_words == b.m_words && a.m_categories == b.m_categories && a.m_tenantId == b.m_tenantId
            && a.m_accountKey == b.m_accountKey;
    }

private:
    bool acceptsAccountKey(const QString &accountKey) const { return !m_accountKey || *m_accountKey == accountKey; }

    QString m_text;
    QStringList m_words;
    QSet<StatusCategory> m_categories;
    QString m_tenantId;
    std::optional<QString> m_accountKey;
};

} // namespace Aura
