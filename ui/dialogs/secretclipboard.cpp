#include "ui/dialogs/secretclipboard.h"

#include "api/clock.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace Aura::SecretClipboard {

namespace {

void clearIfStillThere(const QString &secret)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Something the user copied since then is theirs: leave it.
    if (clipboard->text() == secret)
        clipboard->clear();
}

} // namespace

void copy(const QString &secret, std::chrono::milliseconds clearAfter, Clock *clock)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    clipboard->setMimeData(data); // the clipboard owns it

    // Tied to the clipboard, not to the dialog that copied: closing the dialog must not cancel the clearing.
    (clock ? clock : SystemClock::instance())->callAfter(clearAfter.count(), clipboard, [secret] {
        clearIfStillThere(secret);
    });
    QObject::connect(
        qApp, &QCoreApplication::aboutToQuit, clipboard, [secret] { clearIfStillThere(secret); },
        Qt::SingleShotConnection);
}

} // namespace Aura::SecretClipboard
