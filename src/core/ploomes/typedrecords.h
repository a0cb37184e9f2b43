#pragma once

#include "ploomes/ploomesrecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/*
 * Typed records of the Ploomes entities the engine reads and writes (contacts, products, users and their
 * look-ups) and orders, written from ploomes-api.md §2 and §7: property names and types as the reference gives them,
 * and where it leaves a fact open (🟡/❓) every reading is accepted. The steps use these instead of raw keys.
 */
namespace Ponte::Ploomes {

/** A contact's TypeId: 1 Empresa, 2 Pessoa (ref §2.1 ✅); Unknown for anything else or none. */
enum class ContactType { Unknown = 0, Company = 1, Person = 2 };

/** One element of a contact's Phones. */
struct Phone
{
    QString number; ///< PhoneNumber, as Ploomes keeps it (masked or not)
    qint64 typeId = 0;
    qint64 countryId = 0;
};

/** A contact's address properties. */
struct Address
{
    QString street;       ///< StreetAddress
    QString number;       ///< StreetAddressNumber
    QString line2;        ///< StreetAddressLine2 (complemento)
    QString neighborhood; ///< Neighborhood
    /**
     * ZipCode. Typed number by integrators and sent as a string by others (ref §2.1 ❓, §7.2 🟡): a number comes
     * back without the leading zero of a CEP, so it is padded to 8 digits here; a string is kept as given.
     */
    QString zipCode;
    qint64 cityId = 0;
    qint64 stateId = 0;
    qint64 countryId = 0;
};

/**
 * A Ploomes contact (company or person) as /Contacts answers it, typed. The JSON it came from stays with it:
 * the mapping engine reads the user-mapped properties from it and OtherProperties go through its helpers.
 */
struct Contact
{
    /** The collection and the navigations Ponte reads with each contact (tag names need the nested expand, §7.5). */
    inline static const QString Path = QStringLiteral("Contacts");
    inline static const QString Expand = QStringLiteral("Phones,Tags($expand=Tag),OtherProperties");

    qint64 id = 0;
    ContactType type = ContactType::Unknown;
    qint64 typeId = 0; ///< TypeId as read, also when it is none of the known ones
    QString name;
    QString legalName;
    QString cnpj;
    QString cpf;
    /** Register, "CPF or CNPJ" in some sources (ref §2.1 🟡): read, never preferred to CNPJ/CPF. */
    QString registerNumber;
    QString email;
    QList<Phone> phones;
    Address address;
    qint64 ownerId = 0;
    qint64 statusId = 0;
    qint64 companyId = 0;
    QList<qint64> tagIds; ///< the TagId of each relation in Tags
    QDateTime lastUpdate;
    QDateTime created;
    Entity raw; ///< the JSON as read: user-mapped properties and OtherProperties

    static Contact fromJson(const QJsonObject &json);
    const QJsonObject &json() const { return raw.json(); }
    /** The CNPJ, else the CPF, as Ploomes keeps it (mask included). */
    QString document() const { return cnpj.isEmpty() ? cpf : cnpj; }
    QString otherString(const QString &fieldKey) const { return raw.otherString(fieldKey); }

    // Builders of a POST/PATCH /Contacts body on top of what the mapping produced.
    static QString nameIn(const QJsonObject &body);
    static void setName(QJsonObject &body, const QString &name);
    static bool hasType(const QJsonObject &body);
    static void setType(QJsonObject &body, ContactType type);
    /** $filter for the contacts with one of @p ids. */
    static QString withIds(const QList<qint64> &ids);
};

/** A Ploomes product as /Products answers it, typed (Family → Group → Product, ref §2.2). */
struct Product
{
    inline static const QString Path = QStringLiteral("Products");
    inline static const QString Expand = QStringLiteral("OtherProperties");

    qint64 id = 0;
    QString name;
    QString code;
    qint64 familyId = 0;
    qint64 groupId = 0;
    QString measurementUnit;
    qint64 currencyId = 0;
    double unitPrice = 0;
    bool suspended = false;
    QDateTime lastUpdate;
    Entity raw; ///< the JSON as read: user-mapped properties and OtherProperties

    static Product fromJson(const QJsonObject &json);
    const QJsonObject &json() const { return raw.json(); }
    QString otherString(const QString &fieldKey) const { return raw.otherString(fieldKey); }

    // Builders of a POST/PATCH /Products body on top of what the mapping produced.
    static QString nameIn(const QJsonObject &body);
    static void setName(QJsonObject &body, const QString &name);
    /** A product is created in a group (whether Ploomes derives FamilyId from it is 🟡, so only GroupId is sent). */
    static void setGroup(QJsonObject &body, qint64 groupId);
    static void clearGroup(QJsonObject &body);
    /** $filter for the products of the family @p familyId. */
    static QString inFamily(qint64 familyId);
};

/**
 * One element of an order's Products (ref §2.3 ✅ IOrdersProducts). Ids and amounts are read whether they come as
 * numbers or as strings.
 */
struct OrderLine
{
    qint64 id = 0;
    qint64 productId = 0;
    /**
     * ProductName. Not in every read shape (the 🟡 S6 one expands Product instead): then the expanded Product's
     * Name, else empty.
     */
    QString productName;
    double quantity = 0;
    double unitPrice = 0;
    double discount = 0; ///< Discount, a percentage of the line (ref §2.3 ✅)
    double total = 0;    ///< Total, which the client computes and sends itself
    qint64 currencyId = 0;

