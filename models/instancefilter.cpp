#include "models/instancefilter.h"

namespace Aura {

void InstanceFilter::setText(const QString &text)
{
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool InstanceFilter::accepts(const Instance &i, const QString &accountKey) const
{
    if (!acceptsAccountKey(accountKey))
        return false;
    if (!m_tenantId.isEmpty() && i.tenantId != m_tenantId)
        return false;
    if (!m_categories.isEmpty() && !m_categories.contains(instanceStatusCategory(i.status)))
        return false;
    for (const QString &word : m_words) {
        const bool found = i.name.contains(word, Qt::CaseInsensitive) || i.id.contains(word, Qt::CaseInsensitive)
            || i.status.contains(word, Qt::CaseInsensitive) || i.region.contains(word, Qt::CaseInsensitive)
            || i.type.contains(word, Qt::CaseInsensitive) || i.cloudProvider.contains(word, Qt::CaseInsensitive)
            || i.connectionUrl.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace Aura
