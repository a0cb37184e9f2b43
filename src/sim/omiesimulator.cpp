// The Omie simulator, written from ../shared/reference/omie-api.md (it shares no code with
// Ponte's Omie client). Where the reference is unsure, the documented or most-cited behaviour is
// taken: faults carry HTTP 500 (429 for the rate limit, 425 for the misuse block), a page past the
// end is the Client-5113 fault, ListarOS pages hold at most 100 records, upserts key on the
// integration code, and AlterarPedidoVenda replaces the items. Further choices: the redundancy key
// is the call plus the canonical param JSON, and only requests the application processed count for
// it (a gateway error or reset may be retried at once); every faulty answer except Client-5113
// counts towards the misuse block, whose counts restart once it is imposed; vendedores have no info
// block in Omie's schema, so their stamps are kept aside for ListarVendedores' date filter.
// Strict where §7 of the reference is: a tag a request type does not define is refused (Client-5001),
// a new order dated before today (Brasília) is refused, a group or inactive categoria takes no order;
// where §7 is disputed the reading is an option (OmieReadings) so tests can play both.
#include "omiesimulator.h"

#include "brasiliatime.h"
#include "net/httpserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <deque>
#include <map>
#include <random>

using namespace Qt::StringLiterals;

namespace Ponte::Sim {

namespace {
using Kind = OmieSimulator::Kind;
const QTimeZone kBrasilia = BrasiliaTime::zone();

QString digits(const QString &t)
{
    QString out;
    for (QChar c : t) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QJsonValue path(const QJsonObject &o, const QString &p)
{
    QJsonValue v = o;
    for (const QString &part : p.split(u'/')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

void setPath(QJsonObject &o, const QStringList &parts, int i, const QJsonValue &v)
{
    if (i == parts.size() - 1) {
        o.insert(parts.at(i), v);
        return;
    }
    QJsonObject child = o.value(parts.at(i)).toObject();
    setPath(child, parts, i + 1, v);
    o.insert(parts.at(i), child);
}

void setPath(QJsonObject &o, const QString &p, const QJsonValue &v)
{
    setPath(o, p.split(u'/'), 0, v);
}

QString str(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString().trimmed();
}

qint64 num(const QJsonValue &v)
{
    return v.isString() ? v.toString().trimmed().toLongLong() : v.toInteger();
}

double dbl(const QJsonValue &v)
{
    return v.isString() ? QString(v.toString()).replace(u',', u'.').toDouble() : v.toDouble();
}

QJsonObject deepMerge(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), deepMerge(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

/** Raised by a handler: a SOAP-style fault. */
struct Fault
{
    QString message;
    QString code;
    int http = 500;
};

Fault fault(const QString &message, const QString &code = u"SOAP-ENV:Client-102"_s, int http = 500)
{
    return Fault{u"ERROR: "_s + message, code, http};
}

bool validDocument(const QString &text)
{
    const QString d = digits(text);
    auto check = [&](int len, int start, int wrap) {
        int sum = 0;
        int w = start;
        for (int i = 0; i < len; ++i) {
            sum += d.at(i).digitValue() * w;
            w = w == 2 ? wrap : w - 1;
        }
        const int r = sum % 11;
        return r < 2 ? 0 : 11 - r;
    };
    if (d.size() == 11 && d.count(d.at(0)) != 11)
        return check(9, 10, 10) == d.at(9).digitValue() && check(10, 11, 11) == d.at(10).digitValue();
    if (d.size() == 14 && d.count(d.at(0)) != 14)
        return check(12, 5, 9) == d.at(12).digitValue() && check(13, 6, 9) == d.at(13).digitValue();
    return false;
}

QString maskDocument(const QString &text)
{
    const QString d = digits(text);
    if (d.size() == 14)
        return formatCnpj(d);
    if (d.size() == 11)
        return formatCpf(d);
    return text;
}

bool isWrite(const QString &call)
{
    for (const char *p : {"Incluir", "Alterar", "Upsert", "Excluir", "Trocar", "Associar", "Faturar", "Cancelar"}) {
        if (call.startsWith(QLatin1String(p)))
            return true;
    }
    return false;
}

struct Paging
{
    QString page = u"pagina"_s;
    QString size = u"registros_por_pagina"_s;
    QString pageOut = u"pagina"_s;
    QString totalPages = u"total_de_paginas"_s;
    QString count = u"registros"_s;
    QString totalCount = u"total_de_registros"_s;
    int cap = 500;
};

const Paging kHungarian{u"nPagina"_s,    u"nRegPorPagina"_s, u"nPagina"_s, u"nTotPaginas"_s,
                        u"nRegistros"_s, u"nTotRegistros"_s, 500};

/**
 * The tags one request type defines (omie-api.md §1–§3, §7.1), with the complex types nested in it
 * that are checked too. Omie refuses a tag its type does not define (Client-5001) instead of ignoring it.
 */
struct Schema
{
    QString tag;  ///< where it sits in the parent type (empty at the top)
    QString type; ///< Omie's name of the complex type, as its refusal names it
    QSet<QString> tags;
    std::vector<Schema> nested;
};

QSet<QString> tagSet(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *n : names)
        out.insert(QString::fromLatin1(n));
    return out;
}

Schema schema(const char *type, std::initializer_list<const char *> tags, std::vector<Schema> nested = {})
{
    return Schema{QString(), QString::fromLatin1(type), tagSet(tags), std::move(nested)};
}

Schema child(const char *tag, Schema s)
{
    s.tag = QString::fromLatin1(tag);
    return s;
}

const QHash<QString, Schema> &requestSchemas()
{
    static const QHash<QString, Schema> all = [] {
        QHash<QString, Schema> m;
        auto add = [&m](const char *endpoint, std::initializer_list<const char *> calls, const Schema &s) {
            for (const char *c : calls)
                m.insert(QString::fromLatin1(endpoint) + u'|' + QString::fromLatin1(c), s);
        };
        // Clientes (clientes_list_request, clientes_cadastro_chave, clientes_cadastro).
        add("geral/clientes", {"ListarClientes", "ListarClientesResumido"},
            schema("clientes_list_request",
                   {"pagina", "registros_por_pagina", "apenas_importado_api", "ordenar_por", "ordem_decrescente",
                    "filtrar_por_data_de", "filtrar_por_data_ate", "filtrar_por_hora_de", "filtrar_por_hora_ate",
                    "filtrar_apenas_inclusao", "filtrar_apenas_alteracao", "clientesFiltro", "clientesPorCodigo",
                    "exibir_caracteristicas", "exibir_obs"},
                   {child("clientesFiltro",
                          schema("clientesFiltro",
                                 {"codigo_cliente_omie", "codigo_cliente_integracao", "cnpj_cpf", "razao_social",
                                  "nome_fantasia", "cidade", "estado", "email", "inativo", "tags", "endereco", "bairro",
                                  "cep", "contato", "pessoa_fisica"}))}));
        add("geral/clientes", {"ConsultarCliente", "ExcluirCliente", "AssociarCodIntCliente"},
            schema("clientes_cadastro_chave", {"codigo_cliente_omie", "codigo_cliente_integracao"}));
        add("geral/clientes", {"IncluirCliente", "AlterarCliente", "UpsertCliente", "UpsertClienteCpfCnpj"},
            schema(
                "clientes_cadastro",
                {"codigo_cliente_omie",
                 "codigo_cliente_integracao",
                 "razao_social",
                 "nome_fantasia",
                 "cnpj_cpf",
                 "pessoa_fisica",
                 "contato",
                 "email",
                 "homepage",
                 "telefone1_ddd",
                 "telefone1_numero",
                 "telefone2_ddd",
                 "telefone2_numero",
                 "fax_ddd",
                 "fax_numero",
                 "endereco",
                 "endereco_numero",
                 "complemento",
                 "bairro",
                 "cidade",
                 "cidade_ibge",
                 "estado",
                 "cep",
                 "codigo_pais",
                 "enderecoEntrega",
                 "inscricao_estadual",
                 "inscricao_municipal",
                 "inscricao_suframa",
                 "optante_simples_nacional",
                 "contribuinte",
                 "produtor_rural",
                 "cnae",
                 "tipo_atividade",
                 "inativo",
                 "bloquear_faturamento",
                 "bloquear_exclusao",
                 "importado_api",
                 "exterior",
                 "valor_limite_credito",
                 "tags",
                 "observacao",
                 "obs_detalhadas",
                 "dadosBancarios",
                 "recomendacoes",
                 "caracteristicas",
                 "info"},
                {child("recomendacoes", schema("recomendacoes", {"numero_parcelas", "codigo_vendedor", "email_fatura",
                                                                 "gerar_boletos", "codigo_transportadora"}))}));
        // Produtos (produto_servico_list_request, produto_servico_cadastro_chave, produto_servico_cadastro).
        add("geral/produtos", {"ListarProdutos", "ListarProdutosResumido"},
            schema("produto_servico_list_request",
                   {"pagina", "registros_por_pagina", "apenas_importado_api", "ordenar_por", "ordem_decrescente",
                    "filtrar_por_data_de", "filtrar_por_data_ate", "filtrar_por_hora_de", "filtrar_por_hora_ate",
                    "filtrar_apenas_inclusao", "filtrar_apenas_alteracao", "filtrar_apenas_omiepdv",
                    "filtrar_apenas_familia", "filtrar_apenas_tipo", "filtrar_apenas_descricao", "produtosPorCodigo",
                    "inativo", "exibir_tabelas_preco"}));
        add("geral/produtos", {"ConsultarProduto", "ExcluirProduto", "AssociarCodIntProduto"},
            schema("produto_servico_cadastro_chave", {"codigo_produto", "codigo_produto_integracao", "codigo"}));
        add("geral/produtos", {"IncluirProduto", "AlterarProduto", "UpsertProduto"},
            schema("produto_servico_cadastro", {"codigo_produto",
                                                "codigo_produto_integracao",
                                                "codigo",
                                                "descricao",
                                                "unidade",
                                                "ncm",
                                                "ean",
                                                "valor_unitario",
                                                "codigo_familia",
                                                "tipoItem",
                                                "marca",
                                                "modelo",
                                                "peso_liq",
                                                "peso_bruto",
                                                "altura",
                                                "largura",
                                                "profundidade",
                                                "descr_detalhada",
                                                "obs_internas",
                                                "inativo",
                                                "bloqueado",
                                                "importado_api",
                                                "caracteristicas",
                                                "tabelas_preco",
                                                "imagens",
                                                "componentes_kit",
                                                "info"}));
        // Serviços, Hungarian dialect (srvListarRequest, srvConsultarRequest, srvIncluirRequest, srvEditarRequest).
        add("servicos/servico", {"ListarCadastroServico"},
            schema("srvListarRequest",
                   {"nPagina", "nRegPorPagina", "dInclusaoInicial", "dInclusaoFinal", "dAlteracaoInicial",
                    "dAlteracaoFinal", "hInclusaoInicial", "hInclusaoFinal", "hAlteracaoInicial", "hAlteracaoFinal",
                    "cDescricao", "cCodigo", "inativo", "cOrdenarPor", "cOrdemDecrescente", "cExibirProdutos"}));
        add("servicos/servico", {"ConsultarCadastroServico", "ExcluirCadastroServico", "AssociarCodIntServico"},
            schema("srvConsultarRequest", {"nCodServ", "cCodIntServ"}));
        add("servicos/servico", {"IncluirCadastroServico"},
            schema("srvIncluirRequest",
                   {"intIncluir", "cabecalho", "descricao", "impostos", "produtosUtilizados", "viaUnica"}));
        add("servicos/servico", {"AlterarCadastroServico", "UpsertCadastroServico"},
            schema("srvEditarRequest",
                   {"intEditar", "cabecalho", "descricao", "impostos", "produtosUtilizados", "viaUnica"}));
        // Vendedores (vendListarRequest, cadastro).
        add("geral/vendedores", {"ListarVendedores"},
            schema("vendListarRequest",
                   {"pagina", "registros_por_pagina", "apenas_importado_api", "filtrar_por_data_de",
                    "filtrar_por_data_ate", "filtrar_apenas_inclusao", "filtrar_apenas_alteracao", "filtrar_por_email",
                    "filtrar_por_nome", "ordenar_por", "ordem_descrescente"}));
        add("geral/vendedores", {"ConsultarVendedor", "ExcluirVendedor"}, schema("vendChave", {"codigo", "codInt"}));
        add("geral/vendedores", {"IncluirVendedor", "AlterarVendedor", "UpsertVendedor"},
            schema("cadastro",
                   {"codigo", "codInt", "nome", "email", "inativo", "fatura_pedido", "visualiza_pedido", "comissao"}));
        // Pedidos de venda (pvpListarRequest, pvpConsultarRequest, pedido_venda_produto).
        add("produtos/pedido", {"ListarPedidos"},
            schema("pvpListarRequest", {"pagina",
                                        "registros_por_pagina",
                                        "apenas_importado_api",
                                        "filtrar_por_data_de",
                                        "filtrar_por_data_ate",
                                        "filtrar_por_hora_de",
                                        "filtrar_por_hora_ate",
                                        "filtrar_apenas_inclusao",
                                        "filtrar_apenas_alteracao",
                                        "filtrar_por_cliente",
                                        "filtrar_por_vendedor",
                                        "etapa",
                                        "numero_pedido_de",
                                        "numero_pedido_ate",
                                        "apenas_resumo",
                                        "data_previsao_de",
                                        "data_previsao_ate",
                                        "data_faturamento_de",
                                        "data_faturamento_ate",
                                        "data_cancelamento_de",
                                        "data_cancelamento_ate",
                                        "status_pedido"}));
        add("produtos/pedido", {"ConsultarPedido", "StatusPedido", "ExcluirPedido"},
            schema("pvpConsultarRequest", {"codigo_pedido", "codigo_pedido_integracao", "numero_pedido"}));
        add("produtos/pedido", {"TrocarEtapaPedido"},
            schema("pvpTrocarEtapaRequest", {"codigo_pedido", "codigo_pedido_integracao", "numero_pedido", "etapa"}));
        add("produtos/pedido", {"IncluirPedido", "AlterarPedidoVenda"},
            schema(
                "pedido_venda_produto",
                {"cabecalho", "det", "frete", "informacoes_adicionais", "lista_parcelas", "observacoes",
                 "departamentos", "total_pedido", "infoCadastro", "exportacao", "market_place"},
                {child("cabecalho",
                       schema("cabecalho", {"codigo_pedido", "codigo_pedido_integracao", "numero_pedido",
                                            "codigo_cliente", "codigo_cliente_integracao", "data_previsao", "etapa",
                                            "codigo_parcela", "qtde_parcelas", "quantidade_itens", "origem_pedido",
                                            "codigo_cenario_impostos", "encerrado", "importado_api", "bloqueado",
                                            "tipo_desconto_pedido", "perc_desconto_pedido", "valor_desconto_pedido"})),
                 child("det",
                       schema("det",
                              {"ide", "produto", "inf_adic", "imposto", "observacao", "rastreabilidade", "combustivel"},
                              {child("ide", schema("ide", {"codigo_item_integracao", "codigo_item", "acao_item"})),
                               child("produto",
                                     schema("produto", {"codigo_produto", "codigo_produto_integracao", "codigo",
                                                        "descricao", "cfop", "ncm", "ean", "unidade", "quantidade",
                                                        "valor_unitario", "codigo_tabela_preco", "tipo_desconto",
                                                        "percentual_desconto", "valor_desconto", "valor_total"}))})),
                 child("informacoes_adicionais",
                       schema("informacoes_adicionais",
                              {"codigo_categoria", "codigo_conta_corrente", "consumidor_final", "numero_pedido_cliente",
                               "contato", "dados_adicionais_nf", "enviar_email", "codVend", "codProj",
                               "numero_contrato", "utilizar_emails", "outros_detalhes"}))}));
        add("produtos/pedidovendafat", {"FaturarPedidoVenda", "CancelarPedidoVenda"},
            schema("pvfChave", {"codigo_pedido", "codigo_pedido_integracao"}));
        // Ordens de serviço (osListarRequest, osChave, osCadastro).
        add("servicos/os", {"ListarOS"},
            schema("osListarRequest", {"pagina",
                                       "registros_por_pagina",
                                       "apenas_importado_api",
                                       "ordenar_por",
                                       "ordem_decrescente",
                                       "filtrar_por_data_de",
                                       "filtrar_por_data_ate",
                                       "filtrar_apenas_inclusao",
                                       "filtrar_apenas_alteracao",
                                       "filtrar_por_codigo",
                                       "filtrar_por_status",
                                       "filtrar_por_etapa",
                                       "filtrar_por_cliente",
                                       "filtrar_por_data_previsao_de",
                                       "filtrar_por_data_previsao_ate",
                                       "filtrar_por_data_faturamento_de",
                                       "filtrar_por_data_faturamento_ate",
                                       "filtrar_por_data_cancelamento_de",
                                       "filtrar_por_data_cancelamento_ate",
                                       "cExibirDespesas",
                                       "cExibirProdutos",
                                       "cTipoFat"}));
        add("servicos/os", {"ConsultarOS", "StatusOS", "ExcluirOS"},
            schema("osChave", {"nCodOS", "cCodIntOS", "cNumOS"}));
        add("servicos/os", {"TrocarEtapaOS"},
            schema("osTrocarEtapaRequest", {"nCodOS", "cCodIntOS", "cNumOS", "cEtapa"}));
        add("servicos/os", {"IncluirOS", "AlterarOS"},
            schema(
                "osCadastro",
                {"Cabecalho", "InformacoesAdicionais", "Email", "Departamentos", "ServicosPrestados", "Parcelas",
                 "Observacoes", "InfoCadastro", "despesasReembolsaveis", "produtosUtilizados", "Tarefas"},
                {child("Cabecalho", schema("Cabecalho", {"cCodIntOS", "nCodOS", "cNumOS", "cCodIntCli", "nCodCli",
                                                         "dDtPrevisao", "cEtapa", "nCodVend", "cCodParc", "nQtdeParc",
                                                         "nValorTotal", "nValorTotalImpRet", "nCodCtr"})),
                 child("InformacoesAdicionais",
                       schema("InformacoesAdicionais", {"cCodCateg", "nCodCC", "cNumPedido", "cNumContrato", "cContato",
                                                        "cDadosAdicNF", "nCodProj", "cCidPrestServ"})),
                 child("ServicosPrestados",
                       schema("ServicosPrestados",
                              {"nCodServico", "cCodIntServico", "cTribServ", "cCodServMun", "cCodServLC116", "nQtde",
                               "nValUnit", "cDescServ", "cTpDesconto", "nValorDesconto", "nAliqDesconto", "cRetemISS",
                               "cCodCategItem", "nSeqItem", "nIdItem", "cAcaoItem", "impostos"}))}));
        // Look-ups for the order defaults.
        add("produtos/etapafat", {"ListarEtapasFaturamento"},
            schema("etapaFatListarRequest", {"pagina", "registros_por_pagina"}));
        add("geral/contacorrente", {"ListarContasCorrentes"},
            schema("fin_conta_corrente_listar", {"pagina", "registros_por_pagina", "apenas_importado_api"}));
        add("geral/categorias", {"ListarCategorias"},
            schema("categoria_list_request", {"pagina", "registros_por_pagina", "filtrar_por_tipo"}));
        add("produtos/formaspagvendas", {"ListarFormasPagVendas"},
            schema("fpagListarRequest", {"pagina", "registros_por_pagina"}));
        return m;
    }();
    return all;
}
} // namespace

struct OmieSimulator::Private
{
    OmieSimulator *q;
    Clock *clock;
    std::unique_ptr<HttpServer> server;
    QString appKey = u"demo-app-key"_s;
    QString appSecret = u"demo-app-secret"_s;
    OmieLimitsConfig limits;
    FaultConfig faults;
    std::mt19937 rng{1};
    int latencyMs = 0;
    ViolationCounters violations;
    TrafficCounters traffic;
    QHash<int, std::map<qint64, QJsonObject>> store;
    // Above 2^32 like real Omie ids (e.g. 6289226831), so that any 32-bit truncation in a client shows.
    qint64 nextId = 6'295'664'001LL;
    int nextNumber = 1000;
    QHash<QString, std::deque<qint64>> methodLog;
    std::deque<qint64> totalLog;
    QHash<QString, int> inFlight;
    int writesInFlight = 0;
    QHash<QByteArray, qint64> recent;
    QHash<QString, int> consecutiveFaults;
    qint64 blockedUntil = 0;
    /** Vendedores carry no info block in Omie's schema, yet ListarVendedores filters by date: kept aside. */
    QHash<qint64, QJsonObject> sellerInfo;
    OmieReadings readings;
    int unknownTagRefusals = 0;

    /** Refuses a tag that @p s does not define, as Omie does (Client-5001), looking into nested types. */
    void checkTags(const QJsonObject &o, const Schema &s)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!s.tags.contains(it.key())) {
                ++unknownTagRefusals;
                throw fault(
                    u"Tag [%1] não faz parte da estrutura do tipo complexo [%2]!"_s.arg(it.key().toUpper(), s.type),
                    u"SOAP-ENV:Client-5001"_s);
            }
        }
        for (const Schema &n : s.nested) {
            const QJsonValue v = o.value(n.tag);
            if (v.isObject())
                checkTags(v.toObject(), n);
            for (const QJsonValue &e : v.toArray()) {
                if (e.isObject())
                    checkTags(e.toObject(), n);
            }
        }
    }

