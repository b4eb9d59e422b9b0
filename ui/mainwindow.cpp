#include "mainwindow.h"

#include "welcomepanel.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace Aura {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Aura Console"));

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePanel(m_pages);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);

    connect(m_welcome, &WelcomePanel::addCredentialsRequested, this, &MainWindow::addCredentialsRequested);
    connect(m_welcome, &WelcomePanel::trySandboxRequested, this, &MainWindow::trySandboxRequested);

    m_accountLabel = new QLabel(tr("Not connected"), this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setAccessibleName(tr("Account"));
    statusBar()->addPermanentWidget(m_accountLabel);

    createMenus();
}

void MainWindow::setAccountLabel(const QString &text)
{
    m_accountLabel->setText(text);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Aura Console"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Aura Console"),
        tr("<h3>Aura Console %1</h3><p>A native desktop console for the Neo4j Aura API.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace Aura
