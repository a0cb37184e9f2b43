// The Omie simulator must refuse what the real Omie refuses (../shared/reference/omie-api.md).
// Driven over real HTTP on loopback with plain envelopes, independently of Ponte's Omie client.
#include "net/transport.h"
#include "omiesimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Ponte;
using namespace Ponte::Sim;
using namespace Qt::StringLiterals;
using Kind = OmieSimulator::Kind;

namespace {
struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString fault() const { return body.value(u"faultstring"_s).toString(); }
};
} // namespace

class TstOmieSim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<OmieSimulator> m_sim;
    std::unique_ptr<NetworkTransport> m_transport;

    Transport::Handle start(const QString &endpoint, const QString &call, const QJsonObject &param, Answer *answer,
                            bool *done, const QString &secret = u"s"_s)
    {
        HttpCall c;
        c.verb = "POST";
        c.url = m_sim->baseUrl().resolved(QUrl(endpoint));
        c.headers = {{"Content-Type", "application/json"}};
        c.body = QJsonDocument(QJsonObject{{u"call"_s, call}, {u"app_key"_s, u"k"_s}, {u"app_secret"_s, secret},
                                           {u"param"_s, QJsonArray{param}}})
                     .toJson(QJsonDocument::Compact);
        c.timeoutMs = 5000;
        return m_transport->send(c, [answer, done](const RawResponse &r) {
            answer->status = r.httpStatus;
            answer->raw = r.body;
            answer->body = QJsonDocument::fromJson(r.body).object();
            answer->error = r.networkError;
            *done = true;
        });
    }

    Answer post(const QString &endpoint, const QString &call, const QJsonObject &param, const QString &secret = u"s"_s)
    {
        Answer a;
        bool done = false;
        start(endpoint, call, param, &a, &done, secret);
        // Latency timers run on the manual clock: keep moving it while waiting.
        (void)QTest::qWaitFor([&] {
            m_clock->advance(10);
            return done;
        }, 10'000);
        return a;
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(1'795'953'600'000); // 2026-11-29, after the sample data
        m_sim = std::make_unique<OmieSimulator>(nullptr, m_clock.get());
        m_sim->setCredentials(u"k"_s, u"s"_s);
        SampleSizes sizes;
        sizes.clients = 23;
        sizes.services = 7;
        m_sim->seed(SampleData::generate(sizes, 3));
        QVERIFY(m_sim->listen());
        m_transport = std::make_unique<NetworkTransport>();
    }
    void cleanup()
    {
        m_transport.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void bothPaginationDialectsAndTheEndOfList()
    {
        Answer a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 10}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"total_de_paginas"_s).toInt(), 3);
        QCOMPARE(a.body.value(u"total_de_registros"_s).toInt(), 23);
        QCOMPARE(a.body.value(u"clientes_cadastro"_s).toArray().size(), 10);
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 3}, {u"registros_por_pagina"_s, 10}});
        QCOMPARE(a.body.value(u"clientes_cadastro"_s).toArray().size(), 3);
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 4}, {u"registros_por_pagina"_s, 10}});
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"Não existem registros para a página [4]"_s));
        QCOMPARE(a.body.value(u"faultcode"_s).toString(), u"SOAP-ENV:Client-5113"_s);
        a = post(u"servicos/servico/"_s, u"ListarCadastroServico"_s, {{u"nPagina"_s, 1}, {u"nRegPorPagina"_s, 5}});
        QCOMPARE(a.body.value(u"nTotPaginas"_s).toInt(), 2);
        QCOMPARE(a.body.value(u"nTotRegistros"_s).toInt(), 7);
        QCOMPARE(a.body.value(u"cadastros"_s).toArray().size(), 5);
    }

    void envelopeAndAuthentication()
    {
        Answer a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}}, u"wrong"_s);
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"chave de acesso"_s));
        HttpCall c;
        c.verb = "POST";
        c.url = m_sim->baseUrl().resolved(QUrl(u"geral/clientes/"_s));
        c.body = R"({"call":"ListarClientes","app_key":"k","app_secret":"s","param":{"pagina":1}})";
        bool done = false;
        RawResponse raw;
        m_transport->send(c, [&](const RawResponse &r) {
            raw = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { m_clock->advance(10); return done; }, 5000));
        QVERIFY(QJsonDocument::fromJson(raw.body).object().value(u"faultstring"_s).toString().contains(u"param"_s));
        c.body = "{not json";
        done = false;
        m_transport->send(c, [&](const RawResponse &r) {
            raw = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { m_clock->advance(10); return done; }, 5000));
        QVERIFY(raw.body.contains("Invalid JSON"));
    }

    void clientValidationAndDuplicates()
    {
        QJsonObject c{{u"codigo_cliente_integracao"_s, u"PL1"_s}, {u"razao_social"_s, u"ACME Ltda"_s},
                      {u"cnpj_cpf"_s, u"11.222.333/0001-82"_s}};
        QVERIFY(post(u"geral/clientes/"_s, u"IncluirCliente"_s, c).fault().contains(u"não é válido"_s));
        c.insert(u"cnpj_cpf"_s, u"11222333000181"_s);
        Answer a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, c);
        QCOMPARE(a.body.value(u"codigo_status"_s).toString(), u"0"_s);
        const qint64 id = a.body.value(u"codigo_cliente_omie"_s).toInteger();
        QVERIFY(id > 2'000'000'000LL); // Omie ids exceed 32 bits
        QCOMPARE(m_sim->record(Kind::Client, id)->value(u"cnpj_cpf"_s).toString(), u"11.222.333/0001-81"_s);
        // An identical body inside the window is "redundant"; a different one reaches the duplicate check.
        QVERIFY(post(u"geral/clientes/"_s, u"IncluirCliente"_s, c).fault().contains(u"redundante"_s));
        c.insert(u"email"_s, u"outro@acme.com.br"_s);
        QVERIFY(post(u"geral/clientes/"_s, u"IncluirCliente"_s, c).fault().contains(u"já foi cadastrado"_s));
        c.insert(u"codigo_cliente_integracao"_s, u"PL2"_s);
        a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, c);
        QVERIFY(a.fault().contains(u"Cliente já cadastrado para o CPF/CNPJ"_s));
        QVERIFY(a.fault().contains(QString::number(id)));
        a = post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_omie"_s, 42}});
        QCOMPARE(a.body.value(u"faultcode"_s).toString(), u"SOAP-ENV:Client-105"_s);
        a = post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_integracao"_s, u"PL1"_s}});
        QCOMPARE(a.body.value(u"codigo_cliente_omie"_s).toInteger(), id);
    }

    void dateFiltersReturnOnlyChanges()
    {
        const qint64 id = m_sim->records(Kind::Client).at(5).value(u"codigo_cliente_omie"_s).toInteger();
        m_clock->advance(3600'000);
        QVERIFY(m_sim->modify(Kind::Client, id, {{u"email"_s, u"x@y.com.br"_s}}));
        const QDateTime since = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs() - 60'000, QTimeZone(-3 * 3600));
        const Answer a = post(u"geral/clientes/"_s, u"ListarClientes"_s,
                              {{u"pagina"_s, 1}, {u"filtrar_por_data_de"_s, since.date().toString(u"dd/MM/yyyy"_s)},
                               {u"filtrar_por_hora_de"_s, since.time().toString(u"HH:mm:ss"_s)}});
        QCOMPARE(a.body.value(u"clientes_cadastro"_s).toArray().size(), 1);
    }

    void ordersAreValidated()
    {
        const QJsonObject client = m_sim->records(Kind::Client).first();
        const qint64 product = m_sim->records(Kind::Product).first().value(u"codigo_produto"_s).toInteger();
        qint64 inactive = 0;
        qint64 active = 0;
        for (const QJsonObject &cc : m_sim->records(Kind::ContaCorrente))
            (cc.value(u"inativo"_s).toString() == u"S"_s ? inactive : active) = cc.value(u"nCodCC"_s).toInteger();
        QJsonObject order{{u"cabecalho"_s, QJsonObject{{u"codigo_pedido_integracao"_s, u"PL9"_s},
                                                      {u"codigo_cliente"_s, client.value(u"codigo_cliente_omie"_s)},
                                                      {u"data_previsao"_s, u"05/12/2026"_s},
                                                      {u"etapa"_s, u"10"_s},
                                                      {u"codigo_parcela"_s, u"000"_s}}},
                          {u"det"_s, QJsonArray{QJsonObject{{u"ide"_s, QJsonObject{{u"codigo_item_integracao"_s, u"1"_s}}},
                                                            {u"produto"_s, QJsonObject{{u"codigo_produto"_s, product},
                                                                                        {u"quantidade"_s, 2},
                                                                                        {u"valor_unitario"_s, 10}}}}}},
                          {u"informacoes_adicionais"_s, QJsonObject{{u"codigo_categoria"_s, u"1.01.01"_s},
                                                                    {u"codigo_conta_corrente"_s, inactive},
                                                                    {u"consumidor_final"_s, u"N"_s}}}};
        QVERIFY(post(u"produtos/pedido/"_s, u"IncluirPedido"_s, order).fault().contains(u"inativa"_s));
        QJsonObject extra = order.value(u"informacoes_adicionais"_s).toObject();
        extra.insert(u"codigo_conta_corrente"_s, active);
        order.insert(u"informacoes_adicionais"_s, extra);
        const Answer ok = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, order);
        QCOMPARE(ok.body.value(u"codigo_status"_s).toString(), u"0"_s);
        QVERIFY(!ok.body.value(u"numero_pedido"_s).toString().isEmpty());
        extra.insert(u"numero_pedido_cliente"_s, u"X1"_s);
        order.insert(u"informacoes_adicionais"_s, extra);
        QVERIFY(post(u"produtos/pedido/"_s, u"IncluirPedido"_s, order).fault().contains(u"já cadastrado"_s));
        m_sim->modify(Kind::Client, client.value(u"codigo_cliente_omie"_s).toInteger(),
                      {{u"estado"_s, u""_s}, {u"cidade_ibge"_s, u""_s}, {u"cidade"_s, u""_s}});
        QJsonObject head = order.value(u"cabecalho"_s).toObject();
        head.insert(u"codigo_pedido_integracao"_s, u"PL10"_s);
        order.insert(u"cabecalho"_s, head);
        QVERIFY(post(u"produtos/pedido/"_s, u"IncluirPedido"_s, order).fault().contains(u"UF"_s));
    }

    void limitsAreEnforcedAndCounted()
    {
        OmieLimitsConfig limits;
        limits.perMethodPerMinute = 5;
        limits.redundantWindowMs = 60'000;
        m_sim->setLimits(limits);
        // The same body twice inside the window.
        QCOMPARE(post(u"geral/vendedores/"_s, u"ListarVendedores"_s, {{u"pagina"_s, 1}}).status, 200);
        Answer a = post(u"geral/vendedores/"_s, u"ListarVendedores"_s, {{u"pagina"_s, 1}});
        QVERIFY(a.fault().contains(u"Consumo redundante"_s));
        QCOMPARE(m_sim->violations().redundant, 1);
        // Five per minute per method.
        for (int i = 2; i <= 5; ++i)
            QCOMPARE(post(u"geral/vendedores/"_s, u"ListarVendedores"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, i}}).status, 200);
        a = post(u"geral/vendedores/"_s, u"ListarVendedores"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 99}});
        QCOMPARE(a.status, 429);
        QCOMPARE(m_sim->violations().rateLimit, 1);
        // Another method has its own budget; a minute later the first one has too.
        QCOMPARE(post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 1}}).status, 200);
        m_clock->advance(61'000);
        QCOMPARE(post(u"geral/vendedores/"_s, u"ListarVendedores"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 98}}).status, 200);
    }

    void concurrencyWritesAndMisuseBlock()
    {
        OmieLimitsConfig limits;
        limits.misuseThreshold = 3;
        limits.blockSeconds = 600;
        m_sim->setLimits(limits);
        m_sim->setLatencyMs(100);
        // Five reads of one method at once: the fifth is one too many.
        QList<Answer> answers(5);
        QList<bool> done(5, false);
        for (int i = 0; i < 5; ++i)
            start(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 1 + i}},
                  &answers[i], &done[i]);
        QVERIFY(QTest::qWaitFor([&] {
            m_clock->advance(5);
            return !done.contains(false);
        }, 10'000));
        QCOMPARE(m_sim->violations().concurrency, 1);
        // Two writes at once.
        Answer w1, w2;
        bool d1 = false, d2 = false;
        start(u"geral/vendedores/"_s, u"UpsertVendedor"_s, {{u"codInt"_s, u"A"_s}, {u"nome"_s, u"A"_s}}, &w1, &d1);
        start(u"geral/produtos/"_s, u"AlterarProduto"_s, {{u"codigo_produto"_s, 1}}, &w2, &d2);
        QVERIFY(QTest::qWaitFor([&] {
            m_clock->advance(5);
            return d1 && d2;
        }, 10'000));
        QCOMPARE(m_sim->violations().writeOverlap, 1);
        // Repeated faulty calls get the app key blocked (HTTP 425) for the given seconds.
        m_sim->setLatencyMs(0);
        for (int i = 0; i < 3; ++i)
            post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_omie"_s, 100 + i}});
        const Answer blocked = post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 2}});
        QCOMPARE(blocked.status, 425);
        QCOMPARE(blocked.body.value(u"faultcode"_s).toString(), u"MISUSE_API_PROCESS"_s);
        QVERIFY(blocked.fault().contains(u"Tente novamente em"_s));
        QCOMPARE(m_sim->violations().whileBlocked, 1);
    }

    void injectedFaults()
    {
        FaultConfig f;
        f.seed = 3;
        f.html500 = 1.0;
        m_sim->setFaults(f);
        Answer a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}});
        QCOMPARE(a.status, 500);
        QVERIFY(a.raw.startsWith("<html>"));
        f.html500 = 0;
        f.connectionReset = 1.0;
        m_sim->setFaults(f);
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 2}});
        QVERIFY(a.error != QNetworkReply::NoError);
        f.connectionReset = 0;
        f.lostWriteReply = 1.0;
        m_sim->setFaults(f);
        const int before = m_sim->count(Kind::Product);
        a = post(u"geral/produtos/"_s, u"UpsertProduto"_s,
                 {{u"codigo_produto_integracao"_s, u"PLX"_s}, {u"descricao"_s, u"X"_s}, {u"unidade"_s, u"UN"_s},
                  {u"ncm"_s, u"1234.56.78"_s}, {u"valor_unitario"_s, 5.0}});
        QVERIFY(a.error != QNetworkReply::NoError);
        QCOMPARE(m_sim->count(Kind::Product), before + 1); // applied, reply lost
        QVERIFY(m_sim->traffic().faultsInjected >= 3);
        QCOMPARE(m_sim->violations().total(), 0);
    }

    void snapshotRestoresEverything()
    {
        const QJsonObject state = m_sim->snapshot();
        OmieSimulator copy(nullptr, m_clock.get());
        copy.restore(state);
        QCOMPARE(copy.count(Kind::Client), m_sim->count(Kind::Client));
        QCOMPARE(copy.records(Kind::Order), m_sim->records(Kind::Order));
    }
};

QTEST_GUILESS_MAIN(TstOmieSim)
#include "tst_omiesim.moc"
