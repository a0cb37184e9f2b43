#include "mappingmodel.h"

#include "mapping/typeconversion.h"
#include "savefile.h"
#include "store/settingsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
// Far above any real mapping (a few dozen pairs), low enough that a hostile file cannot stall the import.
constexpr qint64 kMaxFileBytes = 1024 * 1024;
constexpr int kMaxPairsPerEntity = 2000;
constexpr int kMaxFieldNameLength = 200;
const QString kSettingsKey = u"mapping.document"_s;
const QString kFormat = u"ponte-mapping"_s;
} // namespace

QString flowDirectionName(FlowDirection direction)
{
    switch (direction) {
    case FlowDirection::Both:
        return u"both"_s;
    case FlowDirection::OmieToPloomes:
        return u"omie-to-ploomes"_s;
    case FlowDirection::PloomesToOmie:
        return u"ploomes-to-omie"_s;
    }
    return {};
}

std::optional<FlowDirection> flowDirectionFromName(const QString &name)
{
    for (FlowDirection d : {FlowDirection::Both, FlowDirection::OmieToPloomes, FlowDirection::PloomesToOmie}) {
        if (flowDirectionName(d) == name)
            return d;
    }
    return std::nullopt;
}

MappingModel MappingModel::defaults()
{
    using D = FlowDirection;
    MappingModel m;
    m.m_pairs.insert(Entity::Client, {
                                         {u"nome_fantasia"_s, u"Name"_s, D::Both},
                                         {u"razao_social"_s, u"LegalName"_s, D::Both},
                                         {u"cnpj_cpf"_s, u"Document"_s, D::Both},
                                         {u"email"_s, u"Email"_s, D::Both},
                                         {u"telefone1"_s, u"Phones/1"_s, D::Both},
                                         {u"telefone2"_s, u"Phones/2"_s, D::Both},
                                         {u"fax"_s, u"Phones/Fax"_s, D::Both},
                                         {u"homepage"_s, u"Website"_s, D::Both},
                                         {u"endereco"_s, u"StreetAddress"_s, D::Both},
                                         {u"endereco_numero"_s, u"StreetAddressNumber"_s, D::Both},
                                         {u"complemento"_s, u"StreetAddressLine2"_s, D::Both},
                                         {u"bairro"_s, u"Neighborhood"_s, D::Both},
                                         {u"cep"_s, u"ZipCode"_s, D::Both},
                                         {u"cidade_ibge"_s, u"CityId"_s, D::Both},
                                         {u"estado"_s, u"StateId"_s, D::Both},
                                         {u"codigo_pais"_s, u"CountryId"_s, D::Both},
                                         {u"tags"_s, u"Tags"_s, D::Both},
                                         {u"cnae"_s, u"CNAECode"_s, D::Both},
                                         {u"recomendacoes/codigo_vendedor"_s, u"OwnerId"_s, D::Both},
                                         {u"inativo"_s, u"StatusId"_s, D::OmieToPloomes},
                                     });
    m.m_pairs.insert(Entity::Product, {
                                          {u"descricao"_s, u"Name"_s, D::OmieToPloomes},
                                          {u"codigo"_s, u"Code"_s, D::OmieToPloomes},
                                          {u"valor_unitario"_s, u"UnitPrice"_s, D::OmieToPloomes},
                                          {u"unidade"_s, u"MeasurementUnit"_s, D::OmieToPloomes},
                                          {u"inativo"_s, u"Suspended"_s, D::OmieToPloomes},
                                      });
    m.m_pairs.insert(Entity::Service, {
                                          {u"cabecalho/cDescricao"_s, u"Name"_s, D::OmieToPloomes},
                                          {u"cabecalho/cCodigo"_s, u"Code"_s, D::OmieToPloomes},
                                          {u"cabecalho/nPrecoUnit"_s, u"UnitPrice"_s, D::OmieToPloomes},
                                          {u"info/inativo"_s, u"Suspended"_s, D::OmieToPloomes},
                                      });
    m.m_pairs.insert(Entity::Order, {
                                        {u"cabecalho/data_previsao"_s, u"Date"_s, D::Both},
                                        {u"informacoes_adicionais/codVend"_s, u"OwnerId"_s, D::Both},
                                        {u"observacoes/obs_venda"_s, u"Description"_s, D::Both},
                                        {u"situacao"_s, u"@Situação (Omie)"_s, D::OmieToPloomes},
                                    });
    m.m_pairs.insert(Entity::ServiceOrder, {
                                               {u"Cabecalho/dDtPrevisao"_s, u"Date"_s, D::Both},
                                               {u"Cabecalho/nCodVend"_s, u"OwnerId"_s, D::Both},
                                               {u"Observacoes/cObsOS"_s, u"Description"_s, D::Both},
                                               {u"situacao"_s, u"@Situação (Omie)"_s, D::OmieToPloomes},
                                           });
    return m;
}

