#include "ui/instanceactionset.h"

#include "ui/icons.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

InstanceActionSet::InstanceActionSet(QObject *parent)
    : QObject(parent)
{
    using A = InstanceAction;
    make(A::Create, tr("&New Instance..."), tr("Create a new instance"), IconId::Create, QKeySequence::New);
    make(A::Pause, tr("&Pause"), tr("Pause the selected instances: compute stops, data is kept"), IconId::Pause,
        QKeySequence(Qt::CTRL | Qt::Key_P));
    make(A::Resume, tr("Res&ume"), tr("Resume the selected paused instances"), IconId::Resume,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    make(A::Resize, tr("Resi&ze..."), tr("Change the memory of the selected instance"), IconId::Resize,
        QKeySequence(Qt::CTRL | Qt::Key_M));
    make(A::Upgrade, tr("Up&grade to Business Critical..."),
        tr("Make the selected Professional instance a Business Critical one (billed at another rate)"), IconId::Resize,
        {});
    make(A::Rename, tr("&Rename..."), tr("Rename the selected instance"), IconId::Rename, QKeySequence(Qt::Key_F2));
    make(A::Delete, tr("&Delete..."), tr("Delete the selected instances and all their data"), IconId::Delete,
        QKeySequence::Delete);
    make(A::TakeSnapshot, tr("Take &Snapshot"), tr("Take an on-demand snapshot of the selected instance"),
        IconId::Snapshot, QKeySequence(Qt::CTRL | Qt::Key_T));
    make(A::RestoreSnapshot, tr("Res&tore Snapshot to New Instance..."),
        tr("Create a new instance from one of the selected instance's snapshots"), IconId::Restore,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    make(A::RestoreInPlace, tr("Restore Snapshot in Pl&ace..."),
        tr("Replace the selected instance's data with one of its own snapshots"), IconId::Overwrite, {});
    make(A::OverwriteFromSnapshot, tr("&Overwrite from Snapshot..."),
        tr("Replace the selected instance's data with a snapshot"), IconId::Overwrite,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    make(A::CopyConnectionUrl, tr("&Copy Connection URL"), tr("Copy the selected instance's connection URL"),
        IconId::Copy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    make(A::Refresh, tr("Re&fresh"), tr("Fetch everything from the Aura API now"), IconId::Refresh,
        QKeySequence::Refresh);
    update({}, false, Capabilities {});
}

QAction *InstanceActionSet::make(
    InstanceAction kind, const QString &text, const QString &description, IconId iconId, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon(iconId), text, this);
    action->setObjectName(u"action"_s + QString::number(static_cast<int>(kind)));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setStatusTip(description);
    connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT triggered(kind); });
    m_actions.insert(kind, action);
    m_descriptions.insert(kind, description);
    return action;
}

void InstanceActionSet::update(const QList<Instance> &selection, bool connected, const Capabilities &capabilities)
{
    // A new instance from a snapshot is a clone on the live service, where "restore" means in place: each is
    // named for what it does there.
    QAction *toNew = action(InstanceAction::RestoreSnapshot);
    if (capabilities.cloneFromSnapshot) {
        toNew->setText(tr("New &Instance from Snapshot..."));
        m_descriptions[InstanceAction::RestoreSnapshot]
            = tr("Create a new instance from one of the selected instance's exportable snapshots; it is not changed");
    } else {
        toNew->setText(tr("Res&tore Snapshot to New Instance..."));
        m_descriptions[InstanceAction::RestoreSnapshot]
            = tr("Create a new instance from one of the selected instance's snapshots");
    }
    action(InstanceAction::RestoreInPlace)->setVisible(capabilities.restoreInPlace);
    // The live service changes more than the memory, and upgrades; the seed contract does neither.
    QAction *resize = action(InstanceAction::Resize);
    if (capabilities.liveSettings) {
        resize->setText(tr("Resi&ze or Change..."));
        m_descriptions[InstanceAction::Resize] = tr(
            "Change the memory, storage and settings (vectors, plugin, secondaries, CDC) of the selected instance");
    } else {
        resize->setText(tr("Resi&ze..."));
        m_descriptions[InstanceAction::Resize] = tr("Change the memory of the selected instance");
    }
    resize->setIconText(tr("Resize", "toolbar button")); // the toolbar stays short in both
    action(InstanceAction::Upgrade)->setVisible(capabilities.liveSettings);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const ActionAvailability a = availability(it.key(), selection, connected, capabilities);
        QAction *action = it.value();
        action->setEnabled(a.enabled);
        const QString description = m_descriptions.value(it.key());
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString head = shortcut.isEmpty() ? description : tr("%1 (%2)").arg(description, shortcut);
        action->setToolTip(a.enabled ? head : tr("%1\nNot available: %2").arg(head, a.reason));
    }
}

void InstanceActionSet::addToMenu(QMenu *menu) const
{
    using A = InstanceAction;
    menu->addAction(action(A::Create));
    menu->addSeparator();
    for (A a : {A::Pause, A::Resume, A::Resize, A::Upgrade, A::Rename})
        menu->addAction(action(a));
    menu->addSeparator();
    for (A a : {A::TakeSnapshot, A::RestoreSnapshot, A::RestoreInPlace, A::OverwriteFromSnapshot})
        menu->addAction(action(a));
    menu->addSeparator();
    menu->addAction(action(A::CopyConnectionUrl));
    menu->addSeparator();
    menu->addAction(action(A::Delete));
}

void InstanceActionSet::addToToolBar(QToolBar *toolBar) const
{
    using A = InstanceAction;
    for (A a : {A::Create, A::Refresh})
        toolBar->addAction(action(a));
    toolBar->addSeparator();
    for (A a : {A::Pause, A::Resume, A::Resize})
        toolBar->addAction(action(a));
    toolBar->addSeparator();
    for (A a : {A::TakeSnapshot, A::RestoreSnapshot})
        toolBar->addAction(action(a));
    toolBar->addSeparator();
    toolBar->addAction(action(A::Delete));
}

} // namespace Aura
