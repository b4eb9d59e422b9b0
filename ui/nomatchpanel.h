#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Aura {

// Shown in place of an empty instance table while a filter hides every instance: what was searched for, and a
// button that clears the filter, so an empty table is never mistaken for an empty account.
class NoMatchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NoMatchPanel(QWidget *parent = nullptr);

    // `text`: the search text, empty when only the status or project choice hides everything.
    void setSearch(const QString &text);
    QString message() const;

Q_SIGNALS:
    void clearRequested();

private:
    QLabel *m_message = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace Aura
