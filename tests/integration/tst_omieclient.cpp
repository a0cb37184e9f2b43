// Ponte's Omie client against the Omie simulator over real HTTP on loopback.
#include "net/transport.h"
#include "omie/omieclient.h"
#include "omiesimulator.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Ponte;
using namespace Ponte::Omie;
using namespace Qt::StringLiterals;
using OmieSim = Ponte::Sim::OmieSimulator;

namespace {
template <typename T>
struct Waiter
{
    bool done = false;
    T value{};
    ApiError error;
};

template <typename T>
bool waitFor(const Waiter<T> &w, int ms = 60'000)
{
    return QTest::qWaitFor([&] { return w.done; }, ms);
}
} // namespace

class TstOmieClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OmieSim> m_sim;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<Client> m_client;

    ClientConfig config(const QString &secret = u"secret-1"_s) const
    {
        ClientConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.appKey = u"key-1"_s;
        c.appSecret = secret;
        c.perMethodPerMinute = 3000;
        c.totalPerMinute = 12000;
        c.concurrentPerMethod = 4;
        c.redundantWindowS = 1;
        c.pageSize = 7; // several pages for every list
        c.timeoutMs = 3000;
        c.retry.baseDelayMs = 50;
        c.retry.maxDelayMs = 500;
        c.retry.maxAttempts = 8;
        return c;
    }

    template <typename T, typename Call>
    Waiter<QList<T>> list(Call call)
    {
        Waiter<QList<T>> w;
        call([&w](const QList<T> &items, const ApiError &e) {
            w.value = items;
            w.error = e;
            w.done = true;
        });
        waitFor(w);
        return w;
    }

