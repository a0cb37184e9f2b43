#include "csvwriter.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
constexpr char kSeparator = ';';
const QByteArray kBom("\xEF\xBB\xBF");
} // namespace

CsvWriter::CsvWriter(const QStringList &header) : m_data(kBom)
{
    appendLine(header);
}

void CsvWriter::addRow(const QVariantList &cells)
{
    QStringList text;
    text.reserve(cells.size());
    for (const QVariant &cell : cells)
        text << formatCell(cell);
    appendLine(text);
    ++m_rows;
}

QByteArray CsvWriter::data() const
{
    return m_data;
}

QString CsvWriter::formatCell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        QLocale brazil(QLocale::Portuguese, QLocale::Brazil);
        brazil.setNumberOptions(QLocale::OmitGroupSeparator); // "1.234,5" would be read as text
        return brazil.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    case QMetaType::QDate:
        return value.toDate().toString(u"dd/MM/yyyy"_s);
    case QMetaType::QDateTime:
        return value.toDateTime().toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s);
    case QMetaType::QString: {
        const QString text = value.toString();
        // A cell starting like a formula would be run by Excel; a leading apostrophe keeps it text.
        if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
            return u'\'' + text;
        return text;
    }
    default:
        return value.toString();
    }
}

void CsvWriter::appendLine(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells)
        quoted << u'"' + QString(cell).replace(u'"', u"\"\""_s) + u'"';
    m_data += quoted.join(QLatin1Char(kSeparator)).toUtf8();
    m_data += "\r\n";
}

QList<QStringList> CsvWriter::parse(const QByteArray &data)
{
    QString text = QString::fromUtf8(data.startsWith(kBom) ? data.mid(kBom.size()) : data);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowHasContent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(kSeparator)) {
            row << cell;
            cell.clear();
            rowHasContent = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (rowHasContent || !cell.isEmpty()) {
                row << cell;
                rows << row;
            }
            row.clear();
            cell.clear();
            rowHasContent = false;
        } else {
            cell += c;
            rowHasContent = true;
        }
    }
    if (rowHasContent || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace Ponte
