#include "api/apierror.h"

namespace Aura {

QString ApiError::field() const
{
    for (const ErrorDetail &detail : details) {
        if (!detail.field.isEmpty())
            return detail.field;
    }
    return {};
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Http:
        return httpStatus >= 500 && httpStatus <= 599;
    case Kind::InvalidCredentials:
    case Kind::PermissionDenied:
    case Kind::Malformed:
    case Kind::InsecureTransport:
    case Kind::Cancelled:
    case Kind::NoCredentials:
    case Kind::OutcomeUnknown:
    case Kind::RefusedDestination:
        break;
    }
    return false;
}

} // namespace Aura