    WriteResult writeAndWait(const std::function<void(Client::WriteCallback)> &call)
    {
        WriteResult result;
        bool done = false;
        call([&](const WriteResult &r) {
            result = r;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 60000);
        return result;
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<OmieSim>();
        m_sim->setCredentials(u"key-1"_s, u"secret-1"_s);
        Ponte::Sim::OmieLimitsConfig limits;
        limits.perMethodPerMinute = 3000;
        limits.totalPerMinute = 12000;
        limits.concurrentPerMethod = 4;
        limits.redundantWindowMs = 1000;
        m_sim->setLimits(limits);
        m_sim->setLatencyMs(3);
        Ponte::Sim::SampleSizes sizes;
        sizes.clients = 30;
        sizes.products = 16;
        sizes.services = 9;
        sizes.orders = 12;
        sizes.serviceOrders = 8;
        m_sim->seed(Ponte::Sim::SampleData::generate(sizes, 11));
        QVERIFY(m_sim->listen());
        m_transport = std::make_unique<NetworkTransport>();
        m_client = std::make_unique<Client>(Clock::system(), m_transport.get(), config());
    }

    void cleanup()
    {
        if (m_sim) {
            QCOMPARE(m_sim->violations().total(), 0);
            QCOMPARE(m_sim->unknownTagRefusals(), 0); // only the tags each request type defines
        }
        m_client.reset();
        m_transport.reset();
        m_sim.reset();
    }

    void listsEveryPageOfBothDialects()
    {
        auto clientes = list<Cliente>([this](auto cb) { m_client->listClientes({}, cb); });
        QVERIFY2(!clientes.error.isError(), qPrintable(clientes.error.userMessage()));
        QCOMPARE(clientes.value.size(), m_sim->count(OmieSim::Kind::Client));
        QSet<qint64> ids;
        for (const Cliente &c : clientes.value) {
            QVERIFY(c.id() > 0);
            ids.insert(c.id());
        }
        QCOMPARE(ids.size(), clientes.value.size()); // no page read twice
        auto produtos = list<Produto>([this](auto cb) { m_client->listProdutos({}, cb); });
        QCOMPARE(produtos.value.size(), 16);
        auto servicos = list<Servico>([this](auto cb) { m_client->listServicos({}, cb); });
        QCOMPARE(servicos.value.size(), 9);
        QVERIFY(servicos.value.first().id() > 0);
        QVERIFY(!servicos.value.first().descricao().isEmpty());
        auto vendedores = list<Vendedor>([this](auto cb) { m_client->listVendedores(cb); });
        QCOMPARE(vendedores.value.size(), m_sim->count(OmieSim::Kind::Seller));
        QVERIFY(vendedores.value.first().email().contains(u'@'));
        auto pedidos = list<Pedido>([this](auto cb) { m_client->listPedidos({}, cb); });
        QCOMPARE(pedidos.value.size(), 12);
        QVERIFY(!pedidos.value.first().itens().isEmpty());
        auto os = list<OrdemServico>([this](auto cb) { m_client->listOrdensServico({}, cb); });
        QCOMPARE(os.value.size(), 8);
        QVERIFY(!os.value.first().servicos().isEmpty());
    }

    void emptyListIsNotAnError()
    {
        ListFilter future;
        future.changedSince = QDateTime::currentDateTimeUtc().addDays(30);
        auto clientes = list<Cliente>([&](auto cb) { m_client->listClientes(future, cb); });
        QVERIFY(!clientes.error.isError());
        QVERIFY(clientes.value.isEmpty());
    }

    void incrementalFilterReturnsOnlyChanges()
    {
        const QList<QJsonObject> all = m_sim->records(OmieSim::Kind::Client);
        const qint64 id = all.at(3).value(u"codigo_cliente_omie"_s).toInteger();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        QVERIFY(m_sim->modify(OmieSim::Kind::Client, id, QJsonObject{{u"email"_s, u"novo@exemplo.com.br"_s}}));
        ListFilter filter;
        filter.changedSince = before;
        auto changed = list<Cliente>([&](auto cb) { m_client->listClientes(filter, cb); });
        QVERIFY(!changed.error.isError());
        QCOMPARE(changed.value.size(), 1);
        QCOMPARE(changed.value.first().id(), id);
        QCOMPARE(changed.value.first().email(), u"novo@exemplo.com.br"_s);
    }

    void clientWritesAndLookups()
    {
        Cliente c;
        c.json() = QJsonObject{{u"codigo_cliente_integracao"_s, u"PL9001"_s},
                               {u"razao_social"_s, u"Padaria Sol Ltda"_s},
                               {u"nome_fantasia"_s, u"Padaria Sol"_s},
                               {u"cnpj_cpf"_s, u"11.222.333/0001-81"_s},
                               {u"email"_s, u"compras@sol.com.br"_s},
                               {u"cidade_ibge"_s, u"3509502"_s},
                               {u"estado"_s, u"SP"_s}};
        c.setTags({u"Cliente"_s});
        WriteResult created = writeAndWait([&](auto cb) { m_client->upsertCliente(c, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
        QVERIFY(created.id > 0);

        Waiter<Cliente> consulted;
        m_client->consultarCliente(0, u"PL9001"_s, [&](const Cliente &x, const ApiError &e) {
            consulted.value = x;
            consulted.error = e;
            consulted.done = true;
        });
        QVERIFY(waitFor(consulted));
        QVERIFY(!consulted.error.isError());
        QCOMPARE(consulted.value.id(), created.id);
        QCOMPARE(consulted.value.razaoSocial(), u"Padaria Sol Ltda"_s);

        auto byDoc = list<Cliente>([&](auto cb) { m_client->findClientesByDocument(u"11222333000181"_s, cb); });
        QCOMPARE(byDoc.value.size(), 1);
        QCOMPARE(byDoc.value.first().id(), created.id);

        // A second client with the same document is refused as "already exists" with the id.
        Cliente twin = c;
        twin.json().insert(u"codigo_cliente_integracao"_s, u"PL9002"_s);
        WriteResult dup = writeAndWait([&](auto cb) { m_client->incluirCliente(twin, cb); });
        QCOMPARE(dup.error.kind, ApiError::Kind::AlreadyExists);

        Cliente bad = c;
        bad.json().insert(u"codigo_cliente_integracao"_s, u"PL9003"_s);
        bad.json().insert(u"cnpj_cpf"_s, u"11.222.333/0001-82"_s);
        WriteResult invalid = writeAndWait([&](auto cb) { m_client->incluirCliente(bad, cb); });
        QCOMPARE(invalid.error.kind, ApiError::Kind::Validation);
        QVERIFY(!invalid.error.serviceMessage.isEmpty());

        // Link a client created in the Omie UI to a Ploomes id.
        const qint64 existing = m_sim->records(OmieSim::Kind::Client).first().value(u"codigo_cliente_omie"_s).toInteger();
        WriteResult linked = writeAndWait([&](auto cb) { m_client->associarCodIntCliente(existing, u"PL77"_s, cb); });
        QVERIFY2(linked.ok(), qPrintable(linked.error.userMessage()));
        QCOMPARE(m_sim->record(OmieSim::Kind::Client, existing)->value(u"codigo_cliente_integracao"_s).toString(),
                 u"PL77"_s);

        Waiter<Cliente> missing;
        m_client->consultarCliente(999, QString(), [&](const Cliente &, const ApiError &e) {
            missing.error = e;
            missing.done = true;
        });
        QVERIFY(waitFor(missing));
        QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
    }

    void salesAndServiceOrders()
    {
        auto contas = list<ContaCorrente>([this](auto cb) { m_client->listContasCorrentes(cb); });
        QVERIFY(!contas.value.isEmpty());
        auto categorias = list<Categoria>([this](auto cb) { m_client->listCategorias(cb); });
        QVERIFY(!categorias.value.isEmpty());
        auto formas = list<FormaPagamento>([this](auto cb) { m_client->listFormasPagamento(cb); });
        QVERIFY(!formas.value.isEmpty());
        auto etapas = list<Etapa>([this](auto cb) { m_client->listEtapas(cb); });
        QVERIFY(etapas.value.size() >= 5);
        qint64 conta = 0;
        for (const ContaCorrente &cc : contas.value) {
            if (!cc.inativa)
                conta = cc.id;
        }
        QVERIFY(conta);
        QJsonObject client;
        for (const QJsonObject &o : m_sim->records(OmieSim::Kind::Client)) {
            if (!o.value(u"estado"_s).toString().isEmpty()) {
                client = o;
                break;
            }
        }
        const qint64 produto = m_sim->records(OmieSim::Kind::Product).first().value(u"codigo_produto"_s).toInteger();

        Pedido p;
        p.setValue(u"cabecalho/codigo_pedido_integracao"_s, u"PL5001"_s);
        p.setValue(u"cabecalho/codigo_cliente"_s, client.value(u"codigo_cliente_omie"_s));
        p.setValue(u"cabecalho/data_previsao"_s, u"05/12/2026"_s);
        p.setValue(u"cabecalho/etapa"_s, u"10"_s);
        p.setValue(u"cabecalho/codigo_parcela"_s, formas.value.first().codigo);
        p.setValue(u"informacoes_adicionais/codigo_categoria"_s, categorias.value.first().codigo);
        p.setValue(u"informacoes_adicionais/codigo_conta_corrente"_s, conta);
        p.setValue(u"informacoes_adicionais/consumidor_final"_s, u"N"_s);
        p.setItens({{0, u"PL5001-1"_s, produto, QString(), 3, 50.0, 10, 0}});
        WriteResult included = writeAndWait([&](auto cb) { m_client->incluirPedido(p, cb); });
        QVERIFY2(included.ok(), qPrintable(included.error.userMessage()));
        QVERIFY(!included.number.isEmpty());

        Waiter<Pedido> got;
        m_client->consultarPedido(included.id, QString(), [&](const Pedido &x, const ApiError &e) {
            got.value = x;
            got.error = e;
            got.done = true;
        });
        QVERIFY(waitFor(got));
        QVERIFY2(!got.error.isError(), qPrintable(got.error.userMessage()));
        QCOMPARE(got.value.integrationCode(), u"PL5001"_s);
        QCOMPARE(got.value.itens().size(), 1);
        QCOMPARE(got.value.valorTotal(), 135.0);

        p.setValue(u"cabecalho/codigo_pedido"_s, included.id);
        p.setItens({{0, u"PL5001-1"_s, produto, QString(), 4, 50.0, 0, 0}});
        WriteResult altered = writeAndWait([&](auto cb) { m_client->alterarPedido(p, cb); });
        QVERIFY2(altered.ok(), qPrintable(altered.error.userMessage()));
        WriteResult stage = writeAndWait([&](auto cb) { m_client->trocarEtapaPedido(included.id, u"20"_s, cb); });
        QVERIFY2(stage.ok(), qPrintable(stage.error.userMessage()));
        QCOMPARE(m_sim->record(OmieSim::Kind::Order, included.id)
                     ->value(u"cabecalho"_s)
                     .toObject()
                     .value(u"etapa"_s)
                     .toString(),
                 u"20"_s);

        WriteResult duplicate = writeAndWait([&](auto cb) {
            Pedido again = p;
            again.json().remove(u"cabecalho"_s);
            again.setValue(u"cabecalho/codigo_pedido_integracao"_s, u"PL5001"_s);
            again.setValue(u"cabecalho/codigo_cliente"_s, client.value(u"codigo_cliente_omie"_s));
            again.setValue(u"cabecalho/data_previsao"_s, u"05/12/2026"_s);
            again.setValue(u"cabecalho/etapa"_s, u"10"_s);
            again.setValue(u"cabecalho/codigo_parcela"_s, formas.value.first().codigo);
            m_client->incluirPedido(again, cb);
        });
        QVERIFY(duplicate.error.isError());

        const qint64 servico = m_sim->records(OmieSim::Kind::Service).first().value(u"intListar"_s).toObject()
                                   .value(u"nCodServ"_s).toInteger();
        OrdemServico os;
        os.setValue(u"Cabecalho/cCodIntOS"_s, u"PL6001"_s);
        os.setValue(u"Cabecalho/nCodCli"_s, client.value(u"codigo_cliente_omie"_s));
        os.setValue(u"Cabecalho/dDtPrevisao"_s, u"10/12/2026"_s);
        os.setValue(u"Cabecalho/cEtapa"_s, u"10"_s);
        os.setValue(u"Cabecalho/cCodParc"_s, formas.value.first().codigo);
        os.setValue(u"InformacoesAdicionais/cCodCateg"_s, categorias.value.first().codigo);
        os.setValue(u"InformacoesAdicionais/nCodCC"_s, conta);
        os.setServicos({{0, 1, servico, QString(), 2, 150.0, 0}});
        WriteResult osIncluded = writeAndWait([&](auto cb) { m_client->incluirOrdemServico(os, cb); });
        QVERIFY2(osIncluded.ok(), qPrintable(osIncluded.error.userMessage()));
        Waiter<OrdemServico> osGot;
        m_client->consultarOrdemServico(0, u"PL6001"_s, [&](const OrdemServico &x, const ApiError &e) {
            osGot.value = x;
            osGot.error = e;
            osGot.done = true;
        });
        QVERIFY(waitFor(osGot));
        QCOMPARE(osGot.value.id(), osIncluded.id);
        QCOMPARE(osGot.value.servicos().size(), 1);
    }

    void authenticationFailureIsReported()
    {
        Client wrong(Clock::system(), m_transport.get(), config(u"wrong-secret"_s));
        bool done = false;
        ApiError error;
        wrong.testConnection([&](const ApiError &e) {
            error = e;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30'000));
        QCOMPARE(error.kind, ApiError::Kind::Authentication);
        bool okDone = false;
        ApiError okError;
        m_client->testConnection([&](const ApiError &e) {
            okError = e;
            okDone = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return okDone; }, 30'000));
        QVERIFY(!okError.isError());
    }

    void aKeyThatWorkedAndIsRefusedOnceUnderLoadIsAskedAgain()
    {
        // omie-api.md §4.4 item 7 (❓): "Chave de acesso inválida" seen under load for a right key. Once the key has
        // worked, a refusal is asked again after a pause; a key refused from the first call is still reported at once.
        auto first = list<Cliente>([this](auto cb) { m_client->listClientes({}, cb); });
        QVERIFY2(!first.error.isError(), qPrintable(first.error.userMessage()));
        Ponte::Sim::FaultConfig faults;
        faults.seed = 3;
        faults.spuriousAuthFault = 0.3;
        m_sim->setFaults(faults);
        m_sim->resetCounters();
        auto again = list<Pedido>([this](auto cb) { m_client->listPedidos({}, cb); });
        QVERIFY2(!again.error.isError(), qPrintable(again.error.userMessage()));
        QCOMPARE(again.value.size(), m_sim->count(OmieSim::Kind::Order));
        auto produtos = list<Produto>([this](auto cb) { m_client->listProdutos({}, cb); });
        QVERIFY2(!produtos.error.isError(), qPrintable(produtos.error.userMessage()));
        QVERIFY(m_sim->traffic().faultsInjected > 0);

        // Refused every time: after the few extra attempts the run is told the credentials were refused.
        faults.spuriousAuthFault = 1.0;
        m_sim->setFaults(faults);
        auto refused = list<Servico>([this](auto cb) { m_client->listServicos({}, cb); });
        QCOMPARE(refused.error.kind, ApiError::Kind::Authentication);
        m_sim->setFaults({});

        // A client whose key never worked gets its answer from the first refusal.
        Client fresh(Clock::system(), m_transport.get(), config(u"wrong-secret"_s));
        m_sim->resetCounters();
        auto wrong = list<Cliente>([&fresh](auto cb) { fresh.listClientes({}, cb); });
        QCOMPARE(wrong.error.kind, ApiError::Kind::Authentication);
        QCOMPARE(m_sim->traffic().requests, 1);
    }

    void injectedFaultsAreRecovered()
    {
        Ponte::Sim::FaultConfig faults;
        faults.seed = 5;
        faults.html500 = 0.15;
        faults.badGateway = 0.05;
        faults.connectionReset = 0.1;
        m_sim->setFaults(faults);
        auto clientes = list<Cliente>([this](auto cb) { m_client->listClientes({}, cb); });
        QVERIFY2(!clientes.error.isError(), qPrintable(clientes.error.userMessage()));
        QCOMPARE(clientes.value.size(), m_sim->count(OmieSim::Kind::Client));
        QVERIFY(m_sim->traffic().faultsInjected > 0);
    }

    void slowReplyTimesOutAndIsRetried()
    {
        ClientConfig c = config();
        c.timeoutMs = 400;
        Client quick(Clock::system(), m_transport.get(), c);
        Ponte::Sim::FaultConfig faults;
        faults.seed = 3;
        faults.slowReply = 0.3;
        faults.slowReplyMs = 1500;
        m_sim->setFaults(faults);
        auto produtos = list<Produto>([&](auto cb) { quick.listProdutos({}, cb); });
        QVERIFY2(!produtos.error.isError(), qPrintable(produtos.error.userMessage()));
        QCOMPARE(produtos.value.size(), 16);
    }

    void lostWriteReplyIsAmbiguousAndFoundByLookup()
    {
        Ponte::Sim::FaultConfig faults;
        faults.seed = 1;
        faults.lostWriteReply = 1.0;
        m_sim->setFaults(faults);
        Produto p;
        p.json() = QJsonObject{{u"codigo_produto_integracao"_s, u"PLP-1"_s},
                               {u"codigo"_s, u"SKU-1"_s},
                               {u"descricao"_s, u"Mouse sem fio"_s},
                               {u"unidade"_s, u"UN"_s},
                               {u"ncm"_s, u"8471.60.53"_s},
                               {u"valor_unitario"_s, 150.0}};
        const int before = m_sim->count(OmieSim::Kind::Product);
        WriteResult lost = writeAndWait([&](auto cb) { m_client->upsertProduto(p, cb); });
        QCOMPARE(lost.error.kind, ApiError::Kind::Transient);
        QVERIFY(lost.error.ambiguous);
        QCOMPARE(m_sim->count(OmieSim::Kind::Product), before + 1); // it was applied
        m_sim->setFaults({});
        Waiter<Produto> found;
        m_client->consultarProduto(
            0, u"PLP-1"_s,
            [&](const Produto &x, const ApiError &e) {
                found.value = x;
                found.error = e;
                found.done = true;
            },
            CallOptions{true});
        QVERIFY(waitFor(found));
        QVERIFY(!found.error.isError());
        QCOMPARE(found.value.descricao(), u"Mouse sem fio"_s);
    }

    void heavyConcurrentUseCausesNoViolation()
    {
        // Scaled limits where they bind: 300/min per method, 2 in flight, 1 s redundancy window.
        Ponte::Sim::OmieLimitsConfig limits;
        limits.perMethodPerMinute = 300;
        limits.totalPerMinute = 600;
        limits.concurrentPerMethod = 2;
        limits.redundantWindowMs = 1000;
        m_sim->setLimits(limits);
        m_sim->setLatencyMs(20);
        ClientConfig c = config();
        c.perMethodPerMinute = 300;
        c.totalPerMinute = 600;
        c.concurrentPerMethod = 2;
        Client client(Clock::system(), m_transport.get(), c);
        int remaining = 0;
        const QList<QJsonObject> clientes = m_sim->records(OmieSim::Kind::Client);
        for (int round = 0; round < 3; ++round) {
            for (const QJsonObject &o : clientes) {
                ++remaining;
                // Same body every round: the read cache and the redundancy window must absorb it.
                client.consultarCliente(o.value(u"codigo_cliente_omie"_s).toInteger(), QString(),
                                        [&](const Cliente &, const ApiError &) { --remaining; });
            }
            for (int page = 0; page < 3; ++page) {
                ++remaining;
                client.listProdutos({}, [&](const QList<Produto> &, const ApiError &) { --remaining; });
            }
        }
        QVERIFY(QTest::qWaitFor([&] { return remaining == 0; }, 120'000));
        QCOMPARE(m_sim->violations().total(), 0);
        QVERIFY(client.cacheHits() > 0);
    }
};

QTEST_GUILESS_MAIN(TstOmieClient)
#include "tst_omieclient.moc"
