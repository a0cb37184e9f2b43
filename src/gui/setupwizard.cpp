#include "setupwizard.h"

#include "brasiliatext.h"
#include "credentialsdialog.h"
#include "fitwidth.h"
#include "plainreasons.h"
#include "schedule/syncscheduler.h"
#include "settings.h"
#include "sync/connectioncheck.h"
#include "sync/orderdefaults.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

/** A page whose key fields must be filled in before "Next". */
class KeysPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    return label;
}

QLineEdit *keyEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(SetupWizard::tr("paste the key here"));
    // A key copied from a web page often brings a space or a line break along.
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
        const QString clean = CredentialsDialog::cleanKey(text);
        if (clean != text)
            edit->setText(clean);
    });
    return edit;
}

QString resultText(const ApiError &e)
{
    return e.isError() ? u"✗ "_s + e.userMessage() : u"✓ "_s + SetupWizard::tr("Connected: the keys were accepted.");
}

} // namespace

SetupWizard::SetupWizard(Settings &settings, SecretStore *secrets, QProcessEnvironment environment, QWidget *parent)
    : QWizard(parent), m_settings(settings), m_secrets(secrets), m_environment(std::move(environment))
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up Ponte"));
    setWizardStyle(QWizard::ClassicStyle); // the same look on every desktop, and it fits 1024×600
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePage, makeWelcomePage());
    setPage(OmiePage, makeOmiePage());
    setPage(PloomesPage, makePloomesPage());
    setPage(OrderDefaultsPage, makeOrderDefaultsPage());
    setPage(OptionsPage, makeOptionsPage());
    setPage(SchedulePage, makeSchedulePage());
    setPage(SummaryPage, makeSummaryPage());
    setStartId(WelcomePage);
    FitWidth::specialValueTexts(this);
    resize(680, 500);
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::demoChosen() const
{
    return m_demoRadio->isChecked();
}

bool SetupWizard::previewChosen() const
{
    return !demoChosen() && m_preview->isChecked();
}

int SetupWizard::nextId() const
{
    if (currentId() == WelcomePage && demoChosen())
        return -1; // the demonstration needs nothing more
    return QWizard::nextId();
}

QMap<QString, std::pair<QString, QString>> SetupWizard::orderDefaults() const
{
    QMap<QString, std::pair<QString, QString>> chosen;
    for (const auto &[box, key] : m_orderBoxes) {
        if (box->currentIndex() >= 0)
            chosen.insert(key, {box->currentData().toString(), box->currentText()});
    }
    return chosen;
}

QWizardPage *SetupWizard::makeWelcomePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Welcome to Ponte"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(
        tr("Ponte keeps your company's Omie (ERP) and Ploomes (CRM) in step: clients, products and orders go from one "
           "to the other without typing them twice. It needs a key of each service, which this assistant helps you "
           "find, and a few choices. Nothing is saved until you click Finish."),
        page));
    m_setUpRadio = new QRadioButton(tr("Set up my Omie and Ploomes accounts"), page);
    m_setUpRadio->setObjectName(u"setUpRadioButton"_s);
    m_setUpRadio->setChecked(true);
    m_demoRadio = new QRadioButton(tr("Try the demonstration first (simulated services, no keys needed)"), page);
    m_demoRadio->setObjectName(u"demoRadioButton"_s);
    layout->addWidget(m_setUpRadio);
    layout->addWidget(m_demoRadio);
    layout->addStretch();
    // The demonstration needs nothing more: the first page becomes the last.
    connect(m_demoRadio, &QRadioButton::toggled, page, &QWizardPage::setFinalPage);
    return page;
}

