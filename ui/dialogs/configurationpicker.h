#pragma once

#include "models/configurationoptions.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace Aura {

// Type, cloud provider, region, memory and version as linked combo boxes: each one lists only what the tenant
// allows together with the choices above it, and keeps its selection when a change above leaves it allowed. The
// storage that goes with the memory size is shown, and chosen where the tenant offers several sizes with it.
class ConfigurationPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigurationPicker(QWidget *parent = nullptr);

    // Replaces the allowed combinations and selects what `preferred` asks for wherever it is allowed.
    void setOptions(const ConfigurationOptions &options, const ConfigurationChoice &preferred = {});
    ConfigurationChoice choice() const;
    QString storage() const;
    bool isComplete() const;

    // Restore requests carry no version.
    void setVersionVisible(bool visible);

    // For server errors: the combo box that holds an API field ("type", "cloud_provider", "region", "memory",
    // "version") and the label under it.
    QComboBox *comboFor(const QString &field) const;
    QLabel *errorLabelFor(const QString &field) const;
    QStringList fields() const;

Q_SIGNALS:
    void changed();

private:
    enum Level { Type, Cloud, Region, Memory, Version, LevelCount };

    void addRow(QFormLayout *form, Level level, const QString &label, const QString &objectName,
        const QString &accessibleName, const QString &field);
    void refill(Level from);
    void fill(Level level, const QList<std::pair<QString, QString>> &valuesAndTexts);
    QString value(Level level) const;
    void updateStorage();

    ConfigurationOptions m_options;
    ConfigurationChoice m_preferred;
    QComboBox *m_combos[LevelCount] = {};
    QLabel *m_errors[LevelCount] = {};
    QString m_fields[LevelCount];
    QLabel *m_storage = nullptr;
    QComboBox *m_storageChoice = nullptr; // shown instead of m_storage where the memory comes with several sizes
    QFormLayout *m_form = nullptr;
    bool m_refilling = false;
};

} // namespace Aura
