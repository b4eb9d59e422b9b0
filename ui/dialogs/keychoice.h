#pragma once

#include "api/dto/encryptionkey.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace Aura {

// The encryption of a new instance, as a form row: Aura's own keys (the default) or one of the project's
// customer-managed keys that is ready and made for the chosen type, cloud provider and region. Keys still pending
// are listed but cannot be chosen. Shown only for a project whose service has customer-managed keys and a type
// they exist for.
class KeyChoice final : public QObject
{
    Q_OBJECT
public:
    // Adds its row to `form`, whose widget parents it.
    KeyChoice(QFormLayout *form, QWidget *parent);

    // The keys known and, when some could not be read, why.
    void setKeys(const QList<EncryptionKey> &keys, const QString &problem);
    // The form's choices so far; `offered`: the project's service has customer-managed keys.
    void update(bool offered, const QString &tenantId, const QString &type, const QString &cloudProvider,
        const QString &region);
    // The chosen key's id; empty for Aura's own.
    QString keyId() const;

    QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void changed();

private:
    QFormLayout *m_form;
    QVBoxLayout *m_cell = nullptr;
    QComboBox *m_combo;
    QLabel *m_note;
    QList<EncryptionKey> m_keys;
    QString m_problem;
    bool m_shown = false;
};

} // namespace Aura
