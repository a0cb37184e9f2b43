#include "mappingdialog.h"

#include "mapping/typeconversion.h"
#include "store/settingsrepository.h"
#include "ui_mappingdialog.h"

#include <QDataStream>
#include <QDir>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr int KeyRole = Qt::UserRole;
const QString kItemMime = u"application/x-qabstractitemmodeldatalist"_s;

QString describe(const FieldInfo &f)
{
    return u"%1 — %2"_s.arg(f.label, fieldTypeDisplayName(f.type)); // labels come translated
}
} // namespace

MappingDialog::MappingDialog(SettingsRepository &settings, FieldCatalog catalog, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MappingDialog>()), m_settings(settings), m_catalog(std::move(catalog)),
      m_model(MappingModel::load(settings))
{
    m_ui->setupUi(this);
    for (Entity e : allEntities()) {
        if (e != Entity::Seller)
            m_ui->entityComboBox->addItem(entityDisplayName(e), int(e));
    }
    m_ui->omieFieldsListWidget->setDragEnabled(true);
    m_ui->omieFieldsListWidget->setDragDropMode(QAbstractItemView::DragOnly);
    m_ui->ploomesFieldsListWidget->setAcceptDrops(true);
    m_ui->ploomesFieldsListWidget->viewport()->setAcceptDrops(true);
    m_ui->ploomesFieldsListWidget->setDragDropMode(QAbstractItemView::DropOnly);
    m_ui->ploomesFieldsListWidget->viewport()->installEventFilter(this);
    m_ui->pairsTableWidget->setColumnCount(4);
    m_ui->pairsTableWidget->setHorizontalHeaderLabels({tr("Omie"), tr("Ploomes"), tr("Direction"), tr("Conversion")});
    // Every column on screen at 1024 px: the names share what the direction and conversion leave.
    QHeaderView *header = m_ui->pairsTableWidget->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->pairsTableWidget->setWordWrap(false);
    m_ui->pairsTableWidget->setTextElideMode(Qt::ElideRight);
    m_ui->pairsTableWidget->verticalHeader()->hide();
    m_ui->pairsTableWidget->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->pairsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->pairsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_ui->entityComboBox, &QComboBox::currentIndexChanged, this, &MappingDialog::showEntity);
    connect(m_ui->omieFieldsListWidget, &QListWidget::currentItemChanged, this, &MappingDialog::showCompatibility);
    connect(m_ui->removePairPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->pairsTableWidget->currentRow();
        if (row < 0)
            return;
        m_model.removePair(entity(), row);
        showPairs();
    });
    connect(m_ui->directionPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->pairsTableWidget->currentRow();
        if (row >= 0)
            cycleDirection(row);
    });
    connect(m_ui->restoreDefaultsPushButton, &QPushButton::clicked, this, [this] {
        m_model.setPairs(entity(), MappingModel::defaults().pairs(entity()));
        showPairs();
        showMessage(tr("The default mapping of %1 is back.").arg(entityDisplayName(entity())), false);
    });
    connect(m_ui->mappingButtonBox, &QDialogButtonBox::accepted, this, &MappingDialog::save);
    connect(m_ui->mappingButtonBox, &QDialogButtonBox::rejected, this, &MappingDialog::reject);

    // The keyboard path: search, pick, Map. Enter never saves and closes from a list or a search box, so
    // no button is the default; Save is a deliberate click or Alt+S.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_ui->mapPushButton, &QPushButton::clicked, this, &MappingDialog::mapCurrent);
    auto *mapShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    connect(mapShortcut, &QShortcut::activated, this, &MappingDialog::mapCurrent);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &MappingDialog::save);
    m_ui->mappingButtonBox->button(QDialogButtonBox::Save)->setToolTip(tr("Saves the mapping (Ctrl+S)"));
    connect(m_ui->omieSearchLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { filterList(m_ui->omieFieldsListWidget, text); });
    connect(m_ui->ploomesSearchLineEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { filterList(m_ui->ploomesFieldsListWidget, text); });
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->omieSearchLineEdit, m_ui->ploomesSearchLineEdit,
                                                       m_ui->omieFieldsListWidget, m_ui->ploomesFieldsListWidget,
                                                       m_ui->pairsTableWidget})
        w->installEventFilter(this);
    m_ui->messageLabel->setObjectName(u"messageLabel"_s);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &MappingDialog::importMapping);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &MappingDialog::exportMapping);
    m_chooseFile = [this](bool forSaving) {
        const QString filter = tr("Ponte mapping (*.json)");
        return forSaving ? QFileDialog::getSaveFileName(this, tr("Export the mapping"),
                                                        QDir::home().filePath(u"ponte-mapping.json"_s), filter)
                         : QFileDialog::getOpenFileName(this, tr("Import a mapping"), QDir::homePath(), filter);
    };
    m_savedJson = m_model.toJson();
    showEntity();
}

