// Renders every dialog with demo data to docs/screenshots/dialog-*.png: `dialog_screenshots OUTPUT_DIR`.
// Not a test (ctest does not run it); run it offscreen or under Xvfb after changing a dialog, and look at the
// pictures. Like the console, it speaks the system language: `LANGUAGE=de dialog_screenshots DIR` shows German.

#include "dialogfixtures.h"
#include "translations/translator.h"
#include "ui/dialogs/configurationpicker.h"
#include "ui/dialogs/confirmdeletedialog.h"
#include "ui/dialogs/createinstancedialog.h"
#include "ui/dialogs/credentialsdialog.h"
#include "ui/dialogs/overwriteinstancedialog.h"
#include "ui/dialogs/renamedialog.h"
#include "ui/dialogs/resizedialog.h"
#include "ui/dialogs/restoreinplacedialog.h"
#include "ui/dialogs/restoresnapshotdialog.h"
#include "ui/dialogs/upgradedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QTest>

#include <cstdio>

using namespace Aura;
using namespace AuraTest;
using namespace Qt::Literals::StringLiterals;

namespace {

bool save(QWidget *window, const QDir &dir, const QString &name)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QTest::qWait(50); // let style sheets and layouts settle before the grab
    // Focusing a line edit selects its text; the pictures show the text as typed.
    if (auto *edit = qobject_cast<QLineEdit *>(window->focusWidget()))
        edit->deselect();
    const QString path = dir.filePath(u"dialog-%1.png"_s.arg(name));
    const bool ok = window->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

void type(QWidget *dialog, const QString &objectName, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslators(QLocale::system());
    if (argc != 2) {
        std::fprintf(stderr, "usage: dialog_screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return 1;
    bool ok = true;

    {
        CreateInstanceDialog d({productionTenant(), stagingTenant()}, productionTenant().id);
        type(&d, u"nameEdit"_s, u"orders-staging"_s);
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        memory->setCurrentIndex(memory->findData(u"8GB"_s));
        ok &= save(&d, dir, u"create"_s);
    }
    {
        // On the live service: the settings of the type as well (a Professional instance: vectors and the plugin).
        CreateInstanceDialog d({productionTenant()}, productionTenant().id, {productionTenant().id});
        type(&d, u"nameEdit"_s, u"search-pro"_s);
        auto *typeCombo = d.findChild<QComboBox *>(u"typeCombo"_s);
        typeCombo->setCurrentIndex(typeCombo->findData(u"professional-db"_s));
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        memory->setCurrentIndex(memory->findData(u"4GB"_s));
        d.findChild<QCheckBox *>(u"vectorOptimizedCheck"_s)->setChecked(true);
        ok &= save(&d, dir, u"create-live"_s);
    }
    {
        // A Virtual Dedicated Cloud instance encrypted with one of the project's own keys.
        const Tenant production = productionTenant();
        CreateInstanceDialog d({production}, production.id, {production.id});
        d.setEncryptionKeys({EncryptionKey {u"k1"_s, u"Production Key"_s, production.id, u"gcp"_s, u"europe-west1"_s,
                                 u"enterprise-db"_s,
                                 u"projects/acme/locations/europe-west1/keyRings/aura/cryptoKeys/orders"_s, {},
                                 u"ready"_s},
            EncryptionKey {u"k2"_s, u"Rotation 2027"_s, production.id, u"gcp"_s, u"europe-west1"_s, u"enterprise-db"_s,
                u"projects/acme/locations/europe-west1/keyRings/aura/cryptoKeys/next"_s, {}, u"pending"_s}});
        type(&d, u"nameEdit"_s, u"orders-secure"_s);
        auto *keys = d.findChild<QComboBox *>(u"encryptionKeyCombo"_s);
        keys->setCurrentIndex(keys->findData(u"k1"_s));
        ok &= save(&d, dir, u"create-encrypted"_s);
    }
    {
        CreateInstanceDialog d({productionTenant()}, productionTenant().id);
        type(&d, u"nameEdit"_s, u" orders"_s);
        ok &= save(&d, dir, u"create-invalid-name"_s);
        type(&d, u"nameEdit"_s, u"orders-staging"_s);
        d.setBusy(true);
        ok &= save(&d, dir, u"create-busy"_s);
        // What the controller says while it finds out whether a create whose answer was lost happened.
        d.setBusy(
            true, u"The answer to the create was lost on the way. Checking whether “orders-staging” was created..."_s);
        ok &= save(&d, dir, u"create-outcome-unknown"_s);
        d.setBusy(false);
        d.showServerError(u"memory"_s, u"The project has reached its memory quota for this region."_s);
        ok &= save(&d, dir, u"create-server-error"_s);
    }
    {
        ResizeDialog d(ordersInstance(), ConfigurationOptions(productionTenant().configurations),
            Capabilities::of(ApiDialect::Seed));
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        memory->setCurrentIndex(memory->findData(u"16GB"_s));
        ok &= save(&d, dir, u"resize"_s);
    }
    {
        // The live service's change dialog: storage and the settings of the type too.
        Instance orders = ordersInstance();
        orders.vectorOptimized = false;
        orders.secondariesCount = 0;
        orders.cdcEnrichmentMode = u"OFF"_s;
        ResizeDialog d(
            orders, ConfigurationOptions(productionTenant().configurations), Capabilities::of(ApiDialect::AuraV1));
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        memory->setCurrentIndex(memory->findData(u"16GB"_s));
        d.findChild<QSpinBox *>(u"secondariesSpin"_s)->setValue(2);
        ok &= save(&d, dir, u"change"_s);
    }
    {
        Instance pro = ordersInstance();
        pro.type = u"professional-db"_s;
        pro.cloudProvider = u"azure"_s;
        pro.region = u"westeurope"_s;
        pro.memory = u"4GB"_s;
        pro.storage = u"8GB"_s;
        QList<InstanceConfiguration> rows = productionTenant().configurations;
        for (const auto &[memory, storage] : {std::pair {u"4GB"_s, u"8GB"_s}, std::pair {u"8GB"_s, u"16GB"_s}}) {
            rows << configuration(
                u"business-critical"_s, u"azure"_s, u"westeurope"_s, u"Netherlands (westeurope)"_s, memory, storage);
        }
        UpgradeDialog d(pro, ConfigurationOptions(rows));
        d.findChild<QCheckBox *>(u"resizeCheck"_s)->setChecked(true);
        auto *memory = d.findChild<QComboBox *>(u"memoryCombo"_s);
        memory->setCurrentIndex(memory->findData(u"8GB"_s));
        ok &= save(&d, dir, u"upgrade"_s);
    }
    {
        RenameDialog d(ordersInstance());
        type(&d, u"nameEdit"_s, u"orders-production-eu-west-primary"_s);
        ok &= save(&d, dir, u"rename"_s);
    }
    {
        RestoreSnapshotDialog d(ordersInstance(), productionTenant(), ordersSnapshots());
        d.resize(640, d.sizeHint().height());
        ok &= save(&d, dir, u"restore"_s);
    }
    {
        RestoreSnapshotDialog d(
            ordersInstance(), productionTenant(), ordersSnapshots(), {}, nullptr, RestoreSnapshotDialog::Kind::Clone);
        d.resize(640, d.sizeHint().height());
        ok &= save(&d, dir, u"clone"_s);
    }
    {
        RestoreInPlaceDialog d(ordersInstance(), ordersSnapshots());
        type(&d, u"confirmNameEdit"_s, u"orders-pr"_s);
        d.resize(640, d.sizeHint().height());
        ok &= save(&d, dir, u"restore-in-place"_s);
    }
    {
        OverwriteInstanceDialog d(analyticsInstance(), {ordersInstance(), analyticsInstance()});
        auto *source = d.findChild<QComboBox *>(u"sourceInstanceCombo"_s);
        source->setCurrentIndex(source->findData(ordersInstance().id));
        d.setSnapshots(ordersInstance().id, ordersSnapshots());
        type(&d, u"confirmNameEdit"_s, u"analyt"_s);
        d.resize(640, d.sizeHint().height());
        ok &= save(&d, dir, u"overwrite"_s);
    }
    {
        ConfirmDeleteDialog d(ordersInstance());
        type(&d, u"confirmNameEdit"_s, u"orders-prod"_s);
        ok &= save(&d, dir, u"delete"_s);
    }
    {
        CredentialsDialog d(newInstanceCredentials());
        ok &= save(&d, dir, u"credentials"_s);
        d.reject();
        auto *question = d.findChild<QMessageBox *>(u"confirmCloseBox"_s);
        ok &= question && save(question, dir, u"credentials-close-question"_s);
        if (question)
            question->close();
    }
    return ok ? 0 : 1;
}