QWizardPage *SetupWizard::makeOmiePage()
{
    auto *page = new KeysPage(this);
    page->setTitle(tr("Omie keys"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(
        tr("In Omie, open <a href=\"https://developer.omie.com.br/my-apps/\">developer.omie.com.br/my-apps</a>, choose "
           "your company's application and copy its App Key and App Secret here."),
        page));
    auto *form = new QFormLayout;
    m_appKey = keyEdit(u"wizardOmieAppKeyLineEdit"_s, page);
    m_appSecret = keyEdit(u"wizardOmieAppSecretLineEdit"_s, page);
    form->addRow(tr("App Key:"), m_appKey);
    form->addRow(tr("App Secret:"), m_appSecret);
    layout->addLayout(form);
    m_testOmie = new QPushButton(tr("Test connection"), page);
    m_testOmie->setObjectName(u"wizardTestOmiePushButton"_s);
    m_testOmie->setAutoDefault(false);
    m_omieResult = wrappedLabel(QString(), page);
    m_omieResult->setObjectName(u"wizardOmieResultLabel"_s);
    m_omieResult->setTextFormat(Qt::PlainText);
    layout->addWidget(m_testOmie, 0, Qt::AlignLeft);
    layout->addWidget(m_omieResult);
    layout->addStretch();
    page->registerField(u"omieAppKey*"_s, m_appKey);
    page->registerField(u"omieAppSecret*"_s, m_appSecret);
    connect(m_testOmie, &QPushButton::clicked, this, [this] { testConnection(true); });
    return page;
}

QWizardPage *SetupWizard::makePloomesPage()
{
    auto *page = new KeysPage(this);
    page->setTitle(tr("Ploomes key"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(HelpTexts::ploomesUserKeyWhere() + u' ' + tr("Paste it here."), page));
    auto *form = new QFormLayout;
    m_userKey = keyEdit(u"wizardPloomesUserKeyLineEdit"_s, page);
    form->addRow(tr("User-Key:"), m_userKey);
    layout->addLayout(form);
    m_testPloomes = new QPushButton(tr("Test connection"), page);
    m_testPloomes->setObjectName(u"wizardTestPloomesPushButton"_s);
    m_testPloomes->setAutoDefault(false);
    m_ploomesResult = wrappedLabel(QString(), page);
    m_ploomesResult->setObjectName(u"wizardPloomesResultLabel"_s);
    m_ploomesResult->setTextFormat(Qt::PlainText);
    layout->addWidget(m_testPloomes, 0, Qt::AlignLeft);
    layout->addWidget(m_ploomesResult);
    layout->addStretch();
    page->registerField(u"ploomesUserKey*"_s, m_userKey);
    connect(m_testPloomes, &QPushButton::clicked, this, [this] { testConnection(false); });
    return page;
}

QWizardPage *SetupWizard::makeOrderDefaultsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Orders sent to Omie"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("An order that comes from Ploomes needs a conta corrente, a categoria, a parcela "
                                      "and an etapa in Omie. Pick them from your Omie's own lists."),
                                   page));
    auto *form = new QFormLayout;
    const QList<std::pair<QString, QString>> boxes{{tr("Conta corrente:"), SettingKey::OrderContaCorrente},
                                                   {tr("Categoria:"), SettingKey::OrderCategoria},
                                                   {tr("Parcela:"), SettingKey::OrderParcela},
                                                   {tr("Etapa:"), SettingKey::OrderEtapa}};
    const QStringList names{u"wizardContaCorrenteComboBox"_s, u"wizardCategoriaComboBox"_s, u"wizardParcelaComboBox"_s,
                            u"wizardEtapaComboBox"_s};
    for (int i = 0; i < boxes.size(); ++i) {
        auto *box = new QComboBox(page);
        box->setObjectName(names.at(i));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        form->addRow(boxes.at(i).first, box);
        // The summary names each choice by it, and screen readers read it.
        box->setAccessibleName(QString(boxes.at(i).first).remove(u':'));
        m_orderBoxes.append({box, boxes.at(i).second});
    }
    layout->addLayout(form);
    m_orderDefaultsStatus = wrappedLabel(QString(), page);
    m_orderDefaultsStatus->setObjectName(u"wizardOrderDefaultsStatusLabel"_s);
    m_orderDefaultsStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_orderDefaultsStatus);
    layout->addStretch();
    return page;
}

