// Reference data and the Ploomes set-up a run needs: entity and field-type ids, the "Id (Omie)"
// custom fields, product families and groups, cities, states, tags, phone types, contact
// statuses, Omie etapas and the order defaults. Everything is read in bulk, once, and cached
// between runs in the settings table (a full run refreshes it).
#include "syncrun.h"

#include "logging.h"
#include "ploomes/ploomeslookups.h"
#include "ploomes/typedrecords.h"
#include "profile.h"
#include "settings.h"
#include "sync/omiechoices.h"
#include "sync/orderdecisions.h"
#include "textutil.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kReferenceCacheKey = u"cache.reference"_s;
const QString kOmieIdFieldName = u"Id (Omie)"_s;

void rememberCity(Lookups &lookups, const Ploomes::City &city)
{
    // A city without an IBGE code is remembered as read, but no Omie cidade_ibge can point to it.
    if (!city.ibgeCode.isEmpty())
        lookups.cityIdByIbge.insert(city.ibgeCode, city.id);
    lookups.ibgeByCityId.insert(city.id, city.ibgeCode);
}

QString ploomesEntityKey(Entity e)
{
    switch (e) {
    case Entity::Client:
        return u"contact"_s;
    case Entity::Product:
    case Entity::Service:
        return u"product"_s;
    default:
        return u"order"_s;
    }
}
} // namespace

bool SyncRun::loadCachedReference()
{
    const std::optional<QString> cached = m_settingsStore.value(kReferenceCacheKey);
    if (!cached)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(cached->toUtf8()).object();
    m_entityIds.contact = o.value(u"entityContact"_s).toInteger(1);
    m_entityIds.product = o.value(u"entityProduct"_s).toInteger(10);
    m_entityIds.order = o.value(u"entityOrder"_s).toInteger(4);
    m_textFieldTypeId = o.value(u"textFieldType"_s).toInteger();
    m_currencyBrl = o.value(u"currencyBrl"_s).toInteger();
    m_lookups.phoneTypeWork = o.value(u"phoneWork"_s).toInteger();
    m_lookups.phoneTypeMobile = o.value(u"phoneMobile"_s).toInteger();
    m_lookups.phoneTypeFax = o.value(u"phoneFax"_s).toInteger();
    m_lookups.statusActive = o.value(u"statusActive"_s).toInteger();
    m_lookups.statusInactive = o.value(u"statusInactive"_s).toInteger();
    const QJsonObject etapas = o.value(u"etapas"_s).toObject();
    for (auto it = etapas.constBegin(); it != etapas.constEnd(); ++it)
        m_lookups.etapaNames.insert(it.key(), it.value().toString());
    const QJsonObject cities = o.value(u"cities"_s).toObject();
    for (auto it = cities.constBegin(); it != cities.constEnd(); ++it) {
        m_lookups.cityIdByIbge.insert(it.key(), it.value().toInteger());
        m_lookups.ibgeByCityId.insert(it.value().toInteger(), it.key());
    }
    // Version 2: entities chosen by Ploomes::Lookups (version 1 could hold "Produto da Venda").
    return o.value(u"version"_s).toInt() == 2 && m_textFieldTypeId && m_lookups.statusActive;
}

