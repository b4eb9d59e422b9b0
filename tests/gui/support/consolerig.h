#pragma once

// The whole console (client, synchronizer, controllers, window) against the real sandbox over HTTP on loopback,
// for tests that drive it through the window as a user would.

#include "api/accounts/accountsecrets.h"
#include "api/auraclient.h"
#include "api/secrets/secretstore.h"
#include "app/consolesession.h"
#include "models/activitylog.h"
#include "models/inventory.h"
#include "models/roles.h"
#include "models/synchronizer.h"
#include "sandbox/sandboxserver.h"
#include "ui/consolepage.h"
#include "ui/desktopnotifier.h"
#include "ui/instanceactionset.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

namespace AuraTest {

class ConsoleRig
{
public:
    std::unique_ptr<AuraSandbox::SandboxServer> sandbox;
    std::unique_ptr<Aura::MemorySecretStore> secrets;
    std::unique_ptr<Aura::Inventory> inventory;
    std::unique_ptr<Aura::ActivityLog> activity;
    std::unique_ptr<Aura::DesktopNotifier> notifier;
    std::unique_ptr<Aura::MainWindow> window;
    std::unique_ptr<Aura::ConsoleSession> session;

    // Starts the sandbox with the demo data of a dialect and the console on it; true once the first data is in the
    // window.
    bool start(double timeScale, const QString &dialect = QStringLiteral("seed"))
    {
        using namespace Qt::Literals::StringLiterals;
        sandbox = std::make_unique<AuraSandbox::SandboxServer>(nullptr, AuraSandbox::Dialect::create(dialect));
        sandbox->setTimeScale(timeScale); // first, so the demo's transitions in progress are scaled too
        sandbox->loadDemoData();
        if (sandbox->listenOnLoopback() == 0)
            return false;
        secrets = std::make_unique<Aura::MemorySecretStore>();
        secrets->write(Aura::SecretKeys::clientSecret(u"sandbox"_s), QString::fromLatin1(AuraSandbox::DemoClientSecret),
            nullptr, {});
        inventory = std::make_unique<Aura::Inventory>();
        activity = std::make_unique<Aura::ActivityLog>();
        notifier = std::make_unique<Aura::DesktopNotifier>();
        notifier->setEnabled(false);
        window = std::make_unique<Aura::MainWindow>(*inventory, *activity);
        Aura::ClientSettings settings;
        settings.apiBaseUrl = sandbox->baseUrl();
        settings.tokenUrl = sandbox->tokenUrl();
        settings.clientId = QString::fromLatin1(AuraSandbox::DemoClientId);
        settings.accountId = u"sandbox"_s;
        settings.requestsPerMinute = 125 * 20; // the budget runs as fast as the scaled-down schedule
        settings.dialect = Aura::dialectFromName(dialect).value_or(Aura::ApiDialect::AuraV1);
        session = std::make_unique<Aura::ConsoleSession>(*inventory, *activity, *notifier, *window);
        session->setSyncSettings(Aura::SyncSettings().scaledDown(20)); // 5 s fast polls become 250 ms
        QSignalSpy settled(session.get(), &Aura::ConsoleSession::firstRefreshSettled);
        session->addAccount(u"sandbox"_s, u"Sandbox"_s, settings, *secrets);
        window->resize(1280, 800);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) && settled.wait(10000)
            && window->connection() == Aura::MainWindow::Connection::Online;
    }

    void stop()
    {
        session.reset();
        window.reset();
        sandbox.reset();
    }

    QString idOf(const QString &name) const
    {
        for (const QString &id : inventory->instanceIds()) {
            if (inventory->instance(id)->name == name)
                return id;
        }
        return {};
    }
    QString statusOf(const QString &id) const
    {
        const Aura::Instance *i = inventory->instance(id);
        return i ? i->status : QString();
    }
    QAction *action(Aura::InstanceAction a) const { return window->actions()->action(a); }

    // Selects the instances in the table as Ctrl+click would (the table allows extended selection).
    void selectInstances(const QStringList &ids) const
    {
        QTableView *table = window->console()->table();
        table->selectionModel()->clearSelection();
        for (const QString &id : ids) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(Aura::IdRole).toString() == id)
                    table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }

    // The text the instance table shows for an instance in a column.
    QString tableText(const QString &id, int column) const
    {
        const QAbstractItemModel *model = window->console()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(Aura::IdRole).toString() == id)
                return model->index(row, column).data().toString();
        }
        return {};
    }

    // Whether a dialog, which deletes itself once closed, is still on screen.
    static bool stillShown(const QPointer<QWidget> &dialog)
    {
        const QWidget *w = dialog.data();
        return w != nullptr && w->isVisible();
    }

    // The dialog or message box the window has open now, once it shows.
    template<typename T>
    T *openDialog(const QString &objectName, int timeoutMs = 5000) const
    {
        // One that was closed a moment ago may still exist, hidden, until its deferred deletion.
        T *found = nullptr;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                const QList<T *> candidates = window->findChildren<T *>(objectName);
                for (T *candidate : candidates) {
                    if (candidate->isVisible())
                        found = candidate;
                }
                return found != nullptr;
            },
            timeoutMs));
        return found;
    }
};

} // namespace AuraTest
