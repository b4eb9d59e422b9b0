#pragma once

#include "api/apierror.h"
#include "ui/dialogs/formdialog.h"

#include <QPointer>

namespace Aura {

// Answers a form dialog's request: on error back onto the form (field or message area) for the user to correct,
// on success closed. The dialog may be gone (closed by the user meanwhile): then only the report remains.
inline void settleForm(const QPointer<FormDialog> &dialog, const ApiError *error)
{
    FormDialog *d = dialog.data();
    if (!d)
        return;
    if (error) {
        d->setBusy(false);
        d->showServerError(error->field(), error->userMessage());
        return;
    }
    d->accept();
}

} // namespace Aura
