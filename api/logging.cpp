#include "api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "aura.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "aura.api.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "aura.api.keychain", QtInfoMsg)
