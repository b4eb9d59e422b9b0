#include "ui/dialogs/typetoconfirm.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

TypeToConfirm::TypeToConfirm(const Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_expected(instance.displayName())
{
    const bool byName = !instance.name.isEmpty();
    // Whole sentences for each case: languages differ in how "name" and "id" fit into them.
    const QString prompt = byName ? tr("To confirm, type the instance name <b>%1</b>:")
                                  : tr("To confirm, type the instance id <b>%1</b>:");
    auto *label = new QLabel(prompt.arg(m_expected.toHtmlEscaped()), this);
    label->setObjectName(u"confirmPrompt"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"confirmNameEdit"_s);
    m_edit->setAccessibleName(byName ? tr("Type the instance name to confirm") : tr("Type the instance id to confirm"));
    label->setBuddy(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { Q_EMIT confirmedChanged(isConfirmed()); });
}

bool TypeToConfirm::isConfirmed() const
{
    // Exact match: a confirmation that forgives typos confirms the wrong instance too.
    return !m_expected.isEmpty() && m_edit->text() == m_expected;
}

} // namespace Aura
