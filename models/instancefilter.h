#pragma once

#include "dto/instance.h"
#include "dto/status.h"

#include <QSet>
#include <QString>

namespace Aura {

// Which instances a view shows: free text (matched against name, id, region, type, cloud, connection URL, as
// whole words in any order), a set of status categories and a tenant. An empty criterion lets everything through.
// A plain class so that the proxy stays thin and the rules are tested on their own.
class InstanceFilter
{
public:
    void setText(const QString &text);
    QString text() const { return m_text; }

    void setCategories(const QSet<StatusCategory> &categories) { m_categories = categories; }
    QSet<StatusCategory> categories() const { return m_categories; }

    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }
    QString tenantId() const { return m_tenantId; }

    bool isEmpty() const { return m_words.isEmpty() && m_categories.isEmpty() && m_tenantId.isEmpty(); }
    bool accepts(const Instance &instance) const;
    // A tenant row on its own (without a matching instance) passes only a filter that asks for nothing else.
    bool acceptsTenant(const QString &tenantId) const
    {
        return m_words.isEmpty() && m_categories.isEmpty() && (m_tenantId.isEmpty() || m_tenantId == tenantId);
    }

    friend bool operator==(const InstanceFilter &a, const InstanceFilter &b)
    {
        return a.m_words == b.m_words && a.m_categories == b.m_categories && a.m_tenantId == b.m_tenantId;
    }

private:
    QString m_text;
    QStringList m_words;
    QSet<StatusCategory> m_categories;
    QString m_tenantId;
};

} // namespace Aura
