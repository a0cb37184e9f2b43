#include "entities.h"
#include "i18n.h"
#include "sync/syncoptions.h"

#include <QDomDocument>
#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
struct Catalogue
{
    QSet<QString> sources;
    QStringList unfinished;
    QStringList empty;
    QString language;
};

Catalogue load(const QString &path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QDomDocument doc;
    doc.setContent(&f);
    c.language = doc.documentElement().attribute(u"language"_s);
    const QDomNodeList messages = doc.elementsByTagName(u"message"_s);
    for (int i = 0; i < messages.count(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QString context = m.parentNode().firstChildElement(u"name"_s).text();
        const QString source = m.firstChildElement(u"source"_s).text();
        const QDomElement translation = m.firstChildElement(u"translation"_s);
        const QString type = translation.attribute(u"type"_s);
        if (type == u"vanished"_s || type == u"obsolete"_s)
            continue;
        const QString key = context + u"|"_s + source;
        c.sources.insert(key);
        if (type == u"unfinished"_s)
            c.unfinished << key;
        bool hasText = !translation.text().isEmpty();
        if (!hasText) {
            const QDomNodeList forms = translation.elementsByTagName(u"numerusform"_s);
            for (int k = 0; k < forms.count(); ++k)
                hasText = hasText || !forms.at(k).toElement().text().isEmpty();
        }
        if (!hasText)
            c.empty << key;
    }
    return c;
}
} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("pt_BR") << QStringLiteral(PONTE_SOURCE_DIR "/translations/ponte_pt_BR.ts") << u"pt_BR"_s;
        QTest::newRow("en") << QStringLiteral(PONTE_SOURCE_DIR "/translations/ponte_en.ts") << u"en_US"_s;
    }

    void catalogue()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        const Catalogue c = load(file);
        QCOMPARE(c.language, language);
        QVERIFY2(c.sources.size() > 20, "catalogue looks empty: run scripts/update-translations.sh");
        QVERIFY2(c.unfinished.isEmpty(), qPrintable(u"unfinished: "_s + c.unfinished.mid(0, 10).join(u"\n"_s)));
        QVERIFY2(c.empty.isEmpty(), qPrintable(u"empty: "_s + c.empty.mid(0, 10).join(u"\n"_s)));
    }

    void bothLanguagesCoverTheSameStrings()
    {
        const Catalogue pt = load(QStringLiteral(PONTE_SOURCE_DIR "/translations/ponte_pt_BR.ts"));
        const Catalogue en = load(QStringLiteral(PONTE_SOURCE_DIR "/translations/ponte_en.ts"));
        QCOMPARE(pt.sources, en.sources);
    }

    void namesBuiltAtRunTimeAreTranslated()
    {
        // Names looked up from tables (outcomes, statuses, entities) must reach the catalogue under
        // the context they are translated with, or the history shows English words.
        QVERIFY(Ponte::installTranslators(*QCoreApplication::instance(), u"pt_BR"_s));
        QCOMPARE(Ponte::itemOutcomeDisplayName(Ponte::ItemAction::Link, Ponte::ItemOutcome::Ok), u"Associado"_s);
        QCOMPARE(Ponte::itemOutcomeDisplayName(Ponte::ItemAction::Create, Ponte::ItemOutcome::WouldCreate),
                 u"Seria criado"_s);
        QCOMPARE(Ponte::runStatusDisplayName(Ponte::RunStatus::Partial), u"Concluída com falhas"_s);
        QCOMPARE(Ponte::entityDisplayName(Ponte::Entity::Client), u"Clientes"_s);
    }

    void portugueseIsReallyPortuguese()
    {
        // Spot-check that pt-BR is a translation, not a copy of the English source.
        QFile f(QStringLiteral(PONTE_SOURCE_DIR "/translations/ponte_pt_BR.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"<translation>Pastas de dados</translation>"_s) || text.contains(u"Pasta de dados"_s));
        QVERIFY(text.contains(u"Clientes"_s));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