MappingDialog::~MappingDialog() = default;

Entity MappingDialog::entity() const
{
    return Entity(m_ui->entityComboBox->currentData().toInt());
}

void MappingDialog::setEntity(Entity entity)
{
    m_ui->entityComboBox->setCurrentIndex(m_ui->entityComboBox->findData(int(entity)));
}

std::optional<FieldInfo> MappingDialog::omieField(const QString &key) const
{
    return m_catalog.omieField(entity(), key);
}

std::optional<FieldInfo> MappingDialog::ploomesField(const QString &key) const
{
    return m_catalog.ploomesField(entity(), key);
}

void MappingDialog::showEntity()
{
    m_ui->omieFieldsListWidget->clear();
    m_ui->ploomesFieldsListWidget->clear();
    for (const FieldInfo &f : FieldCatalog::omieFields(entity())) {
        auto *item = new QListWidgetItem(describe(f), m_ui->omieFieldsListWidget);
        item->setData(KeyRole, f.key);
        QStringList compatible;
        for (FieldType t : TypeConversion::compatiblePloomesTypes(f.type))
            compatible.append(fieldTypeDisplayName(t));
        item->setToolTip(tr("Fits Ploomes fields of type: %1").arg(compatible.join(u", "_s)));
    }
    for (const FieldInfo &f : m_catalog.ploomesFields(entity())) {
        QString text = describe(f);
        if (f.custom)
            text += u' ' + tr("(custom field)");
        if (f.readOnly)
            text += u' ' + tr("(read only)");
        auto *item = new QListWidgetItem(text, m_ui->ploomesFieldsListWidget);
        item->setData(KeyRole, f.key);
    }
    filterList(m_ui->omieFieldsListWidget, m_ui->omieSearchLineEdit->text());
    filterList(m_ui->ploomesFieldsListWidget, m_ui->ploomesSearchLineEdit->text());
    showPairs();
    showCompatibility();
    showMessage(QString(), false);
}

void MappingDialog::filterList(QListWidget *list, const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive)
                        && !item->data(KeyRole).toString().contains(needle, Qt::CaseInsensitive));
    }
    if (list->currentItem() && list->currentItem()->isHidden())
        list->setCurrentItem(nullptr);
}

bool MappingDialog::isUsable(const QListWidgetItem *item) const
{
    return item && !item->isHidden() && (item->flags() & Qt::ItemIsEnabled);
}

void MappingDialog::moveToUsable(QListWidget *list, int from, int step)
{
    for (int i = from; i >= 0 && i < list->count(); i += step) {
        if (isUsable(list->item(i))) {
            list->setCurrentRow(i);
            list->scrollToItem(list->item(i));
            return;
        }
    }
}

