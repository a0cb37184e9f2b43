// The mapping editor by keyboard alone, as a person without a mouse (or a screen reader user) works it.
#include "mapping/fieldcatalog.h"
#include "mappingdialog.h"
#include "profile.h"
#include "store/settingsrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
/** Presses @p button in the next message box that opens; the flag says whether one did. */
std::shared_ptr<bool> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto asked = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->deleteLater();
        *asked = true;
        QTest::keyClick(box->button(button), Qt::Key_Space);
    });
    timer->start(10);
    return asked;
}

QString currentKey(const QListWidget *list)
{
    return list->currentItem() ? list->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace

class TstMappingDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Profile> m_profile;
    std::unique_ptr<SettingsRepository> m_settings;

private slots:
    void initTestCase()
    {
        auto profile = Profile::open(m_dir.path(), QProcessEnvironment());
        QVERIFY(profile.isOk());
        m_profile = profile.value();
        m_settings = std::make_unique<SettingsRepository>(m_profile->database());
        QVERIFY(FieldCatalog::cacheCustomFields(
                    *m_settings, Entity::Client,
                    QJsonArray{QJsonObject{{u"Key"_s, u"contact_SEGMENTO"_s},
                                           {u"Name"_s, u"Segmento"_s},
                                           {u"Id"_s, 101},
                                           {u"Type"_s, QJsonObject{{u"NativeType"_s, u"String"_s}, {u"Name"_s, u"Texto"_s}}}},
                               QJsonObject{{u"Key"_s, u"contact_FUNDACAO"_s},
                                           {u"Name"_s, u"Data de fundação"_s},
                                           {u"Id"_s, 102},
                                           {u"Type"_s, QJsonObject{{u"NativeType"_s, u"DateTime"_s}, {u"Name"_s, u"Data"_s}}}}})
                    .ok());
    }

    void aFieldIsMappedWithTheKeyboardAlone()
    {
        MappingDialog dialog(*m_settings, FieldCatalog::fromCache(*m_settings));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        dialog.setEntity(Entity::Client);
        auto *omieSearch = dialog.findChild<QLineEdit *>(u"omieSearchLineEdit"_s);
        auto *ploomesSearch = dialog.findChild<QLineEdit *>(u"ploomesSearchLineEdit"_s);
        auto *omieList = dialog.findChild<QListWidget *>(u"omieFieldsListWidget"_s);
        auto *ploomesList = dialog.findChild<QListWidget *>(u"ploomesFieldsListWidget"_s);
        auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
        auto *pairs = dialog.findChild<QTableWidget *>(u"pairsTableWidget"_s);

        // Alt+O goes to the Omie search; typing narrows the list, Enter enters it on the first match.
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), omieSearch);
        QTest::keyClicks(omieSearch, u"cnae"_s);
        QTest::keyClick(omieSearch, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), omieList);
        QCOMPARE(currentKey(omieList), u"cnae"_s);
        QVERIFY(dialog.isVisible()); // Enter in a list or a search box never saves and closes
        QTest::keyClick(omieList, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), ploomesSearch);

        // Only the date field matches: it cannot take a text, so Enter cannot pick it, and the dialog says why.
        QTest::keyClicks(ploomesSearch, u"funda"_s);
        QTest::keyClick(ploomesSearch, Qt::Key_Return);
        QVERIFY(currentKey(ploomesList).isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY2(message->text().startsWith(u"✗"_s), qPrintable(message->text()));
        QVERIFY(dialog.isVisible());

        // With the whole list, the arrows never stop on an incompatible field.
        ploomesSearch->setFocus();
        ploomesSearch->clear();
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), ploomesList);
        QStringList visited{currentKey(ploomesList)};
        for (int i = 0; i < ploomesList->count(); ++i) {
            QTest::keyClick(ploomesList, Qt::Key_Down);
            visited.append(currentKey(ploomesList));
        }
        QVERIFY(visited.contains(u"contact_SEGMENTO"_s));
        QVERIFY2(!visited.contains(u"contact_FUNDACAO"_s), qPrintable(visited.join(u' ')));

        // Pick "Segmento" by searching, then Enter maps the pair.
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), ploomesSearch);
        QTest::keyClicks(ploomesSearch, u"Segmento"_s);
        QTest::keyClick(ploomesSearch, Qt::Key_Return);
        QCOMPARE(currentKey(ploomesList), u"contact_SEGMENTO"_s);
        const int before = pairs->rowCount();
        QTest::keyClick(ploomesList, Qt::Key_Return);
        QCOMPARE(pairs->rowCount(), before + 1);
        const FieldPair mapped{u"cnae"_s, u"contact_SEGMENTO"_s, FlowDirection::OmieToPloomes};
        QVERIFY(dialog.model().pairs(Entity::Client).contains(mapped));
        QVERIFY(dialog.isVisible());

        // Each pair shows its direction and what happens to the value, all on screen.
        const int row = int(dialog.model().pairs(Entity::Client).indexOf(mapped));
        QCOMPARE(pairs->item(row, 2)->text(), MappingDialog::tr("Omie → Ploomes"));
        QVERIFY2(pairs->item(row, 3)->text().contains(MappingDialog::tr("cut at %n character(s)", nullptr, 250)),
                 qPrintable(pairs->item(row, 3)->text()));
        QHeaderView *header = pairs->horizontalHeader();
        QVERIFY(header->sectionViewportPosition(3) + header->sectionSize(3) <= pairs->viewport()->width() + 1);

        // Saved with Ctrl+S.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(MappingModel::load(*m_settings).pairs(Entity::Client).contains(mapped));
    }

    void aMappingWithoutTheClientsNameCannotBeSaved()
    {
        MappingDialog dialog(*m_settings, FieldCatalog::fromCache(*m_settings));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        dialog.setEntity(Entity::Client);
        auto *pairs = dialog.findChild<QTableWidget *>(u"pairsTableWidget"_s);
        const QList<FieldPair> list = dialog.model().pairs(Entity::Client);
        const auto name = std::find_if(list.cbegin(), list.cend(), [](const FieldPair &p) { return p.ploomes == u"Name"_s; });
        QVERIFY(name != list.cend());
        // Alt+A to the table, down to the Name pair, Delete removes it.
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), pairs);
        QTest::keyClick(pairs, Qt::Key_Home, Qt::ControlModifier);
        while (pairs->currentRow() < int(name - list.cbegin()))
            QTest::keyClick(pairs, Qt::Key_Down);
        QCOMPARE(pairs->currentRow(), int(name - list.cbegin()));
        QTest::keyClick(pairs, Qt::Key_Delete);
        QVERIFY(dialog.hasUnsavedChanges());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 0);
        const QString why = dialog.findChild<QLabel *>(u"messageLabel"_s)->text();
        QVERIFY2(why.contains(u"\"Name\""_s) && why.contains(u"Clients"_s), qPrintable(why));

        // Escape with unsaved changes asks first; "Cancel" keeps the dialog and the changes.
        auto asked = answerNextMessageBox(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(*asked);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.hasUnsavedChanges());
        // "Discard" closes without saving.
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        asked = answerNextMessageBox(QMessageBox::Discard);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_COMPARE(rejected.count(), 1);
        QVERIFY(MappingModel::load(*m_settings).pairs(Entity::Client).contains(*name));
    }

    void theMappingIsExportedAndImported()
    {
        const QString file = m_dir.filePath(u"mapeamento.json"_s);
        {
            MappingDialog dialog(*m_settings, FieldCatalog::fromCache(*m_settings));
            dialog.setFileChooser([file](bool) { return file; });
            dialog.findChild<QPushButton *>(u"exportPushButton"_s)->click();
            QVERIFY(QFile::exists(file));
        }
        MappingDialog dialog(*m_settings, FieldCatalog::fromCache(*m_settings));
        dialog.setEntity(Entity::Client);
        dialog.findChild<QPushButton *>(u"restoreDefaultsPushButton"_s)->click();
        dialog.setFileChooser([file](bool) { return file; });
        dialog.findChild<QPushButton *>(u"importPushButton"_s)->click();
        const FieldPair mapped{u"cnae"_s, u"contact_SEGMENTO"_s, FlowDirection::OmieToPloomes};
        QVERIFY(dialog.model().pairs(Entity::Client).contains(mapped));
    }

    void theDialogFitsA1024x600Screen()
    {
        MappingDialog dialog(*m_settings, FieldCatalog::fromCache(*m_settings));
        const QSize hint = dialog.minimumSizeHint();
        QVERIFY2(hint.width() <= 1024 && hint.height() <= 560, qPrintable(u"%1x%2"_s.arg(hint.width()).arg(hint.height())));
        dialog.resize(1000, 540);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pairs = dialog.findChild<QTableWidget *>(u"pairsTableWidget"_s);
        QHeaderView *header = pairs->horizontalHeader();
        for (int c = 0; c < pairs->columnCount(); ++c)
            QVERIFY(header->sectionViewportPosition(c) + header->sectionSize(c) <= pairs->viewport()->width() + 1);
    }
};

QTEST_MAIN(TstMappingDialog)
#include "tst_mappingdialog.moc"
