#pragma once

#include "net/apicaller.h"
#include "net/requestscheduler.h"
#include "omie/omierecords.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace Ponte {
class Settings;
struct Credentials;
} // namespace Ponte

namespace Ponte::Omie {

/** Everything the client needs; build it from settings with fromSettings(). */
struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://app.omie.com.br/api/v1/"));
    QString appKey;
    QString appSecret;
    int perMethodPerMinute = 240;
    int totalPerMinute = 960;
    int concurrentPerMethod = 4;
    int redundantWindowS = 60;
    int pageSize = 500;
    int timeoutMs = 60'000;
    RetryPolicy retry;

    static ClientConfig fromSettings(const Settings &settings, const Credentials &credentials);
    SchedulerLimits schedulerLimits() const;
};

/** Pagination dialect of a list method. */
enum class Dialect { Standard, Hungarian };

/** A list call: which method, which array in the reply, which extra filters. */
struct ListSpec
{
    ListSpec(QString endpoint, QString method, QString arrayField, Dialect dialect = Dialect::Standard)
        : endpoint(std::move(endpoint))
        , method(std::move(method))
        , arrayField(std::move(arrayField))
        , dialect(dialect)
    {
    }
    QString endpoint;   ///< "geral/clientes/"
    QString method;     ///< "ListarClientes"
    QString arrayField; ///< "clientes_cadastro"
    Dialect dialect = Dialect::Standard;
    QJsonObject params; ///< filters, merged into every page request
    int pageSize = 0;   ///< 0 = the configured page size
    /** When set, gets each page's records as soon as that page is read (in arrival order), before done(). */
    std::function<void(const QList<QJsonObject> &)> onPage;
};

/** Incremental window: records included or altered in [changedSince, changedUntil] (Brasília time). */
struct ListFilter
{
    QDateTime changedSince;
    QDateTime changedUntil;
    QJsonObject extra;
    /** Records per page asked for; 0 keeps the method's own (smaller pages keep heavy replies light). */
    int pageSize = 0;
};

struct CallOptions
{
    /** Do not answer from the read cache (lookups after an ambiguous write). */
    bool fresh = false;
};

/** What a write call confirmed. */
struct WriteResult
{
    ApiError error;
    qint64 id = 0;
    QString integrationCode;
    QString number; ///< numero_pedido / cNumOS
    QJsonObject body;
    bool ok() const { return !error.isError(); }
};

/**
 * Omie JSON-RPC client: the {call, app_key, app_secret, param:[{…}]} envelope (the secret is never
 * logged), both pagination dialects with Client-5113 read as the end of a list, incremental
 * filters, a read cache and coalescing of identical reads (Omie refuses an identical request within
 * 60 s), and typed calls for everything the sync needs. All calls go through a RequestScheduler
 * that enforces the published limits for this App Key.
 */
