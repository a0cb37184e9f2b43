#include "orderdefaults.h"

#include "net/clock.h"
#include "net/transport.h"
#include "omie/omieclient.h"
#include "settings.h"
#include "sync/omiechoices.h"
#include "sync/recentrequests.h"

using namespace Qt::StringLiterals;

namespace Ponte {

struct OrderDefaultsLoader::Client
{
    NetworkTransport transport;
    std::unique_ptr<Omie::Client> omie;
};

OrderDefaultsLoader::OrderDefaultsLoader(const Settings &settings, const Credentials &credentials, QObject *parent)
    : QObject(parent), m_store(settings.repository()), m_client(std::make_unique<Client>())
{
    Omie::ClientConfig config = Omie::ClientConfig::fromSettings(settings, credentials);
    config.retry.maxAttempts = 2;
    m_client->omie = std::make_unique<Omie::Client>(Clock::system(), &m_client->transport, config);
}

OrderDefaultsLoader::~OrderDefaultsLoader() = default;

void OrderDefaultsLoader::start()
{
    if (m_pending > 0)
        return;
    m_choices = {};
    m_error = {};
    restoreRecentOmieRequests(m_client->omie->scheduler(), m_store);
    m_pending = 4;
    m_client->omie->listContasCorrentes([this](const QList<Omie::ContaCorrente> &items, const ApiError &e) {
        for (const Omie::ContaCorrente &c : items) {
            if (!c.inativa)
                m_choices.contasCorrentes.append({QString::number(c.id), c.descricao});
        }
        done(e);
    });
    m_client->omie->listCategorias([this](const QList<Omie::Categoria> &items, const ApiError &e) {
        for (const Omie::Categoria &c : items) {
            if (OmieChoices::isPostableRevenue(c))
                m_choices.categorias.append({c.codigo, u"%1 — %2"_s.arg(c.codigo, c.descricao)});
        }
        done(e);
    });
    m_client->omie->listFormasPagamento([this](const QList<Omie::FormaPagamento> &items, const ApiError &e) {
        for (const Omie::FormaPagamento &f : items)
            m_choices.parcelas.append({f.codigo, u"%1 — %2"_s.arg(f.codigo, f.descricao)});
        done(e);
    });
    m_client->omie->listEtapas([this](const QList<Omie::Etapa> &items, const ApiError &e) {
        // The setting serves pedidos first: the usable stages of operation 11 (venda de produto).
        for (const OmieOffer &s : OmieChoices::etapas(items, OmieOperation::VendaProduto)) {
            if (s.usable())
                m_choices.etapas.append({s.code, u"%1 — %2"_s.arg(s.code, s.label)});
        }
        done(e);
    });
}

void OrderDefaultsLoader::done(const ApiError &error)
{
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (--m_pending > 0)
        return;
    saveRecentOmieRequests(m_client->omie->scheduler(), m_store);
    emit loaded(m_choices, m_error);
}

} // namespace Ponte
