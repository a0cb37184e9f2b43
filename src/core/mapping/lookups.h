#pragma once

#include <QHash>
#include <QString>

namespace Ponte {

/**
 * Reference data both sides' ids depend on, read in bulk once per run and handed to the Mapper:
 * Ploomes cities by IBGE code, states by UF, tags by name, users by seller, phone types, contact
 * statuses, Omie etapa names.
 */
struct Lookups
{
    QHash<QString, qint64> cityIdByIbge;
    QHash<qint64, QString> ibgeByCityId;
    QHash<QString, qint64> stateIdByUf;
    QHash<qint64, QString> ufByStateId;
    QHash<QString, qint64> tagIdByName; ///< keyed by folded name
    QHash<qint64, QString> tagNameById;
    QHash<qint64, qint64> userIdBySeller;
    QHash<qint64, qint64> sellerByUserId;
    qint64 phoneTypeWork = 0;
    qint64 phoneTypeMobile = 0;
    qint64 phoneTypeFax = 0;
    qint64 statusActive = 0;
    qint64 statusInactive = 0;
    qint64 countryBrazil = 76;
    QHash<QString, QString> etapaNames; ///< Omie etapa code → description
};

} // namespace Ponte
