#pragma once

#include "api/dto/instance.h"

#include <QWidget>

class QLineEdit;

namespace Aura {

// "Type the instance's name to confirm": the guard in front of every action that destroys data. An instance
// without a name (a summary from the live service) is confirmed with its id.
class TypeToConfirm final : public QWidget
{
    Q_OBJECT
public:
    explicit TypeToConfirm(const Instance &instance, QWidget *parent = nullptr);

    QString expectedText() const { return m_expected; }
    bool isConfirmed() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void confirmedChanged(bool confirmed);

private:
    QString m_expected;
    QLineEdit *m_edit = nullptr;
};

} // namespace Aura
