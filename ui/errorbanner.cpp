#include "ui/errorbanner.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Aura {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Problem"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_requestIdLabel = new QLabel(this);
    m_requestIdLabel->setObjectName(QStringLiteral("errorBannerRequestId"));
    m_requestIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copyId = new QToolButton(this);
    m_copyId->setObjectName(QStringLiteral("errorBannerCopyId"));
    m_copyId->setText(tr("Copy"));
    m_copyId->setToolTip(tr("Copy the request id, for Neo4j support"));
    m_copyId->setAccessibleName(tr("Copy request id"));
    connect(m_copyId, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_requestId); });

    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("errorBannerDismiss"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &ErrorBanner::dismiss);

    auto *idRow = new QHBoxLayout;
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->addWidget(m_requestIdLabel);
    idRow->addWidget(m_copyId);
    idRow->addStretch();

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addLayout(idRow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);

    hide();
}

void ErrorBanner::showMessage(
    Severity severity, const QString &message, const QString &requestId, const QString &retryText)
{
    m_text->setText(message);
    m_requestId = requestId;
    m_requestIdLabel->setText(tr("Request id: %1").arg(requestId));
    m_requestIdLabel->setVisible(!requestId.isEmpty());
    m_copyId->setVisible(!requestId.isEmpty());
    m_retry->setText(retryText);
    m_retry->setVisible(!retryText.isEmpty());

    // Tinted from the palette's own colours so it reads in light and dark themes.
    QPalette p = palette();
    const QColor base = QGuiApplication::palette().color(QPalette::Window);
    const QColor tint = severity == Severity::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf5, 0xa6, 0x23);
    const qreal mix = base.lightness() < 128 ? 0.35 : 0.18;
    p.setColor(QPalette::Window,
        QColor::fromRgbF(static_cast<float>(base.redF() * (1 - mix) + tint.redF() * mix),
            static_cast<float>(base.greenF() * (1 - mix) + tint.greenF() * mix),
            static_cast<float>(base.blueF() * (1 - mix) + tint.blueF() * mix)));
    setPalette(p);
    setAccessibleDescription(message);
    show();
}

void ErrorBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace Aura
