#include "mapping/fieldcatalog.h"
#include "mapping/mapper.h"
#include "mapping/mappingmodel.h"
#include "mapping/typeconversion.h"
#include "ploomes/ploomesrecords.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
Lookups sampleLookups()
{
    Lookups l;
    l.cityIdByIbge.insert(u"3509502"_s, 3941);
    l.ibgeByCityId.insert(3941, u"3509502"_s);
    l.stateIdByUf.insert(u"SP"_s, 25);
    l.ufByStateId.insert(25, u"SP"_s);
    l.tagIdByName.insert(u"cliente"_s, 643);
    l.tagNameById.insert(643, u"Cliente"_s);
    l.tagIdByName.insert(u"vip"_s, 644);
    l.tagNameById.insert(644, u"VIP"_s);
    l.userIdBySeller.insert(4290841436LL, 10025735);
    l.sellerByUserId.insert(10025735, 4290841436LL);
    l.phoneTypeWork = 1;
    l.phoneTypeMobile = 2;
    l.phoneTypeFax = 4;
    l.statusActive = 1;
    l.statusInactive = 2;
    return l;
}

QJsonObject omieClient()
{
    return QJsonObject{
        {u"codigo_cliente_omie"_s, 11118224339LL},
        {u"razao_social"_s, u"Padaria Sol Nascente Ltda"_s},
        {u"nome_fantasia"_s, u"Padaria Sol"_s},
        {u"cnpj_cpf"_s, u"11.222.333/0001-81"_s},
        {u"email"_s, u"Compras@Sol.com.br"_s},
        {u"telefone1_ddd"_s, u"19"_s},
        {u"telefone1_numero"_s, u"3333-4444"_s},
        {u"fax_ddd"_s, u"19"_s},
        {u"fax_numero"_s, u"3333-4445"_s},
        {u"endereco"_s, u"Rua das Flores"_s},
        {u"endereco_numero"_s, u"100"_s},
        {u"bairro"_s, u"Centro"_s},
        {u"cep"_s, u"01310-100"_s},
        {u"cidade"_s, u"CAMPINAS (SP)"_s},
        {u"cidade_ibge"_s, u"3509502"_s},
        {u"estado"_s, u"SP"_s},
        {u"codigo_pais"_s, u"1058"_s},
        {u"tags"_s, QJsonArray{QJsonObject{{u"tag"_s, u"Cliente"_s}}, QJsonObject{{u"tag"_s, u"VIP"_s}}}},
        {u"recomendacoes"_s, QJsonObject{{u"codigo_vendedor"_s, 4290841436LL}}},
        {u"inativo"_s, u"N"_s},
    };
}
} // namespace

