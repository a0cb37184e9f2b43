#include "sync/ploomespreflight.h"

#include "ploomes/ploomesclient.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

const QString kOmieIdFieldName = u"Id (Omie)"_s;
const QStringList kLookupPaths = {u"Fields@Entities"_s, u"Fields@Types"_s,      u"PhoneTypes"_s,   u"Contacts@Status"_s,
                                  u"Currencies"_s,      u"Products@Families"_s, u"Orders@Stages"_s};

QJsonObject choiceJson(const Ploomes::Choice &c)
{
    QJsonObject o{{u"found"_s, c.found()}, {u"reason"_s, c.reason}};
    if (c.found()) {
        o.insert(u"id"_s, c.id);
        o.insert(u"name"_s, c.name);
    }
    return o;
}

template <typename T, typename F> QJsonObject mapJson(const QHash<QString, T> &h, F f)
{
    QJsonObject o;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        o.insert(it.key(), f(*it));
    return o;
}

struct State
{
    Ploomes::Client *client;
    std::function<void(const PloomesPreflightReport &)> done;
    PloomesPreflight::Reads reads;
    QString accountError;
    QString accountName;
    QStringList readErrors;
    int pending = 0;
};

} // namespace

QJsonObject PloomesPreflightReport::toJson() const
{
    QJsonObject o;
    QJsonObject account{{u"ok"_s, accountError.isEmpty()}};
    if (!accountError.isEmpty())
        account.insert(u"error"_s, accountError);
    if (!accountName.isEmpty())
        account.insert(u"name"_s, accountName);
    o.insert(u"account"_s, account);
    o.insert(u"entities"_s, mapJson(entities, choiceJson));
    o.insert(u"text_field_type"_s, choiceJson(textFieldType));
    o.insert(u"phone_types"_s, mapJson(phoneTypes, choiceJson));
    o.insert(u"contact_statuses"_s, mapJson(statuses, choiceJson));
    o.insert(u"currency"_s, choiceJson(currency));
    o.insert(u"omie_id_fields"_s, mapJson(omieIdFields, [](const OmieIdField &f) {
                 QJsonObject j{{u"entity_id"_s, f.entityId}, {u"found"_s, f.found}, {u"action"_s, f.action}};
                 if (f.found) {
                     j.insert(u"key"_s, f.key);
                     j.insert(u"field_id"_s, f.fieldId);
                     j.insert(u"type"_s, f.typeName);
                 }
                 return j;
             }));
    o.insert(u"product_families"_s, mapJson(families, [](const Family &f) {
                 QJsonObject j{{u"action"_s, f.action}};
                 if (f.id)
                     j.insert(u"id"_s, f.id);
                 return j;
             }));
    QJsonArray stages;
    for (const Named &s : orderStages)
        stages.append(QJsonObject{{u"id"_s, s.id}, {u"name"_s, s.name}});
    o.insert(u"order_stages"_s, stages);
    o.insert(u"limits"_s, QJsonObject{{u"requests_per_second"_s, requestsPerSecond},
                                      {u"configured_requests_per_second"_s, configuredRequestsPerSecond},
                                      {u"page_size"_s, pageSize},
                                      {u"max_in_flight"_s, maxInFlight}});
    o.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    o.insert(u"ok"_s, ok());
    return o;
}

