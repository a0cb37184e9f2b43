#include "sampledata.h"

#include <QSet>
#include <QtTest>

using namespace Ponte::Sim;
using namespace Qt::StringLiterals;

class TstSampleData : public QObject
{
    Q_OBJECT

private slots:
    void documentCheckDigits()
    {
        QVERIFY(isValidCnpj(u"11.222.333/0001-81"_s));
        QVERIFY(!isValidCnpj(u"11.222.333/0001-82"_s));
        QVERIFY(!isValidCnpj(u"11111111111111"_s));
        QVERIFY(isValidCpf(u"529.982.247-25"_s));
        QVERIFY(!isValidCpf(u"529.982.247-26"_s));
        QCOMPARE(cnpjFromBase(u"112223330001"_s), u"11222333000181"_s);
        QCOMPARE(formatCnpj(u"11222333000181"_s), u"11.222.333/0001-81"_s);
        QCOMPARE(formatCpf(u"52998224725"_s), u"529.982.247-25"_s);
        QCOMPARE(formatCep(u"13010000"_s), u"13010-000"_s);
    }

    void generatedDataIsValidUniqueAndDeterministic()
    {
        SampleSizes sizes;
        sizes.clients = 5000;
        sizes.products = 1000;
        sizes.services = 200;
        sizes.orders = 300;
        const SampleData a = SampleData::generate(sizes, 7);
        const SampleData b = SampleData::generate(sizes, 7);
        QCOMPARE(a.clients.size(), 5000);
        QSet<QString> documents;
        for (const auto &c : a.clients) {
            QVERIFY2(c.person ? isValidCpf(c.document) : isValidCnpj(c.document), qPrintable(c.document));
            documents.insert(c.document);
            QVERIFY(!c.city.name.isEmpty());
            QCOMPARE(QString::number(c.city.ibge).size(), 7);
            QCOMPARE(c.cep.size(), 8);
        }
        QCOMPARE(documents.size(), a.clients.size());
        for (int i = 0; i < a.clients.size(); ++i)
            QCOMPARE(a.clients.at(i).document, b.clients.at(i).document);
        QSet<QString> emails;
        for (const auto &s : a.sellers)
            emails.insert(s.email);
        QCOMPARE(emails.size(), a.sellers.size());
        for (const auto &o : a.orders) {
            QVERIFY(!o.lines.isEmpty() && o.lines.size() <= 5);
            for (const auto &l : o.lines) {
                QVERIFY(l.quantity > 0);
                QVERIFY(l.unitPrice > 0);
            }
        }
        QVERIFY(SampleData::generate(sizes, 8).clients.first().legalName != a.clients.first().legalName
                || SampleData::generate(sizes, 8).clients.at(1).legalName != a.clients.at(1).legalName);
    }

    void documentsUniqueIncludingCrmOnlyContacts()
    {
        // Past index 20410 (clients of a large demo, and every CRM-only contact, numbered from 100000) the
        // 32-bit product overflowed: undefined behaviour, and in practice negative, malformed documents.
        SampleSizes sizes;
        sizes.clients = 30000;
        sizes.ploomesOnlyContacts = 5000;
        sizes.products = 1;
        sizes.services = 1;
        sizes.orders = 0;
        const SampleData data = SampleData::generate(sizes, 11);
        QSet<QString> documents;
        for (const auto &list : {data.clients, data.ploomesOnlyContacts}) {
            for (const auto &c : list) {
                QVERIFY2(c.person ? isValidCpf(c.document) : isValidCnpj(c.document), qPrintable(c.document));
                QVERIFY2(!documents.contains(c.document), qPrintable(c.document));
                documents.insert(c.document);
            }
        }
        QCOMPARE(documents.size(), 35000);
    }

    void everyCityHasAState()
    {
        QSet<QString> ufs;
        for (const State &s : brazilianStates())
            ufs.insert(s.uf);
        QCOMPARE(ufs.size(), 27);
        for (const City &c : brazilianCities())
            QVERIFY2(ufs.contains(c.uf), qPrintable(c.name));
    }
};

QTEST_GUILESS_MAIN(TstSampleData)
#include "tst_sampledata.moc"
