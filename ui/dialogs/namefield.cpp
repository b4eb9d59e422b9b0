#include "ui/dialogs/namefield.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

QString instanceNameProblemText(NameProblem problem)
{
    switch (problem) {
    case NameProblem::None:
        return {};
    case NameProblem::Empty:
        return QCoreApplication::translate("Aura::NameField", "Enter a name for the instance.");
    case NameProblem::TooLong:
        return QCoreApplication::translate("Aura::NameField", "The name is too long: at most %1 characters.")
            .arg(MaxInstanceNameLength);
    case NameProblem::SurroundingSpace:
        return QCoreApplication::translate("Aura::NameField", "The name cannot start or end with a space.");
    }
    return {};
}

NameField::NameField(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"nameEdit"_s);
    m_edit->setAccessibleName(tr("Instance name"));
    m_edit->setPlaceholderText(tr("1 to %1 characters").arg(MaxInstanceNameLength));
    m_edit->setClearButtonEnabled(true);

    m_message = new QLabel(this);
    m_message->setObjectName(u"nameMessage"_s);
    m_message->setAccessibleName(tr("Name problem"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(u"color: #b3261e;"_s);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_edited = true;
        updateMessage();
        Q_EMIT nameChanged(text);
    });
}

QString NameField::name() const
{
    return m_edit->text();
}

void NameField::setName(const QString &name)
{
    m_edit->setText(name);
}

void NameField::updateMessage()
{
    const NameProblem problem = checkInstanceName(name());
    // An untouched empty field is not an error yet; the disabled accept button says enough.
    const QString text = m_edited ? instanceNameProblemText(problem) : QString();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_edit->setAccessibleDescription(text);
}

} // namespace Aura
