#pragma once

#include <QString>

namespace Ponte {

/*
 * The closed sets the sync history is made of. Their names are what the database columns, the CSV
 * export and `ponte-cli --json` hold (DESIGN.md §5): they never change. A name read back that is not
 * one of them (a newer version's database, a hand edit) gives Unknown, shown as such, never as success.
 */

/** How a run ended, or that it is still going. */
enum class RunStatus { Running, Succeeded, Partial, Failed, Cancelled, Interrupted, Unknown };

/** What started a run. */
enum class RunTrigger { Manual, Schedule, Webhook, Poll, Cli, Unknown };

/** What a run did, or would do, to one record (the history's action column). */
enum class ItemAction {
    None, ///< nothing to do: the record is equal on both sides
    Create,
    Update,
    Link,
    Match,             ///< a seller matched to a Ploomes user by e-mail
    Refuse,            ///< the record cannot be written as it is (quarantined)
    WouldRefuse,       ///< a preview's Refuse
    Setup,             ///< the step could not set up what its records need
    Sync,              ///< not synchronised (the survivor of a pair whose counterpart was deleted)
    Conflict,          ///< both sides changed
    WouldCreateField,  ///< a preview: the Ploomes custom field would be created
    WouldCreateFamily, ///< a preview: the product family would be created
    Unlink,            ///< deletions: what the policy did with the pair
    Recreate,
    Mirror,
    Unknown
};

/** How it ended for one record. */
enum class ItemOutcome {
    Ok,
    Unchanged,
    Skipped,
    Failed,
    Conflict,
    WouldCreate,
    WouldUpdate,
    WouldLink,
    WouldUnlink,
    WouldRecreate,
    WouldMirror,
    Unknown
};

/** The stable machine name ("succeeded", "cli", "would-link", …); "unknown" for Unknown. */
QString toName(RunStatus value);
QString toName(RunTrigger value);
QString toName(ItemAction value);
QString toName(ItemOutcome value);

/** The value of a stable machine name, exactly as toName() spells it; Unknown for any other text. */
template <typename T> T fromName(const QString &name);
template <> RunStatus fromName<RunStatus>(const QString &name);
template <> RunTrigger fromName<RunTrigger>(const QString &name);
template <> ItemAction fromName<ItemAction>(const QString &name);
template <> ItemOutcome fromName<ItemOutcome>(const QString &name);

/** What a preview records for @p action: would-create, would-unlink, …; Unknown when it has no preview form. */
ItemOutcome previewOutcome(ItemAction action);

} // namespace Ponte
