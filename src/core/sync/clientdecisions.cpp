#include "sync/clientdecisions.h"

#include "textutil.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponte::ClientDecisions {

bool isClient(const QStringList &tags)
{
    if (tags.isEmpty())
        return true;
    for (const QString &t : tags) {
        if (Text::fold(t) == u"cliente"_s)
            return true;
    }
    return false;
}

namespace {
qint64 ploomesIdInCode(const QString &integrationCode)
{
    return integrationCode.startsWith(u"PL"_s) ? integrationCode.mid(2).toLongLong() : 0;
}

/** The indexes pairing looks records up by (a later record with the same key wins, as in a listing). */
struct Indexes
{
    QHash<qint64, int> couplingByOmie;
    QHash<qint64, int> couplingByPloomes;
    QHash<qint64, int> ploomesById;
    QHash<qint64, int> ploomesByOmieField;
    QHash<QString, int> ploomesByDocument;
    QHash<qint64, int> omieById;
    QHash<qint64, int> omieByPloomesCode;
    QHash<QString, int> omieByDocument;
};

Indexes indexesOf(const QList<OmieKey> &omie, const QList<PloomesKey> &ploomes, const QList<CouplingKey> &couplings)
{
    Indexes ix;
    for (int i = 0; i < couplings.size(); ++i) {
        if (couplings.at(i).omieId)
            ix.couplingByOmie.insert(*couplings.at(i).omieId, i);
        if (couplings.at(i).ploomesId)
            ix.couplingByPloomes.insert(*couplings.at(i).ploomesId, i);
    }
    for (int i = 0; i < ploomes.size(); ++i) {
        const PloomesKey &p = ploomes.at(i);
        ix.ploomesById.insert(p.ploomesId, i);
        if (p.storedOmieId)
            ix.ploomesByOmieField.insert(p.storedOmieId, i);
        if (!p.document.isEmpty())
            ix.ploomesByDocument.insert(p.document, i);
    }
    for (int i = 0; i < omie.size(); ++i) {
        const OmieKey &o = omie.at(i);
        ix.omieById.insert(o.omieId, i);
        if (const qint64 code = ploomesIdInCode(o.integrationCode))
            ix.omieByPloomesCode.insert(code, i);
        if (!o.document.isEmpty())
            ix.omieByDocument.insert(o.document, i);
    }
    return ix;
}

/** The contact an uncoupled Omie client names, by the first key that finds one; -1 when none. */
int contactFor(const Indexes &ix, const OmieKey &o)
{
    if (ix.ploomesByOmieField.contains(o.omieId))
        return ix.ploomesByOmieField.value(o.omieId);
    if (const qint64 code = ploomesIdInCode(o.integrationCode); ix.ploomesById.contains(code))
        return ix.ploomesById.value(code);
    if (!o.document.isEmpty() && ix.ploomesByDocument.contains(o.document))
        return ix.ploomesByDocument.value(o.document);
    return -1;
}

/** The Omie client an uncoupled contact names, by the first key that finds one; -1 when none. */
int clientFor(const Indexes &ix, const PloomesKey &p)
{
    if (p.storedOmieId && ix.omieById.contains(p.storedOmieId))
        return ix.omieById.value(p.storedOmieId);
    if (ix.omieByPloomesCode.contains(p.ploomesId))
        return ix.omieByPloomesCode.value(p.ploomesId);
    if (!p.document.isEmpty() && ix.omieByDocument.contains(p.document))
        return ix.omieByDocument.value(p.document);
    return -1;
}
} // namespace

