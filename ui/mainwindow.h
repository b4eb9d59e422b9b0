#pragma once

#include <QMainWindow>

class QStackedWidget;
class QLabel;

namespace Aura {

class WelcomePanel;

// The console's main window: the inventory views once an account is connected, the welcome panel before.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    WelcomePanel *welcomePanel() const { return m_welcome; }

    // Shown in the status bar: which account the window is connected to.
    void setAccountLabel(const QString &text);

Q_SIGNALS:
    void addCredentialsRequested();
    void trySandboxRequested();

private:
    void createMenus();
    void showAbout();

    QStackedWidget *m_pages = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QLabel *m_accountLabel = nullptr;
};

} // namespace Aura