    /** A faulty answer: the consecutive ones of a method lead to the misuse block (HTTP 425). */
    void noteFault(const QString &call, qint64 now)
    {
        if (++consecutiveFaults[call] < limits.misuseThreshold)
            return;
        blockedUntil = now + qint64(limits.blockSeconds) * 1000;
        consecutiveFaults.clear(); // the block is the penalty; afterwards the count starts again
    }

    std::map<qint64, QJsonObject> &records(Kind k) { return store[int(k)]; }

    QPair<QString, QString> stamp() const
    {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock->nowMs(), kBrasilia);
        return {now.date().toString(u"dd/MM/yyyy"_s), now.time().toString(u"HH:mm:ss"_s)};
    }

    /** Inclusion/alteration stamp fields per kind. */
    struct Stamps
    {
        QString dInc, hInc, dAlt, hAlt, uAlt, uInc, imp;
    };
    static Stamps stampsOf(Kind k)
    {
        switch (k) {
        case Kind::Order:
            return {u"infoCadastro/dInc"_s, u"infoCadastro/hInc"_s, u"infoCadastro/dAlt"_s,   u"infoCadastro/hAlt"_s,
                    u"infoCadastro/uAlt"_s, u"infoCadastro/uInc"_s, u"infoCadastro/cImpAPI"_s};
        case Kind::ServiceOrder:
            return {u"InfoCadastro/dDtInc"_s, u"InfoCadastro/cHrInc"_s, u"InfoCadastro/dDtAlt"_s,
                    u"InfoCadastro/cHrAlt"_s, u"InfoCadastro/uAlt"_s,   u"InfoCadastro/uInc"_s,
                    u"InfoCadastro/cOrigem"_s};
        default:
            return {u"info/dInc"_s, u"info/hInc"_s, u"info/dAlt"_s,   u"info/hAlt"_s,
                    u"info/uAlt"_s, u"info/uInc"_s, u"info/cImpAPI"_s};
        }
    }
    void touch(Kind k, QJsonObject &r, bool created, const QString &user)
    {
        if (k == Kind::ContaCorrente || k == Kind::Categoria || k == Kind::FormaPagamento || k == Kind::Etapa)
            return;
        const auto [d, h] = stamp();
        const Stamps s = stampsOf(k);
        const bool api = user == u"WEBSERVICE"_s;
        QJsonObject hidden{{u"info"_s, sellerInfo.value(num(r.value(u"codigo"_s)))}};
        QJsonObject &target = k == Kind::Seller ? hidden : r;
        if (created) {
            setPath(target, s.dInc, d);
            setPath(target, s.hInc, h);
            setPath(target, s.uInc, user);
            if (k == Kind::ServiceOrder)
                setPath(target, s.imp, api ? u"API"_s : u"WEB"_s);
            else
                setPath(target, s.imp, api ? u"S"_s : u"N"_s);
        }
        setPath(target, s.dAlt, d);
        setPath(target, s.hAlt, h);
        setPath(target, s.uAlt, user);
        if (k == Kind::Seller)
            sellerInfo.insert(num(r.value(u"codigo"_s)), hidden.value(u"info"_s).toObject());
    }
    /** The info block (or its equivalent) that date filters read. */
    QJsonObject stamped(Kind k, const QJsonObject &r) const
    {
        if (k == Kind::Seller)
            return QJsonObject{{u"info"_s, sellerInfo.value(num(r.value(u"codigo"_s)))}};
        return r;
    }
    QDateTime changedAt(Kind k, const QJsonObject &record, bool inclusion) const
    {
        const Stamps s = stampsOf(k);
        const QJsonObject r = stamped(k, record);
        const QString d = str(path(r, inclusion ? s.dInc : s.dAlt));
        const QString h = str(path(r, inclusion ? s.hInc : s.hAlt));
        const QDate date = QDate::fromString(d, u"dd/MM/yyyy"_s);
        if (!date.isValid())
            return {};
        QTime t = QTime::fromString(h, u"HH:mm:ss"_s);
        return QDateTime(date, t.isValid() ? t : QTime(0, 0), kBrasilia);
    }

    static QString idPath(Kind k)
    {
        switch (k) {
        case Kind::Client:
            return u"codigo_cliente_omie"_s;
        case Kind::Product:
            return u"codigo_produto"_s;
        case Kind::Service:
            return u"intListar/nCodServ"_s;
        case Kind::Order:
            return u"cabecalho/codigo_pedido"_s;
        case Kind::ServiceOrder:
            return u"Cabecalho/nCodOS"_s;
        case Kind::Seller:
            return u"codigo"_s;
        case Kind::ContaCorrente:
            return u"nCodCC"_s;
        default:
            return u"_id"_s;
        }
    }
    static QString codePath(Kind k)
    {
        switch (k) {
        case Kind::Client:
            return u"codigo_cliente_integracao"_s;
        case Kind::Product:
            return u"codigo_produto_integracao"_s;
        case Kind::Service:
            return u"intListar/cCodIntServ"_s;
        case Kind::Order:
            return u"cabecalho/codigo_pedido_integracao"_s;
        case Kind::ServiceOrder:
            return u"Cabecalho/cCodIntOS"_s;
        case Kind::Seller:
            return u"codInt"_s;
        default:
            return {};
        }
    }
    std::optional<qint64> findByCode(Kind k, const QString &code)
    {
        if (code.isEmpty())
            return std::nullopt;
        for (const auto &[id, r] : records(k)) {
            if (str(path(r, codePath(k))) == code)
                return id;
        }
        return std::nullopt;
    }

    qint64 insert(Kind k, QJsonObject r, const QString &user)
    {
        const qint64 id = nextId++;
        setPath(r, idPath(k), id);
        touch(k, r, true, user);
        records(k)[id] = r;
        return id;
    }

    // --- request handling -------------------------------------------------------------------
    void handle(const HttpRequest &request, HttpResponder responder);
    QJsonObject dispatch(const QString &endpoint, const QString &call, const QJsonObject &param);

    // Entities.
    QJsonObject list(Kind k,
                     const QJsonObject &param,
                     const QString &arrayField,
                     const Paging &paging,
                     const std::function<bool(const QJsonObject &)> &filter,
                     const std::function<QJsonObject(const QJsonObject &)> &shape = {});
    bool dateFilter(Kind k, const QJsonObject &r, const QJsonObject &param) const;
    QJsonObject clientStatus(const QJsonObject &c, const QString &text) const
    {
        return {{u"codigo_cliente_omie"_s, c.value(u"codigo_cliente_omie"_s)},
                {u"codigo_cliente_integracao"_s, c.value(u"codigo_cliente_integracao"_s)},
                {u"codigo_status"_s, u"0"_s},
                {u"descricao_status"_s, text}};
    }
    QJsonObject normaliseClient(QJsonObject c);
    void validateClient(const QJsonObject &c, qint64 selfId);
    QJsonObject clients(const QString &call, const QJsonObject &param);
    QJsonObject products(const QString &call, const QJsonObject &param);
    QJsonObject services(const QString &call, const QJsonObject &param);
    QJsonObject sellers(const QString &call, const QJsonObject &param);
    QJsonObject orders(const QString &call, const QJsonObject &param);
    QJsonObject billing(const QString &call, const QJsonObject &param);
    QJsonObject serviceOrders(const QString &call, const QJsonObject &param);
    QJsonObject findOrder(const QJsonObject &param, qint64 *id);
    void validateOrder(const QJsonObject &order, bool service);
    /** Throws unless @p etapa is an active stage of the order's operation: 11 for pedidos, 01 for OS (§7.5). */
    void requireStage(const QString &etapa, bool service, const QString &tag);
    /** Fills the client's id when an order names its client by integration code only. */
    QJsonObject withClient(QJsonObject order, bool service)
    {
        const QString idPath = service ? u"Cabecalho/nCodCli"_s : u"cabecalho/codigo_cliente"_s;
        const QString code =
            str(path(order, service ? u"Cabecalho/cCodIntCli"_s : u"cabecalho/codigo_cliente_integracao"_s));
        if (num(path(order, idPath)) || code.isEmpty())
            return order;
        const auto id = findByCode(Kind::Client, code);
        if (!id)
            throw fault(u"Cliente não cadastrado para o Código de Integração [%1] !"_s.arg(code),
                        u"SOAP-ENV:Client-103"_s);
        setPath(order, idPath, *id);
        return order;
    }
    QJsonObject computeOrder(QJsonObject order);
    /**
     * "deve ser informado com uma data igual ou superior a data corrente" (Cabecalho.php): whether Omie
     * enforces it is unknown, so the simulator does, by the Brasília date; the wording is the simulator's.
     */
    void requireFutureDate(const QString &date) const
    {
        const QDate today = QDateTime::fromMSecsSinceEpoch(clock->nowMs(), kBrasilia).date();
        if (QDate::fromString(date, u"dd/MM/yyyy"_s) < today)
            throw fault(u"A data de previsão [%1] deve ser igual ou superior à data corrente [%2]!"_s.arg(
                            date, today.toString(u"dd/MM/yyyy"_s)),
                        u"SOAP-ENV:Client-8"_s);
    }
};

