#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Ponte::Omie {

/** Omie stamps are Brasília local time without an offset: "dd/mm/aaaa" + "hh:mm:ss". */
QDateTime parseDateTime(const QString &date, const QString &time);
QDate parseDate(const QString &date);
QString formatDate(const QDate &date);
QString formatTime(const QTime &time);
/** Brasília wall time of an absolute instant. */
QDateTime toBrasilia(const QDateTime &instant);

/**
 * Base of the typed records: a view over Omie's own JSON, so that fields Ponte does not know
 * survive a read-modify-write, and setters write only what they are given. Paths use '/' for
 * nesting ("info/dAlt").
 */
class Record
{
public:
    Record() = default;
    explicit Record(QJsonObject json)
        : m_json(std::move(json))
    {
    }
    const QJsonObject &json() const { return m_json; }
    QJsonObject &json() { return m_json; }
    bool isEmpty() const { return m_json.isEmpty(); }

    QJsonValue value(const QString &path) const;
    void setValue(const QString &path, const QJsonValue &value);
    QString string(const QString &path) const;
    qint64 int64(const QString &path) const;
    double number(const QString &path) const;
    /** "S" → true; anything else → false. */
    bool flag(const QString &path) const;
    void setFlag(const QString &path, bool on) { setValue(path, on ? QStringLiteral("S") : QStringLiteral("N")); }

protected:
    QJsonObject m_json;
};

/** geral/clientes: clientes_cadastro. */
class Cliente : public Record
{
public:
    using Record::Record;
    qint64 id() const { return int64(QStringLiteral("codigo_cliente_omie")); }
    QString integrationCode() const { return string(QStringLiteral("codigo_cliente_integracao")); }
    QString razaoSocial() const { return string(QStringLiteral("razao_social")); }
    QString nomeFantasia() const { return string(QStringLiteral("nome_fantasia")); }
    QString cnpjCpf() const { return string(QStringLiteral("cnpj_cpf")); }
    bool pessoaFisica() const { return flag(QStringLiteral("pessoa_fisica")); }
    QString email() const { return string(QStringLiteral("email")); }
    QString cidadeIbge() const { return string(QStringLiteral("cidade_ibge")); }
    QString estado() const { return string(QStringLiteral("estado")); }
    QString enderecoNumero() const { return string(QStringLiteral("endereco_numero")); }
    bool inativo() const { return flag(QStringLiteral("inativo")); }
    qint64 codigoVendedor() const { return int64(QStringLiteral("recomendacoes/codigo_vendedor")); }
    QStringList tags() const;
    void setTags(const QStringList &tags);
    /** Inclusion and last alteration (Brasília time). */
    QDateTime created() const { return parseDateTime(string(QStringLiteral("info/dInc")), string(QStringLiteral("info/hInc"))); }
    QDateTime altered() const;
    /** Who altered it last ("WEBSERVICE" for API writes). */
    QString alteredBy() const { return string(QStringLiteral("info/uAlt")); }
};

/** geral/produtos: produto_servico_cadastro. */
class Produto : public Record
{
public:
    using Record::Record;
    qint64 id() const { return int64(QStringLiteral("codigo_produto")); }
    QString integrationCode() const { return string(QStringLiteral("codigo_produto_integracao")); }
    QString codigo() const { return string(QStringLiteral("codigo")); }
    QString descricao() const { return string(QStringLiteral("descricao")); }
    QString unidade() const { return string(QStringLiteral("unidade")); }
    double valorUnitario() const { return number(QStringLiteral("valor_unitario")); }
    bool inativo() const { return flag(QStringLiteral("inativo")); }
    QDateTime altered() const;
};

/** servicos/servico: a cadastro {intListar, cabecalho, descricao, impostos, info}. */
class Servico : public Record
{
public:
    using Record::Record;
    qint64 id() const;
    QString integrationCode() const;
    QString codigo() const { return string(QStringLiteral("cabecalho/cCodigo")); }
    QString descricao() const { return string(QStringLiteral("cabecalho/cDescricao")); }
    double precoUnitario() const { return number(QStringLiteral("cabecalho/nPrecoUnit")); }
    bool inativo() const { return flag(QStringLiteral("info/inativo")); }
    QDateTime altered() const;
};

