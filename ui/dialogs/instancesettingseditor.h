#pragma once

#include "models/typesettings.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace Aura {

// The live service's settings beyond an instance's size, as form rows: vector optimization, the Graph Analytics
// plugin, secondaries and the CDC enrichment mode. Each row shows only where the chosen type has that setting
// (TypeSettings), and vector optimization only with enough memory. Creating an instance sets the first two; the
// others are changed on an existing instance.
class InstanceSettingsEditor final : public QObject
{
    Q_OBJECT
public:
    enum class Scope { Create, Change };
    // Adds its rows to `form`, whose widget parents them.
    InstanceSettingsEditor(Scope scope, QFormLayout *form, QWidget *parent);

    // Whether the service has these settings at all; when not, no row shows and every value is nullopt.
    void setOffered(bool offered);
    void setType(const QString &type);
    void setMemory(const QString &memory);
    // The values an existing instance has now (Change); what it does not report counts as off / none.
    void setCurrent(std::optional<bool> vectorOptimized, std::optional<bool> graphAnalyticsPlugin,
        std::optional<qint64> secondariesCount, const QString &cdcEnrichmentMode);

    // The values chosen, nullopt where the row is not offered.
    std::optional<bool> vectorOptimized() const;
    std::optional<bool> graphAnalyticsPlugin() const;
    std::optional<qint64> secondariesCount() const;
    std::optional<QString> cdcEnrichmentMode() const;

Q_SIGNALS:
    void changed();

private:
    void update();
    TypeSettings offered() const; // the type's settings, none while not offered

    Scope m_scope;
    QFormLayout *m_form;
    bool m_offered = true;
    QString m_type;
    QString m_memory;
    QVBoxLayout *m_vectorCell = nullptr;
    QCheckBox *m_vector = nullptr;
    QLabel *m_vectorNote = nullptr;
    QCheckBox *m_plugin = nullptr;
    QSpinBox *m_secondaries = nullptr;
    QComboBox *m_cdc = nullptr;
};

} // namespace Aura
