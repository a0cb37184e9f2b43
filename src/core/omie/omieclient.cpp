#include "omieclient.h"

#include "logging.h"
#include "omie/omiefaults.h"
#include "secrets/credentials.h"
#include "settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponte::Omie {

namespace {
// Reads are cached only this long past the redundancy window and within this much memory.
constexpr qint64 kMaxCacheBytes = 16 * 1024 * 1024; // serialised size; a page in memory takes about twice that

QString paramFor(Dialect d, bool page)
{
    if (d == Dialect::Hungarian)
        return page ? u"nPagina"_s : u"nRegPorPagina"_s;
    return page ? u"pagina"_s : u"registros_por_pagina"_s;
}

QString totalPagesField(Dialect d)
{
    return d == Dialect::Hungarian ? u"nTotPaginas"_s : u"total_de_paginas"_s;
}

ApiError unexpectedShape(const QString &method, const QString &what)
{
    return ApiError::protocol(QCoreApplication::translate("Ponte::Omie", "%1 answered without %2").arg(method, what));
}

template <typename T> QList<T> wrap(const QList<QJsonObject> &items)
{
    QList<T> out;
    out.reserve(items.size());
    for (const QJsonObject &o : items)
        out.append(T(o));
    return out;
}

/** Consult calls answer either the bare record or the record inside a named wrapper. */
QJsonObject unwrap(const QJsonObject &body, const QString &wrapper)
{
    const QJsonValue inner = body.value(wrapper);
    return inner.isObject() ? inner.toObject() : body;
}
} // namespace

ClientConfig ClientConfig::fromSettings(const Settings &settings, const Credentials &credentials)
{
    ClientConfig c;
    c.baseUrl = settings.urlValue(SettingKey::OmieUrl);
    c.appKey = credentials.omieAppKey;
    c.appSecret = credentials.omieAppSecret;
    c.perMethodPerMinute = settings.intValue(SettingKey::OmieRequestsPerMinute);
    c.totalPerMinute = settings.intValue(SettingKey::OmieTotalRequestsPerMinute);
    c.concurrentPerMethod = settings.intValue(SettingKey::OmieConcurrency);
    c.redundantWindowS = settings.intValue(SettingKey::OmieRedundantWindowS);
    c.pageSize = settings.intValue(SettingKey::OmiePageSize);
    c.timeoutMs = settings.intValue(SettingKey::NetTimeoutS) * 1000;
    c.retry.maxAttempts = settings.intValue(SettingKey::NetMaxRetries) + 1;
    c.retry.baseDelayMs = settings.intValue(SettingKey::NetRetryBaseMs);
    return c;
}

SchedulerLimits ClientConfig::schedulerLimits() const
{
    SchedulerLimits l;
    l.perKeyLimit = perMethodPerMinute;
    l.perKeyWindowMs = 60'000;
    l.totalLimit = totalPerMinute;
    l.totalWindowMs = 60'000;
    l.perKeyConcurrency = concurrentPerMethod;
    l.exclusiveWrites = true;
    l.redundancyWindowMs = qint64(redundantWindowS) * 1000;
    return l;
}

Client::Client(Clock *clock, Transport *transport, const ClientConfig &config, QObject *parent)
    : QObject(parent), m_clock(clock), m_config(config),
      m_scheduler(new RequestScheduler(clock, config.schedulerLimits(), this)),
      m_caller(new ApiCaller(clock, m_scheduler, transport, &classifyReply, config.retry, this))
{
    if (!m_config.baseUrl.path().endsWith(u'/'))
        m_config.baseUrl.setPath(m_config.baseUrl.path() + u'/');
}

Client::~Client()
{
    cancelAll();
}

void Client::cancelAll()
{
    m_caller->cancelAll();
}

bool Client::isWriteMethod(const QString &method)
{
    static const QStringList prefixes = {u"Incluir"_s, u"Alterar"_s,  u"Upsert"_s,  u"Excluir"_s,
                                         u"Trocar"_s,  u"Associar"_s, u"Faturar"_s, u"Cancelar"_s};
    for (const QString &p : prefixes) {
        if (method.startsWith(p))
            return true;
    }
    return false;
}

