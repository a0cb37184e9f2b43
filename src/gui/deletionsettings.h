#pragma once

#include <QWidget>

class QComboBox;

namespace Ponte {

class Settings;

/**
 * The settings page's choice of what a deletion on one side does to the pair, per kind of record
 * (deletions.clients, deletions.products, deletions.orders; docs/DESIGN.md). "Mirror" deletes real
 * records on the other side: it is only kept after the user confirms it.
 */
class DeletionSettings : public QWidget
{
    Q_OBJECT

public:
    explicit DeletionSettings(Settings &settings, QWidget *parent = nullptr);

    /** The words a policy (unlink, recreate, mirror) is shown with. */
    static QString policyName(const QString &policy);

private:
    void choose(QComboBox *box, const QString &key);

    Settings &m_settings;
};

} // namespace Ponte