class TstMapping : public QObject
{
    Q_OBJECT

private slots:
    void defaultMappingIsValid()
    {
        FieldCatalog catalog;
        const QStringList problems = MappingModel::defaults().validate(catalog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        QCOMPARE(MappingModel::defaults().pairs(Entity::Client).size(), 20);
    }

    void correspondenceTableCoversEveryOmieType()
    {
        for (FieldType t : allFieldTypes()) {
            if (t == FieldType::Email || t == FieldType::Url)
                continue;
            bool anyOmie = false;
            for (const TypeCompatibility &row : TypeConversion::table())
                anyOmie = anyOmie || row.omie == t;
            QVERIFY2(anyOmie || t == FieldType::Option, qPrintable(fieldTypeName(t)));
        }
        QVERIFY(TypeConversion::find(FieldType::Date, FieldType::DateTime)->reversible);
        QVERIFY(!TypeConversion::find(FieldType::Identifier, FieldType::Integer));
    }

    void incompatiblePairIsRefusedWithAnExplanation()
    {
        FieldCatalog catalog;
        FieldInfo number;
        number.key = u"contact_NUM"_s;
        number.label = u"Quantidade de lojas"_s;
        number.type = FieldType::Decimal;
        number.custom = true;
        number.valueProperty = u"DecimalValue"_s;
        catalog.setPloomesCustomFields(Entity::Client, {number});
        MappingModel m = MappingModel::defaults();
        const Status s = m.addPair(Entity::Client, {u"info/dInc"_s, u"contact_NUM"_s, FlowDirection::OmieToPloomes},
                                   catalog);
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().contains(fieldTypeDisplayName(FieldType::Date)), qPrintable(s.message()));
        QVERIFY(s.message().contains(fieldTypeDisplayName(FieldType::Decimal)));
        // Read-only Omie field cannot be written from Ploomes.
        QVERIFY(!m.addPair(Entity::Client, {u"info/dInc"_s, u"Register"_s, FlowDirection::Both}, catalog).isOk());
        // Products never flow back to Omie.
        QVERIFY(!m.addPair(Entity::Product, {u"ncm"_s, u"Code"_s, FlowDirection::Both}, catalog).isOk());
        // A Ploomes field cannot be fed twice, and the refusal names the other field as the lists show it.
        const Status twice = m.addPair(Entity::Client, {u"contato"_s, u"Name"_s, FlowDirection::OmieToPloomes}, catalog);
        QVERIFY(!twice.isOk());
        QString feeding;
        for (const FieldPair &p : m.pairs(Entity::Client))
            if (p.ploomes == u"Name"_s && p.flowsToPloomes())
                feeding = p.omie;
        QVERIFY(!feeding.isEmpty());
        const QString feedingLabel = catalog.omieField(Entity::Client, feeding)->label;
        QVERIFY(feedingLabel != feeding);
        QVERIFY2(twice.message().contains(u'"' + feedingLabel + u'"'), qPrintable(twice.message()));
        // A compatible pair is accepted.
        QVERIFY(m.addPair(Entity::Client, {u"valor_limite_credito"_s, u"contact_NUM"_s, FlowDirection::OmieToPloomes},
                          catalog)
                    .isOk());
    }

    void customFieldsComeFromPloomesTypes()
    {
        const FieldInfo f = FieldCatalog::customFieldFromPloomes(
            QJsonObject{{u"Id"_s, 4025},
                        {u"Key"_s, u"contact_9F1C"_s},
                        {u"Name"_s, u"Aniversário da empresa"_s},
                        {u"Type"_s, QJsonObject{{u"Name"_s, u"Data"_s}, {u"NativeType"_s, u"DateTime"_s}}}});
        QCOMPARE(f.type, FieldType::Date);
        QCOMPARE(f.valueProperty, u"DateTimeValue"_s);
        QVERIFY(f.custom);
        FieldCatalog catalog;
        catalog.setPloomesCustomFields(Entity::Client, {f});
        QVERIFY(catalog.ploomesField(Entity::Client, u"@aniversário da empresa"_s));
    }

