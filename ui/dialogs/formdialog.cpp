#include "ui/dialogs/formdialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Aura {

namespace {

// The server may name a field as "name", "body.name" or "/name": only the last part says which control.
QString normalizedField(const QString &field)
{
    const qsizetype cut = std::max(field.lastIndexOf(u'.'), field.lastIndexOf(u'/'));
    return field.mid(cut + 1).trimmed().toLower();
}

} // namespace

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{
    m_content = new QWidget(this);
    m_content->setObjectName(u"formContent"_s);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);

    m_messageLabel = createErrorLabel(u"messageLabel"_s, this);
    m_messageLabel->setAccessibleName(tr("Error message"));

    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(u"busyRow"_s);
    m_busyIndicator = new QProgressBar(m_busyRow);
    m_busyIndicator->setObjectName(u"busyIndicator"_s);
    m_busyIndicator->setAccessibleName(tr("Waiting for the server"));
    m_busyIndicator->setRange(0, 0); // indeterminate: the server gives no progress
    m_busyIndicator->setMaximumHeight(12);
    m_busyIndicator->setTextVisible(false);
    m_busyText = new QLabel(tr("Waiting for the server..."), m_busyRow);
    m_busyText->setObjectName(u"busyText"_s);
    m_busyText->setWordWrap(true);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    // The text takes the room: it may be a sentence (why the dialog still waits), the bar only shows it does.
    busyLayout->addWidget(m_busyText, 3);
    busyLayout->addWidget(m_busyIndicator, 1);
    m_busyRow->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_acceptButton = m_buttons->button(QDialogButtonBox::Ok);
    m_acceptButton->setObjectName(u"acceptButton"_s);
    m_acceptButton->setEnabled(false);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_content);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_buttons);
}

QLabel *FormDialog::createErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}

QLabel *FormDialog::createDataLossWarning(
    const QString &objectName, const QString &html, const QString &accessibleName, QWidget *parent)
{
    auto *warning = new QLabel(html, parent);
    warning->setObjectName(objectName);
    warning->setAccessibleName(accessibleName);
    warning->setWordWrap(true);
    warning->setFrameShape(QFrame::StyledPanel);
    warning->setMargin(8);
    warning->setStyleSheet(u"QLabel { background: #fdecea; color: #5f2120; border: 1px solid #e0a0a0; }"_s);
    return warning;
}

void FormDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setAccessibleDescription(message);
    label->setVisible(!message.isEmpty());
}

void FormDialog::registerField(const QString &field, QWidget *control, QLabel *errorLabel)
{
    m_fields.insert(normalizedField(field), FieldError {control, errorLabel});
}

void FormDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QWidget *focused = focusWidget();
    if (focused && !qobject_cast<QAbstractButton *>(focused))
        return; // the dialog chose a field itself
    const QList<QWidget *> fields = m_content->findChildren<QWidget *>();
    for (QWidget *field : fields) {
        if (field->isVisibleTo(this) && field->isEnabled() && (field->focusPolicy() & Qt::TabFocus)
            && !qobject_cast<QAbstractButton *>(field)) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void FormDialog::setBusy(bool busy, const QString &why)
{
    if (busy)
        clearServerErrors();
    m_busyText->setText(why.isEmpty() ? tr("Waiting for the server...") : why);
    m_busy = busy;
    m_content->setEnabled(!busy);
    m_busyRow->setVisible(busy);
    growToFit();
    // Cancel stays usable: it is how the user gives up waiting.
    inputChanged();
}

void FormDialog::showServerError(const QString &field, const QString &message)
{
    const auto it = m_fields.constFind(normalizedField(field));
    if (field.isEmpty() || it == m_fields.constEnd() || !it->label || !it->control || !it->control->isVisibleTo(this)) {
        showMessage(message);
        return;
    }
    showError(it->label, message);
    it->control->setFocus(Qt::OtherFocusReason);
    growToFit();
}

void FormDialog::showMessage(const QString &message)
{
    showError(m_messageLabel, message);
    growToFit();
}

void FormDialog::growToFit()
{
    // A message that wraps needs more height than the minimum size the layout enforces by itself.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void FormDialog::clearServerError(const QString &field)
{
    const auto it = m_fields.constFind(normalizedField(field));
    if (it != m_fields.constEnd() && it->label)
        showError(it->label, {});
}

void FormDialog::clearServerErrors()
{
    for (const FieldError &f : std::as_const(m_fields)) {
        if (f.label)
            showError(f.label, {});
    }
    showMessage({});
}

bool FormDialog::canSubmit() const
{
    return !m_busy && isInputValid();
}

void FormDialog::inputChanged()
{
    m_acceptButton->setEnabled(canSubmit());
}

void FormDialog::submit()
{
    if (canSubmit())
        Q_EMIT submitted();
}

} // namespace Aura