bool SyncRun::loadReferenceData()
{
    if (m_referenceLoaded)
        return true;
    if (!m_options.full && loadCachedReference()) {
        m_referenceLoaded = true;
        return true;
    }
    // Ploomes::Client::getAll reads an empty answer again after a pause before believing it (§7.3).
    using Ploomes::Lookups;
    const ListResult entities = ploomesGetAll(u"Fields@Entities"_s, {});
    if (entities.error.isError())
        return !fatal(entities.error, tr("Reading the Ploomes entities"));
    for (const auto &[kind, id] : {std::pair{Ploomes::EntityKind::Contact, &m_entityIds.contact},
                                   std::pair{Ploomes::EntityKind::Product, &m_entityIds.product},
                                   std::pair{Ploomes::EntityKind::Order, &m_entityIds.order}}) {
        const Ploomes::Choice c = Lookups::entity(kind, entities.items);
        qCInfo(lcSync).noquote() << c.reason;
        if (!c.found()) {
            note(tr("Ploomes set-up stopped: %1.").arg(c.reason));
            return false;
        }
        *id = c.id;
    }
    const ListResult types = ploomesGetAll(u"Fields@Types"_s, {});
    if (types.error.isError())
        return !fatal(types.error, tr("Reading the Ploomes field types"));
    const Ploomes::Choice text = Lookups::textFieldType(types.items);
    qCInfo(lcSync).noquote() << text.reason;
    m_textFieldTypeId = text.id; // 0: a missing "Id (Omie)" field cannot be created, and the run says why
    if (!text.found())
        note(tr("Ploomes: %1.").arg(text.reason));
    const ListResult phones = ploomesGetAll(u"PhoneTypes"_s, {});
    if (phones.error.isError())
        return !fatal(phones.error, tr("Reading the Ploomes phone types"));
    m_lookups.phoneTypeWork = Lookups::phoneType(Ploomes::PhoneKind::Work, phones.items).id;
    m_lookups.phoneTypeMobile = Lookups::phoneType(Ploomes::PhoneKind::Mobile, phones.items).id;
    m_lookups.phoneTypeFax = Lookups::phoneType(Ploomes::PhoneKind::Fax, phones.items).id;
    const ListResult statuses = ploomesGetAll(u"Contacts@Status"_s, {});
    if (statuses.error.isError())
        return !fatal(statuses.error, tr("Reading the Ploomes contact statuses"));
    m_lookups.statusActive = Lookups::contactStatus(true, statuses.items).id;
    m_lookups.statusInactive = Lookups::contactStatus(false, statuses.items).id;
    const ListResult currencies = ploomesGetAll(u"Currencies"_s, {});
    if (currencies.error.isError())
        return !fatal(currencies.error, tr("Reading the Ploomes currencies"));
    const Ploomes::Choice brl = Lookups::currency(currencies.items);
    qCInfo(lcSync).noquote() << brl.reason;
    m_currencyBrl = brl.id; // 0: orders go without CurrencyId and take the account's default
    const auto etapas = wait<std::pair<QList<Omie::Etapa>, ApiError>>([&](auto done) {
        m_omie->listEtapas([done](const QList<Omie::Etapa> &e, const ApiError &err) { done(std::make_pair(e, err)); });
    });
    if (etapas.second.isError())
        return !fatal(etapas.second, tr("Reading the Omie billing stages"));
    for (const Omie::Etapa &e : etapas.first)
        m_lookups.etapaNames.insert(e.codigo, e.descricao);
    m_referenceLoaded = true;
    return true;
}

