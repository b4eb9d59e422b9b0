#pragma once

#include "api/dto/requests.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Aura {

// Why a name is refused, in words for the user; empty for NameProblem::None.
QString instanceNameProblemText(NameProblem problem);

// A line edit for an instance name that checks the contract's rules as the user types and says what is wrong
// right under the field. Nothing is cut off or corrected silently: a name that is too long stays as typed, with
// a message, so the user decides what to drop.
class NameField final : public QWidget
{
    Q_OBJECT
public:
    explicit NameField(QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    bool isValid() const { return checkInstanceName(name()) == NameProblem::None; }

    QLineEdit *lineEdit() const { return m_edit; }
    // Also where a server error about the name is shown; the next edit replaces it.
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void nameChanged(const QString &name);

private:
    void updateMessage();

    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    bool m_edited = false;
};

} // namespace Aura
