#include "ui/dialogs/renamedialog.h"

#include "ui/dialogs/namefield.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

RenameDialog::RenameDialog(const Instance &instance, QWidget *parent)
    : FormDialog(parent)
    , m_instance(instance)
{
    setObjectName(u"renameDialog"_s);
    setWindowTitle(tr("Rename Instance"));

    auto *info = new QLabel(tr("Instance %1. Renaming changes only the name shown; the id and the connection URL "
                               "stay the same.")
                                .arg(instance.id),
        this);
    info->setWordWrap(true);

    m_name = new NameField(this);
    m_name->setName(instance.name);
    m_name->lineEdit()->selectAll();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("New &name:"), m_name);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_name)))
        label->setBuddy(m_name->lineEdit());
    contentLayout()->addWidget(info);
    contentLayout()->addLayout(form);

    acceptButton()->setText(tr("Rename"));
    acceptButton()->setAccessibleName(tr("Rename instance"));
    registerField(u"name"_s, m_name->lineEdit(), m_name->messageLabel());
    connect(m_name, &NameField::nameChanged, this, &RenameDialog::inputChanged);
    inputChanged();
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

bool RenameDialog::isInputValid() const
{
    return m_name->isValid() && m_name->name() != m_instance.name;
}

std::optional<UpdateInstanceRequest> RenameDialog::request() const
{
    if (!isInputValid())
        return std::nullopt;
    UpdateInstanceRequest r;
    r.name = m_name->name();
    return r;
}

} // namespace Aura
