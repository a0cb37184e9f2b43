// ponte-screenshot-tour: walks every screen of the desktop application in demo mode, with the
// built-in simulators, saves a PNG of the whole screen for each and checks that nothing is cut off.
// Driven by scripts/screenshots.sh under Xvfb; the screen size is the X server's.
//
// Widgets are found by object name. A screen whose widget does not exist (yet) is skipped with a note,
// so the tour keeps working while the GUI changes.

#include "aboutdialog.h"
#include "credentialsdialog.h"
#include "datafolder.h"
#include "demoenvironment.h"
#include "i18n.h"
#include "logging.h"
#include "mainwindow.h"
#include "mappingdialog.h"
#include "net/clock.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "schedule/syncscheduler.h"
#include "secrets/secretstore.h"
#include "settings.h"
#include "setupwizard.h"
#include "sync/syncengine.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QWizard>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Ponte;

namespace {

QTextStream out(stdout);

struct Row
{
    QString screen;
    int widgets = 0;
    QStringList problems;
    QString file;
};

/** Walks the screens; each shot is checked, then saved. */
class Tour
{
public:
    Tour(QString outDir, bool save) : m_outDir(std::move(outDir)), m_save(save) {}

    QSize screenSize() const { return QGuiApplication::primaryScreen()->geometry().size(); }

    /** Saves the screen as <name>-WxH.png after checking that @p top shows everything. */
    void shot(const QString &name, QWidget *top)
    {
        QApplication::processEvents();
        QTest::qWait(250); // pending layouts and paints, as before the user's next look
        Row row;
        row.screen = name;
        row.problems = cutOff(top, &row.widgets);
        if (m_save) {
            const QSize size = screenSize();
            row.file = u"%1-%2x%3.png"_s.arg(name).arg(size.width()).arg(size.height());
            const QPixmap pixmap = QGuiApplication::primaryScreen()->grabWindow(0);
            // Quality 0 is the strongest zlib level: the images are committed.
            if (!pixmap.save(QDir(m_outDir).absoluteFilePath(row.file), "PNG", 0))
                row.problems << u"could not save %1"_s.arg(row.file);
        }
        m_rows << row;
    }

    void skip(const QString &name, const QString &why)
    {
        out << "note: " << name << " skipped: " << why << Qt::endl;
        m_skipped << name;
    }