class Client : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        ApiError error;
        QJsonObject body;
        bool ok() const { return !error.isError(); }
    };
    using Callback = std::function<void(const Reply &)>;
    template <typename T>
    using ListCallback = std::function<void(const QList<T> &, const ApiError &)>;
    template <typename T>
    using OneCallback = std::function<void(const T &, const ApiError &)>;
    using WriteCallback = std::function<void(const WriteResult &)>;

    Client(Clock *clock, Transport *transport, const ClientConfig &config, QObject *parent = nullptr);
    ~Client() override;

    static bool isWriteMethod(const QString &method);

    /** One call of @p method on @p endpoint with @p param as the single element of "param". */
    void call(const QString &endpoint, const QString &method, const QJsonObject &param, Callback done,
              CallOptions options = {});
    /** Every page of a list; after the first page the rest are fetched in parallel within the limits. */
    void listAll(const ListSpec &spec, ListCallback<QJsonObject> done);

    /** Cheapest authenticated call, to prove the credentials. */
    void testConnection(std::function<void(const ApiError &)> done);

    // Clientes
    void listClientes(const ListFilter &filter, ListCallback<Cliente> done);
    void consultarCliente(qint64 id, const QString &integrationCode, OneCallback<Cliente> done, CallOptions o = {});
    void incluirCliente(const Cliente &cliente, WriteCallback done);
    void alterarCliente(const Cliente &cliente, WriteCallback done);
    void upsertCliente(const Cliente &cliente, WriteCallback done);
    void associarCodIntCliente(qint64 id, const QString &integrationCode, WriteCallback done);
    /** Deletes a client; used only when the deletion policy mirrors a deletion made in Ploomes. */
    void excluirCliente(qint64 id, WriteCallback done);
    /** Clients whose CNPJ/CPF matches (any mask). */
    void findClientesByDocument(const QString &document, ListCallback<Cliente> done);

    // Produtos
    void listProdutos(const ListFilter &filter, ListCallback<Produto> done);
    void consultarProduto(qint64 id, const QString &integrationCode, OneCallback<Produto> done, CallOptions o = {});
    void upsertProduto(const Produto &produto, WriteCallback done);

    // Serviços
    void listServicos(const ListFilter &filter, ListCallback<Servico> done);
    void consultarServico(qint64 id, const QString &integrationCode, OneCallback<Servico> done, CallOptions o = {});
    void upsertServico(const Servico &servico, WriteCallback done);

    // Vendedores
    void listVendedores(ListCallback<Vendedor> done);

    // Pedidos de venda
    /**
     * @p eachPage, when given, gets each page's orders as soon as it is read (an order once, even when several of
     * the listings bring it), so that a caller can act on them while later pages are read; done() still gets all.
     */
    void listPedidos(const ListFilter &filter, ListCallback<Pedido> done, ListCallback<Pedido> eachPage = {});
    void consultarPedido(qint64 id, const QString &integrationCode, OneCallback<Pedido> done, CallOptions o = {});
    void incluirPedido(const Pedido &pedido, WriteCallback done);
    void alterarPedido(const Pedido &pedido, WriteCallback done);
    void statusPedido(qint64 id, const QString &integrationCode, Callback done);
    void trocarEtapaPedido(qint64 id, const QString &etapa, WriteCallback done);

    // Ordens de serviço
    /** @p eachPage as for listPedidos(). */
    void listOrdensServico(const ListFilter &filter,
                           ListCallback<OrdemServico> done,
                           ListCallback<OrdemServico> eachPage = {});
    void consultarOrdemServico(qint64 id, const QString &integrationCode, OneCallback<OrdemServico> done,
                               CallOptions o = {});
    void incluirOrdemServico(const OrdemServico &os, WriteCallback done);
    void alterarOrdemServico(const OrdemServico &os, WriteCallback done);
    void statusOrdemServico(qint64 id, const QString &integrationCode, Callback done);

    // Lookups for order defaults
    void listContasCorrentes(ListCallback<ContaCorrente> done);
    void listCategorias(ListCallback<Categoria> done);
    void listFormasPagamento(ListCallback<FormaPagamento> done);
    void listEtapas(ListCallback<Etapa> done);

    RequestScheduler &scheduler() { return *m_scheduler; }
    ApiCaller &caller() { return *m_caller; }
    const ClientConfig &config() const { return m_config; }
    qint64 requestsSent() const { return m_caller->requestsSent(); }
    qint64 throttledResponses() const { return m_caller->throttledResponses(); }
    /** Reads answered without a request of their own (cache or an identical request in flight). */
    qint64 cacheHits() const { return m_cacheHits; }
    /** Cancels every pending call (their callbacks report Cancelled). */
    void cancelAll();

private:
    struct CacheEntry
    {
        qint64 expiresAt;
        Reply reply;
        qint64 bytes;
    };

    void write(const QString &endpoint, const QString &method, const QJsonObject &param, const QString &idField,
               const QString &codeField, WriteCallback done);
    void storeInCache(const QByteArray &key, const Reply &reply);
    template <typename T>
    void listTyped(ListSpec spec, const ListFilter &filter, ListCallback<T> done);
    /** Every record of every list in @p specs, one after the other, each id once. */
    void listUnion(QList<ListSpec> specs,
                   std::function<qint64(const QJsonObject &)> idOf,
                   ListCallback<QJsonObject> done,
                   QList<QJsonObject> gathered = {});

    Clock *m_clock;
    ClientConfig m_config;
    RequestScheduler *m_scheduler;
    ApiCaller *m_caller;
    QHash<QByteArray, CacheEntry> m_cache;
    qint64 m_cacheBytes = 0;
    QHash<QByteArray, QList<Callback>> m_inFlightReads;
    qint64 m_cacheHits = 0;
};

} // namespace Ponte::Omie