QWizardPage *SetupWizard::makeOptionsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Older orders and conflicts"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("Clients and products are always brought over. Orders made before today are "
                                      "brought only if you ask, from the date you choose: a long history takes "
                                      "longer the first time."),
                                   page));
    auto addBackfill = [&](QCheckBox *&box, QDateEdit *&date, const QString &text, const QString &name) {
        auto *row = new QHBoxLayout;
        box = new QCheckBox(text, page);
        box->setObjectName(name + u"CheckBox"_s);
        date = new QDateEdit(QDate::currentDate().addYears(-1), page);
        date->setObjectName(name + u"DateEdit"_s);
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"dd/MM/yyyy"_s);
        date->setEnabled(false);
        connect(box, &QCheckBox::toggled, date, &QDateEdit::setEnabled);
        row->addWidget(box);
        row->addWidget(date);
        row->addStretch();
        layout->addLayout(row);
    };
    addBackfill(m_backfillOmie, m_backfillOmieSince, tr("Bring Omie orders into Ploomes from"),
                u"wizardBackfillOmie"_s);
    addBackfill(m_backfillPloomes, m_backfillPloomesSince, tr("Send Ploomes orders to Omie from"),
                u"wizardBackfillPloomes"_s);
    layout->addWidget(wrappedLabel(tr("When a record was changed on both sides since the last sync:"), page));
    m_conflictPolicy = new QComboBox(page);
    m_conflictPolicy->setObjectName(u"wizardConflictPolicyComboBox"_s);
    fillConflictPolicies(m_conflictPolicy);
    m_conflictPolicy->setCurrentIndex(
        std::max(0, m_conflictPolicy->findData(m_settings.stringValue(SettingKey::ConflictPolicy))));
    layout->addWidget(m_conflictPolicy, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void SetupWizard::fillConflictPolicies(QComboBox *box)
{
    box->addItem(tr("Omie's version wins"), u"omie-wins"_s);
    box->addItem(tr("Ploomes' version wins"), u"ploomes-wins"_s);
    box->addItem(tr("The newest change wins"), u"newest-wins"_s);
}

QWizardPage *SetupWizard::makeSchedulePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("When to sync"));
    auto *layout = new QVBoxLayout(page);
    const ScheduleConfig config = ScheduleConfig::fromSettings(m_settings);
    const QTime offHours = SyncScheduler::suggestOffHoursTime(config.businessHours);
    layout->addWidget(wrappedLabel(
        tr("Omie and Ploomes limit how many requests each company makes, and during business hours other tools use "
           "them too. Ponte then takes only a small share and brings changes every few minutes; the heavy sync is "
           "best done once a day after hours, while Ponte is open."),
        page));
    m_schedule = new QCheckBox(tr("Run the heavy sync every day at %1, %2 (after business hours)")
                                   .arg(offHours.toString(u"HH:mm"_s), BrasiliaText::zoneName()),
                               page);
    m_schedule->setObjectName(u"wizardScheduleCheckBox"_s);
    m_schedule->setChecked(true);
    layout->addWidget(m_schedule);
    layout->addStretch();
    return page;
}

QWizardPage *SetupWizard::makeSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Summary"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_summary = wrappedLabel(QString(), page);
    m_summary->setObjectName(u"wizardSummaryLabel"_s);
    layout->addWidget(m_summary);
    m_preview = new QCheckBox(tr("Preview the first sync (it shows what would change and writes nothing)"), page);
    m_preview->setObjectName(u"wizardPreviewCheckBox"_s);
    m_preview->setChecked(true);
    layout->addWidget(m_preview);
    layout->addStretch();
    return page;
}

Credentials SetupWizard::credentials() const
{
    return {m_appKey->text(), m_appSecret->text(), m_userKey->text()};
}

void SetupWizard::testConnection(bool forOmie)
{
    QPushButton *button = forOmie ? m_testOmie : m_testPloomes;
    QLabel *result = forOmie ? m_omieResult : m_ploomesResult;
    button->setEnabled(false);
    // Omie refuses a request repeated within a minute, so a second test can wait that long: say so.
    result->setText(tr("Connecting… (a second test within a minute can take up to a minute: Omie refuses the same "
                       "request repeated sooner)"));
    // One check proves both services; this page shows the answer of its own.
    auto *check = new ConnectionCheck(m_settings, credentials(), this);
    connect(check, &ConnectionCheck::finished, this,
            [button, result, check, forOmie](const ApiError &omie, const ApiError &ploomes) {
                result->setText(resultText(forOmie ? omie : ploomes));
                button->setEnabled(true);
                check->deleteLater();
            });
    check->start();
}

void SetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == OrderDefaultsPage)
        loadOrderDefaults();
    else if (id == SummaryPage)
        m_summary->setText(summary());
}

