#pragma once

// Small helpers for tests that drive dialogs the way a user does.

#include <QComboBox>
#include <QLabel>
#include <QStringList>

namespace AuraTest {

// The values (item data) a combo box offers, in order.
inline QStringList valuesOf(const QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemData(i).toString();
    return out;
}

inline bool select(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

// Shown to the user: visible in its window with some text.
inline bool showsText(const QLabel *label)
{
    return label && label->isVisibleTo(label->window()) && !label->text().isEmpty();
}

} // namespace AuraTest