bool OmieSimulator::Private::dateFilter(Kind k, const QJsonObject &r, const QJsonObject &param) const
{
    if (str(param.value(u"apenas_importado_api"_s)) == u"S"_s) {
        const QString imp = str(path(stamped(k, r), stampsOf(k).imp));
        if (imp != u"S"_s && imp != u"API"_s)
            return false;
    }
    const QString from = str(param.value(u"filtrar_por_data_de"_s));
    const QString until = str(param.value(u"filtrar_por_data_ate"_s));
    if (from.isEmpty() && until.isEmpty())
        return true;
    const bool onlyInc = str(param.value(u"filtrar_apenas_inclusao"_s)) == u"S"_s;
    const bool onlyAlt = str(param.value(u"filtrar_apenas_alteracao"_s)) == u"S"_s;
    auto bound = [&](const QString &d, const QString &h, const QTime &fallback) {
        const QDate date = QDate::fromString(d, u"dd/MM/yyyy"_s);
        QTime t = QTime::fromString(h, u"HH:mm:ss"_s);
        return date.isValid() ? QDateTime(date, t.isValid() ? t : fallback, kBrasilia) : QDateTime();
    };
    const QDateTime lo = bound(from, str(param.value(u"filtrar_por_hora_de"_s)), QTime(0, 0));
    const QDateTime hi = bound(until, str(param.value(u"filtrar_por_hora_ate"_s)), QTime(23, 59, 59));
    auto inside = [&](const QDateTime &t) {
        return t.isValid() && (!lo.isValid() || t >= lo) && (!hi.isValid() || t <= hi);
    };
    const bool inc = inside(changedAt(k, r, true));
    const bool alt = inside(changedAt(k, r, false));
    if (onlyInc)
        return inc;
    if (onlyAlt)
        return alt;
    return inc || alt;
}

/** A dd/mm/aaaa field of @p r against the date-only bounds @p fromTag/@p untilTag of @p param; unset bounds pass. */
bool dateWindow(const QJsonObject &r,
                const QString &field,
                const QJsonObject &param,
                const QString &fromTag,
                const QString &untilTag)
{
    const QDate from = QDate::fromString(str(param.value(fromTag)), u"dd/MM/yyyy"_s);
    const QDate until = QDate::fromString(str(param.value(untilTag)), u"dd/MM/yyyy"_s);
    if (!from.isValid() && !until.isValid())
        return true;
    const QDate d = QDate::fromString(str(path(r, field)), u"dd/MM/yyyy"_s);
    return d.isValid() && (!from.isValid() || d >= from) && (!until.isValid() || d <= until);
}

QJsonObject OmieSimulator::Private::list(Kind k,
                                         const QJsonObject &param,
                                         const QString &arrayField,
                                         const Paging &paging,
                                         const std::function<bool(const QJsonObject &)> &filter,
                                         const std::function<QJsonObject(const QJsonObject &)> &shape)
{
    const int page = std::max<qint64>(1, num(param.value(paging.page)));
    int size = int(num(param.value(paging.size)));
    if (size <= 0)
        size = 50;
    size = std::min(size, paging.cap);
    QList<QJsonObject> matched;
    for (const auto &[id, r] : records(k)) {
        if (filter(r))
            matched.append(shape ? shape(r) : r);
    }
    const int totalPages = std::max(1, int((matched.size() + size - 1) / size));
    if (matched.isEmpty() || page > totalPages)
        throw fault(u"Não existem registros para a página [%1]!"_s.arg(page), u"SOAP-ENV:Client-5113"_s);
    QJsonArray items;
    for (int i = (page - 1) * size; i < std::min(int(matched.size()), page * size); ++i)
        items.append(matched.at(i));
    return QJsonObject{{paging.pageOut, page},
                       {paging.totalPages, totalPages},
                       {paging.count, items.size()},
                       {paging.totalCount, matched.size()},
                       {arrayField, items}};
}

QJsonObject OmieSimulator::Private::normaliseClient(QJsonObject c)
{
    if (c.contains(u"cnpj_cpf"_s)) {
        const QString d = digits(str(c.value(u"cnpj_cpf"_s)));
        c.insert(u"cnpj_cpf"_s, maskDocument(d));
        c.insert(u"pessoa_fisica"_s, d.size() == 11 ? u"S"_s : u"N"_s);
    }
    const QString ibge = digits(str(c.value(u"cidade_ibge"_s)));
    const QString cidade = str(c.value(u"cidade"_s));
    const QString lookup = !ibge.isEmpty() ? ibge : (digits(cidade).size() == 7 ? digits(cidade) : QString());
    if (!lookup.isEmpty()) {
        for (const City &city : brazilianCities()) {
            if (QString::number(city.ibge) == lookup) {
                c.insert(u"cidade_ibge"_s, lookup);
                c.insert(u"cidade"_s, city.name.toUpper() + u" ("_s + city.uf + u")"_s);
                if (str(c.value(u"estado"_s)).isEmpty())
                    c.insert(u"estado"_s, city.uf);
            }
        }
    } else if (!cidade.isEmpty() && !cidade.endsWith(u')')) {
        // A city given by name is resolved within the state, as the Omie web app does.
        const QString uf = str(c.value(u"estado"_s));
        for (const City &city : brazilianCities()) {
            if (city.name.compare(cidade, Qt::CaseInsensitive) == 0 && (uf.isEmpty() || city.uf == uf)) {
                c.insert(u"cidade_ibge"_s, QString::number(city.ibge));
                c.insert(u"cidade"_s, city.name.toUpper() + u" ("_s + city.uf + u")"_s);
                if (uf.isEmpty())
                    c.insert(u"estado"_s, city.uf);
                break;
            }
        }
    }
    if (c.contains(u"cep"_s)) {
        const QString d = digits(str(c.value(u"cep"_s)));
        c.insert(u"cep"_s, d.size() == 8 ? formatCep(d) : d);
    }
    if (str(c.value(u"codigo_pais"_s)).isEmpty())
        c.insert(u"codigo_pais"_s, u"1058"_s);
    if (str(c.value(u"inativo"_s)).isEmpty())
        c.insert(u"inativo"_s, u"N"_s);
    return c;
}

void OmieSimulator::Private::validateClient(const QJsonObject &c, qint64 selfId)
{
    if (str(c.value(u"razao_social"_s)).isEmpty())
        throw fault(
            u"Tag [RAZAO_SOCIAL] não faz parte da estrutura do tipo complexo [clientes_cadastro] ou não foi informada!"_s,
            u"SOAP-ENV:Client-8"_s);
    const QString doc = str(c.value(u"cnpj_cpf"_s));
    if (doc.isEmpty())
        throw fault(u"O CNPJ/CPF do cliente não foi informado!"_s, u"SOAP-ENV:Client-8"_s);
    if (!validDocument(doc))
        throw fault(u"O CNPJ/CPF [%1] informado não é válido!"_s.arg(doc), u"SOAP-ENV:Client-128"_s);
    for (const auto &[id, other] : records(Kind::Client)) {
        if (id != selfId && digits(str(other.value(u"cnpj_cpf"_s))) == digits(doc))
            throw fault(u"Cliente já cadastrado para o CPF/CNPJ [%1] com o Id [%2] e código de integração [%3] !"_s
                            .arg(maskDocument(doc))
                            .arg(id)
                            .arg(str(other.value(u"codigo_cliente_integracao"_s))),
                        u"SOAP-ENV:Client-102"_s);
    }
    const QString uf = str(c.value(u"estado"_s));
    if (!uf.isEmpty() && uf != u"EX"_s) {
        bool known = false;
        for (const State &s : brazilianStates())
            known = known || s.uf == uf;
        if (!known)
            throw fault(u"Estado [%1] não cadastrado !"_s.arg(uf), u"SOAP-ENV:Client-105"_s);
    }
    const qint64 seller = num(path(c, u"recomendacoes/codigo_vendedor"_s));
    if (seller && !records(Kind::Seller).count(seller))
        throw fault(u"Vendedor não cadastrado para o Código [%1] !"_s.arg(seller), u"SOAP-ENV:Client-105"_s);
}

