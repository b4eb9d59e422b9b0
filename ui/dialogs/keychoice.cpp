#include "ui/dialogs/keychoice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

KeyChoice::KeyChoice(QFormLayout *form, QWidget *parent)
    : QObject(parent)
    , m_form(form)
    , m_combo(new QComboBox(parent))
    , m_note(new QLabel(parent))
{
    m_combo->setObjectName(u"encryptionKeyCombo"_s);
    m_combo->setAccessibleName(tr("Encryption key"));
    m_note->setObjectName(u"encryptionKeyNote"_s);
    m_note->setWordWrap(true);
    m_cell = new QVBoxLayout;
    m_cell->setSpacing(2);
    m_cell->addWidget(m_combo);
    m_cell->addWidget(m_note);
    form->addRow(tr("&Encryption:"), m_cell);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_cell)))
        label->setBuddy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &KeyChoice::changed);
    update(false, {}, {}, {}, {});
}

void KeyChoice::setKeys(const QList<EncryptionKey> &keys, const QString &problem)
{
    m_keys = keys;
    m_problem = problem;
}

void KeyChoice::update(
    bool offered, const QString &tenantId, const QString &type, const QString &cloudProvider, const QString &region)
{
    // Keys are made for one type of instances (the spec names the Virtual Dedicated Cloud types).
    const bool shown = offered && (type == u"enterprise-db" || type == u"enterprise-ds");
    m_shown = shown;
    m_form->setRowVisible(m_cell, shown);
    const QString before = m_combo->currentData().toString();
    const QSignalBlocker quiet(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Managed by Aura"), QString());
    auto *items = qobject_cast<QStandardItemModel *>(m_combo->model());
    int usable = 0;
    for (const EncryptionKey &k : std::as_const(m_keys)) {
        if (k.tenantId != tenantId || k.instanceType != type || k.cloudProvider != cloudProvider || k.region != region)
            continue;
        if (k.isReady()) {
            m_combo->addItem(tr("%1 (customer-managed)").arg(k.displayName()), k.id);
            ++usable;
        } else {
            m_combo->addItem(tr("%1 (%2: not usable yet)").arg(k.displayName(), k.status), k.id);
            if (items)
                items->item(m_combo->count() - 1)->setEnabled(false);
        }
    }
    const int keep = m_combo->findData(before);
    m_combo->setCurrentIndex(keep > 0 && (!items || items->item(keep)->isEnabled()) ? keep : 0);
    QString note;
    if (!m_problem.isEmpty())
        note = tr("Some customer-managed keys could not be read: %1").arg(m_problem);
    else if (shown && usable == 0)
        note = tr("The project has no ready key of its own for %1 in %2.").arg(type, region);
    m_note->setText(note);
    m_note->setVisible(shown && !note.isEmpty());
    Q_EMIT changed();
}

QString KeyChoice::keyId() const
{
    return m_shown ? m_combo->currentData().toString() : QString();
}

} // namespace Aura
