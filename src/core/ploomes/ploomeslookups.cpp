#include "ploomes/ploomeslookups.h"

#include "textutil.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Ponte::Ploomes {

namespace {

QString nameOf(const QJsonObject &row)
{
    return row.value(u"Name"_s).toString();
}

qint64 idOf(const QJsonObject &row)
{
    return row.value(u"Id"_s).toInteger();
}

/** Rows whose Name is exactly one of @p names (folded); the earlier name in the list wins. */
QList<QJsonObject> byExactName(const QList<QJsonObject> &rows, const QStringList &names)
{
    for (const QString &n : names) {
        QList<QJsonObject> hits;
        for (const QJsonObject &r : rows) {
            if (Lookups::sameName(nameOf(r), n))
                hits.append(r);
        }
        if (!hits.isEmpty())
            return hits;
    }
    return {};
}

struct EntitySpec
{
    qint64 publishedId;
    QString apiUrl;
    QStringList names; ///< Portuguese first (what Ploomes answers), then English
};

EntitySpec spec(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Contact:
        return {1, u"Contacts"_s, {u"Cliente"_s, u"Clientes"_s, u"Contato"_s, u"Contact"_s, u"Client"_s}};
    case EntityKind::Product:
        return {10, u"Products"_s, {u"Produto"_s, u"Produtos"_s, u"Product"_s}};
    case EntityKind::Order:
        return {4, u"Orders"_s, {u"Venda"_s, u"Vendas"_s, u"Pedido"_s, u"Order"_s, u"Sale"_s}};
    }
    return {};
}

Choice chosen(const QJsonObject &row, const QString &reason)
{
    return Choice{idOf(row), nameOf(row), reason};
}

} // namespace

bool Lookups::sameName(const QString &a, const QString &b)
{
    return Text::fold(a.simplified()) == Text::fold(b.simplified());
}

QString Lookups::entityLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Contact:
        return tr("contacts");
    case EntityKind::Product:
        return tr("products");
    case EntityKind::Order:
        return tr("orders");
    }
    return {};
}

Choice Lookups::entity(EntityKind kind, const QList<QJsonObject> &rows)
{
    const EntitySpec s = spec(kind);
    const auto apiUrlOf = [](const QJsonObject &r) { return r.value(u"ApiUrl"_s).toString(); };
    // 1. The published id, when the row itself agrees (its ApiUrl, or else its name).
    for (const QJsonObject &r : rows) {
        if (idOf(r) != s.publishedId)
            continue;
        const QString apiUrl = apiUrlOf(r);
        if (!apiUrl.isEmpty() && apiUrl.compare(s.apiUrl, Qt::CaseInsensitive) == 0)
            return chosen(r, tr("entity %1 chosen for %2: published id, ApiUrl '%3' confirms")
                                 .arg(s.publishedId)
                                 .arg(entityLabel(kind), apiUrl));
        if (apiUrl.isEmpty() && !byExactName({r}, s.names).isEmpty())
            return chosen(r, tr("entity %1 chosen for %2: published id, name '%3' confirms")
                                 .arg(s.publishedId)
                                 .arg(entityLabel(kind), nameOf(r)));
    }
    // 2. The ApiUrl alone (another account may number its entities differently).
    QList<QJsonObject> hits;
    for (const QJsonObject &r : rows) {
        if (apiUrlOf(r).compare(s.apiUrl, Qt::CaseInsensitive) == 0)
            hits.append(r);
    }
    if (hits.size() == 1)
        return chosen(
            hits.first(),
            tr("entity %1 chosen for %2: ApiUrl '%3'").arg(idOf(hits.first())).arg(entityLabel(kind), s.apiUrl));
    if (hits.size() > 1)
        return Choice{0,
                      {},
                      tr("no entity chosen for %2: %1 entities have ApiUrl '%3'")
                          .arg(hits.size())
                          .arg(entityLabel(kind), s.apiUrl)};
    // 3. An exact name, only among rows that carry no contradicting ApiUrl.
    QList<QJsonObject> unmarked;
    for (const QJsonObject &r : rows) {
        if (apiUrlOf(r).isEmpty())
            unmarked.append(r);
    }
    hits = byExactName(unmarked, s.names);
    if (hits.size() == 1)
        return chosen(hits.first(), tr("entity %1 chosen for %2: exact name '%3'")
                                        .arg(idOf(hits.first()))
                                        .arg(entityLabel(kind), nameOf(hits.first())));
    if (hits.size() > 1)
        return Choice{0,
                      {},
                      tr("no entity chosen for %2: %1 entities are named '%3'")
                          .arg(hits.size())
                          .arg(entityLabel(kind), nameOf(hits.first()))};
    return Choice{0,
                  {},
                  tr("no entity for %1 in Fields@Entities: neither id %2, ApiUrl '%3' nor the name '%4'")
                      .arg(entityLabel(kind))
                      .arg(s.publishedId)
                      .arg(s.apiUrl, s.names.first())};
}

