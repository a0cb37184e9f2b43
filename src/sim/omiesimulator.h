#pragma once

#include "net/clock.h"
#include "sampledata.h"
#include "simcommon.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ponte::Sim {

/** The published Omie limits, scalable for tests and benchmarks. */
struct OmieLimitsConfig
{
    int perMethodPerMinute = 240;
    int totalPerMinute = 960;
    int concurrentPerMethod = 4;
    int redundantWindowMs = 60'000;
    /** Consecutive faulty calls of one method after which the app key is blocked (MISUSE_API_PROCESS). */
    int misuseThreshold = 10;
    int blockSeconds = 1800;
    /** When false the simulator only counts violations and answers normally. */
    bool enforce = true;
};

/**
 * Where omie-api.md §7 leaves a behaviour of the real Omie disputed, the reading the simulator plays.
 * Clients must work under every reading; tests switch them.
 */
struct OmieReadings
{
    /**
     * ListarPedidos' filtrar_por_data_de/_ate cut by cabecalho.data_previsao and filtrar_por_hora_de/_ate and
     * filtrar_apenas_inclusao/_alteracao change nothing (one integrator's live test), instead of selecting
     * orders included or altered in the window (Omie's schema text).
     */
    bool pedidosDateFilterByPrevisao = false;
    /**
     * A query (Consultar*, Status*) of the same record within the redundancy window is redundant whatever else its
     * body says ("querying the same ID twice within 60 s", §4.3), instead of only an identical body (§6.3 asks
     * which). On by default: it is the stricter reading.
     */
    bool redundancyByRecordId = true;
};

/**
 * A local stand-in for the Omie API (https://app.omie.com.br/api/v1/), written from
 * ../shared/reference/omie-api.md and sharing no code with Ponte's Omie client: JSON-RPC envelope
 * {call, app_key, app_secret, param:[{…}]}, both pagination dialects, incremental date filters,
 * SOAP-style faults (with HTTP 500), validation of required fields and unknown ids, duplicate
 * integration codes, the published limits (429 / redundant / misuse block) and seeded fault injection.
 */
class OmieSimulator : public QObject
{
    Q_OBJECT

public:
    /** Record kinds held by the simulator, in Omie's own JSON shapes. */
    enum class Kind {
        Client,        ///< clientes_cadastro (key codigo_cliente_omie)
        Product,       ///< produto_servico_cadastro (key codigo_produto)
        Service,       ///< cadastro de serviço {intListar, cabecalho, descricao, impostos, info} (key intListar.nCodServ)
        Order,         ///< pedido_venda_produto {cabecalho, det[], informacoes_adicionais, infoCadastro, …} (key cabecalho.codigo_pedido)
        ServiceOrder,  ///< osCadastro {Cabecalho, InformacoesAdicionais, ServicosPrestados[], InfoCadastro} (key Cabecalho.nCodOS)
        Seller,        ///< cadastro de vendedor (key codigo)
        ContaCorrente, ///< conta corrente (key nCodCC)
        Categoria,     ///< categoria (key codigo, a string such as "1.01.01")
        FormaPagamento,///< forma de pagamento de vendas / parcela (key cCodigo, e.g. "000")
        Etapa,         ///< etapa de faturamento (key cCodigo, e.g. "10")
    };

    explicit OmieSimulator(QObject *parent = nullptr, Clock *clock = Clock::system());
    ~OmieSimulator() override;

    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    void close();
    quint16 port() const;
    /** e.g. http://127.0.0.1:PORT/api/v1/ */
    QUrl baseUrl() const;

    /** The only app key / secret accepted; anything else gets an authentication fault. */
    void setCredentials(const QString &appKey, const QString &appSecret);
    void setLimits(const OmieLimitsConfig &limits);
    OmieLimitsConfig limits() const;
    void setFaults(const FaultConfig &faults);
    /** Processing time of every request, so that concurrency is observable. */
    void setLatencyMs(int ms);

    void setReadings(const OmieReadings &readings);
    OmieReadings readings() const;

    ViolationCounters violations() const;
    /** Requests refused because they carried a tag their request type does not define (Client-5001). */
    int unknownTagRefusals() const;
    TrafficCounters traffic() const;
    void resetCounters();

    /** Loads vendedores, clientes, produtos, serviços, pedidos, OS and the lookup lists. */
    void seed(const SampleData &data);

    QList<QJsonObject> records(Kind kind) const;
    std::optional<QJsonObject> record(Kind kind, qint64 id) const;
    /** Adds a record as a user of the Omie web app would (ids and info stamps are assigned); returns its id. */
    qint64 insert(Kind kind, QJsonObject record);
    /** Merges @p patch into a record as a user edit and moves its alteration stamp to now. */
    bool modify(Kind kind, qint64 id, const QJsonObject &patch);
    bool remove(Kind kind, qint64 id);
    int count(Kind kind) const;

    /** Everything the simulator holds, to persist the demo between processes. */
    QJsonObject snapshot() const;
    void restore(const QJsonObject &state);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Ponte::Sim