void SyncRun::saveReferenceCache()
{
    if (m_options.dryRun)
        return;
    QJsonObject etapas;
    for (auto it = m_lookups.etapaNames.cbegin(); it != m_lookups.etapaNames.cend(); ++it)
        etapas.insert(it.key(), *it);
    QJsonObject cities;
    for (auto it = m_lookups.cityIdByIbge.cbegin(); it != m_lookups.cityIdByIbge.cend(); ++it)
        cities.insert(it.key(), *it);
    const QJsonObject o{{u"version"_s, 2},
                        {u"entityContact"_s, m_entityIds.contact},
                        {u"entityProduct"_s, m_entityIds.product},
                        {u"entityOrder"_s, m_entityIds.order},
                        {u"textFieldType"_s, m_textFieldTypeId},
                        {u"currencyBrl"_s, m_currencyBrl},
                        {u"phoneWork"_s, m_lookups.phoneTypeWork},
                        {u"phoneMobile"_s, m_lookups.phoneTypeMobile},
                        {u"phoneFax"_s, m_lookups.phoneTypeFax},
                        {u"statusActive"_s, m_lookups.statusActive},
                        {u"statusInactive"_s, m_lookups.statusInactive},
                        {u"etapas"_s, etapas},
                        {u"cities"_s, cities}};
    // Only a cache: a failure costs a re-read on the next run, so it is logged, not fatal.
    if (Status s = m_settingsStore.setValue(kReferenceCacheKey,
                                            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        !s)
        qCWarning(lcSync) << "reference cache not saved:" << s.message() << s.detail();
}

SyncRun::ListResult SyncRun::readCustomFields(qint64 entityId)
{
    return ploomesGetAll(u"Fields"_s,
                         Ploomes::Query().filter(Ploomes::OData::eq(u"EntityId"_s, entityId)).expand(u"Type"_s));
}

bool SyncRun::ensurePloomesSetup(Entity entity)
{
    if (m_setupDone.value(entity))
        return true;
    if (!loadReferenceData())
        return false;
    const qint64 entityId = entity == Entity::Client                                 ? m_entityIds.contact
                            : entity == Entity::Product || entity == Entity::Service ? m_entityIds.product
                                                                                     : m_entityIds.order;
    const ListResult fields = readCustomFields(entityId);
    if (fields.error.isError())
        return !fatal(fields.error, tr("Reading the Ploomes custom fields"));
    QList<FieldInfo> custom;
    QJsonArray customRows;
    for (const QJsonObject &f : fields.items) {
        if (f.value(u"Key"_s).toString().isEmpty() || !f.value(u"PropertyName"_s).toString().isEmpty())
            continue; // native fields are in the static catalogue
        custom.append(FieldCatalog::customFieldFromPloomes(f));
        customRows.append(f);
    }
    // Custom fields Ponte needs: "Id (Omie)" always, plus any "@Name" the mapping refers to.
    QStringList needed{kOmieIdFieldName};
    for (const FieldPair &p : m_mapping.pairs(entity)) {
        if (p.ploomes.startsWith(u'@'))
            needed.append(p.ploomes.mid(1));
    }
    for (const QString &name : std::as_const(needed)) {
        const auto found = std::find_if(custom.cbegin(), custom.cend(),
                                        [&](const FieldInfo &f) { return Text::fold(f.label) == Text::fold(name); });
        if (found != custom.cend())
            continue;
        if (m_options.dryRun) {
            record(entity, Direction::OmieToPloomes, {std::nullopt, std::nullopt, name}, ItemAction::WouldCreateField,
                   ItemOutcome::WouldCreate, tr("The Ploomes custom field \"%1\" would be created.").arg(name));
            continue;
        }
        QJsonObject withType;
        if (!createCustomField(entityId, name, &withType))
            return false;
        custom.append(FieldCatalog::customFieldFromPloomes(withType));
        customRows.append(withType);
        note(tr("Created the Ploomes custom field \"%1\".").arg(name));
    }
    installCustomFields(entity, custom, customRows);
    return true;
}

SyncRun::Presence SyncRun::findCustomField(qint64 entityId, const QString &name, QJsonObject *found)
{
    const ListResult again = readCustomFields(entityId);
    if (again.error.isError()) {
        fatal(again.error, tr("Reading the Ploomes custom fields"));
        return Presence::Unknown;
    }
    for (const QJsonObject &f : again.items) {
        if (f.value(u"PropertyName"_s).toString().isEmpty()
            && Text::fold(f.value(u"Name"_s).toString()) == Text::fold(name)) {
            *found = f;
            return Presence::Found;
        }
    }
    return Presence::Absent;
}

bool SyncRun::createCustomField(qint64 entityId, const QString &name, QJsonObject *withType)
{
    ItemResult created = wait<ItemResult>([&](auto done) {
        m_ploomes->createField(entityId, name, m_textFieldTypeId, [done](const QJsonObject &item, const ApiError &e) {
            done(ItemResult{item, e});
        });
    });
    if (created.error.isError()) {
        // A lost reply: the field may exist now; read the fields again before creating it twice.
        Rewrite r;
        r.error = &created.error;
        r.lookUp = [this, entityId, &name, &created] { return findCustomField(entityId, name, &created.item); };
        r.resend = [&](std::function<void()> done) {
            m_ploomes->createField(entityId, name, m_textFieldTypeId,
                                   [&created, done](const QJsonObject &item, const ApiError &e) {
                                       created = ItemResult{item, e};
                                       done();
                                   });
        };
        settleWrites({r});
    }
    if (created.error.isError()) {
        if (!fatal(created.error, tr("Creating the Ploomes field \"%1\"").arg(name)))
            m_setupProblem =
                tr("The Ploomes field \"%1\" could not be created: %2").arg(name, created.error.userMessage());
        return false;
    }
    *withType = created.item;
    if (!withType->contains(u"Type"_s))
        withType->insert(u"Type"_s, QJsonObject{{u"NativeType"_s, u"String"_s}, {u"Name"_s, u"Texto"_s}});
    return true;
}

void SyncRun::installCustomFields(Entity entity, const QList<FieldInfo> &custom, const QJsonArray &customRows)
{
    for (const FieldInfo &f : custom) {
        if (Text::fold(f.label) == Text::fold(kOmieIdFieldName)) {
            m_omieIdField.insert(entity, f.key);
            m_omieIdFieldId.insert(entity, f.fieldId);
        }
    }
    // Products and services share the Product entity's fields; orders and service orders the Order's.
    for (Entity e : allEntities()) {
        if (ploomesEntityKey(e) == ploomesEntityKey(entity) && e != Entity::Seller) {
            m_catalog.setPloomesCustomFields(e, custom);
            if (Status s = FieldCatalog::cacheCustomFields(m_settingsStore, e, customRows); !s)
                qCWarning(lcSync) << "custom fields not cached:" << s.message() << s.detail();
            if (m_omieIdField.contains(entity)) {
                m_omieIdField.insert(e, m_omieIdField.value(entity));
                m_omieIdFieldId.insert(e, m_omieIdFieldId.value(entity));
            }
            m_setupDone.insert(e, true);
        }
    }
    m_mapper = std::make_unique<Mapper>(m_mapping, m_catalog, m_lookups);
}

bool SyncRun::ensureCities(const QList<QString> &ibgeCodes)
{
    QList<qint64> missing;
    for (const QString &code : ibgeCodes) {
        if (!code.isEmpty() && !m_lookups.cityIdByIbge.contains(code) && !missing.contains(code.toLongLong()))
            missing.append(code.toLongLong());
    }
    if (missing.isEmpty())
        return true;
    const ListResult cities = wait<ListResult>([&](auto done) {
        m_ploomes->citiesByIbge(missing, [done](const QList<QJsonObject> &items, const ApiError &e) {
            done(ListResult{items, e});
        });
    });
    if (cities.error.isError())
        return !fatal(cities.error, tr("Reading the Ploomes cities"));
    for (const QJsonObject &c : cities.items)
        rememberCity(m_lookups, Ploomes::City::fromJson(c));
    return true;
}

bool SyncRun::ensureCityIds(const QList<qint64> &cityIds)
{
    QList<qint64> missing;
    for (qint64 id : cityIds) {
        if (id && !m_lookups.ibgeByCityId.contains(id) && !missing.contains(id))
            missing.append(id);
    }
    while (!missing.isEmpty()) {
        const QList<qint64> chunk = missing.mid(0, 25);
        missing.remove(0, chunk.size());
        const ListResult cities =
            ploomesGetAll(Ploomes::City::Path, Ploomes::Query().filter(Ploomes::City::withIds(chunk)));
        if (cities.error.isError())
            return !fatal(cities.error, tr("Reading the Ploomes cities"));
        for (const QJsonObject &c : cities.items)
            rememberCity(m_lookups, Ploomes::City::fromJson(c));
    }
    if (!m_statesLoaded) {
        const ListResult states = wait<ListResult>([&](auto done) {
            m_ploomes->states([done](const QList<QJsonObject> &items, const ApiError &e) {
                done(ListResult{items, e});
            });
        });
        if (states.error.isError())
            return !fatal(states.error, tr("Reading the Ploomes states"));
        for (const QJsonObject &json : states.items) {
            const Ploomes::State s = Ploomes::State::fromJson(json);
            m_lookups.stateIdByUf.insert(s.uf, s.id);
            m_lookups.ufByStateId.insert(s.id, s.uf);
        }
        m_statesLoaded = true;
    }
    return true;
}

bool SyncRun::ensureTags(const QStringList &names)
{
    if (!m_tagsLoaded) {
        const ListResult tags = wait<ListResult>([&](auto done) {
            m_ploomes->tags([done](const QList<QJsonObject> &items, const ApiError &e) { done(ListResult{items, e}); });
        });
        if (tags.error.isError())
            return !fatal(tags.error, tr("Reading the Ploomes tags"));
        for (const QJsonObject &json : tags.items) {
            const Ploomes::Tag t = Ploomes::Tag::fromJson(json);
            if (t.entityId.value_or(m_entityIds.contact) != m_entityIds.contact)
                continue;
            m_lookups.tagIdByName.insert(Text::fold(t.name), t.id);
            m_lookups.tagNameById.insert(t.id, t.name);
        }
        m_tagsLoaded = true;
    }
    for (const QString &name : names) {
        if (name.trimmed().isEmpty() || m_lookups.tagIdByName.contains(Text::fold(name)) || m_options.dryRun)
            continue;
        const ItemResult created = ploomesCreate(
            Ploomes::Tag::Path, Ploomes::Tag::createBody(name.trimmed(), m_entityIds.contact, u"#607D8B"_s), QString());
        if (created.error.isError()) {
            if (fatal(created.error, tr("Creating the Ploomes tag \"%1\"").arg(name)))
                return false;
            continue; // the contact goes without that tag; the mapper says so in the history
        }
        const qint64 tagId = Ploomes::Tag::fromJson(created.item).id;
        m_lookups.tagIdByName.insert(Text::fold(name), tagId);
        m_lookups.tagNameById.insert(tagId, name.trimmed());
    }
    return true;
}

bool SyncRun::ensureProductGroup(Entity entity)
{
    if (m_groupId.value(entity))
        return true;
    const QString familyName = entity == Entity::Service ? u"Serviços"_s : u"Produtos"_s;
    // Families and groups are read at once: neither read depends on the other, so their empty-page
    // confirmations (a throttled Ploomes may answer 200 and []) overlap.
    ListResult families;
    ListResult groups;
    runAll(2, [&](int i, std::function<void()> done) {
        ListResult *into = i == 0 ? &families : &groups;
        m_ploomes->getAll(i == 0 ? Ploomes::ProductFamily::Path : Ploomes::ProductGroup::Path, {},
                          [into, done](const QList<QJsonObject> &items, const ApiError &e) {
                              *into = ListResult{items, e};
                              done();
                          });
    });
    QJsonObject family;
    const Presence hasFamily = findProductFamily(familyName, &family, &families);
    if (hasFamily == Presence::Unknown)
        return !stopped();
    qint64 familyId = Ploomes::ProductFamily::fromJson(family).id;
    if (!familyId) {
        if (m_options.dryRun) {
            record(entity, Direction::OmieToPloomes, {std::nullopt, std::nullopt, familyName},
                   ItemAction::WouldCreateFamily, ItemOutcome::WouldCreate,
                   tr("The product family \"%1\" would be created.").arg(familyName));
            return true;
        }
        // A lost reply is settled by reading the families again: the name is what Ponte itself gave it.
        const ItemResult created =
            ploomesCreateSettled(Ploomes::ProductFamily::Path, Ploomes::ProductFamily::createBody(familyName),
                                 QString(), [&](QJsonObject *found) { return findProductFamily(familyName, found); });
        if (created.error.isError()) {
            if (!fatal(created.error, tr("Creating the product family \"%1\"").arg(familyName), true))
                m_setupProblem = tr("The product family \"%1\" could not be created in Ploomes: %2")
                                     .arg(familyName, created.error.userMessage());
            return false;
        }
        familyId = Ploomes::ProductFamily::fromJson(created.item).id;
    }
    qint64 groupId = 0;
    // The groups read above holds for a family created just now too: no group could name its id before.
    if (!ensureGroupOfFamily(familyName, familyId, &groupId, &groups))
        return false;
    m_familyId.insert(entity, familyId);
    m_groupId.insert(entity, groupId);
    return true;
}

bool SyncRun::ensureGroupOfFamily(const QString &familyName, qint64 familyId, qint64 *groupId, const ListResult *read)
{
    QJsonObject group;
    if (findProductGroup(familyId, &group, read) == Presence::Unknown)
        return !stopped();
    *groupId = Ploomes::ProductGroup::fromJson(group).id;
    if (*groupId || m_options.dryRun)
        return true;
    const ItemResult created =
        ploomesCreateSettled(Ploomes::ProductGroup::Path, Ploomes::ProductGroup::createBody(familyName, familyId),
                             QString(), [&](QJsonObject *found) { return findProductGroup(familyId, found); });
    if (created.error.isError()) {
        if (!fatal(created.error, tr("Creating the product group \"%1\"").arg(familyName), true))
            m_setupProblem = tr("The product group \"%1\" could not be created in Ploomes: %2")
                                 .arg(familyName, created.error.userMessage());
        return false;
    }
    *groupId = Ploomes::ProductGroup::fromJson(created.item).id;
    return true;
}

SyncRun::Presence SyncRun::findProductFamily(const QString &name, QJsonObject *found, const ListResult *read)
{
    const ListResult families = read ? *read : ploomesGetAll(Ploomes::ProductFamily::Path, {});
    if (families.error.isError()) {
        fatal(families.error, tr("Reading the Ploomes product families"));
        return Presence::Unknown;
    }
    Presence presence = Presence::Absent;
    for (const QJsonObject &f : families.items) {
        if (Text::fold(Ploomes::ProductFamily::fromJson(f).name) == Text::fold(name)) {
            *found = f; // the last of the same name, as before
            presence = Presence::Found;
        }
    }
    return presence;
}

SyncRun::Presence SyncRun::findProductGroup(qint64 familyId, QJsonObject *found, const ListResult *read)
{
    const ListResult groups = read ? *read : ploomesGetAll(Ploomes::ProductGroup::Path, {});
    if (groups.error.isError()) {
        fatal(groups.error, tr("Reading the Ploomes product groups"));
        return Presence::Unknown;
    }
    for (const QJsonObject &g : groups.items) {
        if (Ploomes::ProductGroup::fromJson(g).familyId == familyId) {
            *found = g;
            return Presence::Found;
        }
    }
    return Presence::Absent;
}

void SyncRun::loadSellerLookups()
{
    for (const Coupling &c : m_couplings.all(Entity::Seller)) {
        if (c.omieId && c.ploomesId) {
            m_lookups.userIdBySeller.insert(*c.omieId, *c.ploomesId);
            m_lookups.sellerByUserId.insert(*c.ploomesId, *c.omieId);
        }
    }
}

bool SyncRun::loadOrderDefaults()
{
    if (m_orderDefaultsLoaded)
        return m_orderDefaultsProblem.isEmpty() && m_serviceOrderDefaultsProblem.isEmpty();
    m_orderDefaultsLoaded = true;
    QList<Omie::ContaCorrente> contas;
    QList<Omie::Categoria> categorias;
    QList<Omie::FormaPagamento> formas;
    QList<Omie::Etapa> etapas;
    // Each list is read once per run; every setting is checked against it (DESIGN.md §5).
    if (!readOrderDefaultList(&Omie::Client::listContasCorrentes, tr("Reading the Omie contas correntes"), contas)
        || !readOrderDefaultList(&Omie::Client::listCategorias, tr("Reading the Omie categorias"), categorias)
        || !readOrderDefaultList(&Omie::Client::listFormasPagamento, tr("Reading the Omie formas de pagamento"), formas)
        || !readOrderDefaultList(&Omie::Client::listEtapas, tr("Reading the Omie etapas de faturamento"), etapas))
        return false;
    const OmieOrderDefaults d = OmieChoices::orderDefaults(OmieOrderSettings::fromSettings(m_profile.settings()),
                                                           contas, categorias, formas, etapas);
    const OrderDecisions::DefaultsProblems problems = OrderDecisions::defaultsProblems(d);
    for (const QString &n : problems.notes)
        note(n);
    m_contaCorrente = d.contaCorrente.value.toLongLong();
    m_categoria = d.categoria.value;
    m_parcela = d.parcela.value;
    m_etapa = d.etapaPedido.value;
    m_etapaOs = d.etapaOs.value;
    m_orderDefaultsProblem = problems.salesOrders;
    m_serviceOrderDefaultsProblem = problems.serviceOrders;
    return m_orderDefaultsProblem.isEmpty() && m_serviceOrderDefaultsProblem.isEmpty();
}

template <typename Items, typename List> bool SyncRun::readOrderDefaultList(List list, const QString &what, Items &out)
{
    const auto read = wait<std::pair<Items, ApiError>>([&](auto done) {
        (m_omie.get()->*list)([done](const Items &c, const ApiError &e) { done(std::make_pair(c, e)); });
    });
    if (!read.second.isError()) {
        out = read.first;
        return true;
    }
    if (!fatal(read.second, what)) {
        // Not an outage of the run: the order steps cannot start, and each of their orders fails with this.
        m_orderDefaultsUnreadable = true;
        m_setupProblem =
            tr("Omie did not give a list the order defaults need (%1): %2").arg(what, read.second.userMessage());
        m_orderDefaultsProblem = m_setupProblem;
        m_serviceOrderDefaultsProblem = m_setupProblem;
    }
    return false;
}

} // namespace Ponte
