#pragma once

#include <QWidget>

namespace Aura {

// What a user sees before any account is set up: what the console is, and the two ways to start.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

Q_SIGNALS:
    void addCredentialsRequested();
    void trySandboxRequested();
};

} // namespace Aura