void SetupWizard::loadOrderDefaults()
{
    m_orderDefaultsStatus->setText(tr("Reading the lists from Omie…"));
    auto *loader = new OrderDefaultsLoader(m_settings, credentials(), this);
    connect(loader, &OrderDefaultsLoader::loaded, this,
            [this, loader](const OmieOrderChoices &choices, const ApiError &error) {
                loader->deleteLater();
                const QList<QList<OmieChoice>> lists{choices.contasCorrentes, choices.categorias, choices.parcelas,
                                                     choices.etapas};
                for (int i = 0; i < m_orderBoxes.size(); ++i) {
                    QComboBox *box = m_orderBoxes.at(i).first;
                    box->clear();
                    for (const OmieChoice &choice : lists.at(i))
                        box->addItem(choice.label, choice.code);
                    const int stored = box->findData(m_settings.stringValue(m_orderBoxes.at(i).second));
                    box->setCurrentIndex(stored >= 0 ? stored : (box->count() > 0 ? 0 : -1));
                }
                m_orderDefaultsStatus->setText(error.isError() ? error.userMessage()
                                                               : tr("Check the choices; they can be changed later in "
                                                                    "Schedule and options."));
            });
    loader->start();
}

QString SetupWizard::summary() const
{
    QStringList lines;
    lines << tr("The keys are saved in the system keychain only.");
    for (const auto &[box, key] : m_orderBoxes) {
        if (box->currentIndex() >= 0)
            lines << tr("Orders sent to Omie, %1: %2").arg(box->accessibleName(), box->currentText());
    }
    auto backfill = [](const QCheckBox *box, const QDateEdit *date) {
        return box->isChecked() ? QLocale().toString(date->date(), QLocale::ShortFormat) : tr("no");
    };
    lines << tr("Older Omie orders into Ploomes from: %1").arg(backfill(m_backfillOmie, m_backfillOmieSince));
    lines << tr("Older Ploomes orders into Omie from: %1").arg(backfill(m_backfillPloomes, m_backfillPloomesSince));
    lines << tr("Changed on both sides: %1").arg(m_conflictPolicy->currentText());
    lines << (m_schedule->isChecked() ? m_schedule->text() : tr("No scheduled heavy sync."));
    QString html = u"<ul>"_s;
    for (const QString &line : lines)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() != SummaryPage || demoChosen())
        return QWizard::validateCurrentPage();
    if (m_savedAll)
        return true;
    if (!m_saving)
        saveAll();
    return false; // Finish completes once the keychain has answered
}

void SetupWizard::saveAll()
{
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    // The first setting the database refuses is shown, and the wizard stays open to try again.
    Status failed = Status::ok();
    auto set = [this, &failed](const QString &key, const QString &value) {
        if (Status s = m_settings.setValue(key, value); !s && failed.isOk())
            failed = s;
    };
    for (const auto &[box, key] : m_orderBoxes) {
        if (box->currentIndex() >= 0)
            set(key, box->currentData().toString());
    }
    set(SettingKey::BackfillOmieOrders, m_backfillOmie->isChecked() ? u"true"_s : u"false"_s);
    set(SettingKey::BackfillOmieOrdersSince, m_backfillOmieSince->date().toString(Qt::ISODate));
    set(SettingKey::BackfillPloomesOrders, m_backfillPloomes->isChecked() ? u"true"_s : u"false"_s);
    set(SettingKey::BackfillPloomesOrdersSince, m_backfillPloomesSince->date().toString(Qt::ISODate));
    set(SettingKey::ConflictPolicy, m_conflictPolicy->currentData().toString());
    if (m_schedule->isChecked()) {
        const ScheduleConfig config = ScheduleConfig::fromSettings(m_settings);
        set(SettingKey::ScheduleTime, SyncScheduler::suggestOffHoursTime(config.businessHours).toString(u"HH:mm"_s));
    }
    set(SettingKey::ScheduleEnabled, m_schedule->isChecked() ? u"true"_s : u"false"_s);
    if (!failed) {
        QMessageBox::warning(this, tr("Not saved"), failed.message());
        m_saving = false;
        button(QWizard::FinishButton)->setEnabled(true);
        return;
    }
    CredentialStore(*m_secrets, QProcessEnvironment())
        .save(credentials(), [self = QPointer<SetupWizard>(this)](const SecretResult &result) {
            if (!self)
                return; // closed while the keychain answered
            self->m_saving = false;
            self->button(QWizard::FinishButton)->setEnabled(true);
            if (!result.ok()) {
                self->m_summary->setText(u"✗ "_s + result.message.toHtmlEscaped());
                return;
            }
            self->m_savedAll = true;
            emit self->saved();
            self->accept();
        });
}

} // namespace Ponte
