#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Aura {

// The frame every form dialog shares: a content area, a message area for errors that name no field, a progress
// row for the time the server is working, and the accept and Cancel buttons.
//
// The accept button does not close the dialog: it emits submitted() when the form is valid. The controller then
// reads the dialog's value, calls setBusy(true) and the service, and either closes the dialog with accept() or
// calls setBusy(false) and showServerError(), so an error lands on the form the user can still correct. Cancel
// and Escape always work, busy or not; the controller cancels its request when the dialog is rejected.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    bool isBusy() const { return m_busy; }
    // `why` replaces "Waiting for the server..." while busy (e.g. while the console finds out what became of a
    // request whose answer was lost).
    void setBusy(bool busy, const QString &why = {});

    // On the control registered for `field` (the API's field name, e.g. "name" or "memory") when there is one,
    // otherwise in the message area.
    void showServerError(const QString &field, const QString &message);
    void showMessage(const QString &message);

    // What the accept button would do now: the form is complete and valid and no request is running.
    bool canSubmit() const;

    // A hidden label for errors about one control, to be placed right under it; showError() with an empty
    // message hides it again.
    static QLabel *createErrorLabel(const QString &objectName, QWidget *parent);
    // The red panel in front of an action that destroys data: what will be lost, in rich text.
    static QLabel *createDataLossWarning(
        const QString &objectName, const QString &html, const QString &accessibleName, QWidget *parent);
    static void showError(QLabel *label, const QString &message);

Q_SIGNALS:
    void submitted();

protected:
    explicit FormDialog(QWidget *parent = nullptr);

    // The first field gets the keyboard when the dialog opens, not a button: the user came to type or choose.
    void showEvent(QShowEvent *event) override;

    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    QPushButton *acceptButton() const { return m_acceptButton; }

    virtual bool isInputValid() const = 0;
    // Subclasses call this whenever an input changed.
    void inputChanged();

    void registerField(const QString &field, QWidget *control, QLabel *errorLabel);
    void clearServerError(const QString &field);

private:
    void submit();
    void clearServerErrors();
    void growToFit();

    struct FieldError
    {
        QPointer<QWidget> control;
        QPointer<QLabel> label;
    };

    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_busyRow = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QHash<QString, FieldError> m_fields;
    bool m_busy = false;
};

} // namespace Aura