/** geral/vendedores: cadastro. */
class Vendedor : public Record
{
public:
    using Record::Record;
    qint64 id() const { return int64(QStringLiteral("codigo")); }
    QString integrationCode() const { return string(QStringLiteral("codInt")); }
    QString nome() const { return string(QStringLiteral("nome")); }
    QString email() const { return string(QStringLiteral("email")); }
    bool inativo() const { return flag(QStringLiteral("inativo")); }
};

/** One det[] line of a sales order. */
struct PedidoItem
{
    qint64 codigoItem = 0;
    QString codigoItemIntegracao;
    qint64 codigoProduto = 0;
    QString descricao;
    double quantidade = 0;
    double valorUnitario = 0;
    double percentualDesconto = 0;
    double valorTotal = 0;
};

/** produtos/pedido: pedido_venda_produto. */
class Pedido : public Record
{
public:
    using Record::Record;
    qint64 id() const { return int64(QStringLiteral("cabecalho/codigo_pedido")); }
    QString integrationCode() const { return string(QStringLiteral("cabecalho/codigo_pedido_integracao")); }
    QString numero() const { return string(QStringLiteral("cabecalho/numero_pedido")); }
    qint64 codigoCliente() const { return int64(QStringLiteral("cabecalho/codigo_cliente")); }
    QDate dataPrevisao() const { return parseDate(string(QStringLiteral("cabecalho/data_previsao"))); }
    QString etapa() const { return string(QStringLiteral("cabecalho/etapa")); }
    qint64 codVend() const { return int64(QStringLiteral("informacoes_adicionais/codVend")); }
    bool faturado() const { return flag(QStringLiteral("infoCadastro/faturado")); }
    bool cancelado() const { return flag(QStringLiteral("infoCadastro/cancelado")); }
    double valorTotal() const { return number(QStringLiteral("total_pedido/valor_total_pedido")); }
    QList<PedidoItem> itens() const;
    void setItens(const QList<PedidoItem> &items);
    QDateTime created() const;
    QDateTime altered() const;
};

/** One ServicosPrestados[] line of a service order. */
struct OsItem
{
    qint64 idItem = 0;
    int sequencia = 0;
    qint64 codigoServico = 0;
    QString descricao;
    double quantidade = 0;
    double valorUnitario = 0;
    double percentualDesconto = 0;
};

/** servicos/os: osCadastro (capitalised keys). */
class OrdemServico : public Record
{
public:
    using Record::Record;
    qint64 id() const { return int64(QStringLiteral("Cabecalho/nCodOS")); }
    QString integrationCode() const { return string(QStringLiteral("Cabecalho/cCodIntOS")); }
    QString numero() const { return string(QStringLiteral("Cabecalho/cNumOS")); }
    qint64 codigoCliente() const { return int64(QStringLiteral("Cabecalho/nCodCli")); }
    QDate dataPrevisao() const { return parseDate(string(QStringLiteral("Cabecalho/dDtPrevisao"))); }
    QString etapa() const { return string(QStringLiteral("Cabecalho/cEtapa")); }
    qint64 codVend() const { return int64(QStringLiteral("Cabecalho/nCodVend")); }
    bool faturada() const { return flag(QStringLiteral("InfoCadastro/cFaturada")); }
    bool cancelada() const { return flag(QStringLiteral("InfoCadastro/cCancelada")); }
    double valorTotal() const { return number(QStringLiteral("Cabecalho/nValorTotal")); }
    QList<OsItem> servicos() const;
    void setServicos(const QList<OsItem> &items);
    QDateTime created() const;
    QDateTime altered() const;
};

struct ContaCorrente
{
    qint64 id = 0;
    QString descricao;
    bool inativa = false;
};

struct Categoria
{
    QString codigo;
    QString descricao;
    bool inativa = false;
    bool totalizadora = false; ///< a group that only sums its accounts: nothing is posted to it
    bool receita = false;      ///< conta_receita
    bool despesa = false;      ///< conta_despesa
};

struct FormaPagamento
{
    QString codigo;
    QString descricao;
    int parcelas = 1;
};

/** A billing stage of one operation (cCodOperacao): "20" in "11" is not "20" in "21". */
struct Etapa
{
    QString codigo;
    QString descricao;
    QString operacao;
    bool inativa = false;
};

} // namespace Ponte::Omie
