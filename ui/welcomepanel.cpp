#include "ui/welcomepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aura {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));

    auto *title = new QLabel(tr("Welcome to Aura Console"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("See every project, instance and snapshot of your Neo4j Aura account, watch their "
                               "status live, and manage them safely.\n\nConnect with an Aura API key, or try every "
                               "operation on a local sandbox first: no account needed, nothing is billed."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto *addCredentials = new QPushButton(tr("Add Aura API credentials..."), this);
    addCredentials->setObjectName(QStringLiteral("addCredentialsButton"));
    addCredentials->setAccessibleName(tr("Add Aura API credentials"));
    addCredentials->setDefault(true);

    auto *trySandbox = new QPushButton(tr("Try the sandbox"), this);
    trySandbox->setObjectName(QStringLiteral("trySandboxButton"));
    trySandbox->setAccessibleName(tr("Try the sandbox"));
    trySandbox->setToolTip(tr("Start a local Aura API with demo data and connect to it"));

    connect(addCredentials, &QPushButton::clicked, this, &WelcomePanel::addCredentialsRequested);
    connect(trySandbox, &QPushButton::clicked, this, &WelcomePanel::trySandboxRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addCredentials);
    buttons->addWidget(trySandbox);
    buttons->addStretch();

    // The text sits in a card of bounded width, centred; word-wrapped labels need a layout without alignment
    // flags to get their height for the width they have.
    auto *card = new QWidget(this);
    card->setMaximumWidth(560);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(title);
    cardLayout->addSpacing(12);
    cardLayout->addWidget(text);
    cardLayout->addSpacing(18);
    cardLayout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card, 4);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

} // namespace Aura
