#pragma once

#include "entities.h"

#include <QCoreApplication>
#include <QString>

namespace Ponte {

/**
 * What is done with a pair one of whose records is gone (DESIGN.md §2 deletions), as pure functions: the
 * policy the administrator chose ("unlink", "recreate", "mirror") applied to which side lost the record.
 */
class DeletionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::SyncRun)

public:
    struct Gone
    {
        Entity entity = Entity::Client;
        bool fromOmie = false;
        bool fromPloomes = false;
        QString chosen;           ///< the administrator's policy for the entity
        bool canRecreate = false; ///< the entity's flow can create the record again from the side left
        bool canMirror = false;   ///< the entity's flow can delete the record left
    };
    struct Decision
    {
        QString policy;  ///< what is applied: "unlink", "recreate" or "mirror" (also the history action)
        QString chosen;  ///< what was asked ("unlink" when both records are gone)
        QString outcome; ///< "unlinked", "recreated" or "mirrored"
        /** The counters it is reported in: of the direction whose source side lost the record. */
        Direction direction = Direction::OmieToPloomes;
        bool downgraded() const { return policy != chosen; }
    };
    /**
     * Both gone: unlink. A policy the entity cannot apply from that side falls back to unlink; only a client is
     * ever deleted from Omie by Ponte; products and services are reported Omie → Ploomes (their only direction).
     */
    static Decision decide(const Gone &gone);
    /** The history message, noticed at @p when (Brasília time, as shown). */
    static QString message(const Gone &gone, const Decision &decision, const QString &when);
};

} // namespace Ponte
