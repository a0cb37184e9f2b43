// The Omie simulator must behave like ../shared/reference/omie-api.md describes: envelopes, both
// pagination dialects, incremental filters, validation faults with their exact strings, the published
// limits and the injected faults. Driven over real loopback HTTP with a plain QNetworkAccessManager,
// independently of Ponte's own Omie client and transport.
#include "net/clock.h"
#include "omiesimulator.h"
#include "sampledata.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Ponte;
using namespace Ponte::Sim;
using namespace Qt::StringLiterals;
using Kind = OmieSimulator::Kind;

namespace {

const QString kKey = u"1234567890123"_s;
const QString kSecret = u"0123456789abcdef0123456789abcdef"_s;
// 2026-11-30 01:30 UTC = 29/11/2026 22:30 in Brazil: the stamps must use the UTC-3 date.
constexpr qint64 kStartMs = 1'796'002'200'000;

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray raw;
    QByteArray contentType;
    QJsonObject body;

    QString fault() const { return body.value(u"faultstring"_s).toString(); }
    QString code() const { return body.value(u"faultcode"_s).toString(); }
    bool ok() const { return status == 200 && !body.contains(u"faultstring"_s); }
    QJsonArray array(const QString &name) const { return body.value(name).toArray(); }
};

QByteArray
envelope(const QString &call, const QJsonValue &param, const QString &key = kKey, const QString &secret = kSecret)
{
    return QJsonDocument(
               QJsonObject{{u"call"_s, call}, {u"app_key"_s, key}, {u"app_secret"_s, secret}, {u"param"_s, param}})
        .toJson(QJsonDocument::Compact);
}

QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (const QString &part : path.split(u'/'))
        v = v.toObject().value(part);
    return v;
}

QString brazilDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(-3 * 3600)).toString(u"dd/MM/yyyy"_s);
}

QString brazilTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(-3 * 3600)).toString(u"HH:mm:ss"_s);
}

} // namespace

class TstOmieSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<OmieSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    /** Virtual milliseconds the clock moves while a test waits for an answer (latency timers need it). */
    int m_step = 2;

    QNetworkReply *postRaw(const QString &endpoint, const QByteArray &body)
    {
        QNetworkRequest request(m_sim->baseUrl().resolved(QUrl(endpoint)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_nam->post(request, body);
    }

    QNetworkReply *start(const QString &endpoint, const QString &call, const QJsonObject &param)
    {
        return postRaw(endpoint, envelope(call, QJsonArray{param}));
    }

    /** Waits for @p reply, moving the manual clock a little at every turn of the event loop. */
    Answer finish(QNetworkReply *reply, int timeoutMs = 10'000)
    {
        QElapsedTimer elapsed;
        elapsed.start();
        while (!reply->isFinished() && !elapsed.hasExpired(timeoutMs)) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(1, &loop, &QEventLoop::quit);
            loop.exec();
            if (!reply->isFinished())
                m_clock->advance(m_step);
        }
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.error = reply->error();
        a.raw = reply->readAll();
        a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        a.body = QJsonDocument::fromJson(a.raw).object();
        if (!reply->isFinished())
            qWarning() << "no answer within" << timeoutMs << "ms";
        reply->deleteLater();
        return a;
    }

    Answer post(const QString &endpoint, const QString &call, const QJsonObject &param)
    {
        return finish(start(endpoint, call, param));
    }

    /** Runs the event loop without moving the clock until the simulator has received @p n requests. */
    bool waitReceived(qint64 n)
    {
        return QTest::qWaitFor([&] { return m_sim->traffic().requests >= n; }, 10'000);
    }

    qint64 firstId(Kind kind, const QString &idPath, std::function<bool(const QJsonObject &)> pred = {})
    {
        for (const QJsonObject &r : m_sim->records(kind)) {
            if (!pred || pred(r))
                return at(r, idPath).toInteger();
        }
        return 0;
    }

    qint64 conta(bool inactive)
    {
        return firstId(Kind::ContaCorrente, u"nCodCC"_s, [inactive](const QJsonObject &c) {
            return (c.value(u"inativo"_s).toString() == u"S"_s) == inactive;
        });
    }

    QJsonObject
    orderBody(const QString &code, qint64 client, qint64 product, qint64 conta, double quantity = 2, double price = 150)
    {
        return QJsonObject{
            {u"cabecalho"_s, QJsonObject{{u"codigo_pedido_integracao"_s, code},
                                         {u"codigo_cliente"_s, client},
                                         {u"data_previsao"_s, u"05/12/2026"_s},
                                         {u"etapa"_s, u"10"_s},
                                         {u"codigo_parcela"_s, u"000"_s}}},
            {u"det"_s, QJsonArray{QJsonObject{{u"ide"_s, QJsonObject{{u"codigo_item_integracao"_s, code + u"-1"_s}}},
                                              {u"produto"_s, QJsonObject{{u"codigo_produto"_s, product},
                                                                         {u"quantidade"_s, quantity},
                                                                         {u"valor_unitario"_s, price}}}}}},
            {u"informacoes_adicionais"_s, QJsonObject{{u"codigo_categoria"_s, u"1.01.01"_s},
                                                      {u"codigo_conta_corrente"_s, conta},
                                                      {u"consumidor_final"_s, u"N"_s}}},
            {u"observacoes"_s, QJsonObject{{u"obs_venda"_s, u"Gerado a partir do negócio Ploomes"_s}}}};
    }

    QJsonObject osBody(const QString &code, qint64 client, qint64 service, qint64 conta)
    {
        return QJsonObject{
            {u"Cabecalho"_s, QJsonObject{{u"cCodIntOS"_s, code},
                                         {u"nCodCli"_s, client},
                                         {u"dDtPrevisao"_s, u"18/12/2026"_s},
                                         {u"cEtapa"_s, u"10"_s},
                                         {u"cCodParc"_s, u"000"_s},
                                         {u"nQtdeParc"_s, 1}}},
            {u"InformacoesAdicionais"_s, QJsonObject{{u"cCodCateg"_s, u"1.01.02"_s}, {u"nCodCC"_s, conta}}},
            {u"ServicosPrestados"_s,
             QJsonArray{QJsonObject{
                 {u"nCodServico"_s, service}, {u"nQtde"_s, 2}, {u"nValUnit"_s, 75.5}, {u"nSeqItem"_s, 1}}}}};
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(kStartMs);
        m_sim = std::make_unique<OmieSimulator>(nullptr, m_clock.get());
        m_sim->setCredentials(kKey, kSecret);
        SampleSizes sizes;
        sizes.clients = 23;
        sizes.services = 7;
        m_sim->seed(SampleData::generate(sizes, 7));
        QVERIFY(m_sim->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_step = 2;
    }

    void cleanup()
    {
        m_nam.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void seededDataLooksLikeOmie()
    {
        QCOMPARE(m_sim->count(Kind::Client), 23);
        QCOMPARE(m_sim->count(Kind::ContaCorrente), 3);
        QVERIFY(conta(true) != 0);
        const QJsonObject c = m_sim->records(Kind::Client).first();
        const qint64 id = c.value(u"codigo_cliente_omie"_s).toInteger();
        QVERIFY(id > (qint64(1) << 31));
        QCOMPARE(c.value(u"codigo_cliente_integracao"_s).toString(), QString());
        QCOMPARE(c.value(u"codigo_pais"_s).toString(), u"1058"_s);
        QVERIFY(c.value(u"cnpj_cpf"_s).toString().contains(u'-'));
        QVERIFY(c.value(u"cidade"_s).toString().endsWith(u" ("_s + c.value(u"estado"_s).toString() + u")"_s));
        QCOMPARE(at(c, u"info/uInc"_s).toString(), u"P001309697"_s);
        QCOMPARE(at(c, u"info/cImpAPI"_s).toString(), u"N"_s);
        const qint64 seller = at(c, u"recomendacoes/codigo_vendedor"_s).toInteger();
        QVERIFY(seller == 0 || m_sim->record(Kind::Seller, seller).has_value());
        // Ids are sequential and 64-bit.
        QList<qint64> ids;
        for (const QJsonObject &p : m_sim->records(Kind::Product))
            ids.append(p.value(u"codigo_produto"_s).toInteger());
        QVERIFY(ids.size() > 2);
        QCOMPARE(ids.at(1), ids.at(0) + 1);
        // An order's totals are computed from its items.
        const QJsonObject o = m_sim->records(Kind::Order).first();
        QVERIFY(at(o, u"total_pedido/valor_total_pedido"_s).toDouble() > 0);
        QVERIFY(!at(o, u"cabecalho/numero_pedido"_s).toString().isEmpty());
    }

    void paginationDialectOfClientes()
    {
        QSet<qint64> seen;
        for (int page = 1; page <= 3; ++page) {
            const Answer a =
                post(u"geral/clientes/"_s, u"ListarClientes"_s,
                     {{u"pagina"_s, page}, {u"registros_por_pagina"_s, 10}, {u"apenas_importado_api"_s, u"N"_s}});
            QCOMPARE(a.status, 200);
            QCOMPARE(a.body.value(u"pagina"_s).toInt(), page);
            QCOMPARE(a.body.value(u"total_de_paginas"_s).toInt(), 3);
            QCOMPARE(a.body.value(u"total_de_registros"_s).toInt(), 23);
            QCOMPARE(a.body.value(u"registros"_s).toInt(), page < 3 ? 10 : 3);
            for (const QJsonValue &v : a.array(u"clientes_cadastro"_s))
                seen.insert(v.toObject().value(u"codigo_cliente_omie"_s).toInteger());
        }
        QCOMPARE(seen.size(), 23);
        Answer a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 4}, {u"registros_por_pagina"_s, 10}});
        QCOMPARE(a.status, 500);
        QCOMPARE(a.fault(), u"ERROR: Não existem registros para a página [4]!"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-5113"_s);
        // Default page size is 50; an empty result is the same fault for page 1.
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}});
        QCOMPARE(a.body.value(u"registros"_s).toInt(), 23);
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s,
                 {{u"pagina"_s, 1}, {u"clientesFiltro"_s, QJsonObject{{u"email"_s, u"ninguem@nada.com.br"_s}}}});
        QCOMPARE(a.fault(), u"ERROR: Não existem registros para a página [1]!"_s);
        // ListarClientesResumido names the id codigo_cliente.
        a = post(u"geral/clientes/"_s, u"ListarClientesResumido"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 5}});
        QCOMPARE(a.array(u"clientes_cadastro_resumido"_s).size(), 5);
        QVERIFY(a.array(u"clientes_cadastro_resumido"_s).first().toObject().value(u"codigo_cliente"_s).toInteger() > 0);
        // Other lists share the dialect; ListarOS pages hold at most 100 records whatever is asked.
        const qint64 client = firstId(Kind::Client, u"codigo_cliente_omie"_s);
        const qint64 service = firstId(Kind::Service, u"intListar/nCodServ"_s);
        for (int i = 0; i < 105; ++i)
            m_sim->insert(Kind::ServiceOrder, osBody(u"X%1"_s.arg(i), client, service, conta(false)));
        const int total = m_sim->count(Kind::ServiceOrder);
        a = post(u"servicos/os/"_s, u"ListarOS"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 500}});
        QCOMPARE(a.body.value(u"registros"_s).toInt(), 100);
        QCOMPARE(a.array(u"osCadastro"_s).size(), 100);
        QCOMPARE(a.body.value(u"total_de_registros"_s).toInt(), total);
        QCOMPARE(a.body.value(u"total_de_paginas"_s).toInt(), (total + 99) / 100);
        a = post(u"geral/produtos/"_s, u"ListarProdutos"_s,
                 {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 500}, {u"filtrar_apenas_omiepdv"_s, u"N"_s}});
        QCOMPARE(a.array(u"produto_servico_cadastro"_s).size(), m_sim->count(Kind::Product));
        a = post(u"produtos/pedido/"_s, u"ListarPedidos"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 7}});
        QCOMPARE(a.array(u"pedido_venda_produto"_s).size(), 7);
        QCOMPARE(a.body.value(u"total_de_registros"_s).toInt(), m_sim->count(Kind::Order));
        a = post(u"geral/vendedores/"_s, u"ListarVendedores"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 100}});
        QCOMPARE(a.array(u"cadastro"_s).size(), m_sim->count(Kind::Seller));
    }

    void paginationDialectOfServicos()
    {
        QSet<qint64> seen;
        for (int page = 1; page <= 3; ++page) {
            const Answer a = post(u"servicos/servico/"_s, u"ListarCadastroServico"_s,
                                  {{u"nPagina"_s, page}, {u"nRegPorPagina"_s, 3}});
            QCOMPARE(a.status, 200);
            QCOMPARE(a.body.value(u"nPagina"_s).toInt(), page);
            QCOMPARE(a.body.value(u"nTotPaginas"_s).toInt(), 3);
            QCOMPARE(a.body.value(u"nTotRegistros"_s).toInt(), 7);
            QCOMPARE(a.body.value(u"nRegistros"_s).toInt(), page < 3 ? 3 : 1);
            QVERIFY(!a.body.contains(u"total_de_paginas"_s));
            for (const QJsonValue &v : a.array(u"cadastros"_s)) {
                const QJsonObject s = v.toObject();
                seen.insert(at(s, u"intListar/nCodServ"_s).toInteger());
                QVERIFY(!at(s, u"cabecalho/cDescricao"_s).toString().isEmpty());
                QVERIFY(at(s, u"cabecalho/nPrecoUnit"_s).toDouble() > 0);
                QVERIFY(!at(s, u"info/dAlt"_s).toString().isEmpty());
                QCOMPARE(at(s, u"info/inativo"_s).toString(), u"N"_s);
            }
        }
        QCOMPARE(seen.size(), 7);
        const Answer a =
            post(u"servicos/servico/"_s, u"ListarCadastroServico"_s, {{u"nPagina"_s, 4}, {u"nRegPorPagina"_s, 3}});
        QCOMPARE(a.status, 500);
        QCOMPARE(a.fault(), u"ERROR: Não existem registros para a página [4]!"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-5113"_s);
    }

    void dateFiltersReturnOnlyChanges()
    {
        m_clock->advance(2 * 3600'000);
        const qint64 since = m_clock->nowMs() - 60'000;
        m_clock->advance(1000);
        const qint64 client = m_sim->records(Kind::Client).at(4).value(u"codigo_cliente_omie"_s).toInteger();
        const qint64 product = m_sim->records(Kind::Product).at(3).value(u"codigo_produto"_s).toInteger();
        const qint64 service = at(m_sim->records(Kind::Service).at(2), u"intListar/nCodServ"_s).toInteger();
        const qint64 order = at(m_sim->records(Kind::Order).at(1), u"cabecalho/codigo_pedido"_s).toInteger();
        const qint64 seller = m_sim->records(Kind::Seller).at(1).value(u"codigo"_s).toInteger();
        QVERIFY(m_sim->modify(Kind::Client, client, {{u"email"_s, u"novo@cliente.com.br"_s}}));
        QVERIFY(m_sim->modify(Kind::Product, product, {{u"descricao"_s, u"Produto renomeado"_s}}));
        QVERIFY(m_sim->modify(Kind::Service, service, {{u"cabecalho"_s, QJsonObject{{u"nPrecoUnit"_s, 321.0}}}}));
        QVERIFY(m_sim->modify(Kind::Order, order, {{u"observacoes"_s, QJsonObject{{u"obs_venda"_s, u"x"_s}}}}));
        QVERIFY(m_sim->modify(Kind::Seller, seller, {{u"comissao"_s, 3.0}}));

        // modify merges deeply and stamps the change in Brazilian time.
        const QJsonObject c = *m_sim->record(Kind::Client, client);
        QCOMPARE(at(c, u"info/dAlt"_s).toString(), u"30/11/2026"_s); // 03:30 UTC = 00:30 in Brazil
        QCOMPARE(at(c, u"info/uAlt"_s).toString(), u"P001309697"_s);
        QCOMPARE(at(c, u"info/hAlt"_s).toString(), brazilTime(m_clock->nowMs()));
        QVERIFY(!c.value(u"razao_social"_s).toString().isEmpty());
        const QJsonObject s = *m_sim->record(Kind::Service, service);
        QCOMPARE(at(s, u"cabecalho/nPrecoUnit"_s).toDouble(), 321.0);
        QVERIFY(!at(s, u"cabecalho/cDescricao"_s).toString().isEmpty());

        const QJsonObject window{{u"pagina"_s, 1},
                                 {u"registros_por_pagina"_s, 50},
                                 {u"filtrar_por_data_de"_s, brazilDate(since)},
                                 {u"filtrar_por_hora_de"_s, brazilTime(since)},
                                 {u"filtrar_por_data_ate"_s, brazilDate(m_clock->nowMs() + 3600'000)},
                                 {u"filtrar_por_hora_ate"_s, u"23:59:59"_s}};
        Answer a = post(u"geral/clientes/"_s, u"ListarClientes"_s, window);
        QCOMPARE(a.array(u"clientes_cadastro"_s).size(), 1);
        QCOMPARE(a.array(u"clientes_cadastro"_s).first().toObject().value(u"codigo_cliente_omie"_s).toInteger(),
                 client);
        a = post(u"geral/produtos/"_s, u"ListarProdutos"_s, window);
        QCOMPARE(a.array(u"produto_servico_cadastro"_s).size(), 1);
        QCOMPARE(a.array(u"produto_servico_cadastro"_s).first().toObject().value(u"codigo_produto"_s).toInteger(),
                 product);
        a = post(u"produtos/pedido/"_s, u"ListarPedidos"_s, window);
        QCOMPARE(a.array(u"pedido_venda_produto"_s).size(), 1);
        QJsonObject onlyNew = window;
        onlyNew.insert(u"filtrar_apenas_inclusao"_s, u"S"_s);
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s, onlyNew);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-5113"_s); // changed, not created, in the window
        a = post(u"servicos/servico/"_s, u"ListarCadastroServico"_s,
                 {{u"nPagina"_s, 1},
                  {u"nRegPorPagina"_s, 50},
                  {u"dAlteracaoInicial"_s, brazilDate(since)},
                  {u"hAlteracaoInicial"_s, brazilTime(since)}});
        QCOMPARE(a.array(u"cadastros"_s).size(), 1);
        QCOMPARE(at(a.array(u"cadastros"_s).first().toObject(), u"intListar/nCodServ"_s).toInteger(), service);
        a = post(
            u"geral/vendedores/"_s, u"ListarVendedores"_s,
            {{u"pagina"_s, 1}, {u"filtrar_por_data_de"_s, brazilDate(since)}, {u"filtrar_apenas_alteracao"_s, u"S"_s}});
        QCOMPARE(a.array(u"cadastro"_s).size(), 1);
        QCOMPARE(a.array(u"cadastro"_s).first().toObject().value(u"codigo"_s).toInteger(), seller);
    }

    void envelopeFaults()
    {
        // Wrong credentials.
        Answer a =
            finish(postRaw(u"geral/clientes/"_s,
                           envelope(u"ListarClientes"_s, QJsonArray{QJsonObject{{u"pagina"_s, 1}}}, kKey, u"x"_s)));
        QCOMPARE(a.status, 500);
        QCOMPARE(a.fault(), u"ERROR: A chave de acesso não está preenchida ou não é válida!"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-1"_s);
        // param must be an array holding exactly one object.
        a = finish(postRaw(u"geral/clientes/"_s, envelope(u"ListarClientes"_s, QJsonObject{{u"pagina"_s, 1}})));
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().startsWith(u"ERROR: "_s));
        QVERIFY(a.fault().contains(u"param"_s));
        a = finish(postRaw(u"geral/clientes/"_s,
                           envelope(u"ListarClientes"_s, QJsonArray{QJsonObject{{u"pagina"_s, 1}}, QJsonObject{}})));
        QVERIFY(a.fault().contains(u"param"_s));
        // Not JSON at all.
        a = finish(postRaw(u"geral/clientes/"_s, "{\"call\":\"ListarClientes\","));
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"Invalid JSON"_s));
        // Unknown call on an endpoint.
        a = post(u"geral/clientes/"_s, u"ListarPedidos"_s, {{u"pagina"_s, 1}});
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().startsWith(u"ERROR: "_s));
        QVERIFY(a.code().startsWith(u"SOAP-ENV:Client-"_s));
        // With and without the trailing slash.
        a = post(u"geral/clientes"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 3}});
        QVERIFY(a.ok());
        QCOMPARE(a.array(u"clientes_cadastro"_s).size(), 3);
        QVERIFY(a.contentType.startsWith("application/json"));
    }

    void clientWrites()
    {
        const QString cnpj = cnpjFromBase(u"573515580001"_s);
        QString wrong = cnpj;
        wrong[13] = QChar(u'0' + (wrong.at(13).digitValue() + 1) % 10); // wrong check digit
        QJsonObject c{{u"codigo_cliente_integracao"_s, u"PL4711"_s},
                      {u"razao_social"_s, u"Padaria Sol Ltda"_s},
                      {u"nome_fantasia"_s, u"Padaria Sol"_s},
                      {u"cnpj_cpf"_s, formatCnpj(wrong)},
                      {u"email"_s, u"compras@sol.com.br"_s},
                      {u"cidade_ibge"_s, u"3509502"_s},
                      {u"estado"_s, u"SP"_s},
                      {u"tags"_s, QJsonArray{QJsonObject{{u"tag"_s, u"Cliente"_s}}}}};
        Answer a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, c);
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().startsWith(u"ERROR: "_s));
        QVERIFY(a.fault().contains(u"CNPJ"_s));

        c.insert(u"cnpj_cpf"_s, cnpj); // digits only: stored formatted
        a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, c);
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(a.body.value(u"codigo_status"_s).toString(), u"0"_s);
        QCOMPARE(a.body.value(u"descricao_status"_s).toString(), u"Cliente cadastrado com sucesso!"_s);
        QCOMPARE(a.body.value(u"codigo_cliente_integracao"_s).toString(), u"PL4711"_s);
        const qint64 id = a.body.value(u"codigo_cliente_omie"_s).toInteger();
        QVERIFY(id > 2'000'000'000LL);

        a = post(u"geral/clientes/"_s, u"ConsultarCliente"_s,
                 {{u"codigo_cliente_omie"_s, 0}, {u"codigo_cliente_integracao"_s, u"PL4711"_s}});
        QVERIFY(a.ok());
        QCOMPARE(a.body.value(u"codigo_cliente_omie"_s).toInteger(), id); // bare object, no wrapper
        QCOMPARE(a.body.value(u"cnpj_cpf"_s).toString(), formatCnpj(cnpj));
        QCOMPARE(a.body.value(u"pessoa_fisica"_s).toString(), u"N"_s);
        QCOMPARE(a.body.value(u"cidade"_s).toString(), u"CAMPINAS (SP)"_s);
        QCOMPARE(at(a.body, u"info/uInc"_s).toString(), u"WEBSERVICE"_s);
        QCOMPARE(at(a.body, u"info/uAlt"_s).toString(), u"WEBSERVICE"_s);
        QCOMPARE(at(a.body, u"info/cImpAPI"_s).toString(), u"S"_s);
        QCOMPARE(at(a.body, u"info/dInc"_s).toString(), u"29/11/2026"_s); // UTC-3, not the UTC date
        QCOMPARE(at(a.body, u"info/hInc"_s).toString().left(2), u"22"_s);

        // Duplicate integration code; duplicate document under another code.
        c.insert(u"email"_s, u"outro@sol.com.br"_s);
        a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, c);
        // omie-api.md §7.4: the existing client's id follows "nCod", Client-102, HTTP 500.
        QCOMPARE(a.fault(),
                 u"ERROR: Cliente já cadastrado para o Código de Integração [PL4711] com o nCod [%1] !"_s.arg(id));
        QCOMPARE(a.code(), u"SOAP-ENV:Client-102"_s);
        QCOMPARE(a.status, 500);
        c.insert(u"codigo_cliente_integracao"_s, u"PL4712"_s);
        a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, c);
        QCOMPARE(a.fault(),
                 u"ERROR: Cliente já cadastrado para o CPF/CNPJ [%1] com o Id [%2] e código de integração [PL4711] !"_s
                     .arg(formatCnpj(cnpj))
                     .arg(id));
        // Missing required fields, unknown UF, unknown vendedor.
        const QString cpf = cpfFromBase(u"123456789"_s);
        QJsonObject p{{u"codigo_cliente_integracao"_s, u"PL5000"_s}, {u"cnpj_cpf"_s, cpf}};
        QVERIFY(post(u"geral/clientes/"_s, u"IncluirCliente"_s, p).fault().contains(u"RAZAO_SOCIAL"_s));
        p.insert(u"razao_social"_s, u"Maria da Silva"_s);
        p.insert(u"estado"_s, u"XX"_s);
        QVERIFY(post(u"geral/clientes/"_s, u"IncluirCliente"_s, p).fault().contains(u"XX"_s));
        p.insert(u"estado"_s, u"RJ"_s);
        p.insert(u"recomendacoes"_s, QJsonObject{{u"codigo_vendedor"_s, 12345}});
        a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, p);
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"Vendedor"_s));
        const qint64 seller = m_sim->records(Kind::Seller).first().value(u"codigo"_s).toInteger();
        p.insert(u"recomendacoes"_s, QJsonObject{{u"codigo_vendedor"_s, seller}});
        a = post(u"geral/clientes/"_s, u"IncluirCliente"_s, p);
        QVERIFY2(a.ok(), a.raw.constData());
        const qint64 personId = a.body.value(u"codigo_cliente_omie"_s).toInteger();
        QCOMPARE(m_sim->record(Kind::Client, personId)->value(u"pessoa_fisica"_s).toString(), u"S"_s);
        QCOMPARE(m_sim->record(Kind::Client, personId)->value(u"cnpj_cpf"_s).toString(), formatCpf(cpf));

        // Alter merges: only what is sent changes, the alteration stamp moves.
        m_clock->advance(3 * 60'000);
        a = post(u"geral/clientes/"_s, u"AlterarCliente"_s,
                 {{u"codigo_cliente_omie"_s, id}, {u"email"_s, u"financeiro@sol.com.br"_s}});
        QCOMPARE(a.body.value(u"descricao_status"_s).toString(), u"Cliente alterado com sucesso!"_s);
        QJsonObject stored = *m_sim->record(Kind::Client, id);
        QCOMPARE(stored.value(u"email"_s).toString(), u"financeiro@sol.com.br"_s);
        QCOMPARE(stored.value(u"razao_social"_s).toString(), u"Padaria Sol Ltda"_s);
        QCOMPARE(at(stored, u"info/hAlt"_s).toString(), brazilTime(m_clock->nowMs()));
        QVERIFY(at(stored, u"info/hAlt"_s).toString() != at(stored, u"info/hInc"_s).toString());

        // Upsert on the integration code: alters an existing one, creates a new one.
        a = post(u"geral/clientes/"_s, u"UpsertCliente"_s,
                 {{u"codigo_cliente_integracao"_s, u"PL4711"_s}, {u"nome_fantasia"_s, u"Sol Padaria"_s}});
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(a.body.value(u"codigo_cliente_omie"_s).toInteger(), id);
        QCOMPARE(m_sim->record(Kind::Client, id)->value(u"nome_fantasia"_s).toString(), u"Sol Padaria"_s);
        const int before = m_sim->count(Kind::Client);
        const QString cnpj2 = cnpjFromBase(u"112223330001"_s);
        a = post(
            u"geral/clientes/"_s, u"UpsertCliente"_s,
            {{u"codigo_cliente_integracao"_s, u"PL4713"_s}, {u"razao_social"_s, u"ACME SA"_s}, {u"cnpj_cpf"_s, cnpj2}});
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(m_sim->count(Kind::Client), before + 1);
        // UpsertClienteCpfCnpj finds the record by document, whatever the mask.
        a = post(u"geral/clientes/"_s, u"UpsertClienteCpfCnpj"_s,
                 {{u"cnpj_cpf"_s, formatCnpj(cnpj2)}, {u"razao_social"_s, u"ACME S.A."_s}});
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(m_sim->count(Kind::Client), before + 1);
        QCOMPARE(a.body.value(u"codigo_cliente_integracao"_s).toString(), u"PL4713"_s);

        // Associate an integration code to a client created in the Omie UI; refuse one already used.
        const qint64 seeded = m_sim->records(Kind::Client).first().value(u"codigo_cliente_omie"_s).toInteger();
        a = post(u"geral/clientes/"_s, u"AssociarCodIntCliente"_s,
                 {{u"codigo_cliente_omie"_s, seeded}, {u"codigo_cliente_integracao"_s, u"PL4711"_s}});
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"PL4711"_s));
        a = post(u"geral/clientes/"_s, u"AssociarCodIntCliente"_s,
                 {{u"codigo_cliente_omie"_s, seeded}, {u"codigo_cliente_integracao"_s, u"PL9001"_s}});
        QVERIFY2(a.ok(), a.raw.constData());
        a = post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_integracao"_s, u"PL9001"_s}});
        QCOMPARE(a.body.value(u"codigo_cliente_omie"_s).toInteger(), seeded);

        // The list filter matches the document ignoring the mask.
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s,
                 {{u"pagina"_s, 1}, {u"clientesFiltro"_s, QJsonObject{{u"cnpj_cpf"_s, cnpj}}}});
        QCOMPARE(a.array(u"clientes_cadastro"_s).size(), 1);
        QCOMPARE(a.array(u"clientes_cadastro"_s).first().toObject().value(u"codigo_cliente_omie"_s).toInteger(), id);

        // Not found, by id and by integration code; delete.
        a = post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_omie"_s, 999999999}});
        QCOMPARE(a.fault(), u"ERROR: Cliente não cadastrado para o Código [999999999] !"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-105"_s);
        a = post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_integracao"_s, u"NOPE"_s}});
        QCOMPARE(a.code(), u"SOAP-ENV:Client-103"_s);
        a = post(u"geral/clientes/"_s, u"ExcluirCliente"_s, {{u"codigo_cliente_omie"_s, personId}});
        QVERIFY(a.ok());
        QVERIFY(!m_sim->record(Kind::Client, personId).has_value());
        QCOMPARE(m_sim->violations().total(), 0);
    }

    void productWrites()
    {
        QJsonObject p{{u"codigo_produto_integracao"_s, u"PLP88"_s},
                      {u"codigo"_s, u"SKU-0088"_s},
                      {u"descricao"_s, u"Mouse sem fio"_s},
                      {u"unidade"_s, u"UN"_s},
                      {u"valor_unitario"_s, 150.0}};
        Answer a = post(u"geral/produtos/"_s, u"IncluirProduto"_s, p);
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"NCM"_s));
        p.insert(u"ncm"_s, u"8471.60.53"_s);
        p.insert(u"valor_unitario"_s, 0);
        QVERIFY(post(u"geral/produtos/"_s, u"IncluirProduto"_s, p).fault().startsWith(u"ERROR: "_s));
        p.insert(u"valor_unitario"_s, 150.0);
        a = post(u"geral/produtos/"_s, u"IncluirProduto"_s, p);
        QVERIFY2(a.ok(), a.raw.constData());
        const qint64 id = a.body.value(u"codigo_produto"_s).toInteger();
        QVERIFY(id > 2'000'000'000LL);
        QCOMPARE(a.body.value(u"codigo_produto_integracao"_s).toString(), u"PLP88"_s);
        QCOMPARE(a.body.value(u"codigo_status"_s).toString(), u"0"_s);
        QVERIFY(a.body.contains(u"descricao_status"_s));
        p.insert(u"descricao"_s, u"Outro"_s);
        QCOMPARE(post(u"geral/produtos/"_s, u"IncluirProduto"_s, p).fault(),
                 u"ERROR: O código de integração [PLP88] já foi cadastrado anteriormente."_s);
        a = post(u"geral/produtos/"_s, u"AlterarProduto"_s, {{u"codigo_produto"_s, id}, {u"valor_unitario"_s, 175.5}});
        QVERIFY(a.ok());
        QCOMPARE(m_sim->record(Kind::Product, id)->value(u"valor_unitario"_s).toDouble(), 175.5);
        QCOMPARE(m_sim->record(Kind::Product, id)->value(u"descricao"_s).toString(), u"Mouse sem fio"_s);
        a = post(u"geral/produtos/"_s, u"UpsertProduto"_s,
                 {{u"codigo_produto_integracao"_s, u"PLP88"_s}, {u"descricao"_s, u"Mouse sem fio Pro"_s}});
        QCOMPARE(a.body.value(u"codigo_produto"_s).toInteger(), id);
        a = post(u"geral/produtos/"_s, u"ConsultarProduto"_s, {{u"codigo_produto_integracao"_s, u"PLP88"_s}});
        QCOMPARE(a.body.value(u"descricao"_s).toString(), u"Mouse sem fio Pro"_s);
        QCOMPARE(at(a.body, u"info/uAlt"_s).toString(), u"WEBSERVICE"_s);
        // Associate on a product of the Omie UI; the code then finds it.
        const qint64 seeded = m_sim->records(Kind::Product).first().value(u"codigo_produto"_s).toInteger();
        QCOMPARE(post(u"geral/produtos/"_s, u"AssociarCodIntProduto"_s,
                      {{u"codigo_produto"_s, seeded}, {u"codigo_produto_integracao"_s, u"PLP88"_s}})
                     .status,
                 500);
        QVERIFY(post(u"geral/produtos/"_s, u"AssociarCodIntProduto"_s,
                     {{u"codigo_produto"_s, seeded}, {u"codigo_produto_integracao"_s, u"PLP1"_s}})
                    .ok());
        a = post(u"geral/produtos/"_s, u"ConsultarProduto"_s, {{u"codigo_produto_integracao"_s, u"PLP1"_s}});
        QCOMPARE(a.body.value(u"codigo_produto"_s).toInteger(), seeded);
        a = post(u"geral/produtos/"_s, u"ConsultarProduto"_s, {{u"codigo_produto"_s, 424242}});
        QCOMPARE(a.code(), u"SOAP-ENV:Client-105"_s);
        QVERIFY(post(u"geral/produtos/"_s, u"ExcluirProduto"_s, {{u"codigo_produto"_s, id}}).ok());
        QVERIFY(!m_sim->record(Kind::Product, id).has_value());
    }

    void serviceWrites()
    {
        QJsonObject s{{u"intIncluir"_s, QJsonObject{{u"cCodIntServ"_s, u"PLS7"_s}}},
                      {u"cabecalho"_s, QJsonObject{{u"cDescricao"_s, u"SERVICO DE CALIBRACAO"_s},
                                                   {u"cCodigo"_s, u"SRV00100"_s},
                                                   {u"cCodServMun"_s, u"1702"_s},
                                                   {u"cCodLC116"_s, u"14.06"_s},
                                                   {u"nPrecoUnit"_s, 150}}},
                      {u"descricao"_s, QJsonObject{{u"cDescrCompleta"_s, u"Calibração de balanças"_s}}},
                      {u"impostos"_s, QJsonObject{{u"nAliqISS"_s, 5}, {u"cRetISS"_s, u"N"_s}}}};
        Answer a = post(u"servicos/servico/"_s, u"IncluirCadastroServico"_s, s);
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(a.body.value(u"cCodIntServ"_s).toString(), u"PLS7"_s);
        QCOMPARE(a.body.value(u"cCodStatus"_s).toString(), u"0"_s);
        const qint64 id = a.body.value(u"nCodServ"_s).toInteger();
        QVERIFY(id > 2'000'000'000LL);
        s.insert(u"descricao"_s, QJsonObject{{u"cDescrCompleta"_s, u"Outra descrição"_s}});
        QCOMPARE(post(u"servicos/servico/"_s, u"IncluirCadastroServico"_s, s).fault(),
                 u"ERROR: O código de integração [PLS7] já foi cadastrado anteriormente."_s);
        a = post(u"servicos/servico/"_s, u"ConsultarCadastroServico"_s, {{u"cCodIntServ"_s, u"teste-010"_s}});
        QCOMPARE(
            a.fault(),
            u"ERROR: Serviço não cadastrado para o Código de integração do Serviço [teste-010] ! Tag [cCodIntServ]!"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-5002"_s);
        a = post(u"servicos/servico/"_s, u"ConsultarCadastroServico"_s, {{u"cCodIntServ"_s, u"PLS7"_s}});
        QCOMPARE(at(a.body, u"intListar/nCodServ"_s).toInteger(), id);
        QCOMPARE(at(a.body, u"descricao/cDescrCompleta"_s).toString(), u"Calibração de balanças"_s);
        a = post(u"servicos/servico/"_s, u"AlterarCadastroServico"_s,
                 {{u"intEditar"_s, QJsonObject{{u"nCodServ"_s, id}}},
                  {u"cabecalho"_s, QJsonObject{{u"nPrecoUnit"_s, 180}}}});
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(at(*m_sim->record(Kind::Service, id), u"cabecalho/nPrecoUnit"_s).toDouble(), 180.0);
        QCOMPARE(at(*m_sim->record(Kind::Service, id), u"cabecalho/cCodigo"_s).toString(), u"SRV00100"_s);
        const int before = m_sim->count(Kind::Service);
        a = post(u"servicos/servico/"_s, u"UpsertCadastroServico"_s,
                 {{u"intEditar"_s, QJsonObject{{u"cCodIntServ"_s, u"PLS8"_s}}},
                  {u"cabecalho"_s, QJsonObject{{u"cDescricao"_s, u"INSTALACAO"_s}, {u"nPrecoUnit"_s, 90}}}});
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(m_sim->count(Kind::Service), before + 1);
        const qint64 seeded = at(m_sim->records(Kind::Service).first(), u"intListar/nCodServ"_s).toInteger();
        QCOMPARE(post(u"servicos/servico/"_s, u"AssociarCodIntServico"_s,
                      {{u"nCodServ"_s, seeded}, {u"cCodIntServ"_s, u"PLS7"_s}})
                     .status,
                 500);
        QVERIFY(post(u"servicos/servico/"_s, u"AssociarCodIntServico"_s,
                     {{u"nCodServ"_s, seeded}, {u"cCodIntServ"_s, u"PLS1"_s}})
                    .ok());
        QCOMPARE(at(*m_sim->record(Kind::Service, seeded), u"intListar/cCodIntServ"_s).toString(), u"PLS1"_s);
        QVERIFY(post(u"servicos/servico/"_s, u"ExcluirCadastroServico"_s, {{u"nCodServ"_s, id}}).ok());
        QCOMPARE(m_sim->count(Kind::Service), before);
    }

    void sellerWrites()
    {
        Answer a =
            post(u"geral/vendedores/"_s, u"IncluirVendedor"_s,
                 {{u"codInt"_s, u"PLU12"_s}, {u"nome"_s, u"Ana Souza"_s}, {u"email"_s, u"ana@empresa.com.br"_s}});
        QVERIFY2(a.ok(), a.raw.constData());
        const qint64 id = a.body.value(u"codigo"_s).toInteger();
        QCOMPARE(a.body.value(u"codInt"_s).toString(), u"PLU12"_s);
        a = post(u"geral/vendedores/"_s, u"ListarVendedores"_s,
                 {{u"pagina"_s, 1}, {u"filtrar_por_email"_s, u"ANA@empresa.com.br"_s}});
        QCOMPARE(a.array(u"cadastro"_s).size(), 1);
        QCOMPARE(a.array(u"cadastro"_s).first().toObject().value(u"inativo"_s).toString(), u"N"_s);
        a = post(u"geral/vendedores/"_s, u"AlterarVendedor"_s, {{u"codigo"_s, id}, {u"comissao"_s, 2.5}});
        QVERIFY(a.ok());
        a = post(u"geral/vendedores/"_s, u"UpsertVendedor"_s, {{u"codInt"_s, u"PLU12"_s}, {u"nome"_s, u"Ana S."_s}});
        QCOMPARE(a.body.value(u"codigo"_s).toInteger(), id);
        a = post(u"geral/vendedores/"_s, u"ConsultarVendedor"_s, {{u"codigo"_s, id}});
        QCOMPARE(a.body.value(u"nome"_s).toString(), u"Ana S."_s);
        QCOMPARE(a.body.value(u"comissao"_s).toDouble(), 2.5);
        QCOMPARE(post(u"geral/vendedores/"_s, u"ConsultarVendedor"_s, {{u"codigo"_s, 77}}).code(),
                 u"SOAP-ENV:Client-105"_s);
    }

    void salesOrders()
    {
        const qint64 client = firstId(Kind::Client, u"codigo_cliente_omie"_s);
        const qint64 product = firstId(Kind::Product, u"codigo_produto"_s);
        const qint64 active = conta(false);
        const qint64 inactive = conta(true);

        // Lookups the setup wizard reads.
        Answer a = post(u"geral/contacorrente/"_s, u"ListarContasCorrentes"_s,
                        {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 100}});
        QCOMPARE(a.array(u"ListarContasCorrentes"_s).size(), 3);
        int inactiveCount = 0;
        for (const QJsonValue &v : a.array(u"ListarContasCorrentes"_s)) {
            inactiveCount += v.toObject().value(u"inativo"_s).toString() == u"S"_s;
            QVERIFY(v.toObject().value(u"nCodCC"_s).toInteger() > 0);
            QVERIFY(!v.toObject().value(u"descricao"_s).toString().isEmpty());
        }
        QCOMPARE(inactiveCount, 1);
        // Categorias: the whole plan (groups and expense accounts included), or only postable revenue ones.
        a = post(u"geral/categorias/"_s, u"ListarCategorias"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 50}});
        QStringList groups;
        QStringList expenses;
        for (const QJsonValue &v : a.array(u"categoria_cadastro"_s)) {
            const QJsonObject c = v.toObject();
            if (c.value(u"totalizadora"_s).toString() == u"S"_s)
                groups.append(c.value(u"codigo"_s).toString());
            if (c.value(u"conta_despesa"_s).toString() == u"S"_s && c.value(u"totalizadora"_s).toString() == u"N"_s)
                expenses.append(c.value(u"codigo"_s).toString());
        }
        QCOMPARE(groups, (QStringList{u"1"_s, u"1.01"_s, u"2"_s}));
        QCOMPARE(expenses, QStringList{u"2.01.01"_s});
        a = post(u"geral/categorias/"_s, u"ListarCategorias"_s,
                 {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 50}, {u"filtrar_por_tipo"_s, u"R"_s}});
        QStringList revenue;
        for (const QJsonValue &v : a.array(u"categoria_cadastro"_s))
            revenue.append(v.toObject().value(u"codigo"_s).toString());
        QCOMPARE(revenue, (QStringList{u"1.01.01"_s, u"1.01.02"_s, u"1.01.03"_s}));
        a = post(u"produtos/formaspagvendas/"_s, u"ListarFormasPagVendas"_s,
                 {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 50}});
        QStringList parcelas;
        for (const QJsonValue &v : a.array(u"cadastros"_s))
            parcelas.append(v.toObject().value(u"cCodigo"_s).toString());
        QCOMPARE(parcelas, (QStringList{u"000"_s, u"001"_s, u"999"_s}));
        a = post(u"produtos/etapafat/"_s, u"ListarEtapasFaturamento"_s,
                 {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 50}});
        // Etapas per operation; the first element is an empty object and "20" means different stages.
        const QJsonArray operations = a.array(u"cadastros"_s);
        QCOMPARE(operations.first().toObject(), QJsonObject());
        QHash<QString, QJsonArray> stages;
        for (const QJsonValue &v : operations)
            stages.insert(v.toObject().value(u"cCodOperacao"_s).toString(), v.toObject().value(u"etapas"_s).toArray());
        QCOMPARE(operations.at(1).toObject().value(u"cCodOperacao"_s).toString(), u"01"_s);
        QCOMPARE(stages.value(u"11"_s).size(), 5);
        QCOMPARE(stages.value(u"11"_s).at(1).toObject().value(u"cDescricao"_s).toString(), u"Separar estoque"_s);
        QCOMPARE(stages.value(u"21"_s).at(1).toObject().value(u"cDescricao"_s).toString(), u"Requisição"_s);
        QCOMPARE(stages.value(u"11"_s).at(3).toObject().value(u"cInativo"_s).toString(), u"S"_s);

        // Refusals: unknown product, inactive conta corrente, client without UF, unknown client.
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO1"_s, client, 31337, active));
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"Produto"_s));
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO1"_s, client, product, inactive));
        QVERIFY(a.fault().contains(u"inativa"_s));
        const qint64 noUf = m_sim->insert(
            Kind::Client, {{u"razao_social"_s, u"Sem UF Ltda"_s}, {u"cnpj_cpf"_s, cnpjFromBase(u"998887770001"_s)}});
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO1"_s, noUf, product, active));
        QVERIFY(a.fault().contains(u"UF"_s));
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO1"_s, 5555, product, active));
        QCOMPARE(a.code(), u"SOAP-ENV:Client-105"_s);
        QJsonObject noItems = orderBody(u"PLO1"_s, client, product, active);
        noItems.insert(u"det"_s, QJsonArray());
        QCOMPARE(post(u"produtos/pedido/"_s, u"IncluirPedido"_s, noItems).status, 500);
        QCOMPARE(
            post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO1"_s, client, product, active, 0)).status,
            500);
        QJsonObject badDate = orderBody(u"PLO1"_s, client, product, active);
        QJsonObject head = badDate.value(u"cabecalho"_s).toObject();
        head.insert(u"data_previsao"_s, u"31/02/2026"_s);
        badDate.insert(u"cabecalho"_s, head);
        QCOMPARE(post(u"produtos/pedido/"_s, u"IncluirPedido"_s, badDate).status, 500);

        // Accepted: ids, number and totals.
        QJsonObject order = orderBody(u"PLO1"_s, client, product, active);
        QJsonObject extra = order.value(u"informacoes_adicionais"_s).toObject();
        extra.insert(u"codVend"_s, m_sim->records(Kind::Seller).first().value(u"codigo"_s));
        order.insert(u"informacoes_adicionais"_s, extra);
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, order);
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(a.body.value(u"codigo_status"_s).toString(), u"0"_s);
        QCOMPARE(a.body.value(u"codigo_pedido_integracao"_s).toString(), u"PLO1"_s);
        QVERIFY(!a.body.value(u"numero_pedido"_s).toString().isEmpty());
        const qint64 id = a.body.value(u"codigo_pedido"_s).toInteger();
        QVERIFY(id > 2'000'000'000LL);
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO1"_s, client, product, active, 3));
        QCOMPARE(a.fault(), u"ERROR: Pedido já cadastrado para o Código de Integração [PLO1] !"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-102"_s);
        // A stage of the sales operation (11) that is inactive, and an expense categoria, are refused (§7.5, §7.6).
        QJsonObject inactiveStage = orderBody(u"PLO9"_s, client, product, active);
        QJsonObject head9 = inactiveStage.value(u"cabecalho"_s).toObject();
        head9.insert(u"etapa"_s, u"40"_s);
        inactiveStage.insert(u"cabecalho"_s, head9);
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, inactiveStage);
        QCOMPARE(a.fault(),
                 u"ERROR: O valor informado para o campo [etapa] não é válido. Valores permitidos: 10, 20, 30, 50"_s);
        QJsonObject expense = orderBody(u"PLO9"_s, client, product, active);
        QJsonObject extra9 = expense.value(u"informacoes_adicionais"_s).toObject();
        extra9.insert(u"codigo_categoria"_s, u"2.01.01"_s);
        expense.insert(u"informacoes_adicionais"_s, extra9);
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, expense);
        QCOMPARE(a.fault(), u"ERROR: A categoria [2.01.01] não é uma categoria de receita!"_s);

        a = post(u"produtos/pedido/"_s, u"ConsultarPedido"_s, {{u"codigo_pedido_integracao"_s, u"PLO1"_s}});
        QVERIFY(a.ok());
        const QJsonObject stored = a.body.value(u"pedido_venda_produto"_s).toObject();
        QCOMPARE(at(stored, u"cabecalho/codigo_pedido"_s).toInteger(), id);
        QCOMPARE(at(stored, u"total_pedido/valor_mercadorias"_s).toDouble(), 300.0);
        QCOMPARE(at(stored, u"total_pedido/valor_total_pedido"_s).toDouble(), 300.0);
        QCOMPARE(at(stored, u"infoCadastro/faturado"_s).toString(), u"N"_s);
        QCOMPARE(at(stored, u"infoCadastro/uInc"_s).toString(), u"WEBSERVICE"_s);
        QVERIFY(at(stored.value(u"det"_s).toArray().first().toObject(), u"ide/codigo_item"_s).toInteger() > 0);

        // Alter: the items sent replace the current ones.
        const qint64 product2 = m_sim->records(Kind::Product).at(1).value(u"codigo_produto"_s).toInteger();
        QJsonObject alter = orderBody(u"PLO1"_s, client, product2, active, 1, 99.9);
        QJsonObject alterHead = alter.value(u"cabecalho"_s).toObject();
        alterHead.insert(u"codigo_pedido"_s, id);
        alter.insert(u"cabecalho"_s, alterHead);
        a = post(u"produtos/pedido/"_s, u"AlterarPedidoVenda"_s, alter);
        QVERIFY2(a.ok(), a.raw.constData());
        QJsonObject now = *m_sim->record(Kind::Order, id);
        QCOMPARE(now.value(u"det"_s).toArray().size(), 1);
        QCOMPARE(at(now.value(u"det"_s).toArray().first().toObject(), u"produto/codigo_produto"_s).toInteger(),
                 product2);
        QCOMPARE(at(now, u"total_pedido/valor_total_pedido"_s).toDouble(), 99.9);

        // Stage, status, billing; a billed order cannot be deleted.
        QVERIFY(post(u"produtos/pedido/"_s, u"TrocarEtapaPedido"_s, {{u"codigo_pedido"_s, id}, {u"etapa"_s, u"20"_s}})
                    .ok());
        a = post(u"produtos/pedido/"_s, u"StatusPedido"_s, {{u"codigo_pedido"_s, id}});
        QCOMPARE(a.body.value(u"etapa"_s).toString(), u"20"_s);
        a = post(u"produtos/pedidovendafat/"_s, u"FaturarPedidoVenda"_s, {{u"codigo_pedido"_s, id}});
        QVERIFY2(a.ok(), a.raw.constData());
        now = *m_sim->record(Kind::Order, id);
        QCOMPARE(at(now, u"cabecalho/etapa"_s).toString(), u"60"_s);
        QCOMPARE(at(now, u"infoCadastro/faturado"_s).toString(), u"S"_s);
        QCOMPARE(at(now, u"infoCadastro/dFat"_s).toString(), brazilDate(m_clock->nowMs()));
        a = post(u"produtos/pedido/"_s, u"ExcluirPedido"_s, {{u"codigo_pedido"_s, id}});
        QCOMPARE(a.status, 500);
        QVERIFY(m_sim->record(Kind::Order, id).has_value());
        a = post(u"produtos/pedido/"_s, u"ListarPedidos"_s,
                 {{u"pagina"_s, 1},
                  {u"registros_por_pagina"_s, 200},
                  {u"status_pedido"_s, u"FATURADO"_s},
                  {u"filtrar_por_cliente"_s, client}});
        bool listed = false;
        for (const QJsonValue &v : a.array(u"pedido_venda_produto"_s))
            listed = listed || at(v.toObject(), u"cabecalho/codigo_pedido"_s).toInteger() == id;
        QVERIFY(listed);

        // Another order is cancelled, a third one deleted.
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO2"_s, client, product, active));
        const qint64 id2 = a.body.value(u"codigo_pedido"_s).toInteger();
        QVERIFY(post(u"produtos/pedidovendafat/"_s, u"CancelarPedidoVenda"_s, {{u"codigo_pedido"_s, id2}}).ok());
        QCOMPARE(at(*m_sim->record(Kind::Order, id2), u"infoCadastro/cancelado"_s).toString(), u"S"_s);
        a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, orderBody(u"PLO3"_s, client, product, active));
        const qint64 id3 = a.body.value(u"codigo_pedido"_s).toInteger();
        QVERIFY(post(u"produtos/pedido/"_s, u"ExcluirPedido"_s, {{u"codigo_pedido_integracao"_s, u"PLO3"_s}}).ok());
        QVERIFY(!m_sim->record(Kind::Order, id3).has_value());
        QCOMPARE(m_sim->violations().total(), 0);
    }

    void serviceOrders()
    {
        const qint64 client = firstId(Kind::Client, u"codigo_cliente_omie"_s);
        const qint64 service = firstId(Kind::Service, u"intListar/nCodServ"_s);
        const qint64 active = conta(false);
        Answer a = post(u"servicos/os/"_s, u"IncluirOS"_s, osBody(u"PLOS55"_s, client, 8080, active));
        QCOMPARE(a.status, 500);
        QVERIFY(a.fault().contains(u"Serviço"_s));
        a = post(u"servicos/os/"_s, u"IncluirOS"_s, osBody(u"PLOS55"_s, client, service, conta(true)));
        QVERIFY(a.fault().contains(u"inativa"_s));
        a = post(u"servicos/os/"_s, u"IncluirOS"_s, osBody(u"PLOS55"_s, client, service, active));
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(a.body.value(u"cCodIntOS"_s).toString(), u"PLOS55"_s);
        QCOMPARE(a.body.value(u"cCodStatus"_s).toString(), u"0"_s);
        QVERIFY(!a.body.value(u"cNumOS"_s).toString().isEmpty());
        const qint64 id = a.body.value(u"nCodOS"_s).toInteger();
        QVERIFY(id > 2'000'000'000LL);
        QCOMPARE(at(*m_sim->record(Kind::ServiceOrder, id), u"Cabecalho/nValorTotal"_s).toDouble(), 151.0);
        QJsonObject again = osBody(u"PLOS55"_s, client, service, active);
        again.insert(u"Observacoes"_s, QJsonObject{{u"cObsOS"_s, u"de novo"_s}}); // not a redundant body
        a = post(u"servicos/os/"_s, u"IncluirOS"_s, again);
        QCOMPARE(a.fault(), u"ERROR: OS já cadastrada para o Código de Integração [PLOS55] !"_s);

        a = post(u"servicos/os/"_s, u"ConsultarOS"_s, {{u"cCodIntOS"_s, u"99999999999"_s}});
        QCOMPARE(a.fault(), u"ERROR: OS não cadastrada para o Código de Integração [99999999999] !"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-103"_s);
        a = post(u"servicos/os/"_s, u"ConsultarOS"_s, {{u"cCodIntOS"_s, u"PLOS55"_s}});
        QCOMPARE(at(a.body, u"Cabecalho/nCodOS"_s).toInteger(), id);
        QCOMPARE(at(a.body, u"InfoCadastro/cFaturada"_s).toString(), u"N"_s);

        QJsonObject alter = osBody(u"PLOS55"_s, client, service, active);
        QJsonObject head = alter.value(u"Cabecalho"_s).toObject();
        head.insert(u"nCodOS"_s, id);
        alter.insert(u"Cabecalho"_s, head);
        alter.insert(u"ServicosPrestados"_s,
                     QJsonArray{QJsonObject{
                         {u"nCodServico"_s, service}, {u"nQtde"_s, 1}, {u"nValUnit"_s, 200}, {u"nSeqItem"_s, 1}}});
        a = post(u"servicos/os/"_s, u"AlterarOS"_s, alter);
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(at(*m_sim->record(Kind::ServiceOrder, id), u"Cabecalho/nValorTotal"_s).toDouble(), 200.0);
        // Operation 01 (venda de serviço) has stages 10, 20 and 50 only (§7.5).
        a = post(u"servicos/os/"_s, u"TrocarEtapaOS"_s, {{u"nCodOS"_s, id}, {u"cEtapa"_s, u"30"_s}});
        QCOMPARE(a.fault(),
                 u"ERROR: O valor informado para o campo [cEtapa] não é válido. Valores permitidos: 10, 20, 50"_s);
        QVERIFY(post(u"servicos/os/"_s, u"TrocarEtapaOS"_s, {{u"nCodOS"_s, id}, {u"cEtapa"_s, u"20"_s}}).ok());
        a = post(u"servicos/os/"_s, u"StatusOS"_s, {{u"nCodOS"_s, id}, {u"cCodIntOS"_s, u"PLOS55"_s}});
        QCOMPARE(a.body.value(u"cEtapa"_s).toString(), u"20"_s);
        a = post(u"servicos/os/"_s, u"ListarOS"_s,
                 {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 100}, {u"filtrar_por_status"_s, u"N"_s}});
        bool listed = false;
        for (const QJsonValue &v : a.array(u"osCadastro"_s)) {
            listed = listed || at(v.toObject(), u"Cabecalho/nCodOS"_s).toInteger() == id;
            QVERIFY(at(v.toObject(), u"InfoCadastro/cFaturada"_s).toString() != u"S"_s);
        }
        QVERIFY(listed);
    }

    void unknownTagsAreRefused_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QJsonObject>("param");
        QTest::addColumn<QString>("fault");
        // omie-api.md §7.1: osListarRequest has no hour filters.
        QTest::newRow("ListarOS hour") << u"servicos/os/"_s << u"ListarOS"_s
                                       << QJsonObject{{u"pagina"_s, 1},
                                                      {u"filtrar_por_data_de"_s, u"01/11/2026"_s},
                                                      {u"filtrar_por_hora_de"_s, u"10:00:00"_s}}
                                       << u"ERROR: Tag [FILTRAR_POR_HORA_DE] não faz parte da estrutura do tipo "
                                          "complexo [osListarRequest]!"_s;
        QTest::newRow("ListarPedidos OS-style")
            << u"produtos/pedido/"_s << u"ListarPedidos"_s
            << QJsonObject{{u"pagina"_s, 1}, {u"filtrar_por_data_faturamento_de"_s, u"01/11/2026"_s}}
            << u"ERROR: Tag [FILTRAR_POR_DATA_FATURAMENTO_DE] não faz parte da "
               "estrutura do tipo complexo [pvpListarRequest]!"_s;
        QTest::newRow("ListarCategorias") << u"geral/categorias/"_s << u"ListarCategorias"_s
                                          << QJsonObject{{u"pagina"_s, 1}, {u"apenas_importado_api"_s, u"N"_s}}
                                          << u"ERROR: Tag [APENAS_IMPORTADO_API] não faz parte da estrutura do tipo "
                                             "complexo [categoria_list_request]!"_s;
        QTest::newRow("nested cabecalho")
            << u"produtos/pedido/"_s << u"IncluirPedido"_s
            << QJsonObject{{u"cabecalho"_s, QJsonObject{{u"codigo_pedido_integracao"_s, u"PLX"_s}, {u"cliente"_s, 1}}}}
            << u"ERROR: Tag [CLIENTE] não faz parte da estrutura do tipo complexo [cabecalho]!"_s;
        QTest::newRow("nested det[].produto")
            << u"produtos/pedido/"_s << u"IncluirPedido"_s
            << QJsonObject{{u"det"_s, QJsonArray{QJsonObject{
                                          {u"produto"_s, QJsonObject{{u"codigo_produto"_s, 1}, {u"desconto"_s, 5}}}}}}}
            << u"ERROR: Tag [DESCONTO] não faz parte da estrutura do tipo complexo [produto]!"_s;
        QTest::newRow("ListarCadastroServico standard paging")
            << u"servicos/servico/"_s << u"ListarCadastroServico"_s << QJsonObject{{u"pagina"_s, 1}}
            << u"ERROR: Tag [PAGINA] não faz parte da estrutura do tipo complexo [srvListarRequest]!"_s;
        QTest::newRow("ConsultarCliente") << u"geral/clientes/"_s << u"ConsultarCliente"_s
                                          << QJsonObject{{u"codigo_cliente_omie"_s, 1}, {u"cnpj_cpf"_s, u"1"_s}}
                                          << u"ERROR: Tag [CNPJ_CPF] não faz parte da estrutura do tipo complexo "
                                             "[clientes_cadastro_chave]!"_s;
    }

    void unknownTagsAreRefused()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, call);
        QFETCH(QJsonObject, param);
        QFETCH(QString, fault);
        const Answer a = post(endpoint, call, param);
        QCOMPARE(a.status, 500);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-5001"_s);
        QCOMPARE(a.fault(), fault);
        QCOMPARE(m_sim->unknownTagRefusals(), 1);
        m_sim->resetCounters();
        QCOMPARE(m_sim->unknownTagRefusals(), 0);
    }

    void billingAndCancellationWindows()
    {
        // Billed and cancelled orders are found by their own dates under both readings of filtrar_por_data_de.
        const QList<QJsonObject> orders = m_sim->records(Kind::Order);
        QVERIFY(orders.size() >= 2);
        const qint64 billedId = at(orders.at(0), u"cabecalho/codigo_pedido"_s).toInteger();
        const qint64 cancelledId = at(orders.at(1), u"cabecalho/codigo_pedido"_s).toInteger();
        const QString old = u"01/03/2026"_s;
        for (const qint64 id : {billedId, cancelledId})
            QVERIFY(m_sim->modify(Kind::Order, id,
                                  {{u"cabecalho"_s, QJsonObject{{u"data_previsao"_s, old}}},
                                   {u"infoCadastro"_s, QJsonObject{{u"faturado"_s, u"N"_s},
                                                                   {u"cancelado"_s, u"N"_s},
                                                                   {u"dFat"_s, QString()},
                                                                   {u"dCan"_s, QString()}}}}));
        const QString today = brazilDate(m_clock->nowMs());
        QVERIFY(m_sim->modify(Kind::Order, billedId,
                              {{u"infoCadastro"_s, QJsonObject{{u"faturado"_s, u"S"_s}, {u"dFat"_s, today}}}}));
        QVERIFY(m_sim->modify(Kind::Order, cancelledId,
                              {{u"infoCadastro"_s, QJsonObject{{u"cancelado"_s, u"S"_s}, {u"dCan"_s, today}}}}));
        auto ids = [&](const QJsonObject &param) {
            QSet<qint64> out;
            const Answer a = post(u"produtos/pedido/"_s, u"ListarPedidos"_s, param);
            for (const QJsonValue &v : a.array(u"pedido_venda_produto"_s))
                out.insert(at(v.toObject(), u"cabecalho/codigo_pedido"_s).toInteger());
            return out;
        };
        const QJsonObject changed{{u"pagina"_s, 1},
                                  {u"registros_por_pagina"_s, 100},
                                  {u"filtrar_por_data_de"_s, today},
                                  {u"filtrar_por_hora_de"_s, u"00:00:00"_s}};
        QVERIFY(ids(changed).contains(billedId)); // the schema's reading: included or altered
        OmieReadings disputed;
        disputed.pedidosDateFilterByPrevisao = true;
        m_sim->setReadings(disputed);
        m_clock->advance(61'000);
        QVERIFY(!ids(changed).contains(billedId)); // the other reading: the window is on data_previsao
        QVERIFY(!ids(changed).contains(cancelledId));
        QCOMPARE(ids({{u"pagina"_s, 1}, {u"data_faturamento_de"_s, today}, {u"data_faturamento_ate"_s, today}}),
                 QSet<qint64>{billedId});
        QCOMPARE(ids({{u"pagina"_s, 1}, {u"data_cancelamento_de"_s, today}, {u"data_cancelamento_ate"_s, today}}),
                 QSet<qint64>{cancelledId});
        QVERIFY(ids({{u"pagina"_s, 1}, {u"filtrar_por_data_de"_s, old}, {u"filtrar_por_data_ate"_s, old}})
                    .contains(billedId));

        // ListarOS has its own names for the same windows.
        const qint64 os = at(m_sim->records(Kind::ServiceOrder).first(), u"Cabecalho/nCodOS"_s).toInteger();
        QVERIFY(m_sim->modify(Kind::ServiceOrder, os,
                              {{u"InfoCadastro"_s, QJsonObject{{u"cFaturada"_s, u"S"_s}, {u"dDtFat"_s, today}}}}));
        const Answer a = post(u"servicos/os/"_s, u"ListarOS"_s,
                              {{u"pagina"_s, 1},
                               {u"filtrar_por_data_faturamento_de"_s, today},
                               {u"filtrar_por_data_faturamento_ate"_s, today}});
        QVERIFY2(a.ok(), a.raw.constData());
        QCOMPARE(at(a.array(u"osCadastro"_s).first().toObject(), u"Cabecalho/nCodOS"_s).toInteger(), os);
        QCOMPARE(a.array(u"osCadastro"_s).size(), 1);
    }

    void ordersRefusePastDatesAndGroups()
    {
        const qint64 client = firstId(Kind::Client, u"codigo_cliente_omie"_s,
                                      [](const QJsonObject &c) { return !c.value(u"estado"_s).toString().isEmpty(); });
        const qint64 product = firstId(Kind::Product, u"codigo_produto"_s);
        const qint64 active = conta(false);
        // 29/11/2026 22:30 in Brasília is already 30/11 in UTC: the Brasília date decides.
        QJsonObject order = orderBody(u"PLD1"_s, client, product, active);
        QJsonObject head = order.value(u"cabecalho"_s).toObject();
        head.insert(u"data_previsao"_s, u"28/11/2026"_s);
        order.insert(u"cabecalho"_s, head);
        Answer a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, order);
        QCOMPARE(a.status, 500);
        QVERIFY2(a.fault().contains(u"data corrente"_s), a.raw.constData());
        head.insert(u"data_previsao"_s, u"29/11/2026"_s);
        order.insert(u"cabecalho"_s, head);
        QVERIFY2(post(u"produtos/pedido/"_s, u"IncluirPedido"_s, order).ok(), "today is not in the past");

        QJsonObject os = osBody(u"PLD2"_s, client, firstId(Kind::Service, u"intListar/nCodServ"_s), active);
        QJsonObject osHead = os.value(u"Cabecalho"_s).toObject();
        osHead.insert(u"dDtPrevisao"_s, u"01/01/2026"_s);
        os.insert(u"Cabecalho"_s, osHead);
        QVERIFY(post(u"servicos/os/"_s, u"IncluirOS"_s, os).fault().contains(u"data corrente"_s));

        // A group (totalizadora) or an inactive categoria takes no postings.
        for (const QString &categoria : {u"1.01"_s, u"1.01.04"_s}) {
            QJsonObject o = orderBody(u"PLD3"_s, client, product, active);
            QJsonObject extra = o.value(u"informacoes_adicionais"_s).toObject();
            extra.insert(u"codigo_categoria"_s, categoria);
            o.insert(u"informacoes_adicionais"_s, extra);
            a = post(u"produtos/pedido/"_s, u"IncluirPedido"_s, o);
            QCOMPARE(a.status, 500);
            QVERIFY2(a.fault().contains(categoria), a.raw.constData());
        }
        QCOMPARE(
            post(u"geral/categorias/"_s, u"ListarCategorias"_s, {{u"pagina"_s, 1}, {u"filtrar_por_tipo"_s, u"X"_s}})
                .code(),
            u"SOAP-ENV:Client-105"_s);
    }

    void redundantRequestIsRefused()
    {
        const QJsonObject param{{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 20}};
        QVERIFY(post(u"geral/vendedores/"_s, u"ListarVendedores"_s, param).ok());
        Answer a = post(u"geral/vendedores/"_s, u"ListarVendedores"_s, param);
        QCOMPARE(a.status, 500);
        QCOMPARE(a.fault(), u"ERROR: Consumo redundante detectado. Aguarde 60 segundos"_s);
        QCOMPARE(a.code(), u"SOAP-ENV:Client-6"_s);
        QCOMPARE(m_sim->violations().redundant, 1);
        QCOMPARE(m_sim->traffic().throttled, qint64(1));
        m_clock->advance(45'000);
        QVERIFY(post(u"geral/vendedores/"_s, u"ListarVendedores"_s, param).fault().endsWith(u"Aguarde 15 segundos"_s));
        m_clock->advance(16'000);
        QVERIFY(post(u"geral/vendedores/"_s, u"ListarVendedores"_s, param).ok());
        QCOMPARE(m_sim->violations().redundant, 2);
    }

    void aQueryOfTheSameRecordIsRedundantWhateverElseItsBodySays()
    {
        // §4.3 ("the same ID twice within 60 s") by default; §6.3 asks whether it is the body instead.
        const qint64 id = m_sim->records(Kind::Client).front().value(u"codigo_cliente_omie"_s).toInteger();
        QVERIFY(post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_omie"_s, id}}).ok());
        const QJsonObject other{{u"codigo_cliente_omie"_s, id}, {u"codigo_cliente_integracao"_s, QString()}};
        QVERIFY(post(u"geral/clientes/"_s, u"ConsultarCliente"_s, other).fault().contains(u"redundante"_s));
        QCOMPARE(m_sim->violations().redundant, 1);
        OmieReadings byBody;
        byBody.redundancyByRecordId = false;
        m_sim->setReadings(byBody);
        m_clock->advance(61'000);
        QVERIFY(post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_omie"_s, id}}).ok());
        QVERIFY(post(u"geral/clientes/"_s, u"ConsultarCliente"_s, other).ok());
    }

    void perMethodAndTotalRateLimits()
    {
        OmieLimitsConfig limits;
        limits.perMethodPerMinute = 5;
        limits.totalPerMinute = 8;
        m_sim->setLimits(limits);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, i}})
                        .ok());
        Answer a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 6}});
        QCOMPARE(a.status, 429);
        QVERIFY(a.fault().startsWith(u"ERROR: Limite de requisições por minuto excedido"_s));
        QVERIFY(a.fault().contains(u"Aguarde 60 segundos"_s));
        QCOMPARE(m_sim->violations().rateLimit, 1);
        QCOMPARE(m_sim->traffic().throttled, qint64(1));
        // Another method has its own budget, up to the total.
        for (int i = 1; i <= 3; ++i)
            QVERIFY(post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, i}})
                        .ok());
        a = post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 4}});
        QCOMPARE(a.status, 429);
        QCOMPARE(m_sim->violations().totalRateLimit, 1);
        // The window slides: a minute after the first calls there is room again.
        m_clock->advance(60'000);
        QVERIFY(
            post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 7}}).ok());
        QCOMPARE(m_sim->violations().rateLimit, 1);
    }

    void concurrencyLimitWithLatency()
    {
        OmieLimitsConfig limits;
        limits.concurrentPerMethod = 4;
        m_sim->setLimits(limits);
        m_sim->setLatencyMs(500);
        m_step = 5;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies.append(start(u"geral/clientes/"_s, u"ListarClientes"_s,
                                 {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 10 + i}}));
        QVERIFY(waitReceived(5)); // all five are being processed before virtual time moves
        int refused = 0;
        int ok = 0;
        for (QNetworkReply *r : replies) {
            const Answer a = finish(r);
            if (a.ok())
                ++ok;
            else if (a.code() == u"SOAP-ENV:Client-1880"_s)
                ++refused;
        }
        QCOMPARE(ok, 4);
        QCOMPARE(refused, 1);
        QCOMPARE(m_sim->violations().concurrency, 1);
        // One after the other is fine.
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 20 + i}})
                    .ok());
        QCOMPARE(m_sim->violations().concurrency, 1);
    }

    void overlappingWritesAreCounted()
    {
        m_sim->setLatencyMs(300);
        m_step = 5;
        QNetworkReply *first =
            start(u"geral/vendedores/"_s, u"UpsertVendedor"_s, {{u"codInt"_s, u"A"_s}, {u"nome"_s, u"A"_s}});
        QVERIFY(waitReceived(1));
        QNetworkReply *second = start(u"geral/produtos/"_s, u"UpsertProduto"_s,
                                      {{u"codigo_produto_integracao"_s, u"W1"_s},
                                       {u"descricao"_s, u"W"_s},
                                       {u"unidade"_s, u"UN"_s},
                                       {u"ncm"_s, u"8471.60.53"_s},
                                       {u"valor_unitario"_s, 1.0}});
        QVERIFY(waitReceived(2));
        const Answer b = finish(second);
        const Answer a = finish(first);
        QVERIFY(a.ok());
        QCOMPARE(b.status, 500);
        QCOMPARE(m_sim->violations().writeOverlap, 1);
        // A read during a write is allowed; writes in sequence are too.
        QVERIFY(post(u"geral/produtos/"_s, u"UpsertProduto"_s,
                     {{u"codigo_produto_integracao"_s, u"W1"_s},
                      {u"descricao"_s, u"W"_s},
                      {u"unidade"_s, u"UN"_s},
                      {u"ncm"_s, u"8471.60.53"_s},
                      {u"valor_unitario"_s, 2.0}})
                    .ok());
        QCOMPARE(m_sim->violations().writeOverlap, 1);
    }

    void misuseBlocksTheAppKey()
    {
        OmieLimitsConfig limits;
        limits.misuseThreshold = 3;
        limits.blockSeconds = 600;
        m_sim->setLimits(limits);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_omie"_s, 100 + i}}).code(),
                     u"SOAP-ENV:Client-105"_s);
        Answer a = post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 1}});
        QCOMPARE(a.status, 425);
        QCOMPARE(a.fault(), u"ERROR: API bloqueada por consumo indevido. Tente novamente em 600 segundos."_s);
        QCOMPARE(a.code(), u"MISUSE_API_PROCESS"_s);
        QCOMPARE(m_sim->violations().whileBlocked, 1);
        m_clock->advance(300'000);
        a = post(u"geral/clientes/"_s, u"ConsultarCliente"_s,
                 {{u"codigo_cliente_omie"_s, firstId(Kind::Client, u"codigo_cliente_omie"_s)}});
        QCOMPARE(a.status, 425);
        QVERIFY(a.fault().contains(u"Tente novamente em 300 segundos"_s));
        QCOMPARE(m_sim->violations().whileBlocked, 2);
        m_clock->advance(300'001);
        QVERIFY(
            post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 3}}).ok());
        // List ends (Client-5113) are not misuse.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 90 + i}}).code(),
                     u"SOAP-ENV:Client-5113"_s);
        QCOMPARE(m_sim->violations().whileBlocked, 2);
    }

    void notEnforcedOnlyCounts()
    {
        OmieLimitsConfig limits;
        limits.perMethodPerMinute = 2;
        limits.enforce = false;
        m_sim->setLimits(limits);
        const QJsonObject param{{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 4}};
        for (int i = 0; i < 3; ++i)
            QVERIFY(post(u"geral/clientes/"_s, u"ListarClientes"_s, param).ok());
        QCOMPARE(m_sim->violations().rateLimit, 1);
        QCOMPARE(m_sim->violations().redundant, 1); // the second; the third is counted as over the rate
        QCOMPARE(m_sim->traffic().throttled, qint64(0));
        m_sim->resetCounters();
        QCOMPARE(m_sim->violations().total(), 0);
        QCOMPARE(m_sim->traffic().requests, qint64(0));
    }

    void injectedFaults()
    {
        const QJsonObject product{{u"codigo_produto_integracao"_s, u"F1"_s},
                                  {u"descricao"_s, u"Falha"_s},
                                  {u"unidade"_s, u"UN"_s},
                                  {u"ncm"_s, u"8471.60.53"_s},
                                  {u"valor_unitario"_s, 5.0}};
        const int before = m_sim->count(Kind::Product);
        // HTML instead of JSON, nothing applied.
        FaultConfig f;
        f.html500 = 1.0;
        m_sim->setFaults(f);
        Answer a = post(u"geral/produtos/"_s, u"IncluirProduto"_s, product);
        QCOMPARE(a.status, 500);
        QVERIFY(a.raw.startsWith("<html><body><h1>500 Internal Server Error</h1>"));
        QVERIFY(a.contentType.startsWith("text/html"));
        QVERIFY(a.body.isEmpty());
        QCOMPARE(m_sim->count(Kind::Product), before);
        f = {};
        f.badGateway = 1.0;
        m_sim->setFaults(f);
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 2}});
        QCOMPARE(a.status, 502);
        QVERIFY(a.raw.contains("502 Bad Gateway"));
        f = {};
        f.unavailable = 1.0;
        m_sim->setFaults(f);
        a = post(u"geral/clientes/"_s, u"ListarClientes"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 3}});
        QCOMPARE(a.status, 503);
        QVERIFY(a.raw.startsWith("<html>"));
        QCOMPARE(m_sim->traffic().faultsInjected, qint64(3));

        // Connection reset: a network error and nothing applied.
        f = {};
        f.connectionReset = 1.0;
        m_sim->setFaults(f);
        a = post(u"geral/produtos/"_s, u"IncluirProduto"_s, product);
        QVERIFY(a.error != QNetworkReply::NoError);
        QCOMPARE(a.status, 0);
        QCOMPARE(m_sim->count(Kind::Product), before);

        // Lost write reply: the client sees an error, but the record exists. QNetworkAccessManager may
        // silently re-send a POST whose kept-alive connection was reset; such a re-sent body is refused
        // as redundant, as Omie would, and the client then sees that fault instead of the network error.
        f = {};
        f.lostWriteReply = 1.0;
        m_sim->setFaults(f);
        a = post(u"geral/produtos/"_s, u"IncluirProduto"_s, product);
        QVERIFY(!a.ok());
        QVERIFY(a.error != QNetworkReply::NoError || a.fault().contains(u"redundante"_s));
        QCOMPARE(m_sim->count(Kind::Product), before + 1);
        QVERIFY(m_sim->violations().redundant <= 1);
        // Without the redundancy window every re-send of an upsert is applied and its answer lost again:
        // the reply ends in a network error and the record exists once.
        OmieLimitsConfig noWindow;
        noWindow.redundantWindowMs = 0;
        m_sim->setLimits(noWindow);
        m_sim->resetCounters();
        QJsonObject upsert = product;
        upsert.insert(u"codigo_produto_integracao"_s, u"F2"_s);
        a = post(u"geral/produtos/"_s, u"UpsertProduto"_s, upsert);
        QVERIFY(a.error != QNetworkReply::NoError);
        QCOMPARE(a.status, 0);
        QCOMPARE(m_sim->count(Kind::Product), before + 2);
        QVERIFY(m_sim->traffic().faultsInjected >= 1);
        m_sim->setLimits({});
        // Reads are never "lost writes".
        a = post(u"geral/produtos/"_s, u"ConsultarProduto"_s, {{u"codigo_produto_integracao"_s, u"F1"_s}});
        QVERIFY(a.ok());

        // Slow reply: applied, answered only after slowReplyMs.
        f = {};
        f.slowReply = 1.0;
        f.slowReplyMs = 4000;
        m_sim->setFaults(f);
        QNetworkReply *slow = start(u"geral/produtos/"_s, u"AlterarProduto"_s,
                                    {{u"codigo_produto_integracao"_s, u"F1"_s}, {u"valor_unitario"_s, 6.0}});
        const qint64 lost = firstId(Kind::Product, u"codigo_produto"_s, [](const QJsonObject &p) {
            return p.value(u"codigo_produto_integracao"_s).toString() == u"F1"_s;
        });
        QVERIFY(QTest::qWaitFor(
            [&] { return m_sim->record(Kind::Product, lost)->value(u"valor_unitario"_s).toDouble() == 6.0; }, 5000));
        m_clock->advance(3000);
        QTest::qWait(50);
        QVERIFY(!slow->isFinished());
        m_step = 100;
        a = finish(slow);
        QVERIFY(a.ok());

        // The draws are seeded: the same seed gives the same sequence.
        auto pattern = [&](int offset) {
            FaultConfig half;
            half.seed = 42;
            half.html500 = 0.5;
            m_sim->setFaults(half);
            QString out;
            for (int i = 0; i < 12; ++i)
                out += QString::number(post(u"geral/clientes/"_s, u"ListarClientes"_s,
                                            {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 30 + offset + i}})
                                           .status);
            return out;
        };
        const QString once = pattern(0);
        QCOMPARE(pattern(100), once);
        QVERIFY(once.contains(u"500"_s));
        QVERIFY(once.contains(u"200"_s));
        QCOMPARE(m_sim->violations().total(), 0);
    }

    void wellBehavedClientHasNoViolations()
    {
        m_sim->setLatencyMs(20);
        m_step = 5;
        const qint64 client = firstId(Kind::Client, u"codigo_cliente_omie"_s);
        const qint64 product = firstId(Kind::Product, u"codigo_produto"_s);
        int page = 1;
        Answer a;
        do {
            a = post(u"geral/clientes/"_s, u"ListarClientes"_s,
                     {{u"pagina"_s, page++}, {u"registros_por_pagina"_s, 8}});
        } while (a.ok() && page <= a.body.value(u"total_de_paginas"_s).toInt());
        QVERIFY(a.ok());
        QVERIFY(post(u"geral/clientes/"_s, u"ConsultarCliente"_s, {{u"codigo_cliente_omie"_s, client}}).ok());
        QVERIFY(
            post(u"geral/produtos/"_s, u"ListarProdutos"_s, {{u"pagina"_s, 1}, {u"registros_por_pagina"_s, 100}}).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(post(u"produtos/pedido/"_s, u"IncluirPedido"_s,
                         orderBody(u"PLW%1"_s.arg(i), client, product, conta(false), 1 + i))
                        .ok());
        QCOMPARE(m_sim->violations().total(), 0);
        const TrafficCounters t = m_sim->traffic();
        QCOMPARE(t.requests, qint64(page - 1 + 5));
        QCOMPARE(t.writes, qint64(3));
        QCOMPARE(t.byMethod.value(u"IncluirPedido"_s), qint64(3));
        QCOMPARE(t.byMethod.value(u"ListarClientes"_s), qint64(page - 1));
        QCOMPARE(t.throttled, qint64(0));
        QCOMPARE(t.faultsInjected, qint64(0));
    }

    void snapshotRoundTrip()
    {
        const qint64 seller = m_sim->records(Kind::Seller).first().value(u"codigo"_s).toInteger();
        m_clock->advance(3600'000);
        QVERIFY(m_sim->modify(Kind::Seller, seller, {{u"nome"_s, u"Renomeado"_s}}));
        OmieSimulator copy(nullptr, m_clock.get());
        copy.restore(m_sim->snapshot());
        for (Kind k : {Kind::Client, Kind::Product, Kind::Service, Kind::Order, Kind::ServiceOrder, Kind::Seller,
                       Kind::ContaCorrente, Kind::Categoria, Kind::FormaPagamento, Kind::Etapa})
            QCOMPARE(copy.records(k), m_sim->records(k));
        // New ids continue where the original left off.
        const qint64 a = m_sim->insert(Kind::Seller, {{u"nome"_s, u"X"_s}});
        const qint64 b = copy.insert(Kind::Seller, {{u"nome"_s, u"X"_s}});
        QCOMPARE(a, b);
    }
};

QTEST_GUILESS_MAIN(TstOmieSimulator)
#include "tst_omiesimulator.moc"
