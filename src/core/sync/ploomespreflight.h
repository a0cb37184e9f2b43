#pragma once

#include "ploomes/ploomeslookups.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ponte {

namespace Ploomes {
class Client;
}

/** Everything the Ploomes half of `ponte-cli check` reports: each choice the sync will make, and why. */
struct PloomesPreflightReport
{
    struct OmieIdField
    {
        qint64 entityId = 0;
        bool found = false;
        QString key; ///< FieldKey when found
        qint64 fieldId = 0;
        QString typeName; ///< its Fields@Types name, when found
        QString action;   ///< "use" or "create" (what the first sync will do)
    };
    struct Family
    {
        qint64 id = 0;
        QString action; ///< "use" or "create"
    };
    struct Named
    {
        qint64 id = 0;
        QString name;
    };

    QString accountError; ///< empty when GET /Account answered
    QString accountName;
    QHash<QString, Ploomes::Choice> entities; ///< "contact", "product", "order"
    Ploomes::Choice textFieldType;
    QHash<QString, Ploomes::Choice> phoneTypes; ///< "work", "mobile", "fax"
    QHash<QString, Ploomes::Choice> statuses;   ///< "active", "inactive"
    Ploomes::Choice currency;                   ///< BRL
    QHash<QString, OmieIdField> omieIdFields;   ///< "contact", "product", "order"
    QHash<QString, Family> families;            ///< "Produtos", "Serviços"
    QList<Named> orderStages;
    double requestsPerSecond = 0; ///< the limiter's rate now (learned or configured)
    double configuredRequestsPerSecond = 0;
    int pageSize = 0;
    int maxInFlight = 0;
    QStringList problems; ///< what would stop or degrade a sync, in the user's words

    bool ok() const { return accountError.isEmpty() && problems.isEmpty(); }
    QJsonObject toJson() const;
};

/**
 * Read-only pre-flight of the Ploomes side: reads the account, the look-ups and the custom fields
 * (never POST or PATCH) and chooses with the same Ploomes::Lookups functions the sync uses.
 */
class PloomesPreflight
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::PloomesPreflight)

public:
    using Reads = QHash<QString, QList<QJsonObject>>; ///< path → rows; "Fields/<entityId>" for custom fields

    /** Runs the reads on @p client (which must outlive the call) and reports once. */
    static void run(Ploomes::Client *client, std::function<void(const PloomesPreflightReport &)> done);
    /** The pure part: choices and problems from what was read (Fields/<id> only for the chosen entities). */
    static PloomesPreflightReport evaluate(const Reads &reads);
};

} // namespace Ponte
