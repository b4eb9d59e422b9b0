#include "api/transportsecurity.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

bool isLoopbackHost(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool isTransportAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    return scheme == u"http" && isLoopbackHost(url);
}

bool isTokenDestinationAllowed(const QUrl &url, const QUrl &apiBase)
{
    if (!isTransportAllowed(url) || !url.userInfo().isEmpty())
        return false;
    if (isLoopbackHost(url))
        return isLoopbackHost(apiBase);
    const QString host = url.host().toLower();
    return url.scheme().toLower() == u"https" && (host == u"neo4j.io" || host.endsWith(u".neo4j.io"));
}

} // namespace Aura
