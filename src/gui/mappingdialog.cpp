#include "mappingdialog.h"

#include "mapping/typeconversion.h"
#include "store/settingsrepository.h"
#include "ui_mappingdialog.h"

#include <QDataStream>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>

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
    m_ui->pairsTableWidget->setColumnCount(3);
    m_ui->pairsTableWidget->setHorizontalHeaderLabels({tr("Omie"), tr("Ploomes"), tr("Direction")});
    m_ui->pairsTableWidget->horizontalHeader()->setStretchLastSection(true);
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
    connect(m_ui->mappingButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    showPairs();
    showCompatibility();
    showMessage(QString(), false);
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
    }
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
        const QStringList cells{o ? describe(*o) : p.omie, t ? describe(*t) : p.ploomes, direction};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->pairsTableWidget->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_ui->pairsTableWidget->resizeColumnsToContents();
}

bool MappingDialog::mapFields(const QString &omieKey, const QString &ploomesKey)
{
    const Entity e = entity();
    // Both ways when the entity and the fields allow it, else the way that is possible.
    FieldPair pair{omieKey, ploomesKey, FlowDirection::Both};
    if (!MappingModel::entitySupports(e, FlowDirection::Both)
        || !MappingModel::checkPair(e, pair, m_catalog, m_model.pairs(e)))
        pair.direction = FlowDirection::OmieToPloomes;
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
        if (event->type() == QEvent::DragEnter || (source && field && TypeConversion::find(source->type, field->type)))
            drag->acceptProposedAction();
        else
            drag->ignore();
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

void MappingDialog::save()
{
    const QStringList problems = m_model.validate(m_catalog);
    if (!problems.isEmpty()) {
        showMessage(problems.join(u'\n'), true);
        return;
    }
    if (const Status s = m_model.save(m_settings); !s) {
        showMessage(s.message(), true);
        return;
    }
    accept();
}

} // namespace Ponte
