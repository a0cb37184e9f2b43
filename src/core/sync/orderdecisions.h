#pragma once

#include "sync/omiechoices.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponte {

/**
 * The order step's rules (sales orders and service orders, both directions) as pure functions over plain
 * data: no network, no database, no JSON keys. OrderStep reads the records, turns them into these structs,
 * asks for a decision and applies it. The messages are those of the engine (translation context SyncRun).
 */
class OrderDecisions
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::SyncRun)

public:
    // ---- Ploomes → Omie --------------------------------------------------------------------------

    /** How many lines of a Ploomes order are products, services, or products not linked to Omie. */
    struct LineFamilies
    {
        int products = 0;
        int services = 0;
        int unknown = 0;
    };
    /** Which order step carries a new Ploomes order. */
    enum class Routing {
        Carry,           ///< this step sends it to Omie (after the pre-flight)
        OtherStep,       ///< the other order step carries it
        Ignore,          ///< not this step's, and reported (if at all) by the sales-order step
        RefuseMixed,     ///< products and services together: Omie needs two orders
        RefuseNoProducts ///< no line at all
    };
    /**
     * Lines all from "Serviços" make a service order, all from "Produtos" a sales order. Orders whose lines
     * are all unlinked go to the sales-order step, whose pre-flight names each product.
     */
    static Routing route(const LineFamilies &lines, bool serviceStep);

    /** What pairing a Ploomes order found before it is considered for Omie. */
    enum class PloomesPairing { SkipSurvivor, AlreadyInOmie, New };
    /**
     * @p unlinkedSurvivor: its Omie twin was deleted and the policy left it unlinked; @p coupled: either order
     * step already paired it (its updates flow from Omie's status).
     */
    static PloomesPairing pairPloomesOrder(bool unlinkedSurvivor, bool coupled);

    /** Only orders created after activation, or dated within the backfill window, go to Omie. */
    static bool eligibleForOmie(const QDateTime &created,
                                const QDate &orderDate,
                                const QDateTime &activation,
                                const std::optional<QDate> &backfill);

    /** A line of a Ploomes order, with the Omie product or service it is linked to (0: none). */
    struct PloomesLine
    {
        QString name; ///< the product name, or its Ploomes id when it has none
        qint64 omieProduct = 0;
        double quantity = 0;
        double unitPrice = 0;
        double discount = 0; ///< per cent
    };
    /** The client of a Ploomes order as its Ploomes contact has it. */
    struct ContactFacts
    {
        bool hasCityAndState = false;
        QString streetNumber;
        QString document; ///< CNPJ and CPF as typed
        QString name;
    };
    /** What the pre-flight of a Ploomes order looks at. */
    struct PloomesOrderFacts
    {
        qint64 contactId = 0;
        qint64 omieClient = 0;               ///< the contact's Omie twin (0: not linked)
        std::optional<ContactFacts> contact; ///< empty when the contact could not be read
        QList<PloomesLine> lines;
        qint64 ownerId = 0;
        bool ownerHasSeller = false; ///< the responsible user has an Omie seller with the same e-mail
        QString defaultsProblem;     ///< why the Omie defaults (conta, categoria, parcela, etapa) cannot be used
    };
    /**
     * Everything Omie would refuse, found before sending (DESIGN.md §2 pre-flight): each problem, in the order
     * the user reads them; empty when the order may be sent. A refused order is quarantined as "preflight".
     */
    static QStringList preflight(const PloomesOrderFacts &order);
    /** What the cloud integration's checklist calls a generic client name ("Cliente", "Teste", …). */
    static bool genericName(const QString &name);
    /** Net amount of a line: quantity × price less the discount. */
    static double lineAmount(double quantity, double unitPrice, double discount);
    /** The same, rounded to centavos, as Ploomes stores line totals. */
    static double lineTotal(double quantity, double unitPrice, double discount);

    /** The integration code of the Omie order Ponte creates from Ploomes order @p ploomesId: "PL<id>". */
    static QString integrationCode(qint64 ploomesId);
    /** The integration code of line @p seq (from 1) of that order: "PL<id>-<seq>". */
    static QString lineIntegrationCode(qint64 ploomesId, int seq);
    /** The Ploomes order an Omie integration code names ("PL<id>"), 0 when it is not one of Ponte's. */
    static qint64 ploomesIdFromCode(const QString &code);

    // ---- Omie → Ploomes --------------------------------------------------------------------------

    /** What Ponte knows of an Omie order when it pairs it. */
    struct OmieOrderFacts
    {
        bool settledNow = false;       ///< its pair was reported deleted by this run
        bool unlinkedSurvivor = false; ///< its Ploomes twin was deleted and the policy left it unlinked
        bool recreate = false;         ///< its Ploomes twin was deleted and the policy "recreate" brings it back
        bool coupled = false;
        QString integrationCode;
        qint64 ploomesHoldingOmieId = 0;   ///< a Ploomes order whose "Id (Omie)" is this order's id (0: none)
        bool codeOrderHoldsOmieId = false; ///< the Ploomes order its "PL" code names holds its id too
        std::optional<QDate> backfill;
        QDate previsao; ///< data_previsao / dDtPrevisao
        QDate altered;  ///< last change, when it has no previsão
    };
    enum class OmiePairing {
        SkipSettled,    ///< reported with its deletion
        SkipSurvivor,   ///< counted as an unlinked survivor
        Coupled,        ///< already paired
        RelinkByCode,   ///< created by Ponte from Ploomes ("PL<id>"): the pair is restored
        LinkExisting,   ///< a Ploomes order already holds its id (and not the one its code names): linked
        NotFollowed,    ///< neither from Ploomes nor in the backfill window
        BackfillCreate, ///< imported into Ploomes (after the backfill pre-flight)
        Recreate,       ///< imported into Ploomes again (after the same pre-flight): its twin there was deleted
    };
    struct OmiePairingResult
    {
        OmiePairing pairing = OmiePairing::NotFollowed;
        qint64 ploomesId = 0; ///< for RelinkByCode and LinkExisting
    };
    static OmiePairingResult pairOmieOrder(const OmieOrderFacts &order);

    /** What is done with a followed Omie order. */
    enum class OmieAction {
        Unchanged,  ///< Ploomes already shows what Omie has (same hash)
        RefuseGone, ///< the paired Ploomes order no longer exists
        Update,     ///< PATCH the Ploomes order
        Create      ///< backfill: POST a new Ploomes order
    };
    static OmieAction decideOmieOrder(bool coupled, bool sameHash, bool ploomesExists);

    /** An item of an Omie order, with the Ploomes product it is linked to (0: none). */
    struct OmieLine
    {
        qint64 omieProduct = 0;
        qint64 ploomesProduct = 0;
    };
    /** The backfill pre-flight of an Omie order: its problems and the quarantine class of the refusal. */
    struct BackfillCheck
    {
        QStringList problems;
        /** "dependency" when only links are missing (due again once a run links them), else "preflight". */
        QString errorClass;
    };
    static BackfillCheck backfillPreflight(qint64 contact, const QList<OmieLine> &lines);

    // ---- Defaults ------------------------------------------------------------------------------------

    /** Which problems of the Omie defaults keep each kind of order from being sent. */
    struct DefaultsProblems
    {
        QString salesOrders;   ///< conta, categoria, parcela, etapa of operation 11
        QString serviceOrders; ///< conta, categoria, parcela, etapa of operation 01
        QStringList notes;     ///< defaults taken from Omie's only offer, said once in the run
    };
    static DefaultsProblems defaultsProblems(const OmieOrderDefaults &defaults);
};

} // namespace Ponte
