#include "export/csvwriter.h"

#include <QDate>
#include <QDateTime>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

class TstCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void excelPtBrReadsItAsATable()
    {
        CsvWriter csv({u"Registro"_s, u"Valor"_s, u"Data"_s, u"Observação"_s});
        csv.addRow({u"Padaria São João; filial"_s, 1234.5, QDate(2026, 11, 30), u"disse \"urgente\"\nsegunda linha"_s});
        csv.addRow({u"=HYPERLINK(\"x\")"_s, 42, QDate(2026, 1, 2), QString()});
        const QByteArray data = csv.data();
        // Without the BOM Excel reads UTF-8 as ANSI and the accents break.
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(data.contains("\r\n"));
        QVERIFY(data.contains("\"1234,5\"")); // decimal comma, no thousands separator
        QVERIFY(data.contains("\"30/11/2026\""));
        QVERIFY(data.contains("\";\""));

        const QList<QStringList> rows = CsvWriter::parse(data);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList{u"Registro"_s, u"Valor"_s, u"Data"_s, u"Observação"_s}));
        QCOMPARE(rows.at(1), (QStringList{u"Padaria São João; filial"_s, u"1234,5"_s, u"30/11/2026"_s,
                                          u"disse \"urgente\"\nsegunda linha"_s}));
        // A cell that looks like a formula stays text instead of being run by Excel.
        QCOMPARE(rows.at(2), (QStringList{u"'=HYPERLINK(\"x\")"_s, u"42"_s, u"02/01/2026"_s, QString()}));
        QCOMPARE(csv.rowCount(), 2);
    }

    void cellsAreFormattedForBrazil_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("decimal") << QVariant(0.25) << u"0,25"_s;
        QTest::newRow("negative") << QVariant(-3.5) << u"-3,5"_s;
        QTest::newRow("large") << QVariant(1234567.89) << u"1234567,89"_s;
        QTest::newRow("integer") << QVariant(12) << u"12"_s;
        QTest::newRow("date") << QVariant(QDate(2026, 3, 9)) << u"09/03/2026"_s;
        QTest::newRow("date-time") << QVariant(QDateTime(QDate(2026, 3, 9), QTime(8, 5, 7)))
                                   << u"09/03/2026 08:05:07"_s;
        QTest::newRow("text") << QVariant(u"Ação"_s) << u"Ação"_s;
        QTest::newRow("formula") << QVariant(u"+55 11"_s) << u"'+55 11"_s;
        QTest::newRow("empty") << QVariant() << QString();
    }

    void cellsAreFormattedForBrazil()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::formatCell(value), expected);
    }
};

QTEST_GUILESS_MAIN(TstCsvWriter)
#include "tst_csvwriter.moc"