void Client::storeInCache(const QByteArray &key, const Reply &reply)
{
    const qint64 bytes = key.size() + qint64(QJsonDocument(reply.body).toJson(QJsonDocument::Compact).size());
    const qint64 now = m_clock->nowMs();
    if (m_cacheBytes + bytes > kMaxCacheBytes) {
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            if (it->expiresAt <= now) {
                m_cacheBytes -= it->bytes;
                it = m_cache.erase(it);
            } else {
                ++it;
            }
        }
        if (m_cacheBytes + bytes > kMaxCacheBytes)
            return;
    }
    m_cache.insert(key, CacheEntry{now + qint64(m_config.redundantWindowS) * 1000, reply, bytes});
    m_cacheBytes += bytes;
}

void Client::call(
    const QString &endpoint, const QString &method, const QJsonObject &param, Callback done, CallOptions options)
{
    const bool write = isWriteMethod(method);
    const QByteArray paramJson = QJsonDocument(param).toJson(QJsonDocument::Compact);
    const QByteArray dedupKey = method.toUtf8() + '|' + paramJson;
    const qint64 now = m_clock->nowMs();

    if (!write) {
        // An identical read within the redundancy window would be refused by Omie: reuse the answer.
        if (!options.fresh) {
            const auto cached = m_cache.constFind(dedupKey);
            if (cached != m_cache.constEnd() && cached->expiresAt > now) {
                ++m_cacheHits;
                const Reply reply = cached->reply;
                m_clock->callAfter(0, this, [done, reply] { done(reply); });
                return;
            }
        }
        auto inFlight = m_inFlightReads.find(dedupKey);
        if (inFlight != m_inFlightReads.end()) {
            ++m_cacheHits; // answered by the identical request already on its way
            inFlight->append(done);
            return;
        }
        m_inFlightReads.insert(dedupKey, {done});
    }

    const QJsonObject envelope{{u"call"_s, method},
                               {u"app_key"_s, m_config.appKey},
                               {u"app_secret"_s, m_config.appSecret},
                               {u"param"_s, QJsonArray{param}}};
    CallSpec spec;
    spec.http.verb = "POST";
    spec.http.url = m_config.baseUrl.resolved(QUrl(endpoint));
    spec.http.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    spec.http.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    spec.http.timeoutMs = m_config.timeoutMs;
    spec.ticket.key = method;
    spec.ticket.write = write;
    spec.ticket.dedupKey = dedupKey;
    spec.write = write;
    spec.label = method;

    m_caller->call(spec, [this, write, dedupKey, done, method](const CallResult &result) {
        Reply reply;
        reply.error = result.error;
        if (!result.error.isError()) {
            const QJsonDocument doc = QJsonDocument::fromJson(result.response.body);
            if (doc.isObject())
                reply.body = doc.object();
            else
                reply.error = unexpectedShape(method, u"a JSON object"_s);
        }
        if (reply.error.isError() && reply.error.kind != ApiError::Kind::Cancelled && !reply.error.endOfList)
            qCWarning(lcOmie) << method << reply.error.kindName() << reply.error.serviceMessage
                              << reply.error.correlationId;
        if (write) {
            done(reply);
            return;
        }
        if (reply.ok() || reply.error.endOfList || reply.error.kind == ApiError::Kind::NotFound)
            storeInCache(dedupKey, reply);
        const QList<Callback> waiting = m_inFlightReads.take(dedupKey);
        for (const Callback &cb : waiting)
            cb(reply);
    });
}

