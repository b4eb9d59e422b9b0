#pragma once

#include "models/instanceactions.h"
#include "ui/icons.h"

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace Aura {

// One QAction per InstanceAction, shared by the toolbar, the menu bar and the context menus, so they always agree.
// update() enables each for the current selection and puts the reason in the tooltip when it is disabled.
class InstanceActionSet final : public QObject
{
    Q_OBJECT
public:
    explicit InstanceActionSet(QObject *parent = nullptr);

    QAction *action(InstanceAction action) const { return m_actions.value(action); }

    // `capabilities`: those of the selection's service; they decide how a restore is offered.
    void update(const QList<Instance> &selection, bool connected, const Capabilities &capabilities);

    // The actions in menu order, with separators between groups.
    void addToMenu(QMenu *menu) const;
    void addToToolBar(QToolBar *toolBar) const;

Q_SIGNALS:
    void triggered(Aura::InstanceAction action);

private:
    QAction *make(InstanceAction action, const QString &text, const QString &description, IconId iconId,
        const QKeySequence &shortcut);

    QHash<InstanceAction, QAction *> m_actions;
    QHash<InstanceAction, QString> m_descriptions;
};

} // namespace Aura
