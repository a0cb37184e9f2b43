#include "omiechoices.h"

#include "settings.h"

using namespace Qt::StringLiterals;

namespace Ponte {

OmieOrderSettings OmieOrderSettings::fromSettings(const Settings &settings)
{
    return {settings.stringValue(SettingKey::OrderContaCorrente), settings.stringValue(SettingKey::OrderCategoria),
            settings.stringValue(SettingKey::OrderParcela), settings.stringValue(SettingKey::OrderEtapa)};
}

bool OmieChoices::isPostableRevenue(const Omie::Categoria &c)
{
    return !c.inativa && !c.totalizadora && c.receita;
}

QList<OmieOffer> OmieChoices::contas(const QList<Omie::ContaCorrente> &contas)
{
    QList<OmieOffer> out;
    for (const Omie::ContaCorrente &c : contas)
        out.append({QString::number(c.id), c.descricao, c.inativa ? tr("inactive") : QString()});
    return out;
}

QList<OmieOffer> OmieChoices::categorias(const QList<Omie::Categoria> &categorias)
{
    QList<OmieOffer> out;
    for (const Omie::Categoria &c : categorias) {
        QString why;
        if (c.inativa)
            why = tr("inactive");
        else if (c.totalizadora)
            why = tr("a group of categorias, not postable");
        else if (!c.receita)
            why = tr("not a revenue categoria");
        out.append({c.codigo, c.descricao, why});
    }
    return out;
}

QList<OmieOffer> OmieChoices::parcelas(const QList<Omie::FormaPagamento> &formas)
{
    QList<OmieOffer> out;
    for (const Omie::FormaPagamento &f : formas)
        out.append({f.codigo, f.descricao, QString()});
    return out;
}

QList<OmieOffer> OmieChoices::etapas(const QList<Omie::Etapa> &etapas, const QString &operation)
{
    QList<OmieOffer> out;
    for (const Omie::Etapa &e : etapas) {
        if (e.operacao == operation)
            out.append({e.codigo, e.descricao, e.inativa ? tr("inactive") : QString()});
    }
    return out;
}

DefaultChoice OmieChoices::choose(const QString &setting,
                                  const QString &settingKey,
                                  const QString &what,
                                  const QList<OmieOffer> &offers,
                                  bool wholeList)
{
    DefaultChoice c;
    const QString wanted = setting.trimmed();
    if (!wanted.isEmpty()) {
        bool listed = false;
        QStringList usable;
        for (const OmieOffer &o : offers) {
            if (o.code == wanted && !o.usable()) {
                c.problem = tr("The %1 %2 set in %3 cannot be used (%4): choose another one.")
                                .arg(what, wanted, settingKey, o.unusable);
                return c;
            }
            listed = listed || o.code == wanted;
            if (o.usable())
                usable.append(o.code);
        }
        // The same stage code means another stage, or none, in another operation (omie-api.md §7.5).
        if (wholeList && !offers.isEmpty() && !listed) {
            c.problem = tr("The %1 %2 set in %3 is not one Omie has (it has %4): choose one of them.")
                            .arg(what, wanted, settingKey, usable.join(u", "_s));
            return c;
        }
        c.value = wanted;
        c.reason = tr("Set in %1.").arg(settingKey);
        return c;
    }
    QList<OmieOffer> usable;
    for (const OmieOffer &o : offers) {
        if (o.usable())
            usable.append(o);
    }
    if (usable.size() == 1) {
        c.value = usable.first().code;
        c.fromList = true;
        c.reason = tr("Using the only usable %1 Omie offers, \"%2\" (%3), because %4 is empty.")
                       .arg(what, usable.first().label, c.value, settingKey);
        return c;
    }
    c.problem = tr("Choose the %1 for orders (setting %2): Omie offers %n usable one(s).", nullptr, int(usable.size()))
                    .arg(what, settingKey);
    return c;
}

OmieOrderDefaults OmieChoices::orderDefaults(const OmieOrderSettings &settings,
                                             const QList<Omie::ContaCorrente> &contas,
                                             const QList<Omie::Categoria> &categorias,
                                             const QList<Omie::FormaPagamento> &formas,
                                             const QList<Omie::Etapa> &etapas)
{
    OmieOrderDefaults d;
    d.contas = OmieChoices::contas(contas);
    d.categorias = OmieChoices::categorias(categorias);
    d.parcelas = OmieChoices::parcelas(formas);
    d.etapasPedido = OmieChoices::etapas(etapas, OmieOperation::VendaProduto);
    d.etapasOs = OmieChoices::etapas(etapas, OmieOperation::VendaServico);
    d.contaCorrente = choose(settings.contaCorrente, SettingKey::OrderContaCorrente, tr("conta corrente"), d.contas);
    d.categoria = choose(settings.categoria, SettingKey::OrderCategoria, tr("categoria"), d.categorias);
    d.parcela = choose(settings.parcela, SettingKey::OrderParcela, tr("parcela"), d.parcelas);
    d.etapaPedido = choose(settings.etapa, SettingKey::OrderEtapa, tr("etapa of sales orders"), d.etapasPedido, true);
    d.etapaOs = choose(settings.etapa, SettingKey::OrderEtapa, tr("etapa of service orders"), d.etapasOs, true);
    return d;
}

QString OmieChoices::previsaoForNewOrder(const QString &orderDate, const QDate &todayBrasilia)
{
    const QDate own = QDate::fromString(orderDate, u"dd/MM/yyyy"_s);
    return (own.isValid() && own >= todayBrasilia ? own : todayBrasilia).toString(u"dd/MM/yyyy"_s);
}

} // namespace Ponte
