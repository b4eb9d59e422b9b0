#include "sandbox/logging.h"

Q_LOGGING_CATEGORY(lcSandbox, "aura.sandbox", QtInfoMsg)
