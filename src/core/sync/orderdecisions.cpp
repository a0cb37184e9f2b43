#include "sync/orderdecisions.h"

#include "sync/syncrun.h"
#include "textutil.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte {

OrderDecisions::Routing OrderDecisions::route(const LineFamilies &lines, bool serviceStep)
{
    if (lines.products > 0 && lines.services > 0)
        return serviceStep ? Routing::Ignore : Routing::RefuseMixed; // reported once, from the sales-order step
    const int known = lines.products + lines.services;
    if (known == 0) {
        if (serviceStep)
            return Routing::Ignore;
        return lines.unknown == 0 ? Routing::RefuseNoProducts : Routing::Carry;
    }
    const bool isService = lines.services > 0;
    return isService == serviceStep ? Routing::Carry : Routing::OtherStep;
}

OrderDecisions::PloomesPairing OrderDecisions::pairPloomesOrder(bool unlinkedSurvivor, bool coupled)
{
    if (unlinkedSurvivor)
        return PloomesPairing::SkipSurvivor;
    return coupled ? PloomesPairing::AlreadyInOmie : PloomesPairing::New;
}

bool OrderDecisions::eligibleForOmie(const QDateTime &created,
                                     const QDate &orderDate,
                                     const QDateTime &activation,
                                     const std::optional<QDate> &backfill)
{
    const QDate date = orderDate.isValid() ? orderDate : created.date();
    return (created.isValid() && created >= activation) || (backfill && date >= *backfill);
}

bool OrderDecisions::genericName(const QString &name)
{
    static const QStringList generic = {u"cliente"_s, u"clientes"_s,   u"teste"_s,
                                        u"testes"_s,  u"fornecedor"_s, u"fornecedores"_s};
    const QStringList words = Text::fold(name).split(u' ', Qt::SkipEmptyParts);
    return words.isEmpty() || (words.size() == 1 && generic.contains(words.first()));
}

double OrderDecisions::lineAmount(double quantity, double unitPrice, double discount)
{
    return quantity * unitPrice * (1 - discount / 100);
}

double OrderDecisions::lineTotal(double quantity, double unitPrice, double discount)
{
    return std::round(lineAmount(quantity, unitPrice, discount) * 100) / 100;
}

QStringList OrderDecisions::preflight(const PloomesOrderFacts &order)
{
    QStringList problems;
    if (!order.contactId)
        problems.append(tr("the order has no client"));
    else if (!order.omieClient)
        problems.append(tr("the client is not in Omie yet (it is synchronised first; retried later)"));
    if (order.contact) {
        const ContactFacts &ct = *order.contact;
        if (!ct.hasCityAndState)
            problems.append(tr("the client has no city or state"));
        if (ct.streetNumber.trimmed().isEmpty())
            problems.append(tr("the client's address has no number"));
        if (Text::digits(ct.document).isEmpty())
            problems.append(tr("the client has no CNPJ/CPF"));
        if (genericName(ct.name))
            problems.append(tr("the client's name \"%1\" is generic").arg(ct.name));
    }
    double amount = 0;
    for (const PloomesLine &line : order.lines) {
        if (!line.omieProduct)
            problems.append(tr("the product \"%1\" has no \"Id (Omie)\"").arg(line.name));
        if (line.quantity <= 0)
            problems.append(tr("the quantity of \"%1\" is not positive").arg(line.name));
        if (line.unitPrice <= 0)
            problems.append(tr("the unit price of \"%1\" is not positive").arg(line.name));
        amount += lineAmount(line.quantity, line.unitPrice, line.discount);
    }
    if (order.lines.isEmpty())
        problems.append(tr("the order has no products"));
    else if (amount <= 0)
        problems.append(tr("the order total is not positive"));
    if (order.ownerId && !order.ownerHasSeller)
        problems.append(tr("the responsible user has no Omie seller with the same e-mail"));
    if (!order.defaultsProblem.isEmpty())
        problems.append(order.defaultsProblem);
    return problems;
}