    void jsonRoundTripAndVersions()
    {
        MappingModel m = MappingModel::defaults();
        m.removePair(Entity::Client, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mapping.json"_s);
        QVERIFY(m.exportTo(path).isOk());
        const Expected<MappingModel> back = MappingModel::importFrom(path);
        QVERIFY(back.isOk());
        QVERIFY(back.value() == m);
        QJsonObject newer = m.toJson();
        newer.insert(u"version"_s, MappingModel::FormatVersion + 1);
        QVERIFY(!MappingModel::fromJson(newer).isOk());
        QVERIFY(!MappingModel::fromJson(QJsonObject{{u"format"_s, u"other"_s}}).isOk());
        QFile junk(dir.filePath(u"junk.json"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{not json");
        junk.close();
        QVERIFY(!MappingModel::importFrom(junk.fileName()).isOk());
    }

    void omieClientBecomesAPloomesContact()
    {
        FieldCatalog catalog;
        const Lookups lookups = sampleLookups();
        Mapper mapper(MappingModel::defaults(), catalog, lookups);
        const Mapper::Result r = mapper.toPloomes(Entity::Client, omieClient());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u"; "_s)));
        const QJsonObject &p = r.payload;
        QCOMPARE(p.value(u"Name"_s).toString(), u"Padaria Sol"_s);
        QCOMPARE(p.value(u"CNPJ"_s).toString(), u"11222333000181"_s);
        QCOMPARE(p.value(u"TypeId"_s).toInt(), 1);
        QCOMPARE(p.value(u"CityId"_s).toInteger(), 3941);
        QCOMPARE(p.value(u"StateId"_s).toInteger(), 25);
        QCOMPARE(p.value(u"CountryId"_s).toInteger(), 76);
        QCOMPARE(p.value(u"ZipCode"_s).toString(), u"01310100"_s);
        QCOMPARE(p.value(u"OwnerId"_s).toInteger(), 10025735);
        QCOMPARE(p.value(u"StatusId"_s).toInteger(), 1);
        // "Cliente" marks the Omie register kind and does not travel; VIP does.
        QCOMPARE(p.value(u"Tags"_s).toArray().size(), 1);
        QCOMPARE(p.value(u"Tags"_s).toArray().first().toObject().value(u"TagId"_s).toInteger(), 644);
        const QJsonArray phones = p.value(u"Phones"_s).toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones.at(0).toObject().value(u"PhoneNumber"_s).toString(), u"(19) 3333-4444"_s);
        QCOMPARE(phones.at(1).toObject().value(u"TypeId"_s).toInt(), 4); // the fax
    }

    void anOmieEmailWithSeveralAddressesGivesPloomesTheFirst()
    {
        // omie-api.md §3.1 (🟡): Omie's e-mail may hold several addresses; a Ploomes e-mail holds one.
        FieldCatalog catalog;
        const Lookups lookups = sampleLookups();
        Mapper mapper(MappingModel::defaults(), catalog, lookups);
        QJsonObject client = omieClient();
        client.insert(u"email"_s, u" Compras@Sol.com.br, financeiro@sol.com.br;nf@sol.com.br"_s);
        const Mapper::Result r = mapper.toPloomes(Entity::Client, client);
        QCOMPARE(r.payload.value(u"Email"_s).toString(), u"compras@sol.com.br"_s);
        // The Omie side compares by that address too, so Ploomes' one address is not a difference to write back.
        QJsonObject single = omieClient();
        single.insert(u"email"_s, u"compras@sol.com.br"_s);
        QCOMPARE(Mapper::hash(mapper.omieSide(Entity::Client, client)),
                 Mapper::hash(mapper.omieSide(Entity::Client, single)));
    }

    void roundTripKeepsTheMeaningAndHashesIgnoreMasks()
    {
        FieldCatalog catalog;
        const Lookups lookups = sampleLookups();
        Mapper mapper(MappingModel::defaults(), catalog, lookups);
        const QJsonObject omie = omieClient();
        const QJsonObject ploomes = mapper.toPloomes(Entity::Client, omie).payload;
        const QJsonObject back = mapper.toOmie(Entity::Client, ploomes).payload;
        // Every field that flows both ways comes back with the same meaning.
        QCOMPARE(mapper.omieSide(Entity::Client, back), mapper.omieSide(Entity::Client, omie));
        QCOMPARE(back.value(u"cnpj_cpf"_s).toString(), u"11.222.333/0001-81"_s);
        QCOMPARE(back.value(u"telefone1_ddd"_s).toString(), u"19"_s);
        QCOMPARE(back.value(u"telefone1_numero"_s).toString(), u"3333-4444"_s);
        QCOMPARE(back.value(u"recomendacoes"_s).toObject().value(u"codigo_vendedor"_s).toInteger(), 4290841436LL);
        // The same data with other masks has the same hash; a real change has another.
        QJsonObject masked = omie;
        masked.insert(u"cnpj_cpf"_s, u"11222333000181"_s);
        masked.insert(u"cep"_s, u"01310100"_s);
        masked.insert(u"email"_s, u"compras@sol.com.br"_s);
        QCOMPARE(Mapper::hash(mapper.omieSide(Entity::Client, masked)), Mapper::hash(mapper.omieSide(Entity::Client, omie)));
        QJsonObject changed = omie;
        changed.insert(u"endereco_numero"_s, u"101"_s);
        QVERIFY(Mapper::hash(mapper.omieSide(Entity::Client, changed)) != Mapper::hash(mapper.omieSide(Entity::Client, omie)));
        // A Ploomes record that stored the payload (ZipCode as a number, ids and extra properties) reads the same.
        QJsonObject stored = ploomes;
        stored.insert(u"Id"_s, 401234567);
        stored.insert(u"ZipCode"_s, 1310100);
        stored.insert(u"LastUpdateDate"_s, u"2026-11-28T10:00:00-03:00"_s);
        QCOMPARE(mapper.ploomesSide(Entity::Client, stored), mapper.ploomesSide(Entity::Client, ploomes));
    }

