#pragma once

#include <QLoggingCategory>

// One category per area of the client layer; enable with QT_LOGGING_RULES="aura.api*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