QString OrderDecisions::integrationCode(qint64 ploomesId)
{
    return u"PL"_s + QString::number(ploomesId);
}

QString OrderDecisions::lineIntegrationCode(qint64 ploomesId, int seq)
{
    return u"PL%1-%2"_s.arg(ploomesId).arg(seq);
}

qint64 OrderDecisions::ploomesIdFromCode(const QString &code)
{
    if (!code.startsWith(u"PL"_s))
        return 0;
    return code.mid(2).toLongLong();
}

OrderDecisions::OmiePairingResult OrderDecisions::pairOmieOrder(const OmieOrderFacts &order)
{
    if (order.settledNow)
        return {OmiePairing::SkipSettled, 0};
    if (order.unlinkedSurvivor)
        return {OmiePairing::SkipSurvivor, 0};
    if (order.coupled)
        return {OmiePairing::Coupled, 0};
    // Its "PL" code names the Ploomes order that was deleted; one already holding its id is the one recreated
    // by an earlier, interrupted attempt.
    if (order.recreate)
        return order.ploomesHoldingOmieId ? OmiePairingResult{OmiePairing::LinkExisting, order.ploomesHoldingOmieId}
                                          : OmiePairingResult{OmiePairing::Recreate, 0};
    // The local database was lost or rebuilt. The order its "PL" code names stands for it, unless another
    // order holds its id and that one does not: the named one was deleted and this one recreated for it.
    const qint64 fromCode = ploomesIdFromCode(order.integrationCode);
    if (fromCode && (!order.ploomesHoldingOmieId || order.codeOrderHoldsOmieId))
        return {OmiePairing::RelinkByCode, fromCode};
    if (order.ploomesHoldingOmieId)
        return {OmiePairing::LinkExisting, order.ploomesHoldingOmieId};
    if (!order.backfill)
        return {OmiePairing::NotFollowed, 0};
    const QDate date = order.previsao.isValid() ? order.previsao : order.altered;
    return {date < *order.backfill ? OmiePairing::NotFollowed : OmiePairing::BackfillCreate, 0};
}

OrderDecisions::OmieAction OrderDecisions::decideOmieOrder(bool coupled, bool sameHash, bool ploomesExists)
{
    if (!coupled)
        return OmieAction::Create;
    if (sameHash)
        return OmieAction::Unchanged;
    return ploomesExists ? OmieAction::Update : OmieAction::RefuseGone;
}

OrderDecisions::BackfillCheck OrderDecisions::backfillPreflight(qint64 contact, const QList<OmieLine> &lines)
{
    BackfillCheck check;
    bool missingLink = !contact;
    if (!contact)
        check.problems.append(tr("its client is not linked to a Ploomes contact yet"));
    bool anyLine = false;
    for (const OmieLine &line : lines) {
        if (!line.ploomesProduct) {
            missingLink = true;
            check.problems.append(tr("item %1 is not linked to a Ploomes product").arg(line.omieProduct));
        } else {
            anyLine = true;
        }
    }
    if (!anyLine && check.problems.isEmpty())
        check.problems.append(tr("it has no items"));
    check.errorClass = missingLink ? dependencyErrorClass() : u"preflight"_s;
    return check;
}

OrderDecisions::DefaultsProblems OrderDecisions::defaultsProblems(const OmieOrderDefaults &d)
{
    DefaultsProblems out;
    QStringList shared;
    for (const DefaultChoice *c : {&d.contaCorrente, &d.categoria, &d.parcela}) {
        if (!c->problem.isEmpty())
            shared.append(c->problem);
        else if (c->fromList)
            out.notes.append(c->reason);
    }
    QStringList sales = shared;
    QStringList service = shared;
    if (!d.etapaPedido.problem.isEmpty())
        sales.append(d.etapaPedido.problem);
    if (!d.etapaOs.problem.isEmpty())
        service.append(d.etapaOs.problem);
    out.salesOrders = sales.join(u' ');
    out.serviceOrders = service.join(u' ');
    return out;
}

} // namespace Ponte
