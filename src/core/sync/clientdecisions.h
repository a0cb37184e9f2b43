#pragma once

// Pure decisions of the client step (Omie clientes ↔ Ploomes contacts), over plain data: no network, no database.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponte::ClientDecisions {

/** Omie keeps suppliers and carriers in the same register: a record is a client when untagged or tagged "Cliente". */
bool isClient(const QStringList &tags);

/** What pairing needs of an Omie client. */
struct OmieKey
{
    qint64 omieId = 0;
    QString integrationCode; ///< "PL<contact id>" when Ponte created it from Ploomes
    QString document;        ///< CNPJ/CPF, digits only
};

/** What pairing needs of a Ploomes contact. */
struct PloomesKey
{
    qint64 ploomesId = 0;
    qint64 storedOmieId = 0; ///< its "Id (Omie)" (0 when empty or when the field is unknown)
    QString document;        ///< CNPJ (or CPF when there is no CNPJ), digits only
};

/** A stored coupling. */
struct CouplingKey
{
    std::optional<qint64> omieId;
    std::optional<qint64> ploomesId;
};

/** One unit of work: an Omie client, a Ploomes contact, or both. */
struct Pair
{
    int omie = -1;     ///< index in the Omie list
    int ploomes = -1;  ///< index in the Ploomes list
    int coupling = -1; ///< index in the couplings
    bool link = false; ///< paired now (not by a coupling): the pair is linked
    /** The contact names an Omie client that was not read (linked by an earlier installation): fetch it, link it. */
    qint64 fetchOmieId = 0;
};

/**
 * Pairs the records read: couplings first, then each side's stored id of the other ("Id (Omie)" on the contact,
 * "PL<id>" as the Omie integration code), then CNPJ/CPF. A record is paired at most once and never with one that
 * already has a coupling. The first omie.size() pairs are the Omie clients, in order; the contacts left follow.
 */
QList<Pair>
pairClients(const QList<OmieKey> &omie, const QList<PloomesKey> &ploomes, const QList<CouplingKey> &couplings);

/** The administrator's conflict policy (setting ConflictPolicy). */
enum class ConflictPolicy { OmieWins, PloomesWins, NewestWins };
ConflictPolicy conflictPolicyFrom(const QString &setting);

/** What change detection needs of a pair: the hashes of each side's mapping and what the last sync stored. */
struct ChangeInput
{
    bool towardsPloomes = false; ///< the run carries Omie → Ploomes
    bool towardsOmie = false;    ///< the run carries Ploomes → Omie
    bool hasOmie = false;
    bool hasPloomes = false;
    bool coupled = false;
    bool link = false;
    QString omieMapped;    ///< hash of the Omie record mapped to Ploomes
    QString ploomesMapped; ///< hash of the Ploomes record mapped to Omie
    QString storedPloomes; ///< coupled: the Ploomes-side hash of the last sync
    QString storedOmie;    ///< coupled: the Omie-side hash of the last sync
    QString ploomesAsIs;   ///< linked now: the Ploomes record's own hash
    QString omieAsIs;      ///< linked now: the Omie record's own hash
    ConflictPolicy policy = ConflictPolicy::NewestWins;
    QDateTime omieAltered;
    QDateTime ploomesAltered;
};

/** Which side is written, and whether that is a conflict to report. */
struct Change
{
    enum class Write { None, Ploomes, Omie };
    Write write = Write::None;
    /** Both sides changed since the last sync (coupled pairs only): the policy kept the one written from. */
    bool conflict = false;
    bool omieWon = false;
};
Change detectChange(const ChangeInput &in);

/** Why a record is refused before any write (each with its own message in the history). */
enum class Refusal { None, NoName, NoDocument, InvalidDocument };

/** Ploomes needs a name: the mapped Name, else the legal name. */
Refusal refusalTowardsPloomes(const QString &name);
/** Omie needs a valid CNPJ/CPF and a razão social to create a client; an update is identified by its id alone. */
Refusal refusalTowardsOmie(bool create, const QString &document, const QString &razaoSocial);

/**
 * Whether Ponte must (re)write the contact's "Id (Omie)" after the pair's writes: it differs from the Omie id and
 * no Ploomes update carries it already.
 */
bool needsOmieIdOnContact(bool dryRun, bool hasContact, qint64 omieId, bool updatesContact, qint64 storedOmieId);

/**
 * The Omie e-mail to write when Ploomes' one address is @p fromPloomes and Omie holds @p omieNow (possibly several
 * addresses): Ploomes' address replaces the first only, the others stay.
 */
QString emailForOmie(const QString &omieNow, const QString &fromPloomes);

} // namespace Ponte::ClientDecisions