void MappingDialog::showCompatibility()
{
    const QListWidgetItem *current = m_ui->omieFieldsListWidget->currentItem();
    const std::optional<FieldInfo> source = current ? omieField(current->data(KeyRole).toString()) : std::nullopt;
    const QColor dimmed = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < m_ui->ploomesFieldsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->ploomesFieldsListWidget->item(i);
        const std::optional<FieldInfo> target = ploomesField(item->data(KeyRole).toString());
        const bool fits = !source || (target && TypeConversion::find(source->type, target->type).has_value());
        item->setForeground(fits ? palette().color(QPalette::Text) : dimmed);
        item->setToolTip(fits || !target ? QString() : TypeConversion::explainIncompatible(source->type, target->type));
        // Not enabled: the keyboard skips it, and it cannot be picked.
        item->setFlags(fits ? item->flags() | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                            : item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
    QListWidget *ploomes = m_ui->ploomesFieldsListWidget;
    if (ploomes->currentItem() && !isUsable(ploomes->currentItem()))
        ploomes->setCurrentItem(nullptr);
}

void MappingDialog::showPairs()
{
    const QList<FieldPair> pairs = m_model.pairs(entity());
    m_ui->pairsTableWidget->setRowCount(int(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        const FieldPair &p = pairs.at(row);
        const std::optional<FieldInfo> o = omieField(p.omie);
        const std::optional<FieldInfo> t = ploomesField(p.ploomes);
        const QString direction = p.direction == FlowDirection::Both            ? tr("both ways")
                                  : p.direction == FlowDirection::OmieToPloomes ? tr("Omie → Ploomes")
                                                                                : tr("Ploomes → Omie");
        const QString conversion = o && t ? conversionText(*o, *t) : QString();
        const QStringList cells{o ? describe(*o) : p.omie, t ? describe(*t) : p.ploomes, direction, conversion};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(c)); // the whole text when the column cuts it
            m_ui->pairsTableWidget->setItem(row, c, cell);
        }
    }
}

QString MappingDialog::conversionText(const FieldInfo &omie, const FieldInfo &ploomes)
{
    QStringList parts;
    const std::optional<TypeCompatibility> c = TypeConversion::find(omie.type, ploomes.type);
    if (omie.type != ploomes.type)
        parts.append(tr("%1 → %2").arg(fieldTypeDisplayName(omie.type).toLower(),
                                       fieldTypeDisplayName(ploomes.type).toLower()));
    if (c && !c->conversion.isEmpty())
        parts.append(c->conversion);
    if (ploomes.maxLength > 0 && (omie.maxLength == 0 || omie.maxLength > ploomes.maxLength))
        parts.append(tr("cut at %n character(s)", nullptr, ploomes.maxLength));
    if (omie.maxLength > 0 && (ploomes.maxLength == 0 || ploomes.maxLength > omie.maxLength) && c && c->reversible)
        parts.append(tr("cut at %n character(s) towards Omie", nullptr, omie.maxLength));
    return parts.isEmpty() ? tr("unchanged") : parts.join(u"; "_s);
}

bool MappingDialog::mapCurrent()
{
    const QListWidgetItem *omie = m_ui->omieFieldsListWidget->currentItem();
    const QListWidgetItem *ploomes = m_ui->ploomesFieldsListWidget->currentItem();
    if (!omie || omie->isHidden()) {
        showMessage(tr("Choose an Omie field first (Alt+O to search for it)."), true);
        m_ui->omieSearchLineEdit->setFocus();
        return false;
    }
    if (!ploomes || ploomes->isHidden()) {
        showMessage(tr("Choose the Ploomes field it should fill (Alt+P to search for it)."), true);
        m_ui->ploomesSearchLineEdit->setFocus();
        return false;
    }
    return mapFields(omie->data(KeyRole).toString(), ploomes->data(KeyRole).toString());
}

