#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Ponte {

/**
 * CSV that Excel in Brazilian Portuguese opens as a table without an import wizard: UTF-8 with a
 * byte-order mark (or accents break), `;` between fields (`,` is the decimal separator there),
 * decimal comma, dates as dd/MM/yyyy, every field quoted, CRLF line ends.
 */
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList &header);

    /** Adds a row; numbers, dates and date-times are written the way pt-BR Excel reads them. */
    void addRow(const QVariantList &cells);
    /** The whole file, BOM included. */
    QByteArray data() const;
    int rowCount() const { return m_rows; }

    /** One cell as it appears in the file, without the quotes. */
    static QString formatCell(const QVariant &value);
    /** Reads back a file written by data() (quoted fields, doubled quotes, line breaks inside quotes). */
    static QList<QStringList> parse(const QByteArray &data);

private:
    void appendLine(const QStringList &cells);

    QByteArray m_data;
    int m_rows = 0;
};

} // namespace Ponte
