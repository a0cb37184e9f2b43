#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ponte::Ploomes {

/** OData literal helpers with the escaping Ploomes expects. */
namespace OData {
/** 'text' with every ' doubled: O'Brien → 'O''Brien'. */
QString quote(const QString &text);
/** ISO-8601 with an explicit offset (never "Z"-less local time): 2026-11-28T10:15:00-03:00. */
QString dateTime(const QDateTime &value);
QString eq(const QString &field, const QString &literal);
QString eq(const QString &field, qint64 number);
/** field eq a or field eq b … (empty list → a filter that matches nothing). */
QString anyOf(const QString &field, const QList<qint64> &numbers);
QString anyOfText(const QString &field, const QStringList &texts);
/**
 * A custom field test in the FieldId form Ploomes' own n8n node builds, OtherProperties/any(o: o/FieldId eq N
 * and (o/StringValue eq 'v')); any value when @p value is null. The FieldKey form answers 403 on some accounts.
 */
QString otherPropertyEquals(qint64 fieldId, const QString &value = {});
QString andAll(const QStringList &terms);
} // namespace OData

/** A query on one collection: $filter, $select, $expand, $orderby, $top, $skip. */
class Query
{
public:
    Query &filter(const QString &f)
    {
        m_filter = f;
        return *this;
    }
    Query &select(const QStringList &fields)
    {
        m_select = fields;
        return *this;
    }
    Query &expand(const QString &e)
    {
        m_expand = e;
        return *this;
    }
    Query &orderBy(const QString &o)
    {
        m_orderBy = o;
        return *this;
    }
    Query &top(int n)
    {
        m_top = n;
        return *this;
    }
    Query &skip(int n)
    {
        m_skip = n;
        return *this;
    }
    const QString &filterText() const { return m_filter; }
    int topValue() const { return m_top; }
    int skipValue() const { return m_skip; }
    const QString &orderByText() const { return m_orderBy; }

    /** Percent-encoded query string; '+' in offsets is encoded so that it is not read as a space. */
    QString toQueryString() const;
    /** @p base + @p path + "?" + query. */
    QUrl url(const QUrl &base, const QString &path) const;

private:
    QString m_filter;
    QStringList m_select;
    QString m_expand;
    QString m_orderBy;
    int m_top = -1;
    int m_skip = -1;
};

} // namespace Ponte::Ploomes
