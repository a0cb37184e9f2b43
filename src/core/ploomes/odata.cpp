#include "odata.h"

using namespace Qt::StringLiterals;

namespace Ponte::Ploomes {

namespace OData {

QString quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"'"_s, u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

QString dateTime(const QDateTime &value)
{
    return value.toOffsetFromUtc(value.offsetFromUtc()).toString(Qt::ISODate).replace(u"Z"_s, u"+00:00"_s);
}

QString eq(const QString &field, const QString &literal)
{
    return field + u" eq "_s + quote(literal);
}

QString eq(const QString &field, qint64 number)
{
    return field + u" eq "_s + QString::number(number);
}

QString anyOf(const QString &field, const QList<qint64> &numbers)
{
    if (numbers.isEmpty())
        return u"Id eq -1"_s;
    QStringList terms;
    for (qint64 n : numbers)
        terms.append(eq(field, n));
    return u"("_s + terms.join(u" or "_s) + u")"_s;
}

QString anyOfText(const QString &field, const QStringList &texts)
{
    if (texts.isEmpty())
        return u"Id eq -1"_s;
    QStringList terms;
    for (const QString &t : texts)
        terms.append(eq(field, t));
    return u"("_s + terms.join(u" or "_s) + u")"_s;
}

QString otherPropertyEquals(qint64 fieldId, const QString &value)
{
    const QString test = value.isNull() ? QString() : u" and (o/StringValue eq "_s + quote(value) + u")"_s;
    return u"OtherProperties/any(o: o/FieldId eq %1%2)"_s.arg(fieldId).arg(test);
}

QString andAll(const QStringList &terms)
{
    QStringList nonEmpty;
    for (const QString &t : terms) {
        if (!t.isEmpty())
            nonEmpty.append(u"("_s + t + u")"_s);
    }
    return nonEmpty.join(u" and "_s);
}

} // namespace OData

QString Query::toQueryString() const
{
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        parts.append(QString::fromLatin1(key) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value, "(),/:@'")));
    };
    if (!m_filter.isEmpty())
        add("$filter", m_filter);
    if (!m_select.isEmpty())
        add("$select", m_select.join(u','));
    if (!m_expand.isEmpty())
        add("$expand", m_expand);
    if (!m_orderBy.isEmpty())
        add("$orderby", m_orderBy);
    if (m_top >= 0)
        add("$top", QString::number(m_top));
    if (m_skip >= 0)
        add("$skip", QString::number(m_skip));
    return parts.join(u'&');
}

QUrl Query::url(const QUrl &base, const QString &path) const
{
    QUrl url = base.resolved(QUrl(path));
    const QString query = toQueryString();
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace Ponte::Ploomes