QList<Pair>
pairClients(const QList<OmieKey> &omie, const QList<PloomesKey> &ploomes, const QList<CouplingKey> &couplings)
{
    const Indexes ix = indexesOf(omie, ploomes, couplings);
    QList<Pair> pairs;
    QSet<int> pairedPloomes;
    for (int i = 0; i < omie.size(); ++i) {
        Pair w;
        w.omie = i;
        if (ix.couplingByOmie.contains(omie.at(i).omieId)) {
            w.coupling = ix.couplingByOmie.value(omie.at(i).omieId);
            const std::optional<qint64> ploomesId = couplings.at(w.coupling).ploomesId;
            if (ploomesId && ix.ploomesById.contains(*ploomesId)) {
                w.ploomes = ix.ploomesById.value(*ploomesId);
                pairedPloomes.insert(w.ploomes);
            }
        } else if (const int match = contactFor(ix, omie.at(i));
                   match >= 0 && !pairedPloomes.contains(match)
                   && !ix.couplingByPloomes.contains(ploomes.at(match).ploomesId)) {
            w.ploomes = match;
            w.link = true;
            pairedPloomes.insert(match);
        }
        pairs.append(w);
    }
    for (int i = 0; i < ploomes.size(); ++i) {
        if (pairedPloomes.contains(i))
            continue;
        const PloomesKey &p = ploomes.at(i);
        Pair w;
        w.ploomes = i;
        if (ix.couplingByPloomes.contains(p.ploomesId)) {
            w.coupling = ix.couplingByPloomes.value(p.ploomesId);
        } else if (const int match = clientFor(ix, p); match >= 0) {
            // pairs[match] belongs to omie[match]: attach this contact to that client if it is free.
            Pair &ow = pairs[match];
            if (ow.ploomes < 0 && ow.coupling < 0) {
                ow.ploomes = i;
                ow.link = true;
                continue;
            }
        } else if (p.storedOmieId && !ix.couplingByOmie.contains(p.storedOmieId)) {
            w.fetchOmieId = p.storedOmieId;
        }
        pairs.append(w);
    }
    return pairs;
}

ConflictPolicy conflictPolicyFrom(const QString &setting)
{
    if (setting == u"omie-wins"_s)
        return ConflictPolicy::OmieWins;
    if (setting == u"newest-wins"_s)
        return ConflictPolicy::NewestWins;
    return ConflictPolicy::PloomesWins;
}

Change detectChange(const ChangeInput &in)
{
    bool towardsPloomes = false;
    bool towardsOmie = false;
    if (in.coupled) {
        towardsPloomes = in.towardsPloomes && in.hasOmie && in.omieMapped != in.storedPloomes;
        towardsOmie = in.towardsOmie && in.hasPloomes && in.ploomesMapped != in.storedOmie;
    } else if (in.link) {
        towardsPloomes = in.towardsPloomes && in.hasOmie && in.hasPloomes && in.omieMapped != in.ploomesAsIs;
        towardsOmie = in.towardsOmie && in.hasOmie && in.hasPloomes && in.ploomesMapped != in.omieAsIs;
    } else {
        towardsPloomes = in.towardsPloomes && in.hasOmie && !in.hasPloomes;
        towardsOmie = in.towardsOmie && in.hasPloomes && !in.hasOmie;
    }
    Change c;
    if (towardsPloomes && towardsOmie) {
        c.omieWon = in.policy == ConflictPolicy::OmieWins
                    || (in.policy == ConflictPolicy::NewestWins && in.omieAltered >= in.ploomesAltered);
        c.conflict = in.coupled;
        (c.omieWon ? towardsOmie : towardsPloomes) = false;
    }
    c.write = towardsPloomes ? Change::Write::Ploomes : towardsOmie ? Change::Write::Omie : Change::Write::None;
    return c;
}

Refusal refusalTowardsPloomes(const QString &name)
{
    return name.trimmed().isEmpty() ? Refusal::NoName : Refusal::None;
}

Refusal refusalTowardsOmie(bool create, const QString &document, const QString &razaoSocial)
{
    if (!create)
        return Refusal::None;
    const QString digits = Text::digits(document);
    if (digits.isEmpty())
        return Refusal::NoDocument;
    if (!Text::isValidDocument(digits))
        return Refusal::InvalidDocument;
    return razaoSocial.trimmed().isEmpty() ? Refusal::NoName : Refusal::None;
}

bool needsOmieIdOnContact(bool dryRun, bool hasContact, qint64 omieId, bool updatesContact, qint64 storedOmieId)
{
    return !dryRun && hasContact && omieId && !updatesContact && storedOmieId != omieId;
}

QString emailForOmie(const QString &omieNow, const QString &fromPloomes)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QStringList addresses = omieNow.split(separators, Qt::SkipEmptyParts);
    const QString wanted = fromPloomes.trimmed().toLower();
    if (!addresses.isEmpty() && addresses.first().toLower() == wanted)
        return omieNow;
    if (!addresses.isEmpty())
        addresses.removeFirst();
    addresses.removeIf([&wanted](const QString &a) { return a.toLower() == wanted; });
    if (!wanted.isEmpty())
        addresses.prepend(wanted);
    return addresses.join(u", "_s);
}

} // namespace Ponte::ClientDecisions