Choice Lookups::textFieldType(const QList<QJsonObject> &rows)
{
    QList<QJsonObject> strings;
    for (const QJsonObject &r : rows) {
        if (r.value(u"NativeType"_s).toString().compare(u"String"_s, Qt::CaseInsensitive) == 0)
            strings.append(r);
    }
    const QList<QJsonObject> hits =
        byExactName(strings, {u"Texto simples"_s, u"Texto"_s, u"Texto curto"_s, u"Text"_s, u"Simple text"_s});
    if (hits.size() == 1)
        return chosen(hits.first(), tr("field type %1 chosen: exact name '%2', NativeType String")
                                        .arg(idOf(hits.first()))
                                        .arg(nameOf(hits.first())));
    if (hits.size() > 1)
        return Choice{
            0, {}, tr("no text field type chosen: %1 types are named '%2'").arg(hits.size()).arg(nameOf(hits.first()))};
    return Choice{0, {}, tr("no field type named 'Texto simples' with NativeType String in Fields@Types")};
}

Choice Lookups::phoneType(PhoneKind kind, const QList<QJsonObject> &rows)
{
    QStringList names;
    QString label;
    switch (kind) {
    case PhoneKind::Work:
        names = {u"Comercial"_s, u"Trabalho"_s, u"Work"_s, u"Business"_s, u"Commercial"_s};
        label = tr("work");
        break;
    case PhoneKind::Mobile:
        names = {u"Celular"_s, u"Móvel"_s, u"Mobile"_s, u"Cell"_s};
        label = tr("mobile");
        break;
    case PhoneKind::Fax:
        names = {u"Fax"_s};
        label = tr("fax");
        break;
    }
    const QList<QJsonObject> hits = byExactName(rows, names);
    if (hits.isEmpty())
        return Choice{0, {}, tr("no %1 phone type: none is named '%2'").arg(label, names.join(u"', '"_s))};
    return chosen(
        hits.first(),
        tr("%1 phone type %2 chosen: exact name '%3'").arg(label).arg(idOf(hits.first())).arg(nameOf(hits.first())));
}

Choice Lookups::contactStatus(bool active, const QList<QJsonObject> &rows)
{
    const QStringList names = active ? QStringList{u"Ativo"_s, u"Active"_s} : QStringList{u"Inativo"_s, u"Inactive"_s};
    const QString label = active ? tr("active") : tr("inactive");
    const QList<QJsonObject> hits = byExactName(rows, names);
    if (hits.isEmpty())
        return Choice{0, {}, tr("no %1 contact status: none is named '%2'").arg(label, names.join(u"', '"_s))};
    return chosen(
        hits.first(),
        tr("%1 status %2 chosen: exact name '%3'").arg(label).arg(idOf(hits.first())).arg(nameOf(hits.first())));
}

Choice Lookups::currency(const QList<QJsonObject> &rows, const QString &code)
{
    QList<QJsonObject> hits;
    for (const QJsonObject &r : rows) {
        if (r.value(u"Short"_s).toString().trimmed().compare(code, Qt::CaseInsensitive) == 0)
            hits.append(r);
    }
    if (hits.size() == 1)
        return chosen(hits.first(), tr("currency %1 chosen: Short '%2'").arg(idOf(hits.first())).arg(code));
    if (hits.size() > 1)
        return Choice{0, {}, tr("no currency chosen: %1 currencies have Short '%2'").arg(hits.size()).arg(code)};
    if (code.compare(u"BRL"_s, Qt::CaseInsensitive) == 0) {
        hits = byExactName(rows, {u"BRL"_s, u"Real"_s, u"Real brasileiro"_s, u"Brazilian real"_s});
        if (hits.size() == 1)
            return chosen(hits.first(),
                          tr("currency %1 chosen: exact name '%2'").arg(idOf(hits.first())).arg(nameOf(hits.first())));
    }
    return Choice{
        0, {}, tr("no currency with Short '%1' in /Currencies: the account's default currency applies").arg(code)};
}

} // namespace Ponte::Ploomes