    /** Prints the table; false when something was cut off. */
    bool report()
    {
        const QSize size = screenSize();
        out << Qt::endl << "screen at " << size.width() << "x" << size.height() << Qt::endl;
        out << QString(u"%1 %2 %3"_s).arg(u"screen"_s, -26).arg(u"widgets"_s, 8).arg(u"result"_s) << Qt::endl;
        bool ok = true;
        for (const Row &row : std::as_const(m_rows)) {
            out << QString(u"%1 %2 %3"_s)
                       .arg(row.screen, -26)
                       .arg(row.widgets, 8)
                       .arg(row.problems.isEmpty() ? u"ok"_s : u"CUT"_s)
                << Qt::endl;
            for (const QString &p : row.problems)
                out << "    " << p << Qt::endl;
            ok = ok && row.problems.isEmpty();
        }
        for (const QString &name : std::as_const(m_skipped))
            out << QString(u"%1 %2 %3"_s).arg(name, -26).arg(u"-"_s, 8).arg(u"skipped"_s) << Qt::endl;
        out << (ok ? "nothing is cut off" : "SOMETHING IS CUT OFF") << Qt::endl;
        return ok;
    }

private:
    /**
     * Every visible widget of @p top, clipped by its parents, must be whole; no page-level scroll area
     * may need a scroll bar; word-wrapped labels must have the height their text needs; the window must
     * lie on the screen.
     */
    static QStringList cutOff(QWidget *top, int *count)
    {
        QStringList problems;
        const QRect screen = top->screen() ? top->screen()->geometry() : QRect();
        if (!screen.contains(top->frameGeometry()))
            problems << u"window %1 at %2,%3 %4×%5 leaves the screen"_s.arg(describe(top))
                            .arg(top->frameGeometry().x())
                            .arg(top->frameGeometry().y())
                            .arg(top->frameGeometry().width())
                            .arg(top->frameGeometry().height());
        *count = 0;
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(top) || w->isWindow() || insideItemView(w, top))
                continue;
            ++*count;
            const QRect own(w->mapTo(top, QPoint(0, 0)), w->size());
            QRect visible = own;
            for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
                visible &= QRect(p->mapTo(top, QPoint(0, 0)), p->size());
            visible &= top->rect();
            if (visible != own) {
                problems << u"%1 at %2,%3 %4×%5: only %6×%7 visible"_s.arg(describe(w))
                                .arg(own.x())
                                .arg(own.y())
                                .arg(own.width())
                                .arg(own.height())
                                .arg(visible.width())
                                .arg(visible.height());
                continue;
            }
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                if (scroll->verticalScrollBar()->isVisible() || scroll->horizontalScrollBar()->isVisible())
                    problems << u"%1 needs a scroll bar"_s.arg(describe(w));
            }
            // Buttons, spin and date boxes squeezed below their natural width cut their own text.
            if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
                if (w->sizeHint().width() > w->width() + 1)
                    problems << u"%1: its text needs %2 px of width, it has %3"_s.arg(describe(w))
                                    .arg(w->sizeHint().width())
                                    .arg(w->width());
            }
            // A date box's size hint ignores its special text ("any date"): measure what it shows, and the
            // special text it shows at its minimum even when another value is on screen now.
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
                if (const auto *edit = spin->findChild<QLineEdit *>()) {
                    QStringList texts{edit->text()};
                    if (!spin->specialValueText().isEmpty() && spin->specialValueText() != edit->text())
                        texts << spin->specialValueText();
                    for (const QString &text : std::as_const(texts)) {
                        const int needed = edit->fontMetrics().horizontalAdvance(text) + 4;
                        if (needed > edit->contentsRect().width())
                            problems << u"%1: \"%2\" needs %3 px, the box shows %4"_s.arg(describe(w), text)
                                            .arg(needed)
                                            .arg(edit->contentsRect().width());
                    }
                }
            }
            // A combo box shortens an item wider than itself: each of its items must fit, not only the current.
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                if (const QString longest = longestItem(combo); !longest.isEmpty()) {
                    const int needed = comboWidthFor(combo, longest);
                    if (needed > combo->width() + 1)
                        problems << u"%1: item \"%2\" needs %3 px, the box has %4"_s.arg(describe(w), longest)
                                        .arg(needed)
                                        .arg(combo->width());
                }
            }
            // A list item shortened with "…" that no scroll bar can reveal.
            if (auto *list = qobject_cast<QListView *>(w); list && !list->horizontalScrollBar()->isVisible()) {
                const QAbstractItemModel *model = list->model();
                for (int row = 0; model && row < model->rowCount(); ++row) {
                    // Asked of the delegate: with uniform item sizes the view reports the first item's for all.
                    const QModelIndex index = model->index(row, 0);
                    QStyleOptionViewItem option;
                    option.initFrom(list->viewport());
                    option.font = list->font();
                    option.decorationSize = list->iconSize();
                    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
                    option.decorationPosition = QStyleOptionViewItem::Left;
                    const int needed =
                        list->itemDelegateForIndex(index)->sizeHint(option, index).width() + 2 * list->spacing();
                    if (needed > list->viewport()->width())
                        problems << u"%1: item \"%2\" is shortened (needs about %3 px, has %4)"_s.arg(describe(w))
                                        .arg(index.data().toString())
                                        .arg(needed)
                                        .arg(list->viewport()->width());
                }
            }
            if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
                const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : -1;
                if (needed > label->height() + 1)
                    problems << u"%1: its text needs %2 px of height, it has %3"_s.arg(describe(w))
                                    .arg(needed)
                                    .arg(label->height());
                else if (!label->wordWrap() && label->minimumSizeHint().width() > label->width() + 1)
                    problems << u"%1: its text needs %2 px of width, it has %3"_s.arg(describe(w))
                                    .arg(label->minimumSizeHint().width())
                                    .arg(label->width());
            }
        }
        return problems;
    }

    static QString longestItem(const QComboBox *combo)
    {
        QString longest;
        int widest = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (const int width = combo->fontMetrics().horizontalAdvance(combo->itemText(i)); width > widest) {
                widest = width;
                longest = combo->itemText(i);
            }
        }
        return longest;
    }

    /** The width QComboBox itself asks for to show @p text whole (as its AdjustToContents size hint). */
    static int comboWidthFor(const QComboBox *combo, const QString &text)
    {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        option.iconSize = combo->iconSize();
        option.currentText = text;
        int contents = combo->fontMetrics().horizontalAdvance(text);
        bool icons = false;
        for (int i = 0; i < combo->count() && !icons; ++i)
            icons = !combo->itemIcon(i).isNull();
        if (icons)
            contents += combo->iconSize().width() + 4;
        const QSize size(contents, combo->fontMetrics().height());
        return combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, size, combo).width();
    }

    /** The contents of lists, tables and text boxes scroll inside them by design. */
    static bool insideItemView(const QWidget *w, const QWidget *top)
    {
        for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
            if (qobject_cast<const QAbstractScrollArea *>(p) && !qobject_cast<const QScrollArea *>(p))
                return true;
        }
        return false;
    }

    static QString describe(const QWidget *w)
    {
        const QString name = w->objectName().isEmpty() ? u"(unnamed)"_s : w->objectName();
        return u"%1 (%2)"_s.arg(name, QString::fromLatin1(w->metaObject()->className()));
    }

    QString m_outDir;
    bool m_save;
    QList<Row> m_rows;
    QStringList m_skipped;
};