    void personGoesToCpfAndUnknownCityIsReported()
    {
        FieldCatalog catalog;
        Lookups lookups = sampleLookups();
        Mapper mapper(MappingModel::defaults(), catalog, lookups);
        QJsonObject person = omieClient();
        person.insert(u"cnpj_cpf"_s, u"529.982.247-25"_s);
        person.insert(u"cidade_ibge"_s, u"9999999"_s);
        const Mapper::Result r = mapper.toPloomes(Entity::Client, person);
        QCOMPARE(r.payload.value(u"TypeId"_s).toInt(), 2);
        QCOMPARE(r.payload.value(u"CPF"_s).toString(), u"52998224725"_s);
        QVERIFY(r.payload.value(u"CityId"_s).isNull());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(u"9999999"_s));
    }

    void orderStatusAndDates()
    {
        FieldCatalog catalog;
        FieldInfo status;
        status.key = u"order_SIT"_s;
        status.label = u"Situação (Omie)"_s;
        status.type = FieldType::Text;
        status.custom = true;
        status.valueProperty = u"StringValue"_s;
        catalog.setPloomesCustomFields(Entity::Order, {status});
        Lookups lookups = sampleLookups();
        lookups.etapaNames.insert(u"20"_s, u"Separação"_s);
        Mapper mapper(MappingModel::defaults(), catalog, lookups);
        QJsonObject pedido{{u"cabecalho"_s, QJsonObject{{u"data_previsao"_s, u"05/12/2026"_s}, {u"etapa"_s, u"20"_s}}},
                           {u"infoCadastro"_s, QJsonObject{{u"faturado"_s, u"N"_s}, {u"cancelado"_s, u"N"_s}}}};
        QJsonObject payload = mapper.toPloomes(Entity::Order, pedido).payload;
        QCOMPARE(payload.value(u"Date"_s).toString(), u"2026-12-05T00:00:00-03:00"_s);
        QCOMPARE(Ploomes::Entity(payload).otherString(u"order_SIT"_s), mapper.tr("Stage %1 – %2").arg(u"20"_s, u"Separação"_s));
        pedido.insert(u"infoCadastro"_s, QJsonObject{{u"faturado"_s, u"S"_s}});
        payload = mapper.toPloomes(Entity::Order, pedido).payload;
        QCOMPARE(Ploomes::Entity(payload).otherString(u"order_SIT"_s), mapper.tr("Billed"));
        const QJsonObject back = mapper.toOmie(Entity::Order, payload).payload;
        QCOMPARE(back.value(u"cabecalho"_s).toObject().value(u"data_previsao"_s).toString(), u"05/12/2026"_s);
    }
};

QTEST_GUILESS_MAIN(TstMapping)
#include "tst_mapping.moc"