bool MappingModel::entitySupports(Entity entity, FlowDirection direction)
{
    switch (entity) {
    case Entity::Client:
    case Entity::Order:
    case Entity::ServiceOrder:
        return true;
    case Entity::Product:
    case Entity::Service:
        return direction == FlowDirection::OmieToPloomes;
    case Entity::Seller:
        return false;
    }
    return false;
}

Status MappingModel::checkPair(Entity entity, const FieldPair &pair, const FieldCatalog &catalog,
                               const QList<FieldPair> &others)
{
    const std::optional<FieldInfo> omie = catalog.omieField(entity, pair.omie);
    if (!omie)
        return Status::error(tr("%1 has no Omie field \"%2\".").arg(entityDisplayName(entity), pair.omie));
    const std::optional<FieldInfo> ploomes = catalog.ploomesField(entity, pair.ploomes);
    if (!ploomes) {
        // Custom fields ("@Name", or a key such as contact_1A2B…) are resolved against Ploomes at run time.
        static const QRegularExpression customKey(u"^[a-z_]+_[0-9A-Fa-f-]{6,}$"_s);
        if (pair.ploomes.startsWith(u'@') || (catalog.ploomesCustomFields(entity).isEmpty()
                                               && customKey.match(pair.ploomes).hasMatch()))
            return Status::ok();
        return Status::error(tr("%1 has no Ploomes field \"%2\".").arg(entityDisplayName(entity), pair.ploomes));
    }
    if (!entitySupports(entity, pair.direction))
        return Status::error(tr("%1 only flow from Omie to Ploomes.").arg(entityDisplayName(entity)));
    const std::optional<TypeCompatibility> compat = TypeConversion::find(omie->type, ploomes->type);
    if (!compat)
        return Status::error(TypeConversion::explainIncompatible(omie->type, ploomes->type));
    if (pair.flowsToPloomes() && ploomes->readOnly)
        return Status::error(tr("The Ploomes field \"%1\" is read-only: map it from Ploomes to Omie only.")
                                 .arg(ploomes->label));
    if (pair.flowsToOmie() && omie->readOnly)
        return Status::error(tr("The Omie field \"%1\" is read-only: map it from Omie to Ploomes only.").arg(omie->label));
    if (pair.direction == FlowDirection::Both && !compat->reversible)
        return Status::error(tr("\"%1\" → \"%2\" loses information (%3), so it can only flow from Omie to Ploomes.")
                                 .arg(omie->label, ploomes->label, compat->conversion));
    // The other pair's field by the name the user sees in the lists, not by its key ("cnae").
    const auto omieLabel = [&](const QString &key) {
        const std::optional<FieldInfo> f = catalog.omieField(entity, key);
        return f ? f->label : key;
    };
    const auto ploomesLabel = [&](const QString &key) {
        const std::optional<FieldInfo> f = catalog.ploomesField(entity, key);
        return f ? f->label : key;
    };
    for (const FieldPair &o : others) {
        if (o == pair)
            continue;
        if (pair.flowsToPloomes() && o.flowsToPloomes() && o.ploomes == pair.ploomes)
            return Status::error(tr("The Ploomes field \"%1\" is already filled from \"%2\".")
                                     .arg(ploomes->label, omieLabel(o.omie)));
        if (pair.flowsToOmie() && o.flowsToOmie() && o.omie == pair.omie)
            return Status::error(tr("The Omie field \"%1\" is already filled from \"%2\".")
                                     .arg(omie->label, ploomesLabel(o.ploomes)));
    }
    return Status::ok();
}