bool MappingDialog::mapFields(const QString &omieKey, const QString &ploomesKey)
{
    const Entity e = entity();
    // Both ways when the entity and the fields allow it, else the way that is possible.
    FieldPair pair{omieKey, ploomesKey, FlowDirection::Both};
    if (!MappingModel::entitySupports(e, FlowDirection::Both)
        || !MappingModel::checkPair(e, pair, m_catalog, m_model.pairs(e)))
        pair.direction = FlowDirection::OmieToPloomes;
    const std::optional<FieldInfo> source = omieField(omieKey);
    const std::optional<FieldInfo> target = ploomesField(ploomesKey);
    if (source && target && !TypeConversion::find(source->type, target->type)) {
        showMessage(TypeConversion::explainIncompatible(source->type, target->type), true);
        return false;
    }
    const Status added = m_model.addPair(e, pair, m_catalog);
    if (!added) {
        showMessage(added.message(), true);
        return false;
    }
    showPairs();
    const std::optional<FieldInfo> o = omieField(omieKey);
    const std::optional<FieldInfo> t = ploomesField(ploomesKey);
    showMessage(tr("Mapped %1 to %2.").arg(o ? describe(*o) : omieKey, t ? describe(*t) : ploomesKey), false);
    return true;
}

bool MappingDialog::cycleDirection(int row)
{
    const Entity e = entity();
    QList<FieldPair> pairs = m_model.pairs(e);
    if (row < 0 || row >= pairs.size())
        return false;
    static const QList<FlowDirection> order{FlowDirection::Both, FlowDirection::OmieToPloomes,
                                            FlowDirection::PloomesToOmie};
    const FieldPair current = pairs.at(row);
    QList<FieldPair> others = pairs;
    others.removeAt(row);
    QString refusal;
    // The next direction the entity and both fields allow.
    for (int step = 1; step < order.size(); ++step) {
        FieldPair candidate = current;
        candidate.direction = order.at((order.indexOf(current.direction) + step) % order.size());
        if (!MappingModel::entitySupports(e, candidate.direction))
            continue;
        const Status ok = MappingModel::checkPair(e, candidate, m_catalog, others);
        if (!ok) {
            if (refusal.isEmpty())
                refusal = ok.message();
            continue;
        }
        pairs[row] = candidate;
        m_model.setPairs(e, pairs);
        showPairs();
        m_ui->pairsTableWidget->selectRow(row);
        showMessage(QString(), false);
        return true;
    }
    showMessage(refusal.isEmpty() ? tr("%1 only flow one way.").arg(entityDisplayName(e)) : refusal, true);
    return false;
}

QString MappingDialog::omieKeyOf(const QMimeData *mime) const
{
    // The Omie list's own drag format: rows with their roles.
    if (!mime || !mime->hasFormat(kItemMime))
        return {};
    QByteArray encoded = mime->data(kItemMime);
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    while (!stream.atEnd()) {
        int row = 0;
        int column = 0;
        QMap<int, QVariant> roles;
        stream >> row >> column >> roles;
        if (roles.contains(KeyRole))
            return roles.value(KeyRole).toString();
    }
    return {};
}

