#include "models/logging.h"

Q_LOGGING_CATEGORY(lcModels, "aura.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "aura.models.sync", QtInfoMsg)