Status MappingModel::addPair(Entity entity, const FieldPair &pair, const FieldCatalog &catalog)
{
    if (Status s = checkPair(entity, pair, catalog, pairs(entity)); !s)
        return s;
    m_pairs[entity].append(pair);
    return Status::ok();
}

void MappingModel::removePair(Entity entity, int index)
{
    if (index >= 0 && index < m_pairs.value(entity).size())
        m_pairs[entity].removeAt(index);
}

QStringList MappingModel::validate(const FieldCatalog &catalog) const
{
    // One pass with hash sets (checkPair against the whole list would be quadratic: a large file took minutes).
    QStringList problems;
    for (Entity e : allEntities()) {
        const QList<FieldPair> list = pairs(e);
        QHash<QString, QString> ploomesFilledFrom;
        QHash<QString, QString> omieFilledFrom;
        QSet<QString> seen;
        for (const FieldPair &p : list) {
            if (Status s = checkPair(e, p, catalog, {}); !s) {
                problems.append(s.message());
                continue;
            }
            const QString key = p.omie + QChar(0x1f) + p.ploomes + QChar(0x1f) + flowDirectionName(p.direction);
            if (seen.contains(key)) {
                problems.append(tr("%1: the pair \"%2\" ↔ \"%3\" appears more than once.")
                                    .arg(entityDisplayName(e), p.omie, p.ploomes));
                continue;
            }
            seen.insert(key);
            if (p.flowsToPloomes()) {
                if (const auto it = ploomesFilledFrom.constFind(p.ploomes); it != ploomesFilledFrom.constEnd())
                    problems.append(tr("The Ploomes field \"%1\" is already filled from \"%2\".").arg(p.ploomes, *it));
                else
                    ploomesFilledFrom.insert(p.ploomes, p.omie);
            }
            if (p.flowsToOmie()) {
                if (const auto it = omieFilledFrom.constFind(p.omie); it != omieFilledFrom.constEnd())
                    problems.append(tr("The Omie field \"%1\" is already filled from \"%2\".").arg(p.omie, *it));
                else
                    omieFilledFrom.insert(p.omie, p.ploomes);
            }
        }
    }
    return problems;
}

QStringList MappingModel::missingRequired(const FieldCatalog &catalog) const
{
    static const QList<std::pair<Entity, QStringList>> required{{Entity::Client, {u"Name"_s}},
                                                               {Entity::Product, {u"Name"_s, u"Code"_s}},
                                                               {Entity::Service, {u"Name"_s, u"Code"_s}}};
    QStringList problems;
    for (const auto &[entity, keys] : required) {
        const QList<FieldPair> list = pairs(entity);
        for (const QString &key : keys) {
            const bool filled = std::any_of(list.cbegin(), list.cend(), [&key](const FieldPair &p) {
                return p.ploomes == key && p.flowsToPloomes();
            });
            if (filled)
                continue;
            const std::optional<FieldInfo> field = catalog.ploomesField(entity, key);
            problems.append(tr("%1: nothing fills the Ploomes field \"%2\", which every record needs. Map an Omie "
                               "field to it (or restore the defaults).")
                                .arg(entityDisplayName(entity), field ? field->label : key));
        }
    }
    return problems;
}

QJsonObject MappingModel::toJson() const
{
    QJsonObject entities;
    for (Entity e : allEntities()) {
        if (!m_pairs.contains(e))
            continue;
        QJsonArray list;
        for (const FieldPair &p : m_pairs.value(e))
            list.append(QJsonObject{{u"omie"_s, p.omie},
                                    {u"ploomes"_s, p.ploomes},
                                    {u"direction"_s, flowDirectionName(p.direction)}});
        entities.insert(entityName(e), list);
    }
    return QJsonObject{{u"format"_s, kFormat}, {u"version"_s, FormatVersion}, {u"entities"_s, entities}};
}