/** QTest::qWaitFor, whose answer a screen that is merely late may ignore: its shot shows what there is. */
template <typename Predicate> bool waitUntil(Predicate predicate, int timeoutMs)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

template <typename T> T *find(QObject *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

/** Runs @p act on the next modal window that opens (message boxes and exec() dialogs run their own loop). */
void onNextModal(const std::function<bool(QWidget *)> &act)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        timer->stop(); // act() runs an event loop of its own: no second call meanwhile
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible() && act(modal))
            timer->deleteLater();
        else
            timer->start();
    });
    timer->start(50);
}

/** A business-hours instant near now (the warning before a manual sync needs one). */
qint64 businessHoursNow(const Settings &settings)
{
    const ScheduleConfig config = ScheduleConfig::fromSettings(settings);
    QDateTime at(QDate::currentDate(), QTime(13, 0), Qt::UTC); // 10:00 in Brasília
    for (int day = 0; day < 14 && !config.businessHours.isBusinessTime(at); ++day)
        at = at.addDays(-1);
    return at.toMSecsSinceEpoch();
}

void click(QAbstractButton *button)
{
    if (button && button->isEnabled())
        QTest::mouseClick(button, Qt::LeftButton);
}

/** "webhookSettings" → "webhook-settings", for file names. */
QString dashedName(const QString &name)
{
    QString dashed;
    for (const QChar c : name)
        dashed += c.isUpper() ? u'-' + QString(c.toLower()) : QString(c);
    return dashed;
}

/** The list page names, for the files: the page's object name without "Page" (a new page gets shot too). */
QString pageShotName(const QWidget *page)
{
    QString name = page->objectName();
    if (name.endsWith(u"Page"_s))
        name.chop(4);
    if (name == u"dashboard"_s)
        return u"overview"_s;
    const QString dashed = dashedName(name);
    return dashed.isEmpty() ? u"page"_s : dashed;
}

/**
 * A client typed into the CRM with a CNPJ that cannot be right, as happens: the demo sync then leaves
 * one record in the quarantine, which the quarantine page and the history have to show.
 */
void addMistypedContact(Sim::DemoEnvironment &simulators)
{
    Sim::PloomesSimulator *ploomes = simulators.ploomes();
    QMetaObject::invokeMethod(
        ploomes,
        [ploomes] {
            for (QJsonObject contact : ploomes->records(u"Contacts"_s)) {
                if (contact.value(u"CNPJ"_s).toString().isEmpty())
                    continue;
                for (const QString &key : {u"Id"_s, u"CreateDate"_s, u"LastUpdateDate"_s, u"OtherProperties"_s})
                    contact.remove(key);
                contact.insert(u"Name"_s, u"Padaria Pão Quente"_s);
                contact.insert(u"LegalName"_s, u"Padaria Pão Quente Ltda"_s);
                contact.insert(u"CNPJ"_s, u"11.111.111/1111-11"_s);
                contact.insert(u"Email"_s, u"contato@padariapaoquente.com.br"_s);
                ploomes->insert(u"Contacts"_s, contact);
                return;
            }
        },
        Qt::BlockingQueuedConnection);
}