bool MappingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        QListWidget *ploomes = m_ui->ploomesFieldsListWidget;
        if (enter && watched == m_ui->omieSearchLineEdit) {
            m_ui->omieFieldsListWidget->setFocus();
            if (!isUsable(m_ui->omieFieldsListWidget->currentItem()))
                moveToUsable(m_ui->omieFieldsListWidget, 0, 1);
            return true;
        }
        if (enter && watched == m_ui->omieFieldsListWidget) {
            m_ui->ploomesSearchLineEdit->setFocus(); // the next step: find where it goes
            return true;
        }
        if (enter && watched == m_ui->ploomesSearchLineEdit) {
            ploomes->setFocus();
            if (!isUsable(ploomes->currentItem()))
                moveToUsable(ploomes, 0, 1);
            return true;
        }
        if (enter && watched == ploomes) {
            mapCurrent();
            return true;
        }
        if (watched == m_ui->pairsTableWidget && key->key() == Qt::Key_Delete) {
            m_ui->removePairPushButton->click();
            return true;
        }
        if (watched == ploomes && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int from = ploomes->currentRow() < 0 ? (step > 0 ? 0 : ploomes->count() - 1)
                                                       : ploomes->currentRow() + step;
            moveToUsable(ploomes, from, step);
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn && watched == m_ui->ploomesFieldsListWidget
        && !isUsable(m_ui->ploomesFieldsListWidget->currentItem()))
        moveToUsable(m_ui->ploomesFieldsListWidget, 0, 1);
    if (watched != m_ui->ploomesFieldsListWidget->viewport())
        return QDialog::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QString omieKey = omieKeyOf(drag->mimeData());
        const QListWidgetItem *target = m_ui->ploomesFieldsListWidget->itemAt(drag->position().toPoint());
        if (omieKey.isEmpty()) {
            drag->ignore();
            return true;
        }
        const std::optional<FieldInfo> source = omieField(omieKey);
        const std::optional<FieldInfo> field = target ? ploomesField(target->data(KeyRole).toString()) : std::nullopt;
        // Entering is always allowed, so that moving over the list can show where a drop fits.
        const bool fits = source && field && TypeConversion::find(source->type, field->type);
        if (event->type() == QEvent::DragEnter || fits)
            drag->acceptProposedAction();
        else
            drag->ignore();
        // The reason where it is seen, not only in a tooltip nobody waits for.
        if (source && field && !fits)
            showMessage(TypeConversion::explainIncompatible(source->type, field->type), true);
        else if (fits)
            showMessage(QString(), false);
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString omieKey = omieKeyOf(drop->mimeData());
        const QListWidgetItem *target = m_ui->ploomesFieldsListWidget->itemAt(drop->position().toPoint());
        if (omieKey.isEmpty() || !target) {
            drop->ignore();
            return true;
        }
        if (mapFields(omieKey, target->data(KeyRole).toString()))
            drop->acceptProposedAction();
        else
            drop->ignore();
        return true;
    }
    default:
        return QDialog::eventFilter(watched, event);
    }
}

void MappingDialog::showMessage(const QString &text, bool error)
{
    // A mark rather than a fixed colour, which a dark theme could make unreadable.
    m_ui->messageLabel->setText(error ? u"✗ "_s + text : text);
}

bool MappingDialog::save()
{
    const QStringList problems = m_model.validate(m_catalog) + m_model.missingRequired(m_catalog);
    if (!problems.isEmpty()) {
        showMessage(problems.join(u'\n'), true);
        return false;
    }
    if (const Status s = m_model.save(m_settings); !s) {
        showMessage(s.message(), true);
        return false;
    }
    m_savedJson = m_model.toJson();
    accept();
    return true;
}

bool MappingDialog::hasUnsavedChanges() const
{
    return m_model.toJson() != m_savedJson;
}

void MappingDialog::reject()
{
    if (hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("The mapping has changes that were not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save(); // stays open, with the reason, when it cannot be saved
            return;
        }
    }
    QDialog::reject();
}

void MappingDialog::importMapping()
{
    const QString path = m_chooseFile ? m_chooseFile(false) : QString();
    if (path.isEmpty())
        return;
    Expected<MappingModel> imported = MappingModel::importFrom(path);
    if (!imported) {
        showMessage(imported.message(), true);
        return;
    }
    m_model = imported.value();
    showPairs();
    showMessage(tr("Imported %1. Check it, then save.").arg(QDir::toNativeSeparators(path)), false);
}

void MappingDialog::exportMapping()
{
    const QString path = m_chooseFile ? m_chooseFile(true) : QString();
    if (path.isEmpty())
        return;
    if (const Status s = m_model.exportTo(path); !s) {
        showMessage(s.message(), true);
        return;
    }
    showMessage(tr("Saved a copy in %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace Ponte
