#include "omierecords.h"

#include "brasiliatime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Ponte::Omie {

QDate parseDate(const QString &date)
{
    return QDate::fromString(date.trimmed(), u"dd/MM/yyyy"_s);
}

QDateTime parseDateTime(const QString &date, const QString &time)
{
    const QDate d = parseDate(date);
    if (!d.isValid())
        return {};
    QTime t = QTime::fromString(time.trimmed(), u"HH:mm:ss"_s);
    if (!t.isValid())
        t = QTime(0, 0);
    return BrasiliaTime::at(d, t);
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString formatTime(const QTime &time)
{
    return time.isValid() ? time.toString(u"HH:mm:ss"_s) : QString();
}

QDateTime toBrasilia(const QDateTime &instant)
{
    return BrasiliaTime::of(instant);
}

QJsonValue Record::value(const QString &path) const
{
    const QStringList parts = path.split(u'/');
    QJsonValue v = m_json;
    for (const QString &p : parts) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(p);
    }
    return v;
}

namespace {
void setPath(QJsonObject &object, const QStringList &parts, int index, const QJsonValue &value)
{
    if (index == parts.size() - 1) {
        object.insert(parts.at(index), value);
        return;
    }
    QJsonObject child = object.value(parts.at(index)).toObject();
    setPath(child, parts, index + 1, value);
    object.insert(parts.at(index), child);
}
} // namespace

void Record::setValue(const QString &path, const QJsonValue &value)
{
    setPath(m_json, path.split(u'/'), 0, value);
}

QString Record::string(const QString &path) const
{
    const QJsonValue v = value(path);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 0);
    return {};
}

qint64 Record::int64(const QString &path) const
{
    const QJsonValue v = value(path);
    if (v.isString())
        return v.toString().trimmed().toLongLong();
    // QJsonValue keeps integers up to 2^53 exactly; Omie ids are far below that.
    return v.toInteger();
}

double Record::number(const QString &path) const
{
    const QJsonValue v = value(path);
    if (v.isString())
        return QString(v.toString()).replace(u',', u'.').toDouble();
    return v.toDouble();
}

bool Record::flag(const QString &path) const
{
    return string(path).trimmed().compare(u"S"_s, Qt::CaseInsensitive) == 0;
}

QStringList Cliente::tags() const
{
    QStringList out;
    for (const QJsonValue &v : value(u"tags"_s).toArray()) {
        const QString tag = v.isObject() ? v.toObject().value(u"tag"_s).toString() : v.toString();
        if (!tag.isEmpty())
            out.append(tag);
    }
    return out;
}

void Cliente::setTags(const QStringList &tags)
{
    QJsonArray array;
    for (const QString &t : tags)
        array.append(QJsonObject{{u"tag"_s, t}});
    m_json.insert(u"tags"_s, array);
}

QDateTime Cliente::altered() const
{
    const QDateTime alt = parseDateTime(string(u"info/dAlt"_s), string(u"info/hAlt"_s));
    return alt.isValid() ? alt : created();
}

QDateTime Produto::altered() const
{
    const QDateTime alt = parseDateTime(string(u"info/dAlt"_s), string(u"info/hAlt"_s));
    return alt.isValid() ? alt : parseDateTime(string(u"info/dInc"_s), string(u"info/hInc"_s));
}

qint64 Servico::id() const
{
    const qint64 listed = int64(u"intListar/nCodServ"_s);
    return listed ? listed : int64(u"intEditar/nCodServ"_s);
}

QString Servico::integrationCode() const
{
    const QString listed = string(u"intListar/cCodIntServ"_s);
    return listed.isEmpty() ? string(u"intEditar/cCodIntServ"_s) : listed;
}

QDateTime Servico::altered() const
{
    const QDateTime alt = parseDateTime(string(u"info/dAlt"_s), string(u"info/hAlt"_s));
    return alt.isValid() ? alt : parseDateTime(string(u"info/dInc"_s), string(u"info/hInc"_s));
}

