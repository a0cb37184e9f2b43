#include "omiepreflight.h"

#include "net/clock.h"
#include "net/transport.h"
#include "omie/omieclient.h"
#include "settings.h"
#include "sync/clientfactory.h"
#include "sync/recentrequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponte {

struct OmiePreflight::Lists
{
    NetworkTransport transport;
    std::unique_ptr<Omie::Client> omie;
    QList<Omie::ContaCorrente> contas;
    QList<Omie::Categoria> categorias;
    QList<Omie::FormaPagamento> formas;
    QList<Omie::Etapa> etapas;
};

namespace {
QJsonObject
choiceJson(const QString &setting, const QString &value, const QList<OmieOffer> &offers, const DefaultChoice &choice)
{
    QJsonArray offered;
    for (const OmieOffer &o : offers) {
        QJsonObject entry{{u"code"_s, o.code}, {u"label"_s, o.label}, {u"usable"_s, o.usable()}};
        if (!o.usable())
            entry.insert(u"unusable_because"_s, o.unusable);
        offered.append(entry);
    }
    QJsonObject out{{u"setting"_s, setting},
                    {u"setting_value"_s, value},
                    {u"offered"_s, offered},
                    {u"use"_s, choice.ok() ? QJsonValue(choice.value) : QJsonValue(QJsonValue::Null)},
                    {u"chosen_by"_s, !choice.ok()      ? u"none"_s
                                     : choice.fromList ? u"only-usable-offer"_s
                                                       : u"setting"_s}};
    if (!choice.reason.isEmpty())
        out.insert(u"reason"_s, choice.reason);
    if (!choice.problem.isEmpty())
        out.insert(u"problem"_s, choice.problem);
    return out;
}
} // namespace

bool OmiePreflightReport::ok() const
{
    return !error.isError() && defaults.contaCorrente.ok() && defaults.categoria.ok() && defaults.parcela.ok()
           && defaults.etapaPedido.ok() && defaults.etapaOs.ok();
}

QJsonObject OmiePreflightReport::toJson() const
{
    const OmieOrderDefaults &d = defaults;
    QJsonObject etapaPedido = choiceJson(SettingKey::OrderEtapa, d.etapaPedido.value, d.etapasPedido, d.etapaPedido);
    etapaPedido.insert(u"operation"_s, OmieOperation::VendaProduto);
    QJsonObject etapaOs = choiceJson(SettingKey::OrderEtapa, d.etapaOs.value, d.etapasOs, d.etapaOs);
    etapaOs.insert(u"operation"_s, OmieOperation::VendaServico);
    QJsonObject out{
        {u"ok"_s, ok()},
        {u"order_defaults"_s,
         QJsonObject{
             {u"conta_corrente"_s,
              choiceJson(SettingKey::OrderContaCorrente, d.contaCorrente.value, d.contas, d.contaCorrente)},
             {u"categoria"_s, choiceJson(SettingKey::OrderCategoria, d.categoria.value, d.categorias, d.categoria)},
             {u"parcela"_s, choiceJson(SettingKey::OrderParcela, d.parcela.value, d.parcelas, d.parcela)},
             {u"etapa_pedido"_s, etapaPedido},
             {u"etapa_ordem_servico"_s, etapaOs}}},
        {u"limits"_s, QJsonObject{{u"requests_per_minute_per_method"_s, limits.perMethodPerMinute},
                                  {u"requests_per_minute_total"_s, limits.totalPerMinute},
                                  {u"concurrent_reads_per_method"_s, limits.concurrentPerMethod},
                                  {u"concurrent_writes"_s, 1},
                                  {u"redundant_window_s"_s, limits.redundantWindowS},
                                  {u"page_size"_s, limits.pageSize},
                                  {u"business_hours_share_percent"_s, limits.businessHoursSharePercent}}},
        {u"requests"_s, requests}};
    if (error.isError())
        out.insert(u"error"_s, QJsonObject{{u"kind"_s, error.kindName()}, {u"message"_s, error.userMessage()}});
    return out;
}

OmiePreflight::OmiePreflight(const Settings &settings, const Credentials &credentials, QObject *parent, Clock *clock)
    : QObject(parent), m_settings(settings), m_store(settings.repository()), m_lists(std::make_unique<Lists>())
{
    m_lists->transport.setProxy(ProxyConfig::fromSettings(settings, credentials.proxyPassword));
    const ClientFactory factory(settings, credentials);
    const Omie::ClientConfig config = factory.omieConfig();
    m_lists->omie = factory.omie(clock ? clock : Clock::system(), &m_lists->transport);
    m_report.limits = {
        config.perMethodPerMinute, config.totalPerMinute, config.concurrentPerMethod,
        config.redundantWindowS,   config.pageSize,       settings.intValue(SettingKey::BusinessHoursShare)};
}

OmiePreflight::~OmiePreflight() = default;

void OmiePreflight::start()
{
    if (m_pending > 0)
        return;
    m_report.error = {};
    // Again: another process may have sent since the clients were built.
    restoreRecentOmieRequests(m_lists->omie->scheduler(), m_store);
    m_pending = 4;
    Omie::Client &omie = *m_lists->omie;
    omie.listContasCorrentes([this](const QList<Omie::ContaCorrente> &items, const ApiError &e) {
        m_lists->contas = items;
        done(e);
    });
    omie.listCategorias([this](const QList<Omie::Categoria> &items, const ApiError &e) {
        m_lists->categorias = items;
        done(e);
    });
    omie.listFormasPagamento([this](const QList<Omie::FormaPagamento> &items, const ApiError &e) {
        m_lists->formas = items;
        done(e);
    });
    omie.listEtapas([this](const QList<Omie::Etapa> &items, const ApiError &e) {
        m_lists->etapas = items;
        done(e);
    });
}

void OmiePreflight::done(const ApiError &error)
{
    if (error.isError() && !m_report.error.isError())
        m_report.error = error;
    if (--m_pending > 0)
        return;
    saveRecentOmieRequests(m_lists->omie->scheduler(), m_store);
    m_report.defaults = OmieChoices::orderDefaults(OmieOrderSettings::fromSettings(m_settings), m_lists->contas,
                                                   m_lists->categorias, m_lists->formas, m_lists->etapas);
    m_report.requests = m_lists->omie->requestsSent();
    emit finished(m_report);
}

} // namespace Ponte
