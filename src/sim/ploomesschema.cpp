#include "ploomesschema.h"

using namespace Qt::StringLiterals;

namespace Ponte::Sim::PloomesSchema {

namespace {

struct TypeSpec
{
    QString name;
    QString properties;  ///< "Name:t" with t in i n s b d j; '!' read-only, '~' write-only
    QString navigations; ///< "Name>Target:fk" (reference), "Name*Target" (inline), "Name*Target:fk" (child table)
    int fieldEntityId = 0;
};

// Field lists from ploomes-api.md §2 (S3 IContacts.ts, IOrders.ts, IProducts, IUsers, Fields, …).
const QList<TypeSpec> kTypeSpecs = {
    {u"Account"_s, u"Id:i!,Name:s,LegalName:s,Register:s,Email:s,Website:s,CurrencyId:i,CreateDate:d!"_s, {}},
    {u"Users"_s,
     u"Id:i!,Name:s,Email:s,AvatarUrl:s,Suspended:b,Integration:b,ProfileId:i,Password:s~,LastLogin:d!,LastSeen:d!,"
     "CreateDate:d!,LastUpdateDate:d!"_s,
     {}},
    {u"Currencies"_s, u"Id:i!,Name:s,Short:s,Symbol:s"_s, {}},
    {u"Cities@Countries"_s, u"Id:i!,Name:s"_s, {}},
    {u"Cities@Countries@States"_s, u"Id:i!,Name:s,Short:s,CountryId:i"_s, u"Country>Cities@Countries:CountryId"_s},
    {u"Cities"_s, u"Id:i!,Name:s,IBGECode:i,StateId:i,CountryId:i"_s,
     u"State>Cities@Countries@States:StateId,Country>Cities@Countries:CountryId"_s},
    {u"PhoneTypes"_s, u"Id:i!,Name:s"_s, {}},
    {u"Contacts@Status"_s, u"Id:i!,Name:s"_s, {}},
    {u"Contacts@Types"_s, u"Id:i!,Name:s"_s, {}},
    {u"Tags"_s, u"Id:i!,Name:s,EntityId:i,Color:s,CreateDate:d!"_s, u"Entity>Fields@Entities:EntityId"_s},
    {u"Fields@Entities"_s, u"Id:i!,Name:s,ApiUrl:s,SingularUnitName:s,PluralUnitName:s,GenderId:i"_s, {}},
    {u"Fields@Types"_s, u"Id:i!,Name:s,Icon:s,NativeType:s,Listable:b,Multipliable:b"_s, {}},
    {u"Fields"_s,
     u"Id:i!,Key:s!,Name:s,EntityId:i,SecondaryEntityId:i,TypeId:i,OptionsTableId:i,Multiple:b,Required:b,Unique:b,"
     "Hidden:b,Disabled:b,Integration:b,IntegrationCustomFieldId:i,PropertyName:s!,UpdatePropertyName:s!,Filterable:b,"
     "CreateDate:d!,LastUpdateDate:d!"_s,
     u"Type>Fields@Types:TypeId,Entity>Fields@Entities:EntityId,OptionsTable>Fields@OptionsTables:OptionsTableId"_s},
    {u"Fields@OptionsTables"_s, u"Id:i!,Name:s"_s, u"Options*Fields@OptionsTables@Options:TableId"_s},
    {u"Fields@OptionsTables@Options"_s, u"Id:i!,TableId:i,Name:s,ExternalKey:s"_s,
     u"Table>Fields@OptionsTables:TableId"_s},
    {u"Contacts"_s,
     u"Id:i!,Key:s!,TypeId:i,Name:s,LegalName:s,CNPJ:s,CPF:s,Register:s,Email:s,Birthday:d,CNAECode:s,CNAEName:s,"
     "StatusId:i,OwnerId:i,OriginId:i,LineOfBusinessId:i,NumberOfEmployeesId:i,RelationshipId:i,RoleId:i,"
     "DepartmentId:i,CurrencyId:i,StreetAddress:s,StreetAddressNumber:s,StreetAddressLine2:s,Neighborhood:s,"
     "ZipCode:j,CityId:i,StateId:i,CountryId:i,Latitude:n,Longitude:n,Website:s,Facebook:s,Skype:s,Note:s,"
     "CompanyId:i,CreatorId:i!,UpdaterId:i!,CreateDate:d!,LastUpdateDate:d!,LastDealId:i!,LastOrderId:i!"_s,
     u"Type>Contacts@Types:TypeId,Status>Contacts@Status:StatusId,City>Cities:CityId,"
     "State>Cities@Countries@States:StateId,Country>Cities@Countries:CountryId,Company>Contacts:CompanyId,"
     "Owner>Users:OwnerId,Creator>Users:CreatorId,Updater>Users:UpdaterId,Currency>Currencies:CurrencyId,"
     "Phones*Phone,Tags*ContactTag,OtherProperties*OtherProperty"_s,
     1},
    {u"Phone"_s, u"Id:i!,ContactId:i!,PhoneNumber:s,TypeId:i,CountryId:i"_s,
     u"Type>PhoneTypes:TypeId,Country>Cities@Countries:CountryId"_s},
    {u"ContactTag"_s, u"TagId:i,ContactId:i!"_s, u"Tag>Tags:TagId"_s},
    {u"OtherProperty"_s,
     u"FieldId:i,FieldKey:s,StringValue:s,BigStringValue:s,IntegerValue:i,DecimalValue:n,DateTimeValue:d,BoolValue:b,"
     "ObjectValueId:i,ObjectValueName:s,UserValueId:i,UserValueName:s!,ContactValueId:i,ContactValueName:s!,"
     "ProductValueId:i,ProductValueName:s!,AttachmentValueId:i"_s,
     u"Field>Fields:FieldId"_s},
    {u"Products@Families"_s, u"Id:i!,Name:s,CreatorId:i!,CreateDate:d!,LastUpdateDate:d!"_s, {}},
    {u"Products@Groups"_s,
     u"Id:i!,Name:s,FamilyId:i,FixedPrice:b,Default:b,CreatorId:i!,CreateDate:d!,LastUpdateDate:d!"_s,
     u"Family>Products@Families:FamilyId"_s},
    {u"Products"_s,
     u"Id:i!,GroupId:i,FamilyId:i!,Name:s,Code:s,MeasurementUnit:s,ImageUrl:s,CurrencyId:i,UnitPrice:n,Suspended:b,"
     "Editable:b!,Deletable:b!,CreatorId:i!,UpdaterId:i!,CreateDate:d!,LastUpdateDate:d!"_s,
     u"Group>Products@Groups:GroupId,Family>Products@Families:FamilyId,Currency>Currencies:CurrencyId,"
     "Creator>Users:CreatorId,Updater>Users:UpdaterId,OtherProperties*OtherProperty"_s,
     10},
    {u"Orders"_s,
     u"Id:i!,OrderNumber:i!,Date:d,ContactId:i,ContactName:s!,PersonId:i,DealId:i,StageId:i,Amount:n,Discount:n,"
     "OwnerId:i,TemplateId:i,Description:s,InternalComments:s,OriginQuoteId:i,ApprovalStatusId:i,CurrencyId:i,Key:s!,"
     "DocumentUrl:s!,CreatorId:i!,UpdaterId:i!,CreateDate:d!,LastUpdateDate:d!"_s,
     u"Contact>Contacts:ContactId,Person>Contacts:PersonId,Stage>Orders@Stages:StageId,Owner>Users:OwnerId,"
     "Creator>Users:CreatorId,Updater>Users:UpdaterId,Currency>Currencies:CurrencyId,"
     "Products*Orders@Products:OrderId,OtherProperties*OtherProperty"_s,
     4},
    {u"Orders@Products"_s,
     u"Id:i!,OrderId:i!,SectionId:i,ProductId:i,ProductName:s!,Quantity:n,CurrencyId:i,UnitPrice:n,Discount:n,"
     "Total:n!,Bonus:b,OwnerId:i,OrderDate:d!,DealId:i!,ContactId:i!,CreateDate:d!,LastUpdateDate:d!"_s,
     u"Product>Products:ProductId,Order>Orders:OrderId,Owner>Users:OwnerId,Currency>Currencies:CurrencyId,"
     "OtherProperties*OtherProperty"_s,
     20},
    {u"Orders@Stages"_s, u"Id:i!,Name:s,Ordination:i"_s, {}},
    {u"Webhooks"_s, u"Id:i!,EntityId:i,ActionId:i,CallbackUrl:s,Active:b,ValidationKey:s,CreatorId:i!,CreateDate:d!"_s,
     u"Entity>Fields@Entities:EntityId,Action>Webhooks@Actions:ActionId"_s},
    {u"Webhooks@Actions"_s, u"Id:i!,Name:s"_s, {}},
};

PropType propType(QChar c)
{
    switch (c.unicode()) {
    case 'i':
        return PropType::Int;
    case 'n':
        return PropType::Number;
    case 's':
        return PropType::String;
    case 'b':
        return PropType::Bool;
    case 'd':
        return PropType::DateTime;
    default:
        return PropType::Any;
    }
}

Type buildType(const TypeSpec &spec)
{
    Type t;
    t.name = spec.name;
    t.fieldEntityId = spec.fieldEntityId;
    for (const QString &item : spec.properties.split(u',', Qt::SkipEmptyParts)) {
        Property p;
        const int colon = int(item.indexOf(u':'));
        p.name = item.left(colon);
        p.type = propType(item.at(colon + 1));
        p.readOnly = item.endsWith(u'!');
        p.writeOnly = item.endsWith(u'~');
        t.propertyIndex.insert(p.name, int(t.properties.size()));
        t.properties.append(p);
    }
    for (const QString &item : spec.navigations.split(u',', Qt::SkipEmptyParts)) {
        Navigation n;
        const bool reference = item.contains(u'>');
        const int sep = int(item.indexOf(reference ? u'>' : u'*'));
        n.name = item.left(sep);
        const QString rest = item.mid(sep + 1);
        const int colon = int(rest.indexOf(u':'));
        n.target = colon < 0 ? rest : rest.left(colon);
        n.key = colon < 0 ? QString() : rest.mid(colon + 1);
        n.storage = reference ? Navigation::Reference : (n.key.isEmpty() ? Navigation::Inline : Navigation::Child);
        t.navigationIndex.insert(n.name, int(t.navigations.size()));
        t.navigations.append(n);
    }
    return t;
}

} // namespace

const QHash<QString, Type> &types()
{
    static const QHash<QString, Type> table = [] {
        QHash<QString, Type> h;
        for (const TypeSpec &s : kTypeSpecs)
            h.insert(s.name, buildType(s));
        return h;
    }();
    return table;
}

const QList<Collection> &collections()
{
    // Operations per S1/S2: lookups are read-only, Users have no DELETE, option tables are create-only.
    static const QList<Collection> list = {
        {u"Account"_s, u"Account"_s, false, false, false, 1003788},
        {u"Self"_s, u"Users"_s, false, false, false, 1},
        {u"Users"_s, u"Users"_s, true, true, false, 10025001},
        {u"Currencies"_s, u"Currencies"_s, false, false, false, 1},
        {u"Cities@Countries"_s, u"Cities@Countries"_s, false, false, false, 76},
        {u"Cities@Countries@States"_s, u"Cities@Countries@States"_s, false, false, false, 1},
        {u"Cities"_s, u"Cities"_s, true, false, false, 3941},
        {u"PhoneTypes"_s, u"PhoneTypes"_s, false, false, false, 1},
        {u"Contacts@Status"_s, u"Contacts@Status"_s, false, false, false, 123},
        {u"Contacts@Types"_s, u"Contacts@Types"_s, false, false, false, 1},
        {u"Tags"_s, u"Tags"_s, true, true, true, 643},
        {u"Fields@Entities"_s, u"Fields@Entities"_s, false, false, false, 1},
        {u"Fields@Types"_s, u"Fields@Types"_s, false, false, false, 1},
        {u"Fields"_s, u"Fields"_s, true, true, true, 4001},
        {u"Fields@OptionsTables"_s, u"Fields@OptionsTables"_s, true, false, false, 28},
        {u"Fields@OptionsTables@Options"_s, u"Fields@OptionsTables@Options"_s, true, true, true, 2796},
        {u"Contacts"_s, u"Contacts"_s, true, true, true, 401000001},
        {u"Products@Families"_s, u"Products@Families"_s, true, true, true, 11935},
        {u"Products@Groups"_s, u"Products@Groups"_s, true, true, true, 7344},
        {u"Products"_s, u"Products"_s, true, true, true, 414001},
        {u"Orders"_s, u"Orders"_s, true, true, true, 555001},
        {u"Orders@Products"_s, u"Orders@Products"_s, false, false, false, 8800001},
        {u"Orders@Stages"_s, u"Orders@Stages"_s, true, true, true, 10087501},
        {u"Webhooks"_s, u"Webhooks"_s, true, true, true, 50001877},
        {u"Webhooks@Actions"_s, u"Webhooks@Actions"_s, false, false, false, 1},
    };
    return list;
}

const Collection *findCollection(const QString &urlName)
{
    for (const Collection &c : collections()) {
        if (c.name.compare(urlName, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

OData::ValueType valueType(PropType t)
{
    switch (t) {
    case PropType::Int:
    case PropType::Number:
        return OData::ValueType::Number;
    case PropType::String:
        return OData::ValueType::String;
    case PropType::Bool:
        return OData::ValueType::Bool;
    case PropType::DateTime:
        return OData::ValueType::DateTime;
    case PropType::Any:
        break;
    }
    return OData::ValueType::Any;
}

QString edmType(PropType t)
{
    switch (t) {
    case PropType::Int:
        return u"Edm.Int64"_s;
    case PropType::Number:
        return u"Edm.Decimal"_s;
    case PropType::String:
        return u"Edm.String"_s;
    case PropType::Bool:
        return u"Edm.Boolean"_s;
    case PropType::DateTime:
        return u"Edm.DateTimeOffset"_s;
    case PropType::Any:
        break;
    }
    return u"Edm.Untyped"_s;
}

} // namespace Ponte::Sim::PloomesSchema
