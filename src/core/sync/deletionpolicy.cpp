#include "sync/deletionpolicy.h"

using namespace Qt::StringLiterals;

namespace Ponte {

DeletionPolicy::Decision DeletionPolicy::decide(const Gone &g)
{
    Decision d;
    const bool both = g.fromOmie && g.fromPloomes;
    const bool oneWay = g.entity == Entity::Product || g.entity == Entity::Service;
    d.direction = g.fromOmie || oneWay ? Direction::OmieToPloomes : Direction::PloomesToOmie;
    d.chosen = both ? u"unlink"_s : g.chosen;
    d.policy = d.chosen;
    // Only a client is ever deleted from Omie by Ponte.
    const bool canMirror = g.canMirror && (g.fromOmie || g.entity == Entity::Client);
    if ((d.policy == u"recreate"_s && !g.canRecreate) || (d.policy == u"mirror"_s && !canMirror)
        || (d.policy != u"recreate"_s && d.policy != u"mirror"_s))
        d.policy = u"unlink"_s;
    d.outcome = d.policy == u"unlink"_s ? u"unlinked"_s : d.policy == u"recreate"_s ? u"recreated"_s : u"mirrored"_s;
    return d;
}

QString DeletionPolicy::message(const Gone &g, const Decision &d, const QString &when)
{
    QString message;
    if (g.fromOmie && g.fromPloomes)
        message = tr("Deleted in both Omie and Ploomes (noticed %1); the link was removed.").arg(when);
    else if (d.policy == u"recreate"_s)
        message = g.fromOmie ? tr("Deleted in Omie (noticed %1); it is created there again from Ploomes.").arg(when)
                             : tr("Deleted in Ploomes (noticed %1); it is created there again from Omie.").arg(when);
    else if (d.policy == u"mirror"_s)
        message =
            g.fromOmie
                ? tr("Deleted in Omie (noticed %1); deleted in Ploomes too, as the deletion policy says.").arg(when)
                : tr("Deleted in Ploomes (noticed %1); deleted in Omie too, as the deletion policy says.").arg(when);
    else
        message =
            g.fromOmie
                ? tr("Deleted in Omie (noticed %1); the link was undone and the Ploomes record is kept.").arg(when)
                : tr("Deleted in Ploomes (noticed %1); the link was undone and the Omie record is kept.").arg(when);
    if (d.downgraded())
        message += u' '
                   + tr("The deletion policy \"%1\" cannot be applied to this record from that side, so the link was "
                        "undone instead.")
                         .arg(d.chosen);
    return message;
}

} // namespace Ponte
