#include "omie/omiefaults.h"
#include "omie/omierecords.h"

#include <QTimeZone>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ponte::ApiError::Kind)

namespace {
// 2026-11-28 19:00:00 in Brasília (UTC-3).
const qint64 kNow = QDateTime(QDate(2026, 11, 28), QTime(19, 0, 0), QTimeZone(-3 * 3600)).toMSecsSinceEpoch();

RawResponse reply(int status, const QByteArray &body)
{
    RawResponse r;
    r.httpStatus = status;
    r.body = body;
    return r;
}
} // namespace

class TstOmieFaults : public QObject
{
    Q_OBJECT

private slots:
    void faults_data()
    {
        QTest::addColumn<QString>("faultstring");
        QTest::addColumn<QString>("faultcode");
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<qint64>("waitAtLeastMs");

        using K = ApiError::Kind;
        // Every fault string and wording variant of ../shared/reference/omie-api.md §4.2 and style-anchors.
        QTest::newRow("end of list") << u"ERROR: Não existem registros para a página [1]!"_s
                                     << u"SOAP-ENV:Client-5113"_s << 500 << K::NotFound << 0LL;
        QTest::newRow("not found by id") << u"ERROR: Cliente não cadastrado para o Código [999999999] !"_s
                                         << u"SOAP-ENV:Client-105"_s << 500 << K::NotFound << 0LL;
        QTest::newRow("not found by integration code")
            << u"ERROR: OS não cadastrada para o Código de Integração [99999999999] !"_s << u"SOAP-ENV:Client-103"_s
            << 500 << K::NotFound << 0LL;
        QTest::newRow("servico not found")
            << u"ERROR: Serviço não cadastrado para o Código de integração do Serviço [teste-010] ! Tag [cCodIntServ]!"_s
            << u"SOAP-ENV:Client-5002"_s << 500 << K::NotFound << 0LL;
        // Not a record that is missing: a method Omie no longer has must never confirm a deletion.
        QTest::newRow("unknown method") << u"ERROR: Método [ConsultarOS] não existe!"_s << u"SOAP-ENV:Client-1"_s
                                        << 500 << K::Validation << 0LL;
        QTest::newRow("no conta corrente") << u"ERROR: Nenhuma conta corrente foi encontrada!"_s
                                           << u"SOAP-ENV:Client-101"_s << 500 << K::NotFound << 0LL;
        QTest::newRow("already processed 1100")
            << u"ERROR: Esta requisição já foi processada ou está sendo processada e você pode tentar novamente às "
               "19:04:08. (1)"_s
            << u"SOAP-ENV:Client-1100"_s << 500 << K::RateLimited << 248'000LL;
        QTest::newRow("already processed 8020")
            << u"SOAP-ENV:Client-8020 - ERROR: Esta requisição já foi processada ou está sendo processada e você pode "
               "tentar novamente às 19:06:26."_s
            << u"SOAP-ENV:Client-8020"_s << 500 << K::RateLimited << 386'000LL;
        QTest::newRow("redundant 5") << u"ERROR: Consumo redundante detectado. Aguarde 5 segundos"_s
                                     << u"SOAP-ENV:Client-6"_s << 500 << K::RateLimited << 5000LL;
        QTest::newRow("redundant 15") << u"Consumo redundante. Aguarde 15 segundos para uma nova requisição."_s
                                      << QString() << 500 << K::RateLimited << 15'000LL;
        QTest::newRow("redundant REDUNDANT")
            << u"SOAP-ENV:Client-6 … Consumo redundante detectado. Aguarde 16 segundos para tentar novamente "
               "(REDUNDANT)."_s
            << u"REDUNDANT"_s << 500 << K::RateLimited << 16'000LL;
        QTest::newRow("misuse") << u"ERROR: API bloqueada por consumo indevido. Tente novamente em 1678 segundos."_s
                                << u"MISUSE_API_PROCESS"_s << 425 << K::Blocked << 1678'000LL;
        QTest::newRow("misuse without number") << u"API Bloqueada por consumo indevido"_s << QString() << 425
                                               << K::Blocked << 1800'000LL;
        QTest::newRow("method busy") << u"ERROR: Já existe uma requisição desse método sendo executada."_s
                                     << u"SOAP-ENV:Client-1880"_s << 500 << K::RateLimited << 2000LL;
        QTest::newRow("invalid enum 105") << u"ERROR: O valor informado para o campo [etapa] não é válido. Valores "
                                             "permitidos: 10, 20, 30, 40, 50"_s
                                          << u"SOAP-ENV:Client-105"_s << 500 << K::Validation << 0LL;
        QTest::newRow("duplicate integration code")
            << u"O código de integração [PL4711] já foi cadastrado anteriormente."_s << QString() << 500
            << K::AlreadyExists << 0LL;
        QTest::newRow("duplicate document")
            << u"Cliente já cadastrado para o CPF/CNPJ [57.351.558/0001-39] com o Id [11118224339] e código de "
               "integração [PL12] !"_s
            << QString() << 500 << K::AlreadyExists << 0LL;
        QTest::newRow("bad json") << u"Invalid JSON Object"_s << QString() << 500 << K::Validation << 0LL;
        QTest::newRow("bad key") << u"ERROR: A chave de acesso não está preenchida ou não é válida!"_s
                                 << u"SOAP-ENV:Client-1"_s << 500 << K::Authentication << 0LL;
        QTest::newRow("429") << u"Too many Requests"_s << QString() << 429 << K::RateLimited << 10'000LL;
        QTest::newRow("server fault") << u"ERROR: Erro interno"_s << u"SOAP-ENV:Server"_s << 500 << K::Transient
                                      << 0LL;
    }

