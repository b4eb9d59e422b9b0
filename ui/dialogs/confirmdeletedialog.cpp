#include "ui/dialogs/confirmdeletedialog.h"

#include "ui/dialogs/typetoconfirm.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

ConfirmDeleteDialog::ConfirmDeleteDialog(const Instance &instance, QWidget *parent)
    : FormDialog(parent)
    , m_instance(instance)
{
    setObjectName(u"confirmDeleteDialog"_s);
    setWindowTitle(tr("Delete Instance"));

    const QString shown = instance.name.isEmpty() ? instance.id : u"%1 (%2)"_s.arg(instance.name, instance.id);
    auto *warning = new QLabel(tr("<b>Delete %1?</b><br>The instance and all the data it holds are destroyed; "
                                  "this cannot be undone. Billing for it stops.")
                                   .arg(shown.toHtmlEscaped()),
        this);
    warning->setObjectName(u"deleteWarning"_s);
    warning->setWordWrap(true);
    warning->setMargin(8);
    warning->setStyleSheet(u"QLabel { background: #fdecea; color: #5f2120; border: 1px solid #e0a0a0; }"_s);

    m_confirm = new TypeToConfirm(instance, this);
    contentLayout()->addWidget(warning);
    contentLayout()->addWidget(m_confirm);

    acceptButton()->setText(tr("Delete"));
    acceptButton()->setAccessibleName(tr("Delete the instance"));
    acceptButton()->setDefault(false);
    acceptButton()->setAutoDefault(false);
    connect(m_confirm, &TypeToConfirm::confirmedChanged, this, &ConfirmDeleteDialog::inputChanged);
    inputChanged();
    m_confirm->lineEdit()->setFocus();
    resize(qMax(sizeHint().width(), 440), sizeHint().height());
}

bool ConfirmDeleteDialog::isInputValid() const
{
    return m_confirm->isConfirmed();
}

std::optional<QString> ConfirmDeleteDialog::instanceId() const
{
    if (!isInputValid())
        return std::nullopt;
    return m_instance.id;
}

} // namespace Aura