void walkWizard(Tour &tour, MainWindow &window, const Credentials &keys)
{
    window.runSetupWizard();
    auto *wizard = window.findChild<SetupWizard *>();
    if (!wizard) {
        tour.skip(u"wizard-*"_s, u"no SetupWizard opened"_s);
        return;
    }
    auto next = [wizard] { click(wizard->button(QWizard::NextButton)); };
    auto testKeys = [&](const QString &button, const QString &result) {
        auto *test = find<QPushButton>(wizard, button);
        auto *label = find<QLabel>(wizard, result);
        if (!test || !label)
            return;
        click(test);
        waitUntil([test] { return test->isEnabled(); }, 30'000);
    };
    tour.shot(u"wizard-welcome"_s, wizard);
    next();
    const QList<std::pair<QString, QString>> omieKeys{{u"wizardOmieAppKeyLineEdit"_s, keys.omieAppKey},
                                                      {u"wizardOmieAppSecretLineEdit"_s, keys.omieAppSecret}};
    for (const auto &[name, value] : omieKeys) {
        if (auto *edit = find<QLineEdit>(wizard, name))
            edit->setText(value);
    }
    testKeys(u"wizardTestOmiePushButton"_s, u"wizardOmieResultLabel"_s);
    tour.shot(u"wizard-omie"_s, wizard);
    next();
    if (auto *edit = find<QLineEdit>(wizard, u"wizardPloomesUserKeyLineEdit"_s))
        edit->setText(keys.ploomesUserKey);
    testKeys(u"wizardTestPloomesPushButton"_s, u"wizardPloomesResultLabel"_s);
    tour.shot(u"wizard-ploomes"_s, wizard);
    next();
    if (auto *box = find<QComboBox>(wizard, u"wizardContaCorrenteComboBox"_s))
        waitUntil([box] { return box->count() > 0; }, 30'000);
    tour.shot(u"wizard-order-defaults"_s, wizard);
    next();
    if (auto *backfill = find<QAbstractButton>(wizard, u"wizardBackfillOmieCheckBox"_s))
        backfill->setChecked(true); // the date it enables is the point of the page
    tour.shot(u"wizard-options"_s, wizard);
    next();
    tour.shot(u"wizard-schedule"_s, wizard);
    // Pages added later come before the summary; walk them too.
    for (int guard = 0; guard < 8 && wizard->currentId() != SetupWizard::SummaryPage; ++guard) {
        const int before = wizard->currentId();
        next();
        if (wizard->currentId() == before)
            break;
        if (wizard->currentId() != SetupWizard::SummaryPage)
            tour.shot(u"wizard-page-%1"_s.arg(wizard->currentId()), wizard);
    }
    tour.shot(u"wizard-summary"_s, wizard);
    wizard->reject(); // nothing is saved: the tour's demo keeps its own settings
    waitUntil([&window] { return !window.findChild<SetupWizard *>(); }, 5000);
}

void walkSync(Tour &tour, MainWindow &window)
{
    auto *syncNow = find<QPushButton>(&window, u"syncNowPushButton"_s);
    if (!syncNow) {
        tour.skip(u"business-hours-warning"_s, u"no syncNowPushButton"_s);
        return;
    }
    bool warned = false;
    onNextModal([&tour, &warned](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        tour.shot(u"business-hours-warning"_s, box);
        warned = true;
        click(box->button(QMessageBox::Yes));
        return true;
    });
    bool finished = false;
    QObject::connect(window.controller(), &SyncController::finished, &window, [&finished] { finished = true; });
    click(syncNow);
    if (!waitUntil([&warned] { return warned; }, 10'000))
        tour.skip(u"business-hours-warning"_s, u"no warning before a manual sync"_s);
    auto *progress = find<QWidget>(&window, u"syncProgressBar"_s);
    if (progress && waitUntil([&window] { return window.controller()->isRunning(); }, 5000)) {
        QTest::qWait(1500);
        if (!finished)
            tour.shot(u"overview-running"_s, &window);
    }
    if (!waitUntil([&finished] { return finished; }, 600'000))
        tour.skip(u"history"_s, u"the demo sync did not finish in 10 minutes"_s);
}

/** Clicks each tab after the first (which the page's own shot shows), then goes back to the first. */
void walkTabs(Tour &tour, MainWindow &window, QTabWidget *tabs, const QString &pageName)
{
    QTabBar *bar = tabs->tabBar();
    for (int tab = 1; tab < tabs->count(); ++tab) {
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        QString name = tabs->widget(tab)->objectName();
        if (name.endsWith(u"Tab"_s))
            name.chop(3);
        const QString dashed = dashedName(name);
        tour.shot(pageName + u'-' + (dashed.isEmpty() ? QString::number(tab) : dashed), &window);
    }
    if (tabs->count() > 1)
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
}

void walkPages(Tour &tour, MainWindow &window)
{
    auto *list = find<QListWidget>(&window, u"pageListWidget"_s);
    auto *stack = find<QStackedWidget>(&window, u"pagesStackedWidget"_s);
    if (!list || !stack) {
        tour.skip(u"pages"_s, u"no pageListWidget / pagesStackedWidget"_s);
        return;
    }
    for (int row = 0; row < list->count() && row < stack->count(); ++row) {
        // The user's way: a click on the page's name.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
        QWidget *page = stack->currentWidget();
        if (page->objectName() == u"quarantinePage"_s) {
            if (auto *table = find<QAbstractItemView>(page, u"quarantineTableWidget"_s); table && table->model())
                if (table->model()->rowCount() > 0)
                    table->selectionModel()->select(table->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        tour.shot(pageShotName(page), &window);
        // A page in tabs: each tab is a screen of its own, named after the tab ("settings-deletions").
        for (auto *tabs : page->findChildren<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly))
            walkTabs(tour, window, tabs, pageShotName(page));
        if (auto *tabs = qobject_cast<QTabWidget *>(page))
            walkTabs(tour, window, tabs, pageShotName(page));
    }
}

void walkDialogs(
    Tour &tour, MainWindow &window, Profile &profile, const QProcessEnvironment &env, const Credentials &keys)
{
    window.editMapping();
    if (auto *mapping = window.findChild<MappingDialog *>()) {
        if (auto *omie = find<QListWidget>(mapping, u"omieFieldsListWidget"_s); omie && omie->count() > 0)
            omie->setCurrentRow(0); // the Ploomes fields it cannot fill turn grey
        tour.shot(u"mapping-editor"_s, mapping);
        mapping->reject();
    } else {
        tour.skip(u"mapping-editor"_s, u"no MappingDialog"_s);
    }

    window.editCredentials();
    if (auto *credentials = window.findChild<CredentialsDialog *>()) {
        tour.shot(u"credentials-demo"_s, credentials);
        credentials->reject();
    }

    // The connection test and its pre-flight need keys that are not the demonstration's: the demo's
    // dialog disables the test. The same simulators answer, as the real services would.
    MemorySecretStore store;
    CredentialsDialog dialog(profile.settings(), &store, env, &window);
    dialog.show();
    const QList<std::pair<QString, QString>> fields{{u"omieAppKeyLineEdit"_s, keys.omieAppKey},
                                                    {u"omieAppSecretLineEdit"_s, keys.omieAppSecret},
                                                    {u"ploomesUserKeyLineEdit"_s, keys.ploomesUserKey}};
    for (const auto &[name, value] : fields) {
        if (auto *edit = find<QLineEdit>(&dialog, name))
            edit->setText(value);
    }
    tour.shot(u"credentials"_s, &dialog);
    bool tested = false;
    QObject::connect(&dialog, &CredentialsDialog::tested, &dialog, [&tested] { tested = true; });
    click(find<QPushButton>(&dialog, u"testConnectionPushButton"_s));
    if (waitUntil([&tested] { return tested; }, 60'000)) {
        tour.shot(u"credentials-tested"_s, &dialog);
        bool shown = false;
        onNextModal([&tour, &shown](QWidget *modal) {
            if (modal->objectName() != u"preflightReportDialog"_s)
                return false;
            tour.shot(u"preflight-report"_s, modal);
            shown = true;
            qobject_cast<QDialog *>(modal)->reject();
            return true;
        });
        click(find<QPushButton>(&dialog, u"preflightReportPushButton"_s));
        if (!shown)
            tour.skip(u"preflight-report"_s, u"no preflightReportDialog"_s);
    } else {
        tour.skip(u"credentials-tested"_s, u"the connection test did not answer"_s);
    }
    dialog.reject();

    window.showAbout();
    if (auto *about = window.findChild<AboutDialog *>()) {
        tour.shot(u"about"_s, about);
        about->reject();
    }
    window.showHelp();
    if (auto *help = window.findChild<QDialog *>(u"helpDialog"_s)) {
        tour.shot(u"help"_s, help);
        help->reject();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Ponte"_s);
    QApplication::setApplicationName(u"Ponte"_s);
    QApplication::setApplicationVersion(QStringLiteral(PONTE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Walks every screen of Ponte in demo mode, saves screenshots and checks that "
                                     "nothing is cut off."_s);
    parser.addHelpOption();
    const QCommandLineOption outOption(u"out"_s, u"Folder for the PNG files."_s, u"folder"_s);
    const QCommandLineOption langOption(u"lang"_s, u"pt_BR (default) or en."_s, u"language"_s, u"pt_BR"_s);
    const QCommandLineOption checkOption(u"check-only"_s, u"Check the screens without saving images."_s);
    parser.addOptions({outOption, langOption, checkOption});
    parser.process(app);
    const bool save = !parser.isSet(checkOption);
    if (save && !parser.isSet(outOption)) {
        std::fputs("ponte-screenshot-tour: --out FOLDER or --check-only is required\n", stderr);
        return 2;
    }
    installTranslators(app, parser.value(langOption));

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(u"demo"_s);
    if (Status s = DataFolder::ensure(dataDir); !s) {
        std::fprintf(stderr, "ponte-screenshot-tour: %s\n", qPrintable(s.message()));
        return 2;
    }
    Logging::install(DataFolder::logDir(dataDir));
    Sim::DemoEnvironment simulators(dataDir + u"/demo-simulators.json"_s);
    if (Status s = simulators.start(); !s) {
        std::fprintf(stderr, "ponte-screenshot-tour: %s\n", qPrintable(s.message()));
        return 2;
    }
    const QProcessEnvironment env = simulators.applyTo(QProcessEnvironment::systemEnvironment());
    auto profile = Profile::open(dataDir, env);
    if (!profile) {
        std::fprintf(stderr, "ponte-screenshot-tour: %s\n", qPrintable(profile.message()));
        return 2;
    }
    // The order defaults an administrator picks in the assistant, as the demo app does.
    if (Status s = profile.value()->settings().fillEmpty(simulators.orderDefaults()); !s) {
        std::fprintf(stderr, "ponte-screenshot-tour: %s\n", qPrintable(s.message()));
        return 2;
    }
    const Credentials keys = simulators.credentials();

    ManualClock clock(businessHoursNow(profile.value()->settings()));
    MemorySecretStore secrets;
    MainWindow window(profile.value(), &secrets, env, keys, &clock);
    window.setUrlOpener([](const QUrl &) { return true; });
    window.setGeometry(QGuiApplication::primaryScreen()->geometry()); // maximised, without a window manager
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fputs("ponte-screenshot-tour: the window was not shown (is there a display?)\n", stderr);
        return 2;
    }

    addMistypedContact(simulators);
    Tour tour(parser.value(outOption), save);
    walkWizard(tour, window, keys);
    walkSync(tour, window);
    walkPages(tour, window);
    walkDialogs(tour, window, *profile.value(), env, keys);
    const bool ok = tour.report();
    window.close();
    return ok ? 0 : 1;
}