Expected<MappingModel> MappingModel::fromJson(const QJsonObject &json)
{
    if (json.value(u"format"_s).toString() != kFormat)
        return Status::error(tr("This file is not a Ponte mapping."));
    const int version = json.value(u"version"_s).toInt();
    if (version < 1)
        return Status::error(tr("The mapping has no valid version."));
    if (version > FormatVersion)
        return Status::error(tr("This mapping was written by a newer version of Ponte (format %1).").arg(version));
    if (!json.value(u"entities"_s).isObject())
        return Status::error(tr("The mapping has no \"entities\" object, so there is nothing to import."));
    MappingModel m;
    const QJsonObject entities = json.value(u"entities"_s).toObject();
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        const std::optional<Entity> entity = entityFromName(it.key());
        if (!entity)
            return Status::error(tr("Unknown entity \"%1\" in the mapping.").arg(it.key()));
        if (!it.value().isArray())
            return Status::error(tr("The pairs of %1 must be a list.").arg(entityDisplayName(*entity)));
        const QJsonArray array = it.value().toArray();
        if (array.size() > kMaxPairsPerEntity)
            return Status::error(tr("%1 has %2 pairs; a mapping holds at most %3 per entity.")
                                     .arg(entityDisplayName(*entity))
                                     .arg(array.size())
                                     .arg(kMaxPairsPerEntity));
        QList<FieldPair> list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            const QJsonValue omie = o.value(u"omie"_s);
            const QJsonValue ploomes = o.value(u"ploomes"_s);
            const std::optional<FlowDirection> d = flowDirectionFromName(o.value(u"direction"_s).toString());
            if (!array.at(i).isObject() || !d || !omie.isString() || !ploomes.isString() || omie.toString().isEmpty()
                || ploomes.toString().isEmpty() || omie.toString().size() > kMaxFieldNameLength
                || ploomes.toString().size() > kMaxFieldNameLength)
                return Status::error(tr("Pair %1 of %2 is incomplete or malformed (it needs \"omie\", \"ploomes\" and "
                                        "\"direction\").")
                                         .arg(i + 1)
                                         .arg(entityDisplayName(*entity)));
            list.append({omie.toString(), ploomes.toString(), *d});
        }
        m.m_pairs.insert(*entity, list);
    }
    return m;
}

Status MappingModel::exportTo(const QString &path) const
{
    return SaveFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

Expected<MappingModel> MappingModel::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Status::error(tr("%1 is too large for a mapping (%2 KB; at most %3 KB).")
                                 .arg(path)
                                 .arg(file.size() / 1024)
                                 .arg(kMaxFileBytes / 1024));
    return importFromBytes(file.read(kMaxFileBytes + 1), path);
}

Expected<MappingModel> MappingModel::importFromBytes(const QByteArray &bytes, const QString &origin)
{
    if (bytes.size() > kMaxFileBytes)
        return Status::error(tr("%1 is too large for a mapping (%2 KB; at most %3 KB).")
                                 .arg(origin)
                                 .arg(bytes.size() / 1024)
                                 .arg(kMaxFileBytes / 1024));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::error(tr("%1 is not valid JSON (%2).").arg(origin, error.errorString()));
    if (!doc.isObject())
        return Status::error(
            tr("%1 is not a Ponte mapping: it must hold a JSON object, not a list or a value.").arg(origin));
    return fromJson(doc.object());
}

MappingModel MappingModel::load(const SettingsRepository &settings)
{
    const std::optional<QString> stored = settings.value(kSettingsKey);
    if (stored) {
        const Expected<MappingModel> m = fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
        if (m)
            return m.value();
    }
    return defaults();
}

Status MappingModel::save(SettingsRepository &settings) const
{
    return settings.setValue(kSettingsKey, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace Ponte