    void faults()
    {
        QFETCH(QString, faultstring);
        QFETCH(QString, faultcode);
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(qint64, waitAtLeastMs);
        const ApiError e = Omie::classifyFault(faultstring, faultcode, status, kNow);
        QCOMPARE(e.kind, kind);
        if (kind == ApiError::Kind::RateLimited || kind == ApiError::Kind::Blocked) {
            QVERIFY2(e.retryAtMs - kNow >= waitAtLeastMs, qPrintable(QString::number(e.retryAtMs - kNow)));
            QVERIFY2(e.retryAtMs - kNow <= waitAtLeastMs + 5000, qPrintable(QString::number(e.retryAtMs - kNow)));
        }
        QVERIFY(!e.userMessage().isEmpty());
    }

    void endOfListIsFlagged()
    {
        const ApiError e = Omie::classifyReply(
            reply(500, "{\"faultstring\":\"ERROR: Não existem registros para a página [3]!\","
                       "\"faultcode\":\"SOAP-ENV:Client-5113\"}"),
            kNow);
        QVERIFY(e.endOfList);
    }

    void existingIdIsExtracted_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<qint64>("id");
        QTest::newRow("CPF/CNPJ, Id") << u"ERROR: Cliente já cadastrado para o CPF/CNPJ [57.351.558/0001-39] com o Id "
                                         "[11118224339] e código de integração [] !"_s
                                      << 11118224339LL;
        // omie-api.md §7.4: the integration code comes first, the existing id after "nCod".
        QTest::newRow("integration code, nCod")
            << u"ERROR: Cliente já cadastrado para o Código de Integração [7325099098244] com o nCod [2274524288] !"_s
            << 2274524288LL;
    }

    void existingIdIsExtracted()
    {
        QFETCH(QString, fault);
        QFETCH(qint64, id);
        const ApiError e = Omie::classifyFault(fault, u"SOAP-ENV:Client-102"_s, 500, kNow);
        QCOMPARE(e.kind, ApiError::Kind::AlreadyExists);
        QCOMPARE(e.existingId.value_or(0), id);
    }

    void alreadyProcessedIsAmbiguous()
    {
        const ApiError e = Omie::classifyFault(
            u"ERROR: Esta requisição já foi processada ou está sendo processada e você pode tentar novamente às 18:59:58."_s,
            u"SOAP-ENV:Client-1100"_s, 500, kNow);
        QVERIFY(e.ambiguous);
        // 18:59:58 is two seconds ago: that is the time to retry, not tomorrow.
        QVERIFY(e.retryAtMs - kNow < 60'000);
    }

    void faultWithHttp200IsStillAFault()
    {
        const ApiError e = Omie::classifyReply(
            reply(200, "{\"faultstring\":\"ERROR: Cliente não cadastrado para o Código [1] !\","
                       "\"faultcode\":\"SOAP-ENV:Client-105\"}"),
            kNow);
        QCOMPARE(e.kind, ApiError::Kind::NotFound);
    }

    void htmlPagesAreTransientOrProtocol()
    {
        QCOMPARE(Omie::classifyReply(reply(500, "<html><h1>Internal Server Error</h1></html>"), kNow).kind,
                 ApiError::Kind::Transient);
        QCOMPARE(Omie::classifyReply(reply(502, "<html>Bad Gateway</html>"), kNow).kind, ApiError::Kind::Transient);
        QCOMPARE(Omie::classifyReply(reply(200, "<html>maintenance</html>"), kNow).kind, ApiError::Kind::Protocol);
        QCOMPARE(Omie::classifyReply(reply(200, "{\"truncated\":"), kNow).kind, ApiError::Kind::Protocol);
    }

    void statusResponseRefusalIsValidation()
    {
        const ApiError e = Omie::classifyReply(
            reply(200, "{\"codigo_cliente_omie\":0,\"codigo_status\":\"101\",\"descricao_status\":\"Estado inválido\"}"),
            kNow);
        QCOMPARE(e.kind, ApiError::Kind::Validation);
        QCOMPARE(e.serviceMessage, u"Estado inválido"_s);
        QVERIFY(!Omie::classifyReply(reply(200, "{\"codigo_status\":\"0\",\"descricao_status\":\"ok\"}"), kNow)
                     .isError());
    }

    void networkErrors()
    {
        RawResponse timeout;
        timeout.networkError = QNetworkReply::OperationCanceledError;
        timeout.timedOut = true;
        ApiError e = Omie::classifyReply(timeout, kNow);
        QCOMPARE(e.kind, ApiError::Kind::Transient);
        QVERIFY(e.ambiguous);
        RawResponse refused;
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        refused.notSent = true;
        e = Omie::classifyReply(refused, kNow);
        QCOMPARE(e.kind, ApiError::Kind::Transient);
        QVERIFY(!e.ambiguous);
    }

    void datesAreBrasiliaTime()
    {
        const QDateTime dt = Omie::parseDateTime(u"23/02/2026"_s, u"13:16:38"_s);
        QCOMPARE(dt.toUTC(), QDateTime(QDate(2026, 2, 23), QTime(16, 16, 38), Qt::UTC));
        QCOMPARE(Omie::formatDate(QDate(2026, 1, 5)), u"05/01/2026"_s);
        QVERIFY(!Omie::parseDate(u""_s).isValid());
    }

    void recordsReadNestedFieldsAnd64BitIds()
    {
        const Omie::Cliente c(QJsonObject{{u"codigo_cliente_omie"_s, 11118224339LL},
                                          {u"inativo"_s, u"S"_s},
                                          {u"tags"_s, QJsonArray{QJsonObject{{u"tag"_s, u"Cliente"_s}}}},
                                          {u"recomendacoes"_s, QJsonObject{{u"codigo_vendedor"_s, 4290841436LL}}}});
        QCOMPARE(c.id(), 11118224339LL);
        QVERIFY(c.inativo());
        QCOMPARE(c.tags(), QStringList{u"Cliente"_s});
        QCOMPARE(c.codigoVendedor(), 4290841436LL);
        Omie::Pedido p;
        p.setValue(u"cabecalho/codigo_pedido_integracao"_s, u"PL1001"_s);
        p.setItens({{0, u"PL1001-1"_s, 2095664001LL, QString(), 2, 150.0, 10, 0}});
        QCOMPARE(p.integrationCode(), u"PL1001"_s);
        QCOMPARE(p.itens().size(), 1);
        QCOMPARE(p.itens().first().codigoProduto, 2095664001LL);
        QCOMPARE(p.itens().first().percentualDesconto, 10.0);
    }
};

QTEST_GUILESS_MAIN(TstOmieFaults)
#include "tst_omiefaults.moc"