QList<PedidoItem> Pedido::itens() const
{
    QList<PedidoItem> out;
    for (const QJsonValue &v : value(u"det"_s).toArray()) {
        const Record line(v.toObject());
        PedidoItem i;
        i.codigoItem = line.int64(u"ide/codigo_item"_s);
        i.codigoItemIntegracao = line.string(u"ide/codigo_item_integracao"_s);
        i.codigoProduto = line.int64(u"produto/codigo_produto"_s);
        i.descricao = line.string(u"produto/descricao"_s);
        i.quantidade = line.number(u"produto/quantidade"_s);
        i.valorUnitario = line.number(u"produto/valor_unitario"_s);
        i.percentualDesconto = line.number(u"produto/percentual_desconto"_s);
        i.valorTotal = line.number(u"produto/valor_total"_s);
        out.append(i);
    }
    return out;
}

void Pedido::setItens(const QList<PedidoItem> &items)
{
    QJsonArray det;
    for (const PedidoItem &i : items) {
        QJsonObject ide{{u"codigo_item_integracao"_s, i.codigoItemIntegracao}};
        QJsonObject produto{{u"codigo_produto"_s, i.codigoProduto},
                            {u"quantidade"_s, i.quantidade},
                            {u"valor_unitario"_s, i.valorUnitario}};
        if (i.percentualDesconto > 0) {
            produto.insert(u"tipo_desconto"_s, u"P"_s);
            produto.insert(u"percentual_desconto"_s, i.percentualDesconto);
        }
        det.append(QJsonObject{{u"ide"_s, ide}, {u"produto"_s, produto}});
    }
    m_json.insert(u"det"_s, det);
}

QDateTime Pedido::created() const
{
    return parseDateTime(string(u"infoCadastro/dInc"_s), string(u"infoCadastro/hInc"_s));
}

QDateTime Pedido::altered() const
{
    const QDateTime alt = parseDateTime(string(u"infoCadastro/dAlt"_s), string(u"infoCadastro/hAlt"_s));
    return alt.isValid() ? alt : created();
}

QList<OsItem> OrdemServico::servicos() const
{
    QList<OsItem> out;
    for (const QJsonValue &v : value(u"ServicosPrestados"_s).toArray()) {
        const Record line(v.toObject());
        OsItem i;
        i.idItem = line.int64(u"nIdItem"_s);
        i.sequencia = int(line.int64(u"nSeqItem"_s));
        i.codigoServico = line.int64(u"nCodServico"_s);
        i.descricao = line.string(u"cDescServ"_s);
        i.quantidade = line.number(u"nQtde"_s);
        i.valorUnitario = line.number(u"nValUnit"_s);
        i.percentualDesconto = line.number(u"nAliqDesconto"_s);
        out.append(i);
    }
    return out;
}

void OrdemServico::setServicos(const QList<OsItem> &items)
{
    QJsonArray lines;
    int seq = 0;
    for (const OsItem &i : items) {
        QJsonObject line{{u"nCodServico"_s, i.codigoServico},
                         {u"nQtde"_s, i.quantidade},
                         {u"nValUnit"_s, i.valorUnitario},
                         {u"nSeqItem"_s, i.sequencia > 0 ? i.sequencia : ++seq}};
        if (i.percentualDesconto > 0) {
            line.insert(u"cTpDesconto"_s, u"P"_s);
            line.insert(u"nAliqDesconto"_s, i.percentualDesconto);
        }
        lines.append(line);
    }
    m_json.insert(u"ServicosPrestados"_s, lines);
}

QDateTime OrdemServico::created() const
{
    return parseDateTime(string(u"InfoCadastro/dDtInc"_s), string(u"InfoCadastro/cHrInc"_s));
}

QDateTime OrdemServico::altered() const
{
    const QDateTime alt = parseDateTime(string(u"InfoCadastro/dDtAlt"_s), string(u"InfoCadastro/cHrAlt"_s));
    return alt.isValid() ? alt : created();
}

} // namespace Ponte::Omie
