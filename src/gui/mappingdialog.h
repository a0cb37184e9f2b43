#pragma once

#include "mapping/fieldcatalog.h"
#include "mapping/mappingmodel.h"

#include <QDialog>

#include <memory>

class QMimeData;

namespace Ui {
class MappingDialog;
}

namespace Ponte {

class SettingsRepository;

/**
 * The field mapping editor: Omie fields are dragged onto Ploomes fields (custom fields included);
 * the Omie → Ploomes type correspondence decides what may be dropped where, and an incompatible
 * pair is refused with the reason. Saved as the profile's mapping.
 */
class MappingDialog : public QDialog
{
    Q_OBJECT

public:
    MappingDialog(SettingsRepository &settings, FieldCatalog catalog, QWidget *parent = nullptr);
    ~MappingDialog() override;

    /** Maps @p omieKey to @p ploomesKey for the entity shown (what a drop does); false with the reason shown. */
    bool mapFields(const QString &omieKey, const QString &ploomesKey);
    /** Moves pair @p row to the next direction both fields allow; false with the reason shown. */
    bool cycleDirection(int row);
    const MappingModel &model() const { return m_model; }
    Entity entity() const;
    void setEntity(Entity entity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntity();
    void showCompatibility();
    void showPairs();
    void showMessage(const QString &text, bool error);
    void save();
    QString omieKeyOf(const QMimeData *mime) const;
    std::optional<FieldInfo> omieField(const QString &key) const;
    std::optional<FieldInfo> ploomesField(const QString &key) const;

    const std::unique_ptr<Ui::MappingDialog> m_ui;
    SettingsRepository &m_settings;
    FieldCatalog m_catalog;
    MappingModel m_model;
};

} // namespace Ponte
