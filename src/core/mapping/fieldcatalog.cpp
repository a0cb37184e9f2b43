#include "fieldcatalog.h"

#include "ploomes/ploomesrecords.h"
#include "store/settingsrepository.h"
#include "textutil.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Ponte::FieldCatalog", text);
}

FieldInfo f(const QString &key, const char *label, FieldType type, bool readOnly = false, int maxLength = 0)
{
    FieldInfo i;
    i.key = key;
    i.label = tr(label);
    i.type = type;
    i.readOnly = readOnly;
    i.maxLength = maxLength;
    return i;
}
} // namespace

QList<FieldInfo> FieldCatalog::omieFields(Entity entity)
{
    using T = FieldType;
    switch (entity) {
    case Entity::Client:
        return {
            f(u"codigo_cliente_omie"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Omie client id"), T::Identifier, true),
            f(u"razao_social"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Legal name (razão social)"), T::Text, false, 60),
            f(u"nome_fantasia"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Trade name (nome fantasia)"), T::Text, false, 100),
            f(u"cnpj_cpf"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "CNPJ/CPF"), T::Document),
            f(u"email"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "E-mail"), T::Email),
            f(u"homepage"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Website"), T::Url),
            f(u"telefone1"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Phone 1 (DDD + number)"), T::Phone),
            f(u"telefone2"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Phone 2 (DDD + number)"), T::Phone),
            f(u"fax"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Fax (DDD + number)"), T::Phone),
            f(u"contato"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Contact person"), T::Text),
            f(u"endereco"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Street"), T::Text),
            f(u"endereco_numero"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Number"), T::Text),
            f(u"complemento"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Address line 2"), T::Text),
            f(u"bairro"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Neighbourhood"), T::Text),
            f(u"cep"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "CEP"), T::Cep),
            f(u"cidade_ibge"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "City (IBGE code)"), T::CityIbge),
            f(u"estado"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "State (UF)"), T::StateUf),
            f(u"codigo_pais"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Country"), T::Country),
            f(u"tags"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Tags"), T::Tags),
            f(u"cnae"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "CNAE"), T::Text),
            f(u"inscricao_estadual"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "State registration"), T::Text),
            f(u"inscricao_municipal"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Municipal registration"), T::Text),
            f(u"recomendacoes/codigo_vendedor"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Default seller"), T::Seller),
            f(u"inativo"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Inactive"), T::Inactive),
            f(u"optante_simples_nacional"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Simples Nacional"), T::Bool),
            f(u"valor_limite_credito"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Credit limit"), T::Money),
            f(u"observacao"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Notes"), T::LongText),
            f(u"info/dInc"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Created on"), T::Date, true),
        };
    case Entity::Product:
        return {
            f(u"codigo_produto"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Omie product id"), T::Identifier, true),
            f(u"codigo"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Code (SKU)"), T::Text),
            f(u"descricao"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Description"), T::Text),
            f(u"unidade"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Unit"), T::Text),
            f(u"valor_unitario"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Unit price"), T::Money),
            f(u"ncm"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "NCM"), T::Text),
            f(u"ean"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "EAN"), T::Text),
            f(u"marca"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Brand"), T::Text),
            f(u"modelo"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Model"), T::Text),
            f(u"peso_liq"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Net weight"), T::Decimal),
            f(u"descr_detalhada"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Detailed description"), T::LongText),
            f(u"inativo"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Inactive"), T::Bool),
        };
    case Entity::Service:
        return {
            f(u"intListar/nCodServ"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Omie service id"), T::Identifier, true),
            f(u"cabecalho/cCodigo"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Code"), T::Text),
            f(u"cabecalho/cDescricao"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Description"), T::Text),
            f(u"cabecalho/nPrecoUnit"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Unit price"), T::Money),
            f(u"cabecalho/cCodLC116"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "LC 116 code"), T::Text),
            f(u"cabecalho/cCodServMun"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Municipal service code"), T::Text),
            f(u"descricao/cDescrCompleta"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Full description"), T::LongText),
            f(u"info/inativo"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Inactive"), T::Bool),
        };
    case Entity::Order:
        return {
            f(u"cabecalho/numero_pedido"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Order number"), T::Text, true),
            f(u"cabecalho/data_previsao"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Expected date"), T::Date),
            f(u"cabecalho/etapa"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Stage (etapa)"), T::Option),
            f(u"informacoes_adicionais/codVend"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Seller"), T::Seller),
            f(u"informacoes_adicionais/numero_pedido_cliente"_s,
              QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Customer order number"), T::Text),
            f(u"observacoes/obs_venda"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Sale notes"), T::LongText),
            f(u"total_pedido/valor_total_pedido"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Order total"), T::Money, true),
            f(u"situacao"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Status (billed, cancelled, stage)"), T::Text, true),
        };
    case Entity::ServiceOrder:
        return {
            f(u"Cabecalho/cNumOS"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Service order number"), T::Text, true),
            f(u"Cabecalho/dDtPrevisao"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Expected date"), T::Date),
            f(u"Cabecalho/cEtapa"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Stage (etapa)"), T::Option),
            f(u"Cabecalho/nCodVend"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Seller"), T::Seller),
            f(u"Observacoes/cObsOS"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Notes"), T::LongText),
            f(u"Cabecalho/nValorTotal"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Total"), T::Money, true),
            f(u"situacao"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Status (billed, cancelled, stage)"), T::Text, true),
        };
    case Entity::Seller:
        return {
            f(u"codigo"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Omie seller id"), T::Identifier, true),
            f(u"nome"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Name"), T::Text, true),
            f(u"email"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "E-mail"), T::Email, true),
        };
    }
    return {};
}

QList<FieldInfo> FieldCatalog::ploomesNativeFields(Entity entity)
{
    using T = FieldType;
    switch (entity) {
    case Entity::Client:
        return {
            f(u"Name"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Name"), T::Text),
            f(u"LegalName"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Legal name"), T::Text),
            f(u"Document"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "CNPJ (company) / CPF (person)"), T::Document),
            f(u"Email"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "E-mail"), T::Email),
            f(u"Website"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Website"), T::Url),
            f(u"Phones/1"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "First phone"), T::Phone),
            f(u"Phones/2"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Second phone"), T::Phone),
            f(u"Phones/Fax"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Fax phone"), T::Phone),
            f(u"StreetAddress"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Street"), T::Text),
            f(u"StreetAddressNumber"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Number"), T::Text),
            f(u"StreetAddressLine2"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Address line 2"), T::Text),
            f(u"Neighborhood"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Neighbourhood"), T::Text),
            f(u"ZipCode"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "ZIP code"), T::Cep),
            f(u"CityId"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "City"), T::CityIbge),
            f(u"StateId"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "State"), T::StateUf),
            f(u"CountryId"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Country"), T::Country),
            f(u"Tags"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Tags (Marcadores)"), T::Tags),
            f(u"CNAECode"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "CNAE code"), T::Text),
            f(u"OwnerId"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Owner (Responsável)"), T::Seller),
            f(u"StatusId"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Status"), T::Inactive),
            f(u"Register"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Register"), T::Text),
            f(u"Note"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Note"), T::LongText),
        };
    case Entity::Product:
    case Entity::Service:
        return {
            f(u"Name"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Name"), T::Text),
            f(u"Code"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Code"), T::Text),
            f(u"UnitPrice"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Unit price"), T::Money),
            f(u"MeasurementUnit"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Measurement unit"), T::Text),
            f(u"Suspended"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Suspended"), T::Bool),
        };
    case Entity::Order:
    case Entity::ServiceOrder:
        return {
            f(u"Date"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Date"), T::Date),
            f(u"OwnerId"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Owner (Responsável)"), T::Seller),
            f(u"Description"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Description"), T::LongText),
            f(u"InternalComments"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Internal comments"), T::LongText),
            f(u"Amount"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Amount"), T::Money, true),
            f(u"OrderNumber"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Order number"), T::Integer, true),
        };
    case Entity::Seller:
        return {
            f(u"Id"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "User id"), T::Identifier, true),
            f(u"Name"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "Name"), T::Text, true),
            f(u"Email"_s, QT_TRANSLATE_NOOP("Ponte::FieldCatalog", "E-mail"), T::Email, true),
        };
    }
    return {};
}

QString FieldCatalog::ploomesEntityName(Entity entity)
{
    switch (entity) {
    case Entity::Client:
        return u"Contact"_s;
    case Entity::Product:
    case Entity::Service:
        return u"Product"_s;
    case Entity::Order:
    case Entity::ServiceOrder:
        return u"Order"_s;
    case Entity::Seller:
        return u"User"_s;
    }
    return {};
}

namespace {
const QString kCustomFieldCacheKey = QStringLiteral("mapping.ploomes_custom_fields");
} // namespace

Status FieldCatalog::cacheCustomFields(SettingsRepository &settings, Entity entity, const QJsonArray &rows)
{
    QJsonObject cache = QJsonDocument::fromJson(settings.value(kCustomFieldCacheKey).value_or(QString()).toUtf8()).object();
    cache.insert(entityName(entity), rows);
    return settings.setValue(kCustomFieldCacheKey, QString::fromUtf8(QJsonDocument(cache).toJson(QJsonDocument::Compact)));
}

FieldCatalog FieldCatalog::fromCache(const SettingsRepository &settings)
{
    FieldCatalog catalog;
    const QJsonObject cache =
        QJsonDocument::fromJson(settings.value(kCustomFieldCacheKey).value_or(QString()).toUtf8()).object();
    for (Entity e : allEntities()) {
        QList<FieldInfo> fields;
        for (const QJsonValue &row : cache.value(entityName(e)).toArray())
            fields.append(customFieldFromPloomes(row.toObject()));
        if (!fields.isEmpty())
            catalog.setPloomesCustomFields(e, fields);
    }
    return catalog;
}

FieldInfo FieldCatalog::customFieldFromPloomes(const QJsonObject &field)
{
    FieldInfo i;
    i.key = field.value(u"Key"_s).toString();
    i.label = field.value(u"Name"_s).toString();
    i.custom = true;
    i.fieldId = field.value(u"Id"_s).toInteger();
    const QJsonObject type = field.value(u"Type"_s).toObject();
    const QString native = type.value(u"NativeType"_s).toString();
    const QString typeName = Text::fold(type.value(u"Name"_s).toString());
    i.valueProperty = Ploomes::ValueProperty::forNativeType(native);
    if (!field.value(u"OptionsTableId"_s).isNull() && field.value(u"OptionsTableId"_s).toInteger() > 0) {
        i.type = FieldType::Option;
        i.valueProperty = Ploomes::ValueProperty::Object;
    } else if (typeName.contains(u"usuario"_s)) {
        i.type = FieldType::Seller;
        i.valueProperty = Ploomes::ValueProperty::User;
    } else if (i.valueProperty == Ploomes::ValueProperty::BigString) {
        i.type = FieldType::LongText;
    } else if (i.valueProperty == Ploomes::ValueProperty::Integer) {
        i.type = FieldType::Integer;
    } else if (i.valueProperty == Ploomes::ValueProperty::Decimal) {
        i.type = typeName.contains(u"moeda"_s)        ? FieldType::Money
                 : typeName.contains(u"porcentagem"_s) ? FieldType::Percent
                                                       : FieldType::Decimal;
    } else if (i.valueProperty == Ploomes::ValueProperty::DateTime) {
        i.type = typeName.contains(u"hora"_s) ? FieldType::DateTime : FieldType::Date;
    } else if (i.valueProperty == Ploomes::ValueProperty::Bool) {
        i.type = FieldType::Bool;
    } else {
        i.type = typeName.contains(u"cpf"_s) || typeName.contains(u"cnpj"_s) ? FieldType::Document : FieldType::Text;
        i.maxLength = 250;
    }
    return i;
}

void FieldCatalog::setPloomesCustomFields(Entity entity, const QList<FieldInfo> &fields)
{
    m_custom.insert(entity, fields);
}

const QList<FieldInfo> &FieldCatalog::cachedOmieFields(Entity entity) const
{
    auto it = m_omieCache.find(entity);
    if (it == m_omieCache.end())
        it = m_omieCache.insert(entity, omieFields(entity));
    return *it;
}

const QList<FieldInfo> &FieldCatalog::cachedNativeFields(Entity entity) const
{
    auto it = m_nativeCache.find(entity);
    if (it == m_nativeCache.end())
        it = m_nativeCache.insert(entity, ploomesNativeFields(entity));
    return *it;
}

QList<FieldInfo> FieldCatalog::ploomesFields(Entity entity) const
{
    return cachedNativeFields(entity) + m_custom.value(entity);
}

std::optional<FieldInfo> FieldCatalog::omieField(Entity entity, const QString &key) const
{
    for (const FieldInfo &i : cachedOmieFields(entity)) {
        if (i.key == key)
            return i;
    }
    return std::nullopt;
}

std::optional<FieldInfo> FieldCatalog::ploomesField(Entity entity, const QString &key) const
{
    const bool byName = key.startsWith(u'@');
    const QStringView name = QStringView(key).mid(1);
    auto matches = [&](const FieldInfo &i) {
        return (!byName && i.key == key) || (byName && i.custom && i.label.compare(name, Qt::CaseInsensitive) == 0);
    };
    for (const FieldInfo &i : cachedNativeFields(entity)) {
        if (matches(i))
            return i;
    }
    const auto custom = m_custom.constFind(entity);
    if (custom != m_custom.constEnd()) {
        for (const FieldInfo &i : *custom) {
            if (matches(i))
                return i;
        }
    }
    return std::nullopt;
}

} // namespace Ponte