void Client::listAll(const ListSpec &spec, ListCallback<QJsonObject> done)
{
    const int pageSize = spec.pageSize > 0 ? spec.pageSize : m_config.pageSize;
    auto pageParam = [spec, pageSize](int page) {
        QJsonObject p = spec.params;
        p.insert(paramFor(spec.dialect, true), page);
        p.insert(paramFor(spec.dialect, false), pageSize);
        return p;
    };
    struct State
    {
        QList<QList<QJsonObject>> pages;
        int outstanding = 0;
        ApiError error;
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    auto finish = [state, done]() {
        if (state->finished)
            return;
        state->finished = true;
        QList<QJsonObject> all;
        for (const QList<QJsonObject> &p : std::as_const(state->pages))
            all += p;
        done(state->error.isError() ? QList<QJsonObject>() : all, state->error);
    };
    auto readItems = [spec](const Reply &reply, QList<QJsonObject> *items) -> ApiError {
        const QJsonValue array = reply.body.value(spec.arrayField);
        if (!array.isArray()) {
            // An empty list may come without its array; anything else is a shape we do not know.
            const QJsonValue count =
                reply.body.value(spec.dialect == Dialect::Hungarian ? u"nTotRegistros"_s : u"total_de_registros"_s);
            if (count.toInteger(-1) == 0)
                return {};
            return unexpectedShape(spec.method, spec.arrayField);
        }
        for (const QJsonValue &v : array.toArray())
            items->append(v.toObject());
        return {};
    };

    call(spec.endpoint, spec.method, pageParam(1),
         [this, spec, state, finish, readItems, pageParam, done](const Reply &first) {
             if (first.error.endOfList) {
                 done({}, {});
                 return;
             }
             if (!first.ok()) {
                 done({}, first.error);
                 return;
             }
             const QJsonValue totalValue = first.body.value(totalPagesField(spec.dialect));
             if (totalValue.isUndefined()) {
                 done({}, unexpectedShape(spec.method, totalPagesField(spec.dialect)));
                 return;
             }
             const int totalPages = std::max(1, int(totalValue.toVariant().toLongLong()));
             state->pages.resize(totalPages);
             if (ApiError e = readItems(first, &state->pages[0]); e.isError()) {
                 done({}, e);
                 return;
             }
             if (spec.onPage)
                 spec.onPage(state->pages.at(0));
             state->outstanding = totalPages - 1;
             if (state->outstanding == 0) {
                 finish();
                 return;
             }
             for (int page = 2; page <= totalPages; ++page) {
                 call(spec.endpoint, spec.method, pageParam(page),
                      [state, finish, readItems, page, onPage = spec.onPage](const Reply &reply) {
                          if (state->finished)
                              return;
                          // The list shrank while we read it: a page past the new end is simply empty.
                          if (!reply.error.endOfList) {
                              if (!reply.ok()) {
                                  state->error = reply.error;
                                  finish();
                                  return;
                              }
                              if (ApiError e = readItems(reply, &state->pages[page - 1]); e.isError()) {
                                  state->error = e;
                                  finish();
                                  return;
                              }
                              if (onPage)
                                  onPage(state->pages.at(page - 1));
                          }
                          if (--state->outstanding == 0)
                              finish();
                      });
             }
         });
}

void Client::testConnection(std::function<void(const ApiError &)> done)
{
    const QJsonObject param{{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 1}, {u"apenas_importado_api"_s, u"N"_s}};
    call(u"geral/clientes/"_s, u"ListarClientesResumido"_s, param,
         [done](const Reply &reply) { done(reply.error.endOfList ? ApiError{} : reply.error); });
}

namespace {
/** Whether a list request type defines filtrar_por_hora_de/_ate: osListarRequest does not (omie-api.md §7.1). */
enum class Hours { Defined, Undefined };

void applyStandardFilter(QJsonObject &params, const ListFilter &filter, Hours hours = Hours::Defined)
{
    if (filter.changedSince.isValid()) {
        const QDateTime since = toBrasilia(filter.changedSince);
        params.insert(u"filtrar_por_data_de"_s, formatDate(since.date()));
        if (hours == Hours::Defined)
            params.insert(u"filtrar_por_hora_de"_s, formatTime(since.time()));
    }
    if (filter.changedUntil.isValid()) {
        const QDateTime until = toBrasilia(filter.changedUntil);
        params.insert(u"filtrar_por_data_ate"_s, formatDate(until.date()));
        if (hours == Hours::Defined)
            params.insert(u"filtrar_por_hora_ate"_s, formatTime(until.time()));
    }
    for (auto it = filter.extra.constBegin(); it != filter.extra.constEnd(); ++it)
        params.insert(it.key(), it.value());
}

/** The same window as dates only, under the tag names @p fromTag/@p untilTag (billing, cancellation). */
ListSpec dateWindow(ListSpec spec, const ListFilter &filter, const QString &fromTag, const QString &untilTag)
{
    spec.params.insert(fromTag, formatDate(toBrasilia(filter.changedSince).date()));
    if (filter.changedUntil.isValid())
        spec.params.insert(untilTag, formatDate(toBrasilia(filter.changedUntil).date()));
    for (auto it = filter.extra.constBegin(); it != filter.extra.constEnd(); ++it)
        spec.params.insert(it.key(), it.value());
    return spec;
}
/**
 * Gives @p specs (listings read as one union) a page sink: @p eachPage gets each page's records as they arrive,
 * each id once across the listings (the first listing to bring it wins, as in the union itself).
 */
template <typename T>
void sendPages(QList<ListSpec> &specs,
               const std::function<qint64(const QJsonObject &)> &idOf,
               const Client::ListCallback<T> &eachPage)
{
    if (!eachPage)
        return;
    auto delivered = std::make_shared<QSet<qint64>>();
    auto forward = [delivered, idOf, eachPage](const QList<QJsonObject> &page) {
        QList<QJsonObject> fresh;
        for (const QJsonObject &o : page) {
            if (!delivered->contains(idOf(o))) {
                delivered->insert(idOf(o));
                fresh.append(o);
            }
        }
        if (!fresh.isEmpty())
            eachPage(wrap<T>(fresh), ApiError{});
    };
    for (ListSpec &spec : specs)
        spec.onPage = forward;
}
} // namespace

template <typename T> void Client::listTyped(ListSpec spec, const ListFilter &filter, ListCallback<T> done)
{
    applyStandardFilter(spec.params, filter);
    listAll(spec, [done](const QList<QJsonObject> &items, const ApiError &e) { done(wrap<T>(items), e); });
}

void Client::listUnion(QList<ListSpec> specs,
                       std::function<qint64(const QJsonObject &)> idOf,
                       ListCallback<QJsonObject> done,
                       QList<QJsonObject> gathered)
{
    if (specs.isEmpty()) {
        done(gathered, {});
        return;
    }
    const ListSpec next = specs.takeFirst();
    listAll(next, [this, specs, idOf, done, gathered](const QList<QJsonObject> &items, const ApiError &e) mutable {
        if (e.isError()) {
            done({}, e);
            return;
        }
        QSet<qint64> seen;
        for (const QJsonObject &o : std::as_const(gathered))
            seen.insert(idOf(o));
        for (const QJsonObject &o : items) {
            if (!seen.contains(idOf(o))) {
                seen.insert(idOf(o));
                gathered.append(o);
            }
        }
        listUnion(specs, idOf, done, gathered);
    });
}

void Client::listClientes(const ListFilter &filter, ListCallback<Cliente> done)
{
    ListSpec spec{u"geral/clientes/"_s, u"ListarClientes"_s, u"clientes_cadastro"_s};
    spec.params.insert(u"apenas_importado_api"_s, u"N"_s);
    listTyped<Cliente>(spec, filter, std::move(done));
}

void Client::findClientesByDocument(const QString &document, ListCallback<Cliente> done)
{
    ListSpec spec{u"geral/clientes/"_s, u"ListarClientes"_s, u"clientes_cadastro"_s};
    spec.params.insert(u"apenas_importado_api"_s, u"N"_s);
    spec.params.insert(u"clientesFiltro"_s, QJsonObject{{u"cnpj_cpf"_s, document}});
    spec.pageSize = 50;
    listTyped<Cliente>(spec, {}, std::move(done));
}

void Client::consultarCliente(qint64 id, const QString &integrationCode, OneCallback<Cliente> done, CallOptions o)
{
    const QJsonObject param{{u"codigo_cliente_omie"_s, id}, {u"codigo_cliente_integracao"_s, integrationCode}};
    call(
        u"geral/clientes/"_s, u"ConsultarCliente"_s, param,
        [done](const Reply &r) { done(Cliente(unwrap(r.body, u"clientes_cadastro"_s)), r.error); }, o);
}

void Client::write(const QString &endpoint,
                   const QString &method,
                   const QJsonObject &param,
                   const QString &idField,
                   const QString &codeField,
                   WriteCallback done)
{
    call(endpoint, method, param, [done, idField, codeField, method](const Reply &r) {
        WriteResult w;
        w.error = r.error;
        w.body = r.body;
        if (r.ok()) {
            const Record body(r.body);
            w.id = body.int64(idField);
            w.integrationCode = body.string(codeField);
            w.number = body.string(u"numero_pedido"_s);
            if (w.number.isEmpty())
                w.number = body.string(u"cNumOS"_s);
            if (!w.id)
                w.error = unexpectedShape(method, idField);
        }
        done(w);
    });
}

void Client::incluirCliente(const Cliente &cliente, WriteCallback done)
{
    write(u"geral/clientes/"_s, u"IncluirCliente"_s, cliente.json(), u"codigo_cliente_omie"_s,
          u"codigo_cliente_integracao"_s, std::move(done));
}

void Client::alterarCliente(const Cliente &cliente, WriteCallback done)
{
    write(u"geral/clientes/"_s, u"AlterarCliente"_s, cliente.json(), u"codigo_cliente_omie"_s,
          u"codigo_cliente_integracao"_s, std::move(done));
}

void Client::upsertCliente(const Cliente &cliente, WriteCallback done)
{
    write(u"geral/clientes/"_s, u"UpsertCliente"_s, cliente.json(), u"codigo_cliente_omie"_s,
          u"codigo_cliente_integracao"_s, std::move(done));
}

void Client::associarCodIntCliente(qint64 id, const QString &integrationCode, WriteCallback done)
{
    const QJsonObject param{{u"codigo_cliente_omie"_s, id}, {u"codigo_cliente_integracao"_s, integrationCode}};
    call(u"geral/clientes/"_s, u"AssociarCodIntCliente"_s, param, [done, id, integrationCode](const Reply &r) {
        WriteResult w;
        w.error = r.error;
        w.body = r.body;
        w.id = id;
        w.integrationCode = integrationCode;
        done(w);
    });
}

void Client::excluirCliente(qint64 id, WriteCallback done)
{
    write(u"geral/clientes/"_s, u"ExcluirCliente"_s, QJsonObject{{u"codigo_cliente_omie"_s, id}},
          u"codigo_cliente_omie"_s, u"codigo_cliente_integracao"_s, std::move(done));
}

void Client::listProdutos(const ListFilter &filter, ListCallback<Produto> done)
{
    ListSpec spec{u"geral/produtos/"_s, u"ListarProdutos"_s, u"produto_servico_cadastro"_s};
    spec.params.insert(u"apenas_importado_api"_s, u"N"_s);
    spec.params.insert(u"filtrar_apenas_omiepdv"_s, u"N"_s);
    listTyped<Produto>(spec, filter, std::move(done));
}

void Client::consultarProduto(qint64 id, const QString &integrationCode, OneCallback<Produto> done, CallOptions o)
{
    const QJsonObject param{{u"codigo_produto"_s, id}, {u"codigo_produto_integracao"_s, integrationCode}};
    call(
        u"geral/produtos/"_s, u"ConsultarProduto"_s, param,
        [done](const Reply &r) { done(Produto(unwrap(r.body, u"produto_servico_cadastro"_s)), r.error); }, o);
}

void Client::upsertProduto(const Produto &produto, WriteCallback done)
{
    write(u"geral/produtos/"_s, u"UpsertProduto"_s, produto.json(), u"codigo_produto"_s, u"codigo_produto_integracao"_s,
          std::move(done));
}

void Client::listServicos(const ListFilter &filter, ListCallback<Servico> done)
{
    ListSpec base{u"servicos/servico/"_s, u"ListarCadastroServico"_s, u"cadastros"_s, Dialect::Hungarian};
    for (auto it = filter.extra.constBegin(); it != filter.extra.constEnd(); ++it)
        base.params.insert(it.key(), it.value());
    if (!filter.changedSince.isValid()) {
        listAll(base, [done](const QList<QJsonObject> &items, const ApiError &e) { done(wrap<Servico>(items), e); });
        return;
    }
    // The Hungarian dialect filters inclusion and alteration separately: read both windows, merge by id.
    auto windowed = [&](const QString &prefix) {
        ListSpec spec = base;
        const QDateTime since = toBrasilia(filter.changedSince);
        spec.params.insert(u"d"_s + prefix + u"Inicial"_s, formatDate(since.date()));
        spec.params.insert(u"h"_s + prefix + u"Inicial"_s, formatTime(since.time()));
        if (filter.changedUntil.isValid()) {
            const QDateTime until = toBrasilia(filter.changedUntil);
            spec.params.insert(u"d"_s + prefix + u"Final"_s, formatDate(until.date()));
            spec.params.insert(u"h"_s + prefix + u"Final"_s, formatTime(until.time()));
        }
        return spec;
    };
    listUnion(
        {windowed(u"Alteracao"_s), windowed(u"Inclusao"_s)}, [](const QJsonObject &o) { return Servico(o).id(); },
        [done](const QList<QJsonObject> &items, const ApiError &e) { done(wrap<Servico>(items), e); });
}

void Client::consultarServico(qint64 id, const QString &integrationCode, OneCallback<Servico> done, CallOptions o)
{
    const QJsonObject param{{u"nCodServ"_s, id}, {u"cCodIntServ"_s, integrationCode}};
    call(
        u"servicos/servico/"_s, u"ConsultarCadastroServico"_s, param,
        [done](const Reply &r) { done(Servico(r.body), r.error); }, o);
}

void Client::upsertServico(const Servico &servico, WriteCallback done)
{
    write(u"servicos/servico/"_s, u"UpsertCadastroServico"_s, servico.json(), u"nCodServ"_s, u"cCodIntServ"_s,
          std::move(done));
}

void Client::listVendedores(ListCallback<Vendedor> done)
{
    ListSpec spec{u"geral/vendedores/"_s, u"ListarVendedores"_s, u"cadastro"_s};
    listTyped<Vendedor>(spec, {}, std::move(done));
}

void Client::listPedidos(const ListFilter &filter, ListCallback<Pedido> done, ListCallback<Pedido> eachPage)
{
    ListSpec spec{u"produtos/pedido/"_s, u"ListarPedidos"_s, u"pedido_venda_produto"_s};
    // Orders carry full fiscal detail: smaller pages keep each reply light, unless the caller asks otherwise.
    spec.pageSize =
        filter.pageSize > 0 ? std::min(m_config.pageSize, filter.pageSize) : std::min(m_config.pageSize, 100);
    spec.params.insert(u"apenas_resumo"_s, u"N"_s);
    const auto idOf = [](const QJsonObject &o) { return Pedido(o).id(); };
    QList<ListSpec> specs;
    if (!filter.changedSince.isValid()) {
        applyStandardFilter(spec.params, filter);
        specs = {spec};
    } else {
        // What filtrar_por_data_de selects here is disputed (omie-api.md §7.2: changes, or data_previsao):
        // billing and cancellation are also read by their own dates, so that either reading finds them.
        ListSpec changed = spec;
        applyStandardFilter(changed.params, filter);
        specs = {changed, dateWindow(spec, filter, u"data_faturamento_de"_s, u"data_faturamento_ate"_s),
                 dateWindow(spec, filter, u"data_cancelamento_de"_s, u"data_cancelamento_ate"_s)};
    }
    sendPages<Pedido>(specs, idOf, eachPage);
    auto typed = [done](const QList<QJsonObject> &items, const ApiError &e) { done(wrap<Pedido>(items), e); };
    if (specs.size() == 1)
        listAll(specs.first(), typed);
    else
        listUnion(specs, idOf, typed);
}

void Client::consultarPedido(qint64 id, const QString &integrationCode, OneCallback<Pedido> done, CallOptions o)
{
    const QJsonObject param{{u"codigo_pedido"_s, id}, {u"codigo_pedido_integracao"_s, integrationCode}};
    call(
        u"produtos/pedido/"_s, u"ConsultarPedido"_s, param,
        [done](const Reply &r) { done(Pedido(unwrap(r.body, u"pedido_venda_produto"_s)), r.error); }, o);
}

void Client::incluirPedido(const Pedido &pedido, WriteCallback done)
{
    write(u"produtos/pedido/"_s, u"IncluirPedido"_s, pedido.json(), u"codigo_pedido"_s, u"codigo_pedido_integracao"_s,
          std::move(done));
}

void Client::alterarPedido(const Pedido &pedido, WriteCallback done)
{
    write(u"produtos/pedido/"_s, u"AlterarPedidoVenda"_s, pedido.json(), u"codigo_pedido"_s,
          u"codigo_pedido_integracao"_s, std::move(done));
}

void Client::statusPedido(qint64 id, const QString &integrationCode, Callback done)
{
    const QJsonObject param{{u"codigo_pedido"_s, id}, {u"codigo_pedido_integracao"_s, integrationCode}};
    call(u"produtos/pedido/"_s, u"StatusPedido"_s, param, std::move(done), CallOptions{true});
}

void Client::trocarEtapaPedido(qint64 id, const QString &etapa, WriteCallback done)
{
    const QJsonObject param{{u"codigo_pedido"_s, id}, {u"etapa"_s, etapa}};
    call(u"produtos/pedido/"_s, u"TrocarEtapaPedido"_s, param, [done, id](const Reply &r) {
        WriteResult w;
        w.error = r.error;
        w.body = r.body;
        w.id = id;
        done(w);
    });
}

void Client::listOrdensServico(const ListFilter &filter,
                               ListCallback<OrdemServico> done,
                               ListCallback<OrdemServico> eachPage)
{
    ListSpec spec{u"servicos/os/"_s, u"ListarOS"_s, u"osCadastro"_s};
    spec.pageSize =
        filter.pageSize > 0 ? std::min(m_config.pageSize, filter.pageSize) : std::min(m_config.pageSize, 100);
    ListSpec changed = spec;
    applyStandardFilter(changed.params, filter, Hours::Undefined);
    const auto idOf = [](const QJsonObject &o) { return OrdemServico(o).id(); };
    QList<ListSpec> specs{changed};
    // Dates only, so a run re-reads the whole first day; billing and cancellation by their own dates.
    if (filter.changedSince.isValid())
        specs +=
            {dateWindow(spec, filter, u"filtrar_por_data_faturamento_de"_s, u"filtrar_por_data_faturamento_ate"_s),
             dateWindow(spec, filter, u"filtrar_por_data_cancelamento_de"_s, u"filtrar_por_data_cancelamento_ate"_s)};
    sendPages<OrdemServico>(specs, idOf, eachPage);
    auto typed = [done](const QList<QJsonObject> &items, const ApiError &e) { done(wrap<OrdemServico>(items), e); };
    if (specs.size() == 1)
        listAll(specs.first(), typed);
    else
        listUnion(specs, idOf, typed);
}

void Client::consultarOrdemServico(qint64 id,
                                   const QString &integrationCode,
                                   OneCallback<OrdemServico> done,
                                   CallOptions o)
{
    const QJsonObject param{{u"nCodOS"_s, id}, {u"cCodIntOS"_s, integrationCode}};
    call(
        u"servicos/os/"_s, u"ConsultarOS"_s, param,
        [done](const Reply &r) { done(OrdemServico(unwrap(r.body, u"osCadastro"_s)), r.error); }, o);
}

void Client::incluirOrdemServico(const OrdemServico &os, WriteCallback done)
{
    write(u"servicos/os/"_s, u"IncluirOS"_s, os.json(), u"nCodOS"_s, u"cCodIntOS"_s, std::move(done));
}

void Client::alterarOrdemServico(const OrdemServico &os, WriteCallback done)
{
    write(u"servicos/os/"_s, u"AlterarOS"_s, os.json(), u"nCodOS"_s, u"cCodIntOS"_s, std::move(done));
}

void Client::statusOrdemServico(qint64 id, const QString &integrationCode, Callback done)
{
    const QJsonObject param{{u"nCodOS"_s, id}, {u"cCodIntOS"_s, integrationCode}};
    call(u"servicos/os/"_s, u"StatusOS"_s, param, std::move(done), CallOptions{true});
}

void Client::listContasCorrentes(ListCallback<ContaCorrente> done)
{
    ListSpec spec{u"geral/contacorrente/"_s, u"ListarContasCorrentes"_s, u"ListarContasCorrentes"_s};
    spec.params.insert(u"apenas_importado_api"_s, u"N"_s);
    listAll(spec, [done](const QList<QJsonObject> &items, const ApiError &e) {
        QList<ContaCorrente> out;
        for (const QJsonObject &o : items) {
            const Record r(o);
            out.append({r.int64(u"nCodCC"_s), r.string(u"descricao"_s), r.flag(u"inativo"_s)});
        }
        done(out, e);
    });
}

void Client::listCategorias(ListCallback<Categoria> done)
{
    ListSpec spec{u"geral/categorias/"_s, u"ListarCategorias"_s, u"categoria_cadastro"_s};
    // "R" asks for postable revenue categorias only; the flags are kept so callers can check it themselves.
    spec.params.insert(u"filtrar_por_tipo"_s, u"R"_s);
    listAll(spec, [done](const QList<QJsonObject> &items, const ApiError &e) {
        QList<Categoria> out;
        for (const QJsonObject &o : items) {
            const Record r(o);
            out.append({r.string(u"codigo"_s), r.string(u"descricao"_s), r.flag(u"conta_inativa"_s),
                        r.flag(u"totalizadora"_s), r.flag(u"conta_receita"_s), r.flag(u"conta_despesa"_s)});
        }
        done(out, e);
    });
}

void Client::listFormasPagamento(ListCallback<FormaPagamento> done)
{
    ListSpec spec{u"produtos/formaspagvendas/"_s, u"ListarFormasPagVendas"_s, u"cadastros"_s};
    listAll(spec, [done](const QList<QJsonObject> &items, const ApiError &e) {
        QList<FormaPagamento> out;
        for (const QJsonObject &o : items) {
            const Record r(o);
            out.append(
                {r.string(u"cCodigo"_s), r.string(u"cDescricao"_s), int(std::max<qint64>(1, r.int64(u"nQtdeParc"_s)))});
        }
        done(out, e);
    });
}

void Client::listEtapas(ListCallback<Etapa> done)
{
    ListSpec spec{u"produtos/etapafat/"_s, u"ListarEtapasFaturamento"_s, u"cadastros"_s};
    listAll(spec, [done](const QList<QJsonObject> &items, const ApiError &e) {
        QList<Etapa> out;
        // Grouped by operation ({cCodOperacao, etapas:[…]}); an element may be an empty object.
        for (const QJsonObject &o : items) {
            const QString operacao = Record(o).string(u"cCodOperacao"_s);
            for (const QJsonValue &v : o.value(u"etapas"_s).toArray()) {
                const Record r(v.toObject());
                QString descricao = r.string(u"cDescricao"_s);
                if (descricao.isEmpty())
                    descricao = r.string(u"cDescrPadrao"_s);
                out.append({r.string(u"cCodigo"_s), descricao, operacao, r.flag(u"cInativo"_s)});
            }
        }
        done(out, e);
    });
}

} // namespace Ponte::Omie