QJsonObject OmieSimulator::Private::clients(const QString &call, const QJsonObject &param)
{
    auto &all = records(Kind::Client);
    auto find = [&](bool required) -> qint64 {
        const qint64 id = num(param.value(u"codigo_cliente_omie"_s));
        const QString code = str(param.value(u"codigo_cliente_integracao"_s));
        if (id) {
            if (all.count(id))
                return id;
            if (required)
                throw fault(u"Cliente não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
            return 0;
        }
        if (const auto byCode = findByCode(Kind::Client, code))
            return *byCode;
        if (required)
            throw fault(u"Cliente não cadastrado para o Código de Integração [%1] !"_s.arg(code),
                        u"SOAP-ENV:Client-103"_s);
        return 0;
    };
    if (call == u"ListarClientes"_s || call == u"ListarClientesResumido"_s) {
        const QJsonObject f = param.value(u"clientesFiltro"_s).toObject();
        const QJsonArray byCode = param.value(u"clientesPorCodigo"_s).toArray();
        const bool resumido = call == u"ListarClientesResumido"_s;
        return list(
            Kind::Client, param, resumido ? u"clientes_cadastro_resumido"_s : u"clientes_cadastro"_s, Paging{},
            [&](const QJsonObject &c) {
                if (!dateFilter(Kind::Client, c, param))
                    return false;
                if (f.contains(u"codigo_cliente_omie"_s)
                    && num(f.value(u"codigo_cliente_omie"_s)) != num(c.value(u"codigo_cliente_omie"_s)))
                    return false;
                if (f.contains(u"codigo_cliente_integracao"_s)
                    && str(f.value(u"codigo_cliente_integracao"_s)) != str(c.value(u"codigo_cliente_integracao"_s)))
                    return false;
                if (f.contains(u"cnpj_cpf"_s)
                    && digits(str(f.value(u"cnpj_cpf"_s))) != digits(str(c.value(u"cnpj_cpf"_s))))
                    return false;
                if (f.contains(u"email"_s)
                    && str(f.value(u"email"_s)).compare(str(c.value(u"email"_s)), Qt::CaseInsensitive) != 0)
                    return false;
                // Text filters of clientesFiltro match a part of the field, ignoring case.
                for (const char *field : {"razao_social", "nome_fantasia", "cidade"}) {
                    const QString want = str(f.value(QLatin1String(field)));
                    if (!want.isEmpty() && !str(c.value(QLatin1String(field))).contains(want, Qt::CaseInsensitive))
                        return false;
                }
                for (const char *field : {"estado", "inativo"}) {
                    const QString want = str(f.value(QLatin1String(field)));
                    if (!want.isEmpty() && str(c.value(QLatin1String(field))).compare(want, Qt::CaseInsensitive) != 0)
                        return false;
                }
                if (!byCode.isEmpty()) {
                    bool listed = false;
                    for (const QJsonValue &k : byCode) {
                        const QJsonObject key = k.toObject();
                        const qint64 id = num(key.value(u"codigo_cliente_omie"_s));
                        const QString code = str(key.value(u"codigo_cliente_integracao"_s));
                        listed = listed || (id && id == num(c.value(u"codigo_cliente_omie"_s)))
                                 || (!id && !code.isEmpty() && code == str(c.value(u"codigo_cliente_integracao"_s)));
                    }
                    if (!listed)
                        return false;
                }
                if (f.contains(u"tags"_s)) {
                    for (const QJsonValue &want : f.value(u"tags"_s).toArray()) {
                        bool has = false;
                        for (const QJsonValue &t : c.value(u"tags"_s).toArray())
                            has = has
                                  || t.toObject().value(u"tag"_s).toString()
                                         == want.toObject().value(u"tag"_s).toString();
                        if (!has)
                            return false;
                    }
                }
                return true;
            },
            resumido ? std::function<QJsonObject(const QJsonObject &)>([](const QJsonObject &c) {
                return QJsonObject{{u"codigo_cliente"_s, c.value(u"codigo_cliente_omie"_s)},
                                   {u"codigo_cliente_integracao"_s, c.value(u"codigo_cliente_integracao"_s)},
                                   {u"razao_social"_s, c.value(u"razao_social"_s)},
                                   {u"nome_fantasia"_s, c.value(u"nome_fantasia"_s)},
                                   {u"cnpj_cpf"_s, c.value(u"cnpj_cpf"_s)}};
            })
                     : std::function<QJsonObject(const QJsonObject &)>());
    }
    if (call == u"ConsultarCliente"_s)
        return all.at(find(true));
    if (call == u"IncluirCliente"_s
        || ((call == u"UpsertCliente"_s || call == u"UpsertClienteCpfCnpj"_s) && !find(false))) {
        QJsonObject c = param;
        if (call == u"UpsertClienteCpfCnpj"_s) {
            for (const auto &[id, other] : all) {
                if (digits(str(other.value(u"cnpj_cpf"_s))) == digits(str(param.value(u"cnpj_cpf"_s)))) {
                    QJsonObject merged = normaliseClient(deepMerge(other, param));
                    merged.insert(u"codigo_cliente_omie"_s, id);
                    validateClient(merged, id);
                    touch(Kind::Client, merged, false, u"WEBSERVICE"_s);
                    all[id] = merged;
                    return clientStatus(merged, u"Cliente alterado com sucesso!"_s);
                }
            }
        }
        const QString code = str(c.value(u"codigo_cliente_integracao"_s));
        if (code.isEmpty())
            throw fault(u"Tag [CODIGO_CLIENTE_INTEGRACAO] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (const auto existing = findByCode(Kind::Client, code))
            throw fault(
                u"Cliente já cadastrado para o Código de Integração [%1] com o nCod [%2] !"_s.arg(code).arg(*existing),
                u"SOAP-ENV:Client-102"_s);
        c.remove(u"codigo_cliente_omie"_s);
        c = normaliseClient(c);
        validateClient(c, 0);
        if (!c.contains(u"tags"_s))
            c.insert(u"tags"_s, QJsonArray{QJsonObject{{u"tag"_s, u"Cliente"_s}}});
        const qint64 id = insert(Kind::Client, c, u"WEBSERVICE"_s);
        return clientStatus(all.at(id), u"Cliente cadastrado com sucesso!"_s);
    }
    if (call == u"AlterarCliente"_s || call == u"UpsertCliente"_s || call == u"UpsertClienteCpfCnpj"_s) {
        const qint64 id = find(true);
        QJsonObject merged = deepMerge(all.at(id), param);
        merged.insert(u"codigo_cliente_omie"_s, id);
        if (param.contains(u"tags"_s))
            merged.insert(u"tags"_s, param.value(u"tags"_s));
        merged = normaliseClient(merged);
        validateClient(merged, id);
        touch(Kind::Client, merged, false, u"WEBSERVICE"_s);
        all[id] = merged;
        return clientStatus(merged, u"Cliente alterado com sucesso!"_s);
    }
    if (call == u"AssociarCodIntCliente"_s) {
        const qint64 id = num(param.value(u"codigo_cliente_omie"_s));
        const QString code = str(param.value(u"codigo_cliente_integracao"_s));
        if (!all.count(id))
            throw fault(u"Cliente não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
        if (const auto other = findByCode(Kind::Client, code); other && *other != id)
            throw fault(u"O código de integração [%1] já foi cadastrado anteriormente."_s.arg(code),
                        u"SOAP-ENV:Client-102"_s);
        QJsonObject c = all.at(id);
        c.insert(u"codigo_cliente_integracao"_s, code);
        touch(Kind::Client, c, false, u"WEBSERVICE"_s);
        all[id] = c;
        return clientStatus(c, u"Código de integração associado com sucesso!"_s);
    }
    if (call == u"ExcluirCliente"_s) {
        const qint64 id = find(true);
        const QJsonObject c = all.at(id);
        all.erase(id);
        return clientStatus(c, u"Cliente excluído com sucesso!"_s);
    }
    throw fault(u"Método [%1] não existe!"_s.arg(call), u"SOAP-ENV:Client-1"_s);
}

QJsonObject OmieSimulator::Private::products(const QString &call, const QJsonObject &param)
{
    auto &all = records(Kind::Product);
    auto status = [](const QJsonObject &p, const QString &text) {
        return QJsonObject{{u"codigo_produto"_s, p.value(u"codigo_produto"_s)},
                           {u"codigo_produto_integracao"_s, p.value(u"codigo_produto_integracao"_s)},
                           {u"codigo_status"_s, u"0"_s},
                           {u"descricao_status"_s, text}};
    };
    auto find = [&](bool required) -> qint64 {
        const qint64 id = num(param.value(u"codigo_produto"_s));
        if (id && all.count(id))
            return id;
        if (!id) {
            if (const auto byCode = findByCode(Kind::Product, str(param.value(u"codigo_produto_integracao"_s))))
                return *byCode;
            const QString codigo = str(param.value(u"codigo"_s));
            for (const auto &[pid, p] : all) {
                if (!codigo.isEmpty() && str(p.value(u"codigo"_s)) == codigo && call.startsWith(u"Consultar"_s))
                    return pid;
            }
        }
        if (required)
            throw fault(u"Produto não cadastrado para o Código [%1] !"_s.arg(
                            id ? QString::number(id) : str(param.value(u"codigo_produto_integracao"_s))),
                        id ? u"SOAP-ENV:Client-105"_s : u"SOAP-ENV:Client-103"_s);
        return 0;
    };
    auto validate = [](const QJsonObject &p) {
        for (const char *field : {"descricao", "unidade", "ncm"}) {
            if (str(p.value(QLatin1String(field))).isEmpty())
                throw fault(u"Tag [%1] não informada!"_s.arg(QString::fromLatin1(field).toUpper()),
                            u"SOAP-ENV:Client-8"_s);
        }
        if (dbl(p.value(u"valor_unitario"_s)) <= 0)
            throw fault(u"O valor unitário do produto deve ser maior que zero!"_s, u"SOAP-ENV:Client-8"_s);
    };
    if (call == u"ListarProdutos"_s || call == u"ListarProdutosResumido"_s) {
        // "TEXTO%" is a prefix search; without the % the description must match exactly.
        const QString descr = str(param.value(u"filtrar_apenas_descricao"_s));
        const QString inativo = str(param.value(u"inativo"_s));
        return list(Kind::Product, param, u"produto_servico_cadastro"_s, Paging{}, [&](const QJsonObject &p) {
            if (!dateFilter(Kind::Product, p, param))
                return false;
            if (!inativo.isEmpty() && str(p.value(u"inativo"_s)) != inativo)
                return false;
            if (descr.isEmpty())
                return true;
            const QString d = str(p.value(u"descricao"_s));
            return descr.endsWith(u'%') ? d.startsWith(descr.chopped(1), Qt::CaseInsensitive)
                                        : d.compare(descr, Qt::CaseInsensitive) == 0;
        });
    }
    if (call == u"ConsultarProduto"_s)
        return all.at(find(true));
    if (call == u"IncluirProduto"_s || (call == u"UpsertProduto"_s && !find(false))) {
        const QString code = str(param.value(u"codigo_produto_integracao"_s));
        if (code.isEmpty())
            throw fault(u"Tag [CODIGO_PRODUTO_INTEGRACAO] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (findByCode(Kind::Product, code))
            throw fault(u"O código de integração [%1] já foi cadastrado anteriormente."_s.arg(code),
                        u"SOAP-ENV:Client-102"_s);
        QJsonObject p = param;
        p.remove(u"codigo_produto"_s);
        validate(p);
        if (!p.contains(u"inativo"_s))
            p.insert(u"inativo"_s, u"N"_s);
        const qint64 id = insert(Kind::Product, p, u"WEBSERVICE"_s);
        return status(all.at(id), u"Produto cadastrado com sucesso!"_s);
    }
    if (call == u"AlterarProduto"_s || call == u"UpsertProduto"_s) {
        const qint64 id = find(true);
        QJsonObject p = deepMerge(all.at(id), param);
        p.insert(u"codigo_produto"_s, id);
        validate(p);
        touch(Kind::Product, p, false, u"WEBSERVICE"_s);
        all[id] = p;
        return status(p, u"Produto alterado com sucesso!"_s);
    }
    if (call == u"AssociarCodIntProduto"_s) {
        const qint64 id = num(param.value(u"codigo_produto"_s));
        const QString code = str(param.value(u"codigo_produto_integracao"_s));
        if (!all.count(id))
            throw fault(u"Produto não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
        if (code.isEmpty())
            throw fault(u"Tag [CODIGO_PRODUTO_INTEGRACAO] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (const auto other = findByCode(Kind::Product, code); other && *other != id)
            throw fault(u"O código de integração [%1] já foi cadastrado anteriormente."_s.arg(code),
                        u"SOAP-ENV:Client-102"_s);
        QJsonObject p = all.at(id);
        p.insert(u"codigo_produto_integracao"_s, param.value(u"codigo_produto_integracao"_s));
        touch(Kind::Product, p, false, u"WEBSERVICE"_s);
        all[id] = p;
        return status(p, u"Código de integração associado com sucesso!"_s);
    }
    if (call == u"ExcluirProduto"_s) {
        const qint64 id = find(true);
        const QJsonObject p = all.at(id);
        all.erase(id);
        return status(p, u"Produto excluído com sucesso!"_s);
    }
    throw fault(u"Método [%1] não existe!"_s.arg(call), u"SOAP-ENV:Client-1"_s);
}

QJsonObject OmieSimulator::Private::services(const QString &call, const QJsonObject &param)
{
    auto &all = records(Kind::Service);
    auto status = [](const QJsonObject &s, const QString &text) {
        return QJsonObject{{u"cCodIntServ"_s, path(s, u"intListar/cCodIntServ"_s)},
                           {u"nCodServ"_s, path(s, u"intListar/nCodServ"_s)},
                           {u"cCodStatus"_s, u"0"_s},
                           {u"cDescStatus"_s, text}};
    };
    auto find = [&](const QJsonObject &key, bool required) -> qint64 {
        const qint64 id = num(key.value(u"nCodServ"_s));
        const QString code = str(key.value(u"cCodIntServ"_s));
        if (id && all.count(id))
            return id;
        if (!id) {
            if (const auto byCode = findByCode(Kind::Service, code))
                return *byCode;
        }
        if (required) {
            if (!id)
                throw fault(
                    u"Serviço não cadastrado para o Código de integração do Serviço [%1] ! Tag [cCodIntServ]!"_s.arg(
                        code),
                    u"SOAP-ENV:Client-5002"_s);
            throw fault(u"Serviço não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
        }
        return 0;
    };
    if (call == u"ListarCadastroServico"_s) {
        auto inside = [&](const QJsonObject &s, bool inclusion) {
            const QString pre = inclusion ? u"Inclusao"_s : u"Alteracao"_s;
            const QDate from = QDate::fromString(str(param.value(u"d"_s + pre + u"Inicial"_s)), u"dd/MM/yyyy"_s);
            const QDate to = QDate::fromString(str(param.value(u"d"_s + pre + u"Final"_s)), u"dd/MM/yyyy"_s);
            if (!from.isValid() && !to.isValid())
                return true;
            QTime fromTime = QTime::fromString(str(param.value(u"h"_s + pre + u"Inicial"_s)), u"HH:mm:ss"_s);
            QTime toTime = QTime::fromString(str(param.value(u"h"_s + pre + u"Final"_s)), u"HH:mm:ss"_s);
            const QDateTime t = changedAt(Kind::Service, s, inclusion);
            if (!t.isValid())
                return false;
            if (from.isValid() && t < QDateTime(from, fromTime.isValid() ? fromTime : QTime(0, 0), kBrasilia))
                return false;
            if (to.isValid() && t > QDateTime(to, toTime.isValid() ? toTime : QTime(23, 59, 59), kBrasilia))
                return false;
            return true;
        };
        return list(Kind::Service, param, u"cadastros"_s, kHungarian,
                    [&](const QJsonObject &s) { return inside(s, true) && inside(s, false); });
    }
    if (call == u"ConsultarCadastroServico"_s)
        return all.at(find(param, true));
    const QJsonObject key = param.contains(u"intEditar"_s) ? param.value(u"intEditar"_s).toObject()
                                                           : param.value(u"intIncluir"_s).toObject();
    auto validate = [](const QJsonObject &s) {
        if (str(path(s, u"cabecalho/cDescricao"_s)).isEmpty())
            throw fault(u"Tag [cDescricao] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (dbl(path(s, u"cabecalho/nPrecoUnit"_s)) <= 0)
            throw fault(u"O preço unitário do serviço deve ser maior que zero!"_s, u"SOAP-ENV:Client-8"_s);
    };
    if (call == u"IncluirCadastroServico"_s || (call == u"UpsertCadastroServico"_s && !find(key, false))) {
        const QString code = str(key.value(u"cCodIntServ"_s));
        if (code.isEmpty())
            throw fault(u"Tag [cCodIntServ] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (findByCode(Kind::Service, code))
            throw fault(u"O código de integração [%1] já foi cadastrado anteriormente."_s.arg(code),
                        u"SOAP-ENV:Client-102"_s);
        QJsonObject s = param;
        s.remove(u"intEditar"_s);
        s.remove(u"intIncluir"_s);
        s.insert(u"intListar"_s, QJsonObject{{u"cCodIntServ"_s, code}});
        validate(s);
        setPath(s, u"info/inativo"_s, u"N"_s);
        const qint64 id = insert(Kind::Service, s, u"WEBSERVICE"_s);
        return status(all.at(id), u"Serviço cadastrado com sucesso!"_s);
    }
    if (call == u"AlterarCadastroServico"_s || call == u"UpsertCadastroServico"_s) {
        const qint64 id = find(key, true);
        QJsonObject s = param;
        s.remove(u"intEditar"_s);
        s = deepMerge(all.at(id), s);
        validate(s);
        touch(Kind::Service, s, false, u"WEBSERVICE"_s);
        all[id] = s;
        return status(s, u"Serviço alterado com sucesso!"_s);
    }
    if (call == u"AssociarCodIntServico"_s) {
        const qint64 id = find(QJsonObject{{u"nCodServ"_s, param.value(u"nCodServ"_s)}}, true);
        const QString code = str(param.value(u"cCodIntServ"_s));
        if (code.isEmpty())
            throw fault(u"Tag [cCodIntServ] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (const auto other = findByCode(Kind::Service, code); other && *other != id)
            throw fault(u"O código de integração [%1] já foi cadastrado anteriormente."_s.arg(code),
                        u"SOAP-ENV:Client-102"_s);
        QJsonObject s = all.at(id);
        setPath(s, u"intListar/cCodIntServ"_s, param.value(u"cCodIntServ"_s));
        touch(Kind::Service, s, false, u"WEBSERVICE"_s);
        all[id] = s;
        return status(s, u"Código de integração associado com sucesso!"_s);
    }
    if (call == u"ExcluirCadastroServico"_s) {
        const qint64 id = find(param, true);
        const QJsonObject s = all.at(id);
        all.erase(id);
        return status(s, u"Serviço excluído com sucesso!"_s);
    }
    throw fault(u"Método [%1] não existe!"_s.arg(call), u"SOAP-ENV:Client-1"_s);
}

QJsonObject OmieSimulator::Private::sellers(const QString &call, const QJsonObject &param)
{
    auto &all = records(Kind::Seller);
    if (call == u"ListarVendedores"_s) {
        const QString email = str(param.value(u"filtrar_por_email"_s));
        const QString name = str(param.value(u"filtrar_por_nome"_s));
        return list(Kind::Seller, param, u"cadastro"_s, Paging{}, [&](const QJsonObject &v) {
            if (!dateFilter(Kind::Seller, v, param))
                return false;
            if (!name.isEmpty() && !str(v.value(u"nome"_s)).contains(name, Qt::CaseInsensitive))
                return false;
            return email.isEmpty() || str(v.value(u"email"_s)).compare(email, Qt::CaseInsensitive) == 0;
        });
    }
    const qint64 id = num(param.value(u"codigo"_s));
    const QString code = str(param.value(u"codInt"_s));
    qint64 found = all.count(id) ? id : findByCode(Kind::Seller, code).value_or(0);
    if (call == u"ConsultarVendedor"_s) {
        if (!found)
            throw fault(u"Vendedor não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
        return all.at(found);
    }
    if (call == u"IncluirVendedor"_s || call == u"UpsertVendedor"_s || call == u"AlterarVendedor"_s) {
        if (call == u"AlterarVendedor"_s && !found)
            throw fault(u"Vendedor não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
        if (call == u"IncluirVendedor"_s && found)
            throw fault(u"O código de integração [%1] já foi cadastrado anteriormente."_s.arg(code),
                        u"SOAP-ENV:Client-102"_s);
        if (str(param.value(u"nome"_s)).isEmpty() && !found)
            throw fault(u"Tag [NOME] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        QJsonObject v = found ? deepMerge(all.at(found), param) : param;
        if (found) {
            v.insert(u"codigo"_s, found);
            touch(Kind::Seller, v, false, u"WEBSERVICE"_s);
        } else {
            for (const auto &[key, value] :
                 {std::pair{"inativo", "N"}, std::pair{"fatura_pedido", "N"}, std::pair{"visualiza_pedido", "S"}}) {
                if (!v.contains(QLatin1String(key)))
                    v.insert(QLatin1String(key), QLatin1String(value));
            }
            found = insert(Kind::Seller, v, u"WEBSERVICE"_s);
            v = all.at(found);
        }
        all[found] = v;
        return QJsonObject{{u"codigo"_s, found},
                           {u"codInt"_s, v.value(u"codInt"_s)},
                           {u"status"_s, u"0"_s},
                           {u"descricao"_s, u"Vendedor gravado com sucesso!"_s}};
    }
    if (call == u"ExcluirVendedor"_s) {
        if (!found)
            throw fault(u"Vendedor não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
        const QJsonObject v = all.at(found);
        all.erase(found);
        sellerInfo.remove(found);
        return QJsonObject{{u"codigo"_s, found},
                           {u"codInt"_s, v.value(u"codInt"_s)},
                           {u"status"_s, u"0"_s},
                           {u"descricao"_s, u"Vendedor excluído com sucesso!"_s}};
    }
    throw fault(u"Método [%1] não existe!"_s.arg(call), u"SOAP-ENV:Client-1"_s);
}

QJsonObject OmieSimulator::Private::computeOrder(QJsonObject order)
{
    double goods = 0;
    double discounts = 0;
    QJsonArray det = order.value(u"det"_s).toArray();
    int seq = 0;
    for (int i = 0; i < det.size(); ++i) {
        QJsonObject line = det.at(i).toObject();
        QJsonObject produto = line.value(u"produto"_s).toObject();
        const double q = dbl(produto.value(u"quantidade"_s));
        const double price = dbl(produto.value(u"valor_unitario"_s));
        const double pct = dbl(produto.value(u"percentual_desconto"_s));
        const double gross = q * price;
        const double discount = std::round(gross * pct) / 100;
        goods += gross;
        discounts += discount;
        produto.insert(u"valor_total"_s, std::round((gross - discount) * 100) / 100);
        const qint64 productId = num(produto.value(u"codigo_produto"_s));
        if (const auto it = records(Kind::Product).find(productId); it != records(Kind::Product).end()) {
            produto.insert(u"descricao"_s, it->second.value(u"descricao"_s));
            produto.insert(u"codigo"_s, it->second.value(u"codigo"_s));
            produto.insert(u"unidade"_s, it->second.value(u"unidade"_s));
        }
        QJsonObject ide = line.value(u"ide"_s).toObject();
        if (!num(ide.value(u"codigo_item"_s)))
            ide.insert(u"codigo_item"_s, nextId++);
        ++seq;
        line.insert(u"ide"_s, ide);
        line.insert(u"produto"_s, produto);
        det.replace(i, line);
    }
    order.insert(u"det"_s, det);
    setPath(order, u"cabecalho/quantidade_itens"_s, seq);
    order.insert(u"total_pedido"_s,
                 QJsonObject{{u"valor_mercadorias"_s, std::round(goods * 100) / 100},
                             {u"valor_descontos"_s, std::round(discounts * 100) / 100},
                             {u"valor_total_pedido"_s, std::round((goods - discounts) * 100) / 100}});
    return order;
}

void OmieSimulator::Private::requireStage(const QString &etapa, bool service, const QString &tag)
{
    // The same code names different stages in different operations, and an inactive one takes no order.
    const QString operation = service ? u"01"_s : u"11"_s;
    QStringList allowed;
    for (const auto &[id, e] : records(Kind::Etapa)) {
        if (str(e.value(u"cCodOperacao"_s)) == operation && str(e.value(u"cInativo"_s)) != u"S"_s)
            allowed.append(str(e.value(u"cCodigo"_s)));
    }
    if (!allowed.contains(etapa))
        throw fault(u"O valor informado para o campo [%1] não é válido. Valores permitidos: %2"_s.arg(
                        tag, allowed.join(u", "_s)),
                    u"SOAP-ENV:Client-105"_s);
}

void OmieSimulator::Private::validateOrder(const QJsonObject &o, bool service)
{
    const QString head = service ? u"Cabecalho"_s : u"cabecalho"_s;
    const qint64 client = num(path(o, head + (service ? u"/nCodCli"_s : u"/codigo_cliente"_s)));
    const auto c = records(Kind::Client).find(client);
    if (c == records(Kind::Client).end())
        throw fault(u"Cliente não cadastrado para o Código [%1] !"_s.arg(client), u"SOAP-ENV:Client-105"_s);
    if (str(c->second.value(u"estado"_s)).isEmpty())
        throw fault(u"O cliente [%1] não possui a UF preenchida no cadastro!"_s.arg(client), u"SOAP-ENV:Client-8"_s);
    const QString date = str(path(o, head + (service ? u"/dDtPrevisao"_s : u"/data_previsao"_s)));
    if (!QDate::fromString(date, u"dd/MM/yyyy"_s).isValid())
        throw fault(u"A data de previsão [%1] não é válida!"_s.arg(date), u"SOAP-ENV:Client-8"_s);
    requireStage(str(path(o, head + (service ? u"/cEtapa"_s : u"/etapa"_s))), service,
                 service ? u"cEtapa"_s : u"etapa"_s);
    const QString parcela = str(path(o, head + (service ? u"/cCodParc"_s : u"/codigo_parcela"_s)));
    bool parcelaKnown = false;
    for (const auto &[id, f] : records(Kind::FormaPagamento))
        parcelaKnown = parcelaKnown || str(f.value(u"cCodigo"_s)) == parcela;
    if (!parcelaKnown)
        throw fault(u"Parcela [%1] não cadastrada!"_s.arg(parcela), u"SOAP-ENV:Client-105"_s);
    const QString categoria =
        str(path(o, service ? u"InformacoesAdicionais/cCodCateg"_s : u"informacoes_adicionais/codigo_categoria"_s));
    const QJsonObject *cat = nullptr;
    for (const auto &[id, c] : records(Kind::Categoria)) {
        if (str(c.value(u"codigo"_s)) == categoria)
            cat = &c;
    }
    if (!cat)
        throw fault(u"Categoria [%1] não cadastrada!"_s.arg(categoria), u"SOAP-ENV:Client-105"_s);
    // A group only sums its accounts and an inactive account takes no new postings (wording is the simulator's).
    if (str(cat->value(u"totalizadora"_s)) == u"S"_s)
        throw fault(u"A categoria [%1] é totalizadora e não pode receber lançamentos!"_s.arg(categoria),
                    u"SOAP-ENV:Client-8"_s);
    if (str(cat->value(u"conta_inativa"_s)) == u"S"_s)
        throw fault(u"A categoria [%1] está inativa!"_s.arg(categoria), u"SOAP-ENV:Client-8"_s);
    if (str(cat->value(u"conta_receita"_s)) != u"S"_s)
        throw fault(u"A categoria [%1] não é uma categoria de receita!"_s.arg(categoria), u"SOAP-ENV:Client-8"_s);
    const qint64 conta =
        num(path(o, service ? u"InformacoesAdicionais/nCodCC"_s : u"informacoes_adicionais/codigo_conta_corrente"_s));
    const auto cc = records(Kind::ContaCorrente).find(conta);
    if (cc == records(Kind::ContaCorrente).end())
        throw fault(u"Nenhuma conta corrente foi encontrada!"_s, u"SOAP-ENV:Client-101"_s);
    if (str(cc->second.value(u"inativo"_s)) == u"S"_s)
        throw fault(u"A conta corrente [%1] está inativa!"_s.arg(conta), u"SOAP-ENV:Client-8"_s);
    const qint64 seller = num(path(o, service ? u"Cabecalho/nCodVend"_s : u"informacoes_adicionais/codVend"_s));
    if (seller && !records(Kind::Seller).count(seller))
        throw fault(u"Vendedor não cadastrado para o Código [%1] !"_s.arg(seller), u"SOAP-ENV:Client-105"_s);
    const QJsonArray lines = o.value(service ? u"ServicosPrestados"_s : u"det"_s).toArray();
    if (lines.isEmpty())
        throw fault(service ? u"Nenhum serviço prestado foi informado!"_s : u"Nenhum item foi informado no pedido!"_s,
                    u"SOAP-ENV:Client-8"_s);
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        if (service) {
            const qint64 id = num(line.value(u"nCodServico"_s));
            if (!records(Kind::Service).count(id))
                throw fault(u"Serviço não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
            if (dbl(line.value(u"nQtde"_s)) <= 0 || dbl(line.value(u"nValUnit"_s)) <= 0)
                throw fault(u"Quantidade e valor unitário do serviço devem ser maiores que zero!"_s,
                            u"SOAP-ENV:Client-8"_s);
        } else {
            const QJsonObject p = line.value(u"produto"_s).toObject();
            const qint64 id = num(p.value(u"codigo_produto"_s));
            if (!records(Kind::Product).count(id))
                throw fault(u"Produto não cadastrado para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
            if (dbl(p.value(u"quantidade"_s)) <= 0 || dbl(p.value(u"valor_unitario"_s)) <= 0)
                throw fault(u"Quantidade e valor unitário do item devem ser maiores que zero!"_s,
                            u"SOAP-ENV:Client-8"_s);
            if (str(path(line, u"ide/codigo_item_integracao"_s)).isEmpty())
                throw fault(u"Tag [CODIGO_ITEM_INTEGRACAO] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        }
    }
}

QJsonObject OmieSimulator::Private::findOrder(const QJsonObject &param, qint64 *id)
{
    auto &all = records(Kind::Order);
    const qint64 byId = num(param.value(u"codigo_pedido"_s));
    const QString code = str(param.value(u"codigo_pedido_integracao"_s));
    if (byId && all.count(byId))
        *id = byId;
    else if (!byId && findByCode(Kind::Order, code))
        *id = *findByCode(Kind::Order, code);
    else if (byId)
        throw fault(u"Pedido não cadastrado para o Código [%1] !"_s.arg(byId), u"SOAP-ENV:Client-105"_s);
    else
        throw fault(u"Pedido não cadastrado para o Código de Integração [%1] !"_s.arg(code), u"SOAP-ENV:Client-103"_s);
    return all.at(*id);
}

QJsonObject OmieSimulator::Private::orders(const QString &call, const QJsonObject &param)
{
    auto &all = records(Kind::Order);
    auto response = [](const QJsonObject &o, const QString &text) {
        return QJsonObject{{u"codigo_pedido"_s, path(o, u"cabecalho/codigo_pedido"_s)},
                           {u"codigo_pedido_integracao"_s, path(o, u"cabecalho/codigo_pedido_integracao"_s)},
                           {u"numero_pedido"_s, path(o, u"cabecalho/numero_pedido"_s)},
                           {u"codigo_status"_s, u"0"_s},
                           {u"descricao_status"_s, text}};
    };
    if (call == u"ListarPedidos"_s) {
        const QString statusFilter = str(param.value(u"status_pedido"_s));
        const qint64 client = num(param.value(u"filtrar_por_cliente"_s));
        const qint64 seller = num(param.value(u"filtrar_por_vendedor"_s));
        const QString etapa = str(param.value(u"etapa"_s));
        return list(Kind::Order, param, u"pedido_venda_produto"_s, Paging{}, [&](const QJsonObject &o) {
            if (readings.pedidosDateFilterByPrevisao) {
                // The disputed reading: the change window is a window on data_previsao, hours ignored.
                if (!dateWindow(o, u"cabecalho/data_previsao"_s, param, u"filtrar_por_data_de"_s,
                                u"filtrar_por_data_ate"_s))
                    return false;
            } else if (!dateFilter(Kind::Order, o, param)) {
                return false;
            }
            if (!dateWindow(o, u"cabecalho/data_previsao"_s, param, u"data_previsao_de"_s, u"data_previsao_ate"_s)
                || !dateWindow(o, u"infoCadastro/dFat"_s, param, u"data_faturamento_de"_s, u"data_faturamento_ate"_s)
                || !dateWindow(o, u"infoCadastro/dCan"_s, param, u"data_cancelamento_de"_s, u"data_cancelamento_ate"_s))
                return false;
            if (client && num(path(o, u"cabecalho/codigo_cliente"_s)) != client)
                return false;
            if (seller && num(path(o, u"informacoes_adicionais/codVend"_s)) != seller)
                return false;
            if (!etapa.isEmpty() && str(path(o, u"cabecalho/etapa"_s)) != etapa)
                return false;
            if (statusFilter == u"FATURADO"_s && str(path(o, u"infoCadastro/faturado"_s)) != u"S"_s)
                return false;
            if (statusFilter == u"CANCELADO"_s && str(path(o, u"infoCadastro/cancelado"_s)) != u"S"_s)
                return false;
            return true;
        });
    }
    qint64 id = 0;
    if (call == u"ConsultarPedido"_s)
        return QJsonObject{{u"pedido_venda_produto"_s, findOrder(param, &id)}};
    if (call == u"StatusPedido"_s) {
        const QJsonObject o = findOrder(param, &id);
        return QJsonObject{{u"codigo_pedido"_s, id},
                           {u"codigo_pedido_integracao"_s, path(o, u"cabecalho/codigo_pedido_integracao"_s)},
                           {u"numero_pedido"_s, path(o, u"cabecalho/numero_pedido"_s)},
                           {u"etapa"_s, path(o, u"cabecalho/etapa"_s)},
                           {u"faturado"_s, path(o, u"infoCadastro/faturado"_s)},
                           {u"cancelado"_s, path(o, u"infoCadastro/cancelado"_s)}};
    }
    if (call == u"IncluirPedido"_s) {
        const QString code = str(path(param, u"cabecalho/codigo_pedido_integracao"_s));
        if (code.isEmpty())
            throw fault(u"Tag [CODIGO_PEDIDO_INTEGRACAO] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (findByCode(Kind::Order, code))
            throw fault(u"Pedido já cadastrado para o Código de Integração [%1] !"_s.arg(code),
                        u"SOAP-ENV:Client-102"_s);
        if (param.value(u"informacoes_adicionais"_s).toObject().value(u"consumidor_final"_s).isUndefined())
            throw fault(u"Tag [CONSUMIDOR_FINAL] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        QJsonObject o = withClient(param, false);
        validateOrder(o, false);
        requireFutureDate(str(path(o, u"cabecalho/data_previsao"_s)));
        o = computeOrder(o);
        setPath(o, u"cabecalho/numero_pedido"_s, QString::number(nextNumber++));
        setPath(o, u"infoCadastro/faturado"_s, u"N"_s);
        setPath(o, u"infoCadastro/cancelado"_s, u"N"_s);
        id = insert(Kind::Order, o, u"WEBSERVICE"_s);
        return response(all.at(id), u"Pedido cadastrado com sucesso!"_s);
    }
    if (call == u"AlterarPedidoVenda"_s) {
        QJsonObject o = findOrder(param.value(u"cabecalho"_s).toObject(), &id);
        if (str(path(o, u"infoCadastro/faturado"_s)) == u"S"_s)
            throw fault(u"Pedido já faturado não pode ser alterado!"_s, u"SOAP-ENV:Client-8"_s);
        QJsonObject patch = param;
        patch.remove(u"det"_s);
        o = deepMerge(o, patch);
        if (param.contains(u"det"_s))
            o.insert(u"det"_s, param.value(u"det"_s)); // the items sent replace the current ones
        setPath(o, u"cabecalho/codigo_pedido"_s, id);
        validateOrder(o, false);
        o = computeOrder(o);
        touch(Kind::Order, o, false, u"WEBSERVICE"_s);
        all[id] = o;
        return response(o, u"Pedido alterado com sucesso!"_s);
    }
    if (call == u"TrocarEtapaPedido"_s) {
        QJsonObject o = findOrder(param, &id);
        const QString etapa = str(param.value(u"etapa"_s));
        requireStage(etapa, false, u"etapa"_s);
        setPath(o, u"cabecalho/etapa"_s, etapa);
        touch(Kind::Order, o, false, u"WEBSERVICE"_s);
        all[id] = o;
        return response(o, u"Etapa alterada com sucesso!"_s);
    }
    if (call == u"ExcluirPedido"_s) {
        const QJsonObject o = findOrder(param, &id);
        if (str(path(o, u"infoCadastro/faturado"_s)) == u"S"_s)
            throw fault(u"Pedido já faturado não pode ser excluído!"_s, u"SOAP-ENV:Client-8"_s);
        all.erase(id);
        return response(o, u"Pedido excluído com sucesso!"_s);
    }
    throw fault(u"Método [%1] não existe!"_s.arg(call), u"SOAP-ENV:Client-1"_s);
}

QJsonObject OmieSimulator::Private::billing(const QString &call, const QJsonObject &param)
{
    qint64 id = 0;
    QJsonObject o = findOrder(param, &id);
    const auto [d, h] = stamp();
    if (call == u"FaturarPedidoVenda"_s) {
        if (str(path(o, u"infoCadastro/cancelado"_s)) == u"S"_s)
            throw fault(u"Pedido cancelado não pode ser faturado!"_s, u"SOAP-ENV:Client-8"_s);
        if (str(path(o, u"infoCadastro/faturado"_s)) == u"S"_s)
            throw fault(u"Pedido [%1] já foi faturado!"_s.arg(str(path(o, u"cabecalho/numero_pedido"_s))),
                        u"SOAP-ENV:Client-8"_s);
        setPath(o, u"cabecalho/etapa"_s, u"60"_s);
        setPath(o, u"infoCadastro/faturado"_s, u"S"_s);
        setPath(o, u"infoCadastro/dFat"_s, d);
        setPath(o, u"infoCadastro/hFat"_s, h);
    } else if (call == u"CancelarPedidoVenda"_s) {
        if (str(path(o, u"infoCadastro/cancelado"_s)) == u"S"_s)
            throw fault(u"Pedido [%1] já está cancelado!"_s.arg(str(path(o, u"cabecalho/numero_pedido"_s))),
                        u"SOAP-ENV:Client-8"_s);
        setPath(o, u"infoCadastro/cancelado"_s, u"S"_s);
        setPath(o, u"infoCadastro/dCan"_s, d);
        setPath(o, u"infoCadastro/hCan"_s, h);
    } else {
        throw fault(u"Método [%1] não existe!"_s.arg(call), u"SOAP-ENV:Client-1"_s);
    }
    touch(Kind::Order, o, false, u"WEBSERVICE"_s);
    records(Kind::Order)[id] = o;
    return QJsonObject{{u"codigo_pedido"_s, id},
                       {u"codigo_status"_s, u"0"_s},
                       {u"descricao_status"_s, u"Operação realizada com sucesso!"_s}};
}

QJsonObject OmieSimulator::Private::serviceOrders(const QString &call, const QJsonObject &param)
{
    auto &all = records(Kind::ServiceOrder);
    auto status = [](const QJsonObject &o, const QString &text) {
        return QJsonObject{{u"cCodIntOS"_s, path(o, u"Cabecalho/cCodIntOS"_s)},
                           {u"nCodOS"_s, path(o, u"Cabecalho/nCodOS"_s)},
                           {u"cNumOS"_s, path(o, u"Cabecalho/cNumOS"_s)},
                           {u"cCodStatus"_s, u"0"_s},
                           {u"cDescStatus"_s, text}};
    };
    auto find = [&](const QJsonObject &key) -> qint64 {
        const qint64 id = num(key.value(u"nCodOS"_s));
        const QString code = str(key.value(u"cCodIntOS"_s));
        if (id && all.count(id))
            return id;
        if (!id) {
            if (const auto byCode = findByCode(Kind::ServiceOrder, code))
                return *byCode;
            throw fault(u"OS não cadastrada para o Código de Integração [%1] !"_s.arg(code), u"SOAP-ENV:Client-103"_s);
        }
        throw fault(u"OS não cadastrada para o Código [%1] !"_s.arg(id), u"SOAP-ENV:Client-105"_s);
    };
    auto total = [this](QJsonObject o) {
        double sum = 0;
        QJsonArray lines = o.value(u"ServicosPrestados"_s).toArray();
        for (int i = 0; i < lines.size(); ++i) {
            QJsonObject l = lines.at(i).toObject();
            if (!num(l.value(u"nSeqItem"_s)))
                l.insert(u"nSeqItem"_s, i + 1);
            if (!num(l.value(u"nIdItem"_s)))
                l.insert(u"nIdItem"_s, nextId++);
            const double gross = dbl(l.value(u"nQtde"_s)) * dbl(l.value(u"nValUnit"_s));
            sum += gross - gross * dbl(l.value(u"nAliqDesconto"_s)) / 100;
            lines.replace(i, l);
        }
        o.insert(u"ServicosPrestados"_s, lines);
        setPath(o, u"Cabecalho/nValorTotal"_s, std::round(sum * 100) / 100);
        return o;
    };
    if (call == u"ListarOS"_s) {
        Paging paging;
        paging.cap = 100; // observed: ListarOS answers at most 100 per page
        const QString statusFilter = str(param.value(u"filtrar_por_status"_s));
        const qint64 client = num(param.value(u"filtrar_por_cliente"_s));
        const QString etapa = str(param.value(u"filtrar_por_etapa"_s));
        return list(Kind::ServiceOrder, param, u"osCadastro"_s, paging, [&](const QJsonObject &o) {
            if (!dateFilter(Kind::ServiceOrder, o, param))
                return false;
            if (!dateWindow(o, u"Cabecalho/dDtPrevisao"_s, param, u"filtrar_por_data_previsao_de"_s,
                            u"filtrar_por_data_previsao_ate"_s)
                || !dateWindow(o, u"InfoCadastro/dDtFat"_s, param, u"filtrar_por_data_faturamento_de"_s,
                               u"filtrar_por_data_faturamento_ate"_s)
                || !dateWindow(o, u"InfoCadastro/dDtCanc"_s, param, u"filtrar_por_data_cancelamento_de"_s,
                               u"filtrar_por_data_cancelamento_ate"_s))
                return false;
            if (client && num(path(o, u"Cabecalho/nCodCli"_s)) != client)
                return false;
            if (!etapa.isEmpty() && str(path(o, u"Cabecalho/cEtapa"_s)) != etapa)
                return false;
            if (statusFilter == u"F"_s)
                return str(path(o, u"InfoCadastro/cFaturada"_s)) == u"S"_s;
            if (statusFilter == u"C"_s)
                return str(path(o, u"InfoCadastro/cCancelada"_s)) == u"S"_s;
            if (statusFilter == u"N"_s)
                return str(path(o, u"InfoCadastro/cFaturada"_s)) != u"S"_s;
            return true;
        });
    }
    if (call == u"ConsultarOS"_s)
        return all.at(find(param));
    if (call == u"StatusOS"_s) {
        const QJsonObject o = all.at(find(param));
        return QJsonObject{{u"nCodOS"_s, path(o, u"Cabecalho/nCodOS"_s)},
                           {u"cCodIntOS"_s, path(o, u"Cabecalho/cCodIntOS"_s)},
                           {u"cNumOS"_s, path(o, u"Cabecalho/cNumOS"_s)},
                           {u"cEtapa"_s, path(o, u"Cabecalho/cEtapa"_s)},
                           {u"cFaturada"_s, path(o, u"InfoCadastro/cFaturada"_s)},
                           {u"cCancelada"_s, path(o, u"InfoCadastro/cCancelada"_s)},
                           {u"nValorTotal"_s, path(o, u"Cabecalho/nValorTotal"_s)}};
    }
    if (call == u"ExcluirOS"_s) {
        const qint64 id = find(param);
        const QJsonObject o = all.at(id);
        if (str(path(o, u"InfoCadastro/cFaturada"_s)) == u"S"_s)
            throw fault(u"OS já faturada não pode ser excluída!"_s, u"SOAP-ENV:Client-8"_s);
        all.erase(id);
        return status(o, u"Ordem de Serviço excluída com sucesso!"_s);
    }
    if (call == u"IncluirOS"_s) {
        const QString code = str(path(param, u"Cabecalho/cCodIntOS"_s));
        if (code.isEmpty())
            throw fault(u"Tag [cCodIntOS] não informada!"_s, u"SOAP-ENV:Client-8"_s);
        if (findByCode(Kind::ServiceOrder, code))
            throw fault(u"OS já cadastrada para o Código de Integração [%1] !"_s.arg(code), u"SOAP-ENV:Client-102"_s);
        QJsonObject o = withClient(param, true);
        validateOrder(o, true);
        requireFutureDate(str(path(o, u"Cabecalho/dDtPrevisao"_s)));
        o = total(o);
        setPath(o, u"Cabecalho/cNumOS"_s, QString::number(nextNumber++));
        setPath(o, u"InfoCadastro/cFaturada"_s, u"N"_s);
        setPath(o, u"InfoCadastro/cCancelada"_s, u"N"_s);
        const qint64 id = insert(Kind::ServiceOrder, o, u"WEBSERVICE"_s);
        return status(all.at(id), u"Ordem de Serviço cadastrada com sucesso!"_s);
    }
    if (call == u"AlterarOS"_s || call == u"TrocarEtapaOS"_s) {
        const qint64 id = find(call == u"AlterarOS"_s ? param.value(u"Cabecalho"_s).toObject() : param);
        QJsonObject o = all.at(id);
        if (call == u"TrocarEtapaOS"_s) {
            const QString etapa = str(param.value(u"cEtapa"_s));
            requireStage(etapa, true, u"cEtapa"_s);
            if (str(path(o, u"InfoCadastro/cFaturada"_s)) == u"S"_s)
                throw fault(u"OS já faturada não pode mudar de etapa!"_s, u"SOAP-ENV:Client-8"_s);
            setPath(o, u"Cabecalho/cEtapa"_s, etapa);
        } else {
            QJsonObject patch = param;
            patch.remove(u"ServicosPrestados"_s);
            o = deepMerge(o, patch);
            if (param.contains(u"ServicosPrestados"_s))
                o.insert(u"ServicosPrestados"_s, param.value(u"ServicosPrestados"_s));
            setPath(o, u"Cabecalho/nCodOS"_s, id);
            validateOrder(o, true);
            o = total(o);
        }
        touch(Kind::ServiceOrder, o, false, u"WEBSERVICE"_s);
        all[id] = o;
        return status(o, u"Ordem de Serviço alterada com sucesso!"_s);
    }
    throw fault(u"Método [%1] não existe!"_s.arg(call), u"SOAP-ENV:Client-1"_s);
}

QJsonObject OmieSimulator::Private::dispatch(const QString &endpoint, const QString &call, const QJsonObject &param)
{
    if (const auto it = requestSchemas().constFind(endpoint + u'|' + call); it != requestSchemas().constEnd())
        checkTags(param, *it);
    if (endpoint == u"geral/clientes"_s)
        return clients(call, param);
    if (endpoint == u"geral/produtos"_s)
        return products(call, param);
    if (endpoint == u"servicos/servico"_s)
        return services(call, param);
    if (endpoint == u"geral/vendedores"_s)
        return sellers(call, param);
    if (endpoint == u"produtos/pedido"_s)
        return orders(call, param);
    if (endpoint == u"produtos/pedidovendafat"_s)
        return billing(call, param);
    if (endpoint == u"servicos/os"_s)
        return serviceOrders(call, param);
    if (endpoint == u"produtos/etapafat"_s && call == u"ListarEtapasFaturamento"_s) {
        // Grouped per operation, in the order first seen; the first element is an empty object, as observed.
        QJsonArray cadastros{QJsonObject()};
        QStringList order;
        QHash<QString, QJsonObject> byOperation;
        for (const auto &[id, e] : records(Kind::Etapa)) {
            const QString op = str(e.value(u"cCodOperacao"_s));
            if (!byOperation.contains(op)) {
                order.append(op);
                byOperation.insert(op, QJsonObject{{u"cCodOperacao"_s, op},
                                                   {u"cDescOperacao"_s, e.value(u"cDescOperacao"_s)},
                                                   {u"etapas"_s, QJsonArray()}});
            }
            QJsonObject stage = e;
            stage.remove(u"cCodOperacao"_s);
            stage.remove(u"cDescOperacao"_s);
            QJsonArray etapas = byOperation[op].value(u"etapas"_s).toArray();
            etapas.append(stage);
            byOperation[op].insert(u"etapas"_s, etapas);
        }
        for (const QString &op : std::as_const(order))
            cadastros.append(byOperation.value(op));
        const qint64 page = std::max<qint64>(1, num(param.value(u"pagina"_s)));
        if (page > 1)
            throw fault(u"Não existem registros para a página [%1]!"_s.arg(page), u"SOAP-ENV:Client-5113"_s);
        return QJsonObject{{u"pagina"_s, 1},
                           {u"total_de_paginas"_s, 1},
                           {u"registros"_s, cadastros.size()},
                           {u"total_de_registros"_s, cadastros.size()},
                           {u"cadastros"_s, cadastros}};
    }
    if (endpoint == u"geral/contacorrente"_s && call == u"ListarContasCorrentes"_s)
        return list(Kind::ContaCorrente, param, u"ListarContasCorrentes"_s, Paging{},
                    [](const QJsonObject &) { return true; });
    if (endpoint == u"geral/categorias"_s && call == u"ListarCategorias"_s) {
        // filtrar_por_tipo: "R" = active revenue accounts one can post to, "D" = the same for expenses.
        const QString tipo = str(param.value(u"filtrar_por_tipo"_s));
        if (!tipo.isEmpty() && tipo != u"R"_s && tipo != u"D"_s)
            throw fault(u"O valor informado para o campo [filtrar_por_tipo] não é válido. Valores permitidos: R, D"_s,
                        u"SOAP-ENV:Client-105"_s);
        return list(Kind::Categoria, param, u"categoria_cadastro"_s, Paging{}, [&](const QJsonObject &c) {
            if (tipo.isEmpty())
                return true;
            return str(c.value(u"totalizadora"_s)) != u"S"_s && str(c.value(u"conta_inativa"_s)) != u"S"_s
                   && str(c.value(tipo == u"R"_s ? u"conta_receita"_s : u"conta_despesa"_s)) == u"S"_s;
        });
    }
    if (endpoint == u"produtos/formaspagvendas"_s && call == u"ListarFormasPagVendas"_s)
        return list(Kind::FormaPagamento, param, u"cadastros"_s, Paging{}, [](const QJsonObject &) { return true; });
    throw fault(u"Método [%1] não existe para o serviço [%2]!"_s.arg(call, endpoint), u"SOAP-ENV:Client-1"_s);
}

namespace {
QByteArray faultBody(const Fault &f)
{
    return QJsonDocument(QJsonObject{{u"faultstring"_s, f.message}, {u"faultcode"_s, f.code}})
        .toJson(QJsonDocument::Compact);
}

QByteArray htmlPage(int status)
{
    // What the gateway in front of Omie answers when the application behind it fails: no JSON at all.
    const QByteArray reason = status == 404   ? "Not Found"
                              : status == 502 ? "Bad Gateway"
                              : status == 503 ? "Service Temporarily Unavailable"
                                              : "Internal Server Error";
    const QByteArray title = QByteArray::number(status) + ' ' + reason;
    return "<html><body><h1>" + title + "</h1><hr><center>nginx</center></body></html>\n";
}

bool pruneAndCount(std::deque<qint64> &log, qint64 now, qint64 windowMs)
{
    while (!log.empty() && log.front() <= now - windowMs)
        log.pop_front();
    return true;
}
} // namespace

void OmieSimulator::Private::handle(const HttpRequest &request, HttpResponder responder)
{
    const qint64 now = clock->nowMs();
    ++traffic.requests;
    auto send = [this, responder](int status, const QByteArray &body, const QByteArray &type, bool delay) {
        HttpResponse r = HttpResponse::text(status, body, type);
        if (delay && latencyMs > 0)
            clock->callAfter(latencyMs, server.get(), [responder, r] { responder.send(r); });
        else
            responder.send(r);
    };
    auto sendFault = [&](const Fault &f, bool delay = true) {
        send(f.http, faultBody(f), "application/json; charset=utf-8", delay);
    };

    if (request.method != "POST") {
        sendFault(fault(u"Método HTTP não suportado. Use POST."_s, u"SOAP-ENV:Client-1"_s), false);
        return;
    }
    QString endpoint = request.path;
    if (!endpoint.startsWith(u"/api/v1/"_s)) {
        send(404, htmlPage(404), "text/html", false);
        return;
    }
    endpoint = endpoint.mid(8);
    while (endpoint.endsWith(u'/'))
        endpoint.chop(1);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendFault(fault(u"Invalid JSON Object"_s, u"SOAP-ENV:Client-1"_s));
        return;
    }
    const QJsonObject envelope = doc.object();
    const QString call = envelope.value(u"call"_s).toString();
    ++traffic.byMethod[call];
    const bool write = isWrite(call);
    if (write)
        ++traffic.writes;
    // A blocked app key is refused before anything else is looked at.
    if (blockedUntil > now) {
        ++violations.whileBlocked;
        if (limits.enforce) {
            ++traffic.throttled;
            sendFault(Fault{u"ERROR: API bloqueada por consumo indevido. Tente novamente em %1 segundos."_s.arg(
                                (blockedUntil - now + 999) / 1000),
                            u"MISUSE_API_PROCESS"_s, 425},
                      false);
            return;
        }
    }
    if (envelope.value(u"app_key"_s).toString() != appKey || envelope.value(u"app_secret"_s).toString() != appSecret) {
        noteFault(call, now);
        sendFault(fault(u"A chave de acesso não está preenchida ou não é válida!"_s, u"SOAP-ENV:Client-1"_s));
        return;
    }
    const QJsonValue params = envelope.value(u"param"_s);
    if (!params.isArray() || params.toArray().size() != 1 || !params.toArray().first().isObject()) {
        noteFault(call, now);
        sendFault(fault(u"A tag [param] deve ser um array com um único objeto!"_s, u"SOAP-ENV:Client-8"_s));
        return;
    }
    const QJsonObject param = params.toArray().first().toObject();
    for (const QString &size : {u"registros_por_pagina"_s, u"nRegPorPagina"_s}) {
        const qint64 asked = num(param.value(size));
        if (asked > traffic.largestPageAsked.value(call))
            traffic.largestPageAsked.insert(call, asked);
    }

    // The published limits, in the order a real gateway checks them.
    auto &methodLog = this->methodLog[call];
    pruneAndCount(methodLog, now, 60'000);
    pruneAndCount(totalLog, now, 60'000);
    QByteArray key = call.toUtf8() + '|' + QJsonDocument(param).toJson(QJsonDocument::Compact);
    if (readings.redundancyByRecordId && (call.startsWith(u"Consultar"_s) || call.startsWith(u"Status"_s))) {
        // Whichever key names the record: its id, else its integration code.
        for (const QString &id :
             {u"codigo_cliente_omie"_s, u"codigo_produto"_s, u"codigo_servico"_s, u"nCodServ"_s, u"codigo_pedido"_s,
              u"nCodOS"_s, u"codigo_cliente_integracao"_s, u"codigo_produto_integracao"_s, u"cCodIntServ"_s,
              u"codigo_pedido_integracao"_s, u"cCodIntOS"_s}) {
            const QJsonValue v = param.value(id);
            if ((v.isDouble() && v.toDouble() != 0) || (v.isString() && !v.toString().isEmpty())) {
                key = call.toUtf8() + "|record|" + QJsonDocument(QJsonObject{{id, v}}).toJson(QJsonDocument::Compact);
                break;
            }
        }
    }
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    std::optional<Fault> limitFault;
    if (int(methodLog.size()) >= limits.perMethodPerMinute) {
        ++violations.rateLimit;
        limitFault = Fault{
            u"ERROR: Limite de requisições por minuto excedido para o método [%1]. Aguarde %2 segundos."_s.arg(call)
                .arg((methodLog.front() + 60'000 - now + 999) / 1000),
            u"SOAP-ENV:Client-429"_s, 429};
    } else if (int(totalLog.size()) >= limits.totalPerMinute) {
        ++violations.totalRateLimit;
        limitFault = Fault{u"ERROR: Limite de requisições por minuto excedido. Aguarde %1 segundos."_s.arg(
                               (totalLog.front() + 60'000 - now + 999) / 1000),
                           u"SOAP-ENV:Client-429"_s, 429};
    } else if (write && writesInFlight > 0) {
        ++violations.writeOverlap;
        limitFault =
            fault(u"Já existe uma requisição desse método sendo executada. Tente novamente em alguns segundos."_s,
                  u"SOAP-ENV:Client-1880"_s);
    } else if (!write && inFlight.value(call) >= limits.concurrentPerMethod) {
        ++violations.concurrency;
        limitFault =
            fault(u"Já existe uma requisição desse método sendo executada. Tente novamente em alguns segundos."_s,
                  u"SOAP-ENV:Client-1880"_s);
    } else if (recent.contains(digest) && recent.value(digest) > now - limits.redundantWindowMs) {
        ++violations.redundant;
        limitFault = fault(u"Consumo redundante detectado. Aguarde %1 segundos"_s.arg(
                               (recent.value(digest) + limits.redundantWindowMs - now + 999) / 1000),
                           u"SOAP-ENV:Client-6"_s);
    }
    if (limitFault && limits.enforce) {
        ++traffic.throttled;
        noteFault(call, now);
        sendFault(*limitFault, false);
        return;
    }
    methodLog.push_back(now);
    totalLog.push_back(now);
    if (recent.size() > 50'000) {
        for (auto it = recent.begin(); it != recent.end();)
            it = *it <= now - limits.redundantWindowMs ? recent.erase(it) : std::next(it);
    }

    // Seeded faults: one draw per request, always in the same order.
    const double r = std::uniform_real_distribution<double>(0, 1)(rng);
    double edge = 0;
    auto hit = [&](double p) {
        edge += p;
        return r < edge;
    };
    enum class Injected {
        None,
        Html500,
        BadGateway,
        Unavailable,
        Reset,
        Slow,
        LostWrite,
        SpuriousAuth
    } injected = Injected::None;
    if (hit(faults.html500))
        injected = Injected::Html500;
    else if (hit(faults.badGateway))
        injected = Injected::BadGateway;
    else if (hit(faults.unavailable))
        injected = Injected::Unavailable;
    else if (hit(faults.connectionReset))
        injected = Injected::Reset;
    else if (hit(faults.slowReply))
        injected = Injected::Slow;
    else if (write && hit(faults.lostWriteReply))
        injected = Injected::LostWrite;
    else if (hit(faults.spuriousAuthFault))
        injected = Injected::SpuriousAuth;
    if (injected != Injected::None)
        ++traffic.faultsInjected;
    // Only a request the application actually processed makes a repeat "redundant"; one lost in the
    // gateway (HTML error, reset) may be retried at once.
    if (injected == Injected::None || injected == Injected::Slow || injected == Injected::LostWrite)
        recent.insert(digest, now);

    // In flight from arrival until the answer leaves, so that concurrency is observable.
    inFlight[call] += write ? 0 : 1;
    writesInFlight += write ? 1 : 0;
    auto finish = [this, call, write, responder](int status, const QByteArray &body, const QByteArray &type,
                                                 bool reset) {
        inFlight[call] -= write ? 0 : 1;
        writesInFlight -= write ? 1 : 0;
        if (reset)
            responder.reset();
        else
            responder.send(HttpResponse::text(status, body, type));
    };
    auto later = [this](qint64 ms, std::function<void()> fn) {
        if (ms > 0)
            clock->callAfter(ms, server.get(), std::move(fn));
        else
            fn();
    };
    switch (injected) {
    case Injected::Html500:
    case Injected::BadGateway:
    case Injected::Unavailable: {
        const int status = injected == Injected::Html500 ? 500 : injected == Injected::BadGateway ? 502 : 503;
        later(latencyMs, [finish, status] { finish(status, htmlPage(status), "text/html", false); });
        return;
    }
    case Injected::Reset:
        later(latencyMs, [finish] { finish(0, {}, {}, true); });
        return;
    case Injected::SpuriousAuth: {
        const QByteArray body =
            faultBody(fault(u"A chave de acesso não está preenchida ou não é válida!"_s, u"SOAP-ENV:Client-1"_s));
        later(latencyMs, [finish, body] { finish(500, body, "application/json; charset=utf-8", false); });
        return;
    }
    default:
        break;
    }
    QByteArray body;
    int status = 200;
    try {
        const QJsonObject result = dispatch(endpoint, call, param);
        body = QJsonDocument(result).toJson(QJsonDocument::Compact);
        consecutiveFaults[call] = 0;
    } catch (const Fault &f) {
        status = f.http;
        body = faultBody(f);
        // Client-5113 is how a list says "no more pages": not misuse.
        if (!f.code.endsWith(u"5113"_s))
            noteFault(call, now);
    }
    if (injected == Injected::LostWrite) {
        later(latencyMs, [finish] { finish(0, {}, {}, true); });
        return;
    }
    later(injected == Injected::Slow ? faults.slowReplyMs : latencyMs,
          [finish, status, body] { finish(status, body, "application/json; charset=utf-8", false); });
}

OmieSimulator::OmieSimulator(QObject *parent, Clock *clock) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->clock = clock;
    d->server = std::make_unique<HttpServer>(
        [this](const HttpRequest &r, HttpResponder responder) { d->handle(r, responder); });
}

OmieSimulator::~OmieSimulator() = default;

bool OmieSimulator::listen(quint16 port, const QHostAddress &address)
{
    return d->server->listen(address, port);
}

void OmieSimulator::close()
{
    d->server->close();
}

quint16 OmieSimulator::port() const
{
    return d->server->port();
}

QUrl OmieSimulator::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/api/v1/"_s.arg(port()));
}

void OmieSimulator::setCredentials(const QString &appKey, const QString &appSecret)
{
    d->appKey = appKey;
    d->appSecret = appSecret;
}

void OmieSimulator::setLimits(const OmieLimitsConfig &limits)
{
    d->limits = limits;
}

OmieLimitsConfig OmieSimulator::limits() const
{
    return d->limits;
}

void OmieSimulator::setFaults(const FaultConfig &faults)
{
    d->faults = faults;
    d->rng.seed(faults.seed);
}

void OmieSimulator::setLatencyMs(int ms)
{
    d->latencyMs = std::max(0, ms);
}

void OmieSimulator::setReadings(const OmieReadings &readings)
{
    d->readings = readings;
}

OmieReadings OmieSimulator::readings() const
{
    return d->readings;
}

int OmieSimulator::unknownTagRefusals() const
{
    return d->unknownTagRefusals;
}

ViolationCounters OmieSimulator::violations() const
{
    return d->violations;
}

TrafficCounters OmieSimulator::traffic() const
{
    return d->traffic;
}

void OmieSimulator::resetCounters()
{
    d->violations = {};
    d->traffic = {};
    d->unknownTagRefusals = 0;
}

void OmieSimulator::seed(const SampleData &data)
{
    QList<qint64> sellerIds;
    for (const SampleData::Seller &s : data.sellers) {
        sellerIds.append(d->insert(Kind::Seller,
                                   QJsonObject{{u"codInt"_s, QString()},
                                               {u"nome"_s, s.name},
                                               {u"email"_s, s.email},
                                               {u"inativo"_s, u"N"_s},
                                               {u"fatura_pedido"_s, u"N"_s},
                                               {u"visualiza_pedido"_s, u"S"_s},
                                               {u"comissao"_s, 2.5}},
                                   u"P001309697"_s));
    }
    auto dated = [&](Kind k, qint64 id, const QDate &date) {
        QJsonObject r = d->records(k).at(id);
        const Private::Stamps s = Private::stampsOf(k);
        for (const QString &p : {s.dInc, s.dAlt})
            setPath(r, p, date.toString(u"dd/MM/yyyy"_s));
        for (const QString &p : {s.hInc, s.hAlt})
            setPath(r, p, u"10:00:00"_s);
        d->records(k)[id] = r;
    };
    QList<qint64> clientIds;
    for (const SampleData::Client &c : data.clients) {
        QJsonObject o{{u"codigo_cliente_integracao"_s, QString()},
                      {u"razao_social"_s, c.legalName},
                      {u"nome_fantasia"_s, c.tradeName},
                      {u"cnpj_cpf"_s, c.person ? formatCpf(c.document) : formatCnpj(c.document)},
                      {u"pessoa_fisica"_s, c.person ? u"S"_s : u"N"_s},
                      {u"email"_s, c.email},
                      {u"homepage"_s, c.website},
                      {u"telefone1_ddd"_s, c.phoneDdd},
                      {u"telefone1_numero"_s, c.phoneNumber},
                      {u"telefone2_ddd"_s, c.phone2Ddd},
                      {u"telefone2_numero"_s, c.phone2Number},
                      {u"fax_ddd"_s, c.faxDdd},
                      {u"fax_numero"_s, c.faxNumber},
                      {u"endereco"_s, c.street},
                      {u"endereco_numero"_s, c.number},
                      {u"complemento"_s, c.complement},
                      {u"bairro"_s, c.neighborhood},
                      {u"cep"_s, formatCep(c.cep)},
                      {u"cidade"_s, c.city.name.toUpper() + u" ("_s + c.city.uf + u")"_s},
                      {u"cidade_ibge"_s, QString::number(c.city.ibge)},
                      {u"estado"_s, c.city.uf},
                      {u"codigo_pais"_s, u"1058"_s},
                      {u"cnae"_s, c.cnae},
                      {u"inativo"_s, c.inactive ? u"S"_s : u"N"_s}};
        QJsonArray tags;
        for (const QString &t : c.tags)
            tags.append(QJsonObject{{u"tag"_s, t}});
        o.insert(u"tags"_s, tags);
        o.insert(u"recomendacoes"_s,
                 QJsonObject{{u"codigo_vendedor"_s, c.sellerIndex >= 0 ? sellerIds.value(c.sellerIndex) : 0},
                             {u"numero_parcelas"_s, u"1"_s}});
        const qint64 id = d->insert(Kind::Client, o, u"P001309697"_s);
        dated(Kind::Client, id, c.created);
        clientIds.append(id);
    }
    QList<qint64> productIds;
    for (const SampleData::Product &p : data.products) {
        const qint64 id = d->insert(Kind::Product,
                                    QJsonObject{{u"codigo_produto_integracao"_s, QString()},
                                                {u"codigo"_s, p.code},
                                                {u"descricao"_s, p.description},
                                                {u"unidade"_s, p.unit},
                                                {u"ncm"_s, p.ncm},
                                                {u"valor_unitario"_s, p.price},
                                                {u"tipoItem"_s, u"00"_s},
                                                {u"inativo"_s, u"N"_s}},
                                    u"P001309697"_s);
        dated(Kind::Product, id, p.created);
        productIds.append(id);
    }
    QList<qint64> serviceIds;
    for (const SampleData::Service &s : data.services) {
        QJsonObject o{{u"intListar"_s, QJsonObject{{u"cCodIntServ"_s, QString()}}},
                      {u"cabecalho"_s, QJsonObject{{u"cDescricao"_s, s.description},
                                                   {u"cCodigo"_s, s.code},
                                                   {u"cCodServMun"_s, s.municipalCode},
                                                   {u"cCodLC116"_s, s.lc116},
                                                   {u"nPrecoUnit"_s, s.price},
                                                   {u"cCodCateg"_s, u"1.01.02"_s}}},
                      {u"descricao"_s, QJsonObject{{u"cDescrCompleta"_s, s.description}}},
                      {u"impostos"_s, QJsonObject{{u"nAliqISS"_s, 5}, {u"cRetISS"_s, u"N"_s}}},
                      {u"info"_s, QJsonObject{{u"inativo"_s, u"N"_s}}}};
        const qint64 id = d->insert(Kind::Service, o, u"P001309697"_s);
        dated(Kind::Service, id, s.created);
        serviceIds.append(id);
    }
    qint64 contaAtiva = 0;
    for (const auto &[name, inactive] :
         {std::pair{u"Banco do Brasil - Conta Movimento"_s, false},
          std::pair{u"Caixa Econômica - Conta Antiga"_s, true}, std::pair{u"Itaú - Cobrança"_s, false}}) {
        const qint64 id = d->nextId++;
        d->records(Kind::ContaCorrente)[id] = QJsonObject{{u"nCodCC"_s, id},
                                                          {u"descricao"_s, name},
                                                          {u"tipo"_s, u"CC"_s},
                                                          {u"inativo"_s, inactive ? u"S"_s : u"N"_s},
                                                          {u"codigo_banco"_s, u"001"_s}};
        if (!inactive && !contaAtiva)
            contaAtiva = id;
    }
    qint64 key = 1;
    // A real plan of accounts: groups (totalizadora), revenue and expense accounts, one inactive.
    struct Cat
    {
        QString codigo, descricao;
        bool group, revenue, inactive;
    };
    for (const Cat &c :
         {Cat{u"1"_s, u"Receitas"_s, true, true, false}, Cat{u"1.01"_s, u"Receitas operacionais"_s, true, true, false},
          Cat{u"1.01.01"_s, u"Vendas de produtos"_s, false, true, false},
          Cat{u"1.01.02"_s, u"Vendas de serviços"_s, false, true, false},
          Cat{u"1.01.03"_s, u"Outras receitas"_s, false, true, false},
          Cat{u"1.01.04"_s, u"Receitas de locação (desativada)"_s, false, true, true},
          Cat{u"2"_s, u"Despesas"_s, true, false, false},
          Cat{u"2.01.01"_s, u"Compras de mercadorias"_s, false, false, false}})
        d->records(Kind::Categoria)[key++] = QJsonObject{{u"codigo"_s, c.codigo},
                                                         {u"descricao"_s, c.descricao},
                                                         {u"conta_inativa"_s, c.inactive ? u"S"_s : u"N"_s},
                                                         {u"totalizadora"_s, c.group ? u"S"_s : u"N"_s},
                                                         {u"conta_receita"_s, c.revenue ? u"S"_s : u"N"_s},
                                                         {u"conta_despesa"_s, c.revenue ? u"N"_s : u"S"_s},
                                                         {u"nao_exibir"_s, u"N"_s}};
    for (const auto &[codigo, descricao, parcelas] :
         {std::tuple{u"000"_s, u"À vista"_s, 1}, std::tuple{u"001"_s, u"30 dias"_s, 1},
          std::tuple{u"999"_s, u"Parcelamento personalizado"_s, 0}})
        d->records(Kind::FormaPagamento)[key++] =
            QJsonObject{{u"cCodigo"_s, codigo}, {u"cDescricao"_s, descricao}, {u"nQtdeParc"_s, parcelas}};
    // Etapas per operation (omie-api.md §7.5): the same code names different stages in different operations.
    struct Stage
    {
        QString operacao, codigo, descricao;
        bool inactive;
    };
    const QHash<QString, QString> operations{
        {u"01"_s, u"Venda de Serviço"_s}, {u"11"_s, u"Venda de Produto"_s}, {u"21"_s, u"Compra"_s}};
    for (const Stage &e :
         {Stage{u"01"_s, u"10"_s, u"Ordem de serviço"_s, false}, Stage{u"01"_s, u"20"_s, u"Em execução"_s, false},
          Stage{u"01"_s, u"50"_s, u"Faturar"_s, false}, Stage{u"11"_s, u"10"_s, u"Pedido de venda"_s, false},
          Stage{u"11"_s, u"20"_s, u"Separar estoque"_s, false}, Stage{u"11"_s, u"30"_s, u"Em separação"_s, false},
          Stage{u"11"_s, u"40"_s, u"Conferido"_s, true}, Stage{u"11"_s, u"50"_s, u"Faturar"_s, false},
          Stage{u"21"_s, u"10"_s, u"Pedido de compra"_s, false}, Stage{u"21"_s, u"20"_s, u"Requisição"_s, false}})
        d->records(Kind::Etapa)[key++] =
            QJsonObject{{u"cCodOperacao"_s, e.operacao},  {u"cDescOperacao"_s, operations.value(e.operacao)},
                        {u"cCodigo"_s, e.codigo},         {u"cDescricao"_s, e.descricao},
                        {u"cDescrPadrao"_s, e.descricao}, {u"cInativo"_s, e.inactive ? u"S"_s : u"N"_s}};

    for (const SampleData::Order &o : data.orders) {
        QJsonArray det;
        for (const SampleData::Line &l : o.lines) {
            QJsonObject produto{{u"codigo_produto"_s, productIds.value(l.itemIndex)},
                                {u"quantidade"_s, l.quantity},
                                {u"valor_unitario"_s, l.unitPrice}};
            if (l.discountPercent > 0) {
                produto.insert(u"tipo_desconto"_s, u"P"_s);
                produto.insert(u"percentual_desconto"_s, l.discountPercent);
            }
            det.append(QJsonObject{{u"ide"_s, QJsonObject{{u"codigo_item_integracao"_s, QString()}}},
                                   {u"produto"_s, produto}});
        }
        QJsonObject order{
            {u"cabecalho"_s, QJsonObject{{u"codigo_pedido_integracao"_s, QString()},
                                         {u"codigo_cliente"_s, clientIds.value(o.clientIndex)},
                                         {u"data_previsao"_s, o.date.toString(u"dd/MM/yyyy"_s)},
                                         {u"etapa"_s, o.stage},
                                         {u"codigo_parcela"_s, u"000"_s},
                                         {u"numero_pedido"_s, QString::number(d->nextNumber++)}}},
            {u"det"_s, det},
            {u"informacoes_adicionais"_s,
             QJsonObject{{u"codigo_categoria"_s, u"1.01.01"_s},
                         {u"codigo_conta_corrente"_s, contaAtiva},
                         {u"consumidor_final"_s, u"N"_s},
                         {u"codVend"_s, o.sellerIndex >= 0 ? sellerIds.value(o.sellerIndex) : 0}}},
            {u"infoCadastro"_s, QJsonObject{{u"faturado"_s, o.billed ? u"S"_s : u"N"_s},
                                            {u"cancelado"_s, o.cancelled ? u"S"_s : u"N"_s},
                                            {u"dFat"_s, o.billed ? o.date.toString(u"dd/MM/yyyy"_s) : QString()},
                                            {u"dCan"_s, o.cancelled ? o.date.toString(u"dd/MM/yyyy"_s) : QString()}}}};
        const qint64 id = d->insert(Kind::Order, d->computeOrder(order), u"P001309697"_s);
        dated(Kind::Order, id, o.date);
    }
    for (const SampleData::Order &o : data.serviceOrders) {
        QJsonArray lines;
        int seq = 0;
        for (const SampleData::Line &l : o.lines) {
            QJsonObject line{{u"nCodServico"_s, serviceIds.value(l.itemIndex)},
                             {u"nQtde"_s, l.quantity},
                             {u"nValUnit"_s, l.unitPrice},
                             {u"nSeqItem"_s, ++seq},
                             {u"nIdItem"_s, d->nextId++}};
            if (l.discountPercent > 0) {
                line.insert(u"cTpDesconto"_s, u"P"_s);
                line.insert(u"nAliqDesconto"_s, l.discountPercent);
            }
            lines.append(line);
        }
        QJsonObject os{
            {u"Cabecalho"_s, QJsonObject{{u"cCodIntOS"_s, QString()},
                                         {u"nCodCli"_s, clientIds.value(o.clientIndex)},
                                         {u"dDtPrevisao"_s, o.date.toString(u"dd/MM/yyyy"_s)},
                                         {u"cEtapa"_s, o.stage},
                                         {u"cCodParc"_s, u"000"_s},
                                         {u"nQtdeParc"_s, 1},
                                         {u"nCodVend"_s, o.sellerIndex >= 0 ? sellerIds.value(o.sellerIndex) : 0},
                                         {u"cNumOS"_s, QString::number(d->nextNumber++)}}},
            {u"InformacoesAdicionais"_s, QJsonObject{{u"cCodCateg"_s, u"1.01.02"_s}, {u"nCodCC"_s, contaAtiva}}},
            {u"ServicosPrestados"_s, lines},
            {u"InfoCadastro"_s,
             QJsonObject{{u"cFaturada"_s, o.billed ? u"S"_s : u"N"_s},
                         {u"cCancelada"_s, o.cancelled ? u"S"_s : u"N"_s},
                         {u"dDtFat"_s, o.billed ? o.date.toString(u"dd/MM/yyyy"_s) : QString()},
                         {u"dDtCanc"_s, o.cancelled ? o.date.toString(u"dd/MM/yyyy"_s) : QString()}}}};
        double sum = 0;
        for (const SampleData::Line &l : o.lines)
            sum += l.quantity * l.unitPrice * (1 - l.discountPercent / 100);
        setPath(os, u"Cabecalho/nValorTotal"_s, std::round(sum * 100) / 100);
        const qint64 id = d->insert(Kind::ServiceOrder, os, u"P001309697"_s);
        dated(Kind::ServiceOrder, id, o.date);
    }
    // Vendedores existed before anything they sell: stamp them at the oldest sample date.
    QDate oldest;
    for (const SampleData::Client &c : data.clients) {
        if (c.created.isValid() && (!oldest.isValid() || c.created < oldest))
            oldest = c.created;
    }
    for (const qint64 id : std::as_const(sellerIds)) {
        if (!oldest.isValid())
            break;
        QJsonObject &info = d->sellerInfo[id];
        for (const char *field : {"dInc", "dAlt"})
            info.insert(QLatin1String(field), oldest.toString(u"dd/MM/yyyy"_s));
        for (const char *field : {"hInc", "hAlt"})
            info.insert(QLatin1String(field), u"09:00:00"_s);
    }
}

QList<QJsonObject> OmieSimulator::records(Kind kind) const
{
    QList<QJsonObject> out;
    for (const auto &[id, r] : d->records(kind))
        out.append(r);
    return out;
}

std::optional<QJsonObject> OmieSimulator::record(Kind kind, qint64 id) const
{
    const auto &all = d->records(kind);
    const auto it = all.find(id);
    if (it == all.end())
        return std::nullopt;
    return it->second;
}

qint64 OmieSimulator::insert(Kind kind, QJsonObject record)
{
    if (kind == Kind::Client)
        record = d->normaliseClient(record);
    if (kind == Kind::Order) {
        record = d->computeOrder(record);
        if (str(path(record, u"cabecalho/numero_pedido"_s)).isEmpty())
            setPath(record, u"cabecalho/numero_pedido"_s, QString::number(d->nextNumber++));
        for (const QString &flag : {u"infoCadastro/faturado"_s, u"infoCadastro/cancelado"_s}) {
            if (str(path(record, flag)).isEmpty())
                setPath(record, flag, u"N"_s);
        }
    }
    if (kind == Kind::ServiceOrder) {
        if (str(path(record, u"Cabecalho/cNumOS"_s)).isEmpty())
            setPath(record, u"Cabecalho/cNumOS"_s, QString::number(d->nextNumber++));
        for (const QString &flag : {u"InfoCadastro/cFaturada"_s, u"InfoCadastro/cCancelada"_s}) {
            if (str(path(record, flag)).isEmpty())
                setPath(record, flag, u"N"_s);
        }
    }
    return d->insert(kind, record, u"P001309697"_s);
}

bool OmieSimulator::modify(Kind kind, qint64 id, const QJsonObject &patch)
{
    auto &all = d->records(kind);
    const auto it = all.find(id);
    if (it == all.end())
        return false;
    QJsonObject r = deepMerge(it->second, patch);
    if (kind == Kind::Client)
        r = d->normaliseClient(r);
    if (kind == Kind::Order)
        r = d->computeOrder(r);
    d->touch(kind, r, false, u"P001309697"_s);
    all[id] = r;
    return true;
}

bool OmieSimulator::remove(Kind kind, qint64 id)
{
    if (kind == Kind::Seller)
        d->sellerInfo.remove(id);
    return d->records(kind).erase(id) > 0;
}

int OmieSimulator::count(Kind kind) const
{
    return int(d->records(kind).size());
}

QJsonObject OmieSimulator::snapshot() const
{
    QJsonObject kinds;
    for (auto it = d->store.cbegin(); it != d->store.cend(); ++it) {
        QJsonArray list;
        for (const auto &[id, r] : it.value())
            list.append(QJsonObject{{u"id"_s, id}, {u"record"_s, r}});
        kinds.insert(QString::number(it.key()), list);
    }
    QJsonObject sellerInfo;
    for (auto it = d->sellerInfo.cbegin(); it != d->sellerInfo.cend(); ++it)
        sellerInfo.insert(QString::number(it.key()), it.value());
    return QJsonObject{
        {u"nextId"_s, d->nextId}, {u"nextNumber"_s, d->nextNumber}, {u"kinds"_s, kinds}, {u"sellerInfo"_s, sellerInfo}};
}

void OmieSimulator::restore(const QJsonObject &state)
{
    d->store.clear();
    d->sellerInfo.clear();
    const QJsonObject sellerInfo = state.value(u"sellerInfo"_s).toObject();
    for (auto it = sellerInfo.constBegin(); it != sellerInfo.constEnd(); ++it)
        d->sellerInfo.insert(it.key().toLongLong(), it.value().toObject());
    d->nextId = state.value(u"nextId"_s).toInteger(d->nextId);
    d->nextNumber = state.value(u"nextNumber"_s).toInt(d->nextNumber);
    const QJsonObject kinds = state.value(u"kinds"_s).toObject();
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        auto &all = d->store[it.key().toInt()];
        for (const QJsonValue &v : it.value().toArray())
            all[v.toObject().value(u"id"_s).toInteger()] = v.toObject().value(u"record"_s).toObject();
    }
}

} // namespace Ponte::Sim
