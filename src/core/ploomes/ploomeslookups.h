#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ponte::Ploomes {

/** What a look-up chose and why, in the user's words; id 0 when nothing could be chosen safely. */
struct Choice
{
    qint64 id = 0;
    QString name;   ///< the remote row's Name, as Ploomes wrote it
    QString reason; ///< "entity 10 chosen: published id, ApiUrl 'Products' confirms", or why none was
    bool found() const { return id != 0; }
};

/** The Fields@Entities rows Ponte needs. */
enum class EntityKind { Contact, Product, Order };
enum class PhoneKind { Work, Mobile, Fax };

/**
 * Pure identification of Ploomes look-up rows (Fields@Entities, Fields@Types, PhoneTypes,
 * Contacts@Status, Currencies): by published id, ApiUrl or Short, or an exact name compared without
 * accents and case, in Portuguese and English, never by a prefix ("Produto" is not "Produto da
 * Venda"). The sync and the pre-flight both use these, so they always agree.
 */
class Lookups
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::Ploomes::Lookups)

public:
    static Choice entity(EntityKind kind, const QList<QJsonObject> &rows);
    /** The single-line text type ("Texto simples"), NativeType String, for the "Id (Omie)" fields. */
    static Choice textFieldType(const QList<QJsonObject> &rows);
    static Choice phoneType(PhoneKind kind, const QList<QJsonObject> &rows);
    static Choice contactStatus(bool active, const QList<QJsonObject> &rows);
    /** The currency whose Short is @p code (then an exact name such as "Real"). */
    static Choice currency(const QList<QJsonObject> &rows, const QString &code = QStringLiteral("BRL"));

    /** Equal after folding accents, case and surrounding space: "Negócio" == "negocio". */
    static bool sameName(const QString &a, const QString &b);
    static QString entityLabel(EntityKind kind);
};

} // namespace Ponte::Ploomes