    static OrderLine fromJson(const QJsonObject &json);
    /** A line of a POST /Orders body; @p currencyId 0 sends none (Ploomes applies the account's). */
    static QJsonObject
    body(qint64 productId, double quantity, double unitPrice, double discount, double total, qint64 currencyId);
};

/** A Ploomes order (Venda) as /Orders answers it, typed (ref §2.3). */
struct Order
{
    inline static const QString Path = QStringLiteral("Orders");
    /** What the order step reads with each order: its lines and its custom fields. */
    inline static const QString Expand = QStringLiteral("Products,OtherProperties");
    /** The expand of a read that only needs the custom fields (the "Id (Omie)" field). */
    inline static const QString ExpandFields = QStringLiteral("OtherProperties");
    /** The $orderby of an incremental read: oldest change first, ties by id, so that a cursor never skips one. */
    inline static const QString ByLastUpdate = QStringLiteral("LastUpdateDate,Id");

    qint64 id = 0;
    /** OrderNumber: a string in the typings, a number in a production read (🟡 S6); kept as digits either way. */
    QString number;
    qint64 contactId = 0;
    qint64 ownerId = 0;
    qint64 stageId = 0;
    qint64 dealId = 0;
    qint64 currencyId = 0;
    double amount = 0;
    double discount = 0;
    /** Date; with an offset, or without one (then Brasília time), or none. */
    QDateTime date;
    /** Whether Products came with the order (it is only there when expanded); lines is empty otherwise. */
    bool hasLines = false;
    QList<OrderLine> lines;
    QDateTime lastUpdate;
    QDateTime created;
    Entity raw; ///< the JSON as read: user-mapped properties and OtherProperties

    static Order fromJson(const QJsonObject &json);
    const QJsonObject &json() const { return raw.json(); }
    QString otherString(const QString &fieldKey) const { return raw.otherString(fieldKey); }
    /** The order's calendar day as Ploomes shows it (the date in the offset it was given in); null without one. */
    QDate day() const { return date.isValid() ? date.date() : QDate(); }
    /** OrderNumber, else the id: how a user finds the order in Ploomes. */
    QString label() const { return number.isEmpty() ? QString::number(id) : number; }

    // Builders of a POST/PATCH /Orders body on top of what the mapping produced.
    static void setContact(QJsonObject &body, qint64 contactId);
    static void setOwner(QJsonObject &body, qint64 ownerId);
    /** Date as midnight of @p day in Brasília, with its offset (as the reference's examples send it). */
    static void setDate(QJsonObject &body, const QDate &day);
    /**
     * The lines (built by OrderLine::body), the order's Amount rounded to cents and, unless @p currencyId is 0,
     * its CurrencyId.
     */
    static void setLines(QJsonObject &body, const QJsonArray &lines, double amount, qint64 currencyId);
    /**
     * The PATCH that replaces a create when the order turns out to exist already: it never resends the lines
     * (a PATCH with Products may replace them all, ref §2.3 🟡) nor the contact.
     */
    static QJsonObject patchOf(QJsonObject createBody);
    /** $filter for the orders with one of @p ids. */
    static QString withIds(const QList<qint64> &ids);
    /** $filter for the orders changed after @p since. */
    static QString changedAfter(const QDateTime &since);
};

/** A look-up of one record by id that reads nothing but its Id (a deletion is confirmed by its absence). */
struct IdOnly
{
    static QString filter(qint64 id);
    static QStringList select();
};

/** A Ploomes user (/Users); Suspended, not Active, marks an inactive one (ref §2.6 🟡). */
struct User
{
    qint64 id = 0;
    QString name;
    QString email;
    bool suspended = false;
    QDateTime lastUpdate;

    static User fromJson(const QJsonObject &json);
};

/** A row of /Cities. IBGECode is typed number (ref §2.1 ✅ S3); a string is read the same. */
struct City
{
    inline static const QString Path = QStringLiteral("Cities");

    qint64 id = 0;
    QString name;
    QString ibgeCode; ///< digits, empty when the row has none
    qint64 stateId = 0;
    qint64 countryId = 0;

    static City fromJson(const QJsonObject &json);
    /** $filter for the cities with one of @p ids. */
    static QString withIds(const QList<qint64> &ids);
};

/** A row of /Cities@Countries@States; Short is the UF. */
struct State
{
    qint64 id = 0;
    QString name;
    QString uf; ///< Short, upper case
    qint64 countryId = 0;

    static State fromJson(const QJsonObject &json);
};

/** A row of /Tags ("Marcadores"). */
struct Tag
{
    inline static const QString Path = QStringLiteral("Tags");

    qint64 id = 0;
    QString name;
    std::optional<qint64> entityId; ///< none when the row does not say

    static Tag fromJson(const QJsonObject &json);
    /** The POST /Tags body; every published example sends Color (§7.6), so it always goes. */
    static QJsonObject createBody(const QString &name, qint64 entityId, const QString &color);
};

/** A row of /Products@Families. */
struct ProductFamily
{
    inline static const QString Path = QStringLiteral("Products@Families");

    qint64 id = 0;
    QString name;

    static ProductFamily fromJson(const QJsonObject &json);
    static QJsonObject createBody(const QString &name);
};

/** A row of /Products@Groups. */
struct ProductGroup
{
    inline static const QString Path = QStringLiteral("Products@Groups");

    qint64 id = 0;
    QString name;
    qint64 familyId = 0;

    static ProductGroup fromJson(const QJsonObject &json);
    static QJsonObject createBody(const QString &name, qint64 familyId);
};

} // namespace Ponte::Ploomes
