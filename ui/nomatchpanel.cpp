#include "ui/nomatchpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

NoMatchPanel::NoMatchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"noMatchPanel"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"noMatchMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_clear = new QPushButton(tr("Clear Filters"), this);
    m_clear->setObjectName(u"clearFiltersButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_clear, &QPushButton::clicked, this, &NoMatchPanel::clearRequested);
    setSearch({});
}

void NoMatchPanel::setSearch(const QString &text)
{
    m_message->setText(text.trimmed().isEmpty() ? tr("No instance matches the chosen status and project.")
                                                : tr("No instance matches “%1”.").arg(text.trimmed()));
    m_message->setAccessibleName(m_message->text());
}

QString NoMatchPanel::message() const
{
    return m_message->text();
}

} // namespace Aura
