#include "runvalues.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

// Every value but Unknown, so that fromName() finds a name by asking toName().
template <typename T> T byName(const QString &name)
{
    for (int i = 0; i < int(T::Unknown); ++i) {
        if (toName(T(i)) == name)
            return T(i);
    }
    return T::Unknown;
}

} // namespace

QString toName(RunStatus value)
{
    switch (value) {
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Succeeded:
        return u"succeeded"_s;
    case RunStatus::Partial:
        return u"partial"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    case RunStatus::Interrupted:
        return u"interrupted"_s;
    case RunStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString toName(RunTrigger value)
{
    switch (value) {
    case RunTrigger::Manual:
        return u"manual"_s;
    case RunTrigger::Schedule:
        return u"schedule"_s;
    case RunTrigger::Webhook:
        return u"webhook"_s;
    case RunTrigger::Poll:
        return u"poll"_s;
    case RunTrigger::Cli:
        return u"cli"_s;
    case RunTrigger::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString toName(ItemAction value)
{
    switch (value) {
    case ItemAction::None:
        return u"none"_s;
    case ItemAction::Create:
        return u"create"_s;
    case ItemAction::Update:
        return u"update"_s;
    case ItemAction::Link:
        return u"link"_s;
    case ItemAction::Match:
        return u"match"_s;
    case ItemAction::Refuse:
        return u"refuse"_s;
    case ItemAction::WouldRefuse:
        return u"would-refuse"_s;
    case ItemAction::Setup:
        return u"setup"_s;
    case ItemAction::Sync:
        return u"sync"_s;
    case ItemAction::Conflict:
        return u"conflict"_s;
    case ItemAction::WouldCreateField:
        return u"would-create-field"_s;
    case ItemAction::WouldCreateFamily:
        return u"would-create-family"_s;
    case ItemAction::Unlink:
        return u"unlink"_s;
    case ItemAction::Recreate:
        return u"recreate"_s;
    case ItemAction::Mirror:
        return u"mirror"_s;
    case ItemAction::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString toName(ItemOutcome value)
{
    switch (value) {
    case ItemOutcome::Ok:
        return u"ok"_s;
    case ItemOutcome::Unchanged:
        return u"unchanged"_s;
    case ItemOutcome::Skipped:
        return u"skipped"_s;
    case ItemOutcome::Failed:
        return u"failed"_s;
    case ItemOutcome::Conflict:
        return u"conflict"_s;
    case ItemOutcome::WouldCreate:
        return u"would-create"_s;
    case ItemOutcome::WouldUpdate:
        return u"would-update"_s;
    case ItemOutcome::WouldLink:
        return u"would-link"_s;
    case ItemOutcome::WouldUnlink:
        return u"would-unlink"_s;
    case ItemOutcome::WouldRecreate:
        return u"would-recreate"_s;
    case ItemOutcome::WouldMirror:
        return u"would-mirror"_s;
    case ItemOutcome::Unknown:
        break;
    }
    return u"unknown"_s;
}

template <> RunStatus fromName<RunStatus>(const QString &name)
{
    return byName<RunStatus>(name);
}

template <> RunTrigger fromName<RunTrigger>(const QString &name)
{
    return byName<RunTrigger>(name);
}

template <> ItemAction fromName<ItemAction>(const QString &name)
{
    return byName<ItemAction>(name);
}

template <> ItemOutcome fromName<ItemOutcome>(const QString &name)
{
    return byName<ItemOutcome>(name);
}

ItemOutcome previewOutcome(ItemAction action)
{
    switch (action) {
    case ItemAction::Create:
        return ItemOutcome::WouldCreate;
    case ItemAction::Update:
        return ItemOutcome::WouldUpdate;
    case ItemAction::Link:
        return ItemOutcome::WouldLink;
    case ItemAction::Unlink:
        return ItemOutcome::WouldUnlink;
    case ItemAction::Recreate:
        return ItemOutcome::WouldRecreate;
    case ItemAction::Mirror:
        return ItemOutcome::WouldMirror;
    default:
        return ItemOutcome::Unknown;
    }
}

} // namespace Ponte