PloomesPreflightReport PloomesPreflight::evaluate(const Reads &reads)
{
    using Ploomes::Lookups;
    PloomesPreflightReport r;
    const QList<QJsonObject> entities = reads.value(u"Fields@Entities"_s);
    const QList<std::pair<QString, Ploomes::EntityKind>> kinds = {{u"contact"_s, Ploomes::EntityKind::Contact},
                                                                  {u"product"_s, Ploomes::EntityKind::Product},
                                                                  {u"order"_s, Ploomes::EntityKind::Order}};
    for (const auto &[name, kind] : kinds) {
        const Ploomes::Choice c = Lookups::entity(kind, entities);
        r.entities.insert(name, c);
        if (!c.found())
            r.problems.append(c.reason);
    }
    r.textFieldType = Lookups::textFieldType(reads.value(u"Fields@Types"_s));
    const QList<QJsonObject> phones = reads.value(u"PhoneTypes"_s);
    r.phoneTypes.insert(u"work"_s, Lookups::phoneType(Ploomes::PhoneKind::Work, phones));
    r.phoneTypes.insert(u"mobile"_s, Lookups::phoneType(Ploomes::PhoneKind::Mobile, phones));
    r.phoneTypes.insert(u"fax"_s, Lookups::phoneType(Ploomes::PhoneKind::Fax, phones));
    const QList<QJsonObject> statuses = reads.value(u"Contacts@Status"_s);
    r.statuses.insert(u"active"_s, Lookups::contactStatus(true, statuses));
    r.statuses.insert(u"inactive"_s, Lookups::contactStatus(false, statuses));
    for (const Ploomes::Choice &c : {r.statuses.value(u"active"_s), r.statuses.value(u"inactive"_s)}) {
        if (!c.found())
            r.problems.append(c.reason); // Omie's "inativo" could not be carried over
    }
    r.currency = Lookups::currency(reads.value(u"Currencies"_s));
    QHash<qint64, QString> typeNames;
    for (const QJsonObject &t : reads.value(u"Fields@Types"_s))
        typeNames.insert(t.value(u"Id"_s).toInteger(), t.value(u"Name"_s).toString());
    bool anyToCreate = false;
    for (const auto &[name, kind] : kinds) {
        PloomesPreflightReport::OmieIdField f;
        f.entityId = r.entities.value(name).id;
        for (const QJsonObject &field : reads.value(u"Fields/%1"_s.arg(f.entityId))) {
            if (f.entityId && Lookups::sameName(field.value(u"Name"_s).toString(), kOmieIdFieldName)
                && field.value(u"PropertyName"_s).toString().isEmpty()) {
                f.found = true;
                f.key = field.value(u"Key"_s).toString();
                f.fieldId = field.value(u"Id"_s).toInteger();
                f.typeName = typeNames.value(field.value(u"TypeId"_s).toInteger());
                break;
            }
        }
        f.action = f.found ? u"use"_s : u"create"_s;
        anyToCreate = anyToCreate || !f.found;
        r.omieIdFields.insert(name, f);
    }
    if (anyToCreate && !r.textFieldType.found())
        r.problems.append(tr("The \"Id (Omie)\" fields cannot be created: %1.").arg(r.textFieldType.reason));
    for (const QString &family : {u"Produtos"_s, u"Serviços"_s}) {
        PloomesPreflightReport::Family f;
        for (const QJsonObject &row : reads.value(u"Products@Families"_s)) {
            if (Lookups::sameName(row.value(u"Name"_s).toString(), family))
                f.id = row.value(u"Id"_s).toInteger();
        }
        f.action = f.id ? u"use"_s : u"create"_s;
        r.families.insert(family, f);
    }
    for (const QJsonObject &s : reads.value(u"Orders@Stages"_s))
        r.orderStages.append({s.value(u"Id"_s).toInteger(), s.value(u"Name"_s).toString()});
    return r;
}

void PloomesPreflight::run(Ploomes::Client *client, std::function<void(const PloomesPreflightReport &)> done)
{
    auto state = std::make_shared<State>();
    state->client = client;
    state->done = std::move(done);
    auto finish = [state] {
        PloomesPreflightReport r = evaluate(state->reads);
        r.accountError = state->accountError;
        r.accountName = state->accountName;
        r.problems = state->readErrors + r.problems;
        r.requestsPerSecond = state->client->currentRequestsPerSecond();
        r.configuredRequestsPerSecond = state->client->config().requestsPerSecond;
        r.pageSize = state->client->config().pageSize;
        r.maxInFlight = state->client->config().maxInFlight;
        state->done(r);
    };
    auto readFields = [state, finish] {
        const PloomesPreflightReport partial = evaluate(state->reads);
        QList<qint64> ids;
        for (const Ploomes::Choice &c : partial.entities) {
            if (c.found() && !ids.contains(c.id))
                ids.append(c.id);
        }
        state->pending = int(ids.size());
        if (ids.isEmpty()) {
            finish();
            return;
        }
        for (const qint64 id : std::as_const(ids)) {
            state->client->fields(id, [state, finish, id](const QList<QJsonObject> &items, const ApiError &e) {
                if (e.isError())
                    state->readErrors.append(
                        tr("Reading the Ploomes fields of entity %1: %2").arg(id).arg(e.userMessage()));
                state->reads.insert(u"Fields/%1"_s.arg(id), items);
                if (--state->pending == 0)
                    finish();
            });
        }
    };
    client->get(u"Account"_s, Ploomes::Query().top(1).select({u"Id"_s, u"Name"_s}),
                [state, readFields, finish](const QList<QJsonObject> &items, const ApiError &e) {
                    if (e.isError()) {
                        state->accountError = e.userMessage();
                        finish(); // nothing else can be read with this key
                        return;
                    }
                    if (!items.isEmpty())
                        state->accountName = items.first().value(u"Name"_s).toString();
                    state->pending = int(kLookupPaths.size());
                    for (const QString &path : kLookupPaths) {
                        state->client->getAll(
                            path, {}, [state, readFields, path](const QList<QJsonObject> &rows, const ApiError &err) {
                                if (err.isError())
                                    state->readErrors.append(
                                        tr("Reading %1 from Ploomes: %2").arg(path, err.userMessage()));
                                state->reads.insert(path, rows);
                                if (--state->pending == 0)
                                    readFields();
                            });
                    }
                });
}

} // namespace Ponte
