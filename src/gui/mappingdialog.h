#pragma once

#include "mapping/fieldcatalog.h"
#include "mapping/mappingmodel.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <memory>

class QListWidget;
class QListWidgetItem;
class QMimeData;

namespace Ui {
class MappingDialog;
}

namespace Ponte {

class SettingsRepository;

/**
 * The field mapping editor: an Omie field is mapped to a Ploomes field (custom fields included) by
 * dragging one onto the other or from the keyboard (pick both, then Map / Ctrl+M); the Omie → Ploomes
 * type correspondence decides what fits, incompatible fields are skipped and a refusal is explained in
 * the dialog. Each pair shows its direction and what happens to the value. Saved as the profile's
 * mapping once every required field is filled; closing with unsaved changes asks first.
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
    /** Maps the current Omie field to the current Ploomes field (the Map button); false with the reason shown. */
    bool mapCurrent();
    const MappingModel &model() const { return m_model; }
    Entity entity() const;
    void setEntity(Entity entity);
    /** Changes since the dialog opened or was last saved. */
    bool hasUnsavedChanges() const;
    /** Where import/export ask for a file (a file dialog by default; tests answer it). Empty = cancelled. */
    void setFileChooser(std::function<QString(bool forSaving)> chooser) { m_chooseFile = std::move(chooser); }
    /** "corta em 250 caracteres", "texto → número": what a pair does to the value, for a person. */
    static QString conversionText(const FieldInfo &omie, const FieldInfo &ploomes);

public slots:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntity();
    void showCompatibility();
    void showPairs();
    void showMessage(const QString &text, bool error);
    bool save();
    void filterList(QListWidget *list, const QString &text);
    /** Makes @p item current in the Ploomes list, or the next usable one in @p step's direction. */
    void moveToUsable(QListWidget *list, int from, int step);
    bool isUsable(const QListWidgetItem *item) const;
    void importMapping();
    void exportMapping();
    QString omieKeyOf(const QMimeData *mime) const;
    std::optional<FieldInfo> omieField(const QString &key) const;
    std::optional<FieldInfo> ploomesField(const QString &key) const;

    const std::unique_ptr<Ui::MappingDialog> m_ui;
    SettingsRepository &m_settings;
    FieldCatalog m_catalog;
    MappingModel m_model;
    QJsonObject m_savedJson; ///< what the profile holds, to tell unsaved changes
    std::function<QString(bool)> m_chooseFile;
};

} // namespace Ponte
