#include "credentialsdialog.h"

#include "plainreasons.h"

#include "secrets/secretstore.h"
#include "settings.h"
#include "sync/preflight.h"
#include "ui_credentialsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
/** Results are told by a mark and words, not by colour: the palette (and a dark theme) stays in charge. */
QString okText(const QString &text)
{
    return u"✓ "_s + text;
}

QString errorText(const QString &text)
{
    return u"✗ "_s + text;
}
} // namespace

CredentialsDialog::CredentialsDialog(const Settings &settings,
                                     SecretStore *secrets,
                                     QProcessEnvironment environment,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CredentialsDialog>()), m_settings(settings), m_secrets(secrets),
      m_environment(std::move(environment))
{
    m_ui->setupUi(this);
    m_ui->omieWhereLabel->setText(
        tr("Where to find them: in Omie, open <a href=\"https://developer.omie.com.br/my-apps/\">"
           "developer.omie.com.br/my-apps</a>, choose your company's application and copy the App Key and the App "
           "Secret."));
    m_ui->ploomesWhereLabel->setText(HelpTexts::ploomesUserKeyWhere());
    // Enter saves (it never cancels): Save is the only button Enter may press.
    QPushButton *saveButton = m_ui->credentialsButtonBox->button(QDialogButtonBox::Save);
    m_ui->credentialsButtonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_ui->testConnectionPushButton->setAutoDefault(false);
    saveButton->setDefault(true);
    connect(m_ui->showKeysCheckBox, &QCheckBox::toggled, this, &CredentialsDialog::showKeys);
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_ui->preflightReportPushButton, &QPushButton::clicked, this, &CredentialsDialog::showPreflightReport);
    connect(m_ui->credentialsButtonBox, &QDialogButtonBox::accepted, this, &CredentialsDialog::save);
    connect(m_ui->credentialsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : keyEdits()) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
            // A key copied from a web page often brings a space or a line break along.
            const QString clean = cleanKey(text);
            if (clean != text) {
                const int cursor = int(clean.size());
                edit->setText(clean);
                edit->setCursorPosition(cursor);
            }
            // A result shown for other keys would mislead: editing clears it.
            m_ui->omieResultLabel->clear();
            m_ui->ploomesResultLabel->clear();
            m_ui->testStatusLabel->clear();
        });
    }
    load();
}

CredentialsDialog::~CredentialsDialog() = default;

QList<QLineEdit *> CredentialsDialog::keyEdits() const
{
    return {m_ui->omieAppKeyLineEdit, m_ui->omieAppSecretLineEdit, m_ui->ploomesUserKeyLineEdit};
}

QString CredentialsDialog::cleanKey(const QString &pasted)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    return QString(pasted).remove(whitespace);
}

void CredentialsDialog::setDemoMode(bool demo)
{
    m_demo = demo;
    m_ui->demoNoteLabel->setVisible(demo);
    m_ui->testConnectionPushButton->setEnabled(!demo);
    m_ui->testConnectionPushButton->setToolTip(
        demo ? tr("The test needs the real services: start Ponte without the demonstration to test the keys.")
             : QString());
}

Credentials CredentialsDialog::credentials() const
{
    auto pick = [](const QLineEdit *edit, const QString &stored) {
        const QString typed = cleanKey(edit->text());
        return typed.isEmpty() ? stored : typed;
    };
    // The proxy's password is set in the settings page; a test from here still goes through that proxy.
    return {pick(m_ui->omieAppKeyLineEdit, m_stored.omieAppKey),
            pick(m_ui->omieAppSecretLineEdit, m_stored.omieAppSecret),
            pick(m_ui->ploomesUserKeyLineEdit, m_stored.ploomesUserKey), m_stored.proxyPassword};
}

void CredentialsDialog::load()
{
    setBusy(true, tr("Reading the keychain…"));
    // Only what is stored: values given through the environment belong to that process, not here.
    CredentialStore(*m_secrets, QProcessEnvironment())
        .load([self = QPointer<CredentialsDialog>(this)](const Credentials &c, const SecretResult &error) {
            if (!self)
                return; // closed while the keychain answered
            CredentialsDialog *const d = self;
            // Stored keys stay in the keychain: the fields say they exist, and typing replaces them.
            d->m_stored = c;
            const QList<std::pair<QLineEdit *, QString>> fields{{d->m_ui->omieAppKeyLineEdit, c.omieAppKey},
                                                                {d->m_ui->omieAppSecretLineEdit, c.omieAppSecret},
                                                                {d->m_ui->ploomesUserKeyLineEdit, c.ploomesUserKey}};
            for (const auto &[edit, stored] : fields)
                edit->setPlaceholderText(stored.isEmpty() ? tr("paste the key here")
                                                          : tr("saved — type or paste to replace"));
            d->setBusy(false, error.ok() ? QString() : error.message);
        });
}

void CredentialsDialog::showKeys(bool show)
{
    if (show) {
        const auto answer = QMessageBox::question(
            this, tr("Show the keys"),
            tr("Show the keys typed in this window on the screen? Make sure nobody else can see it. Keys already "
               "saved in the keychain are not shown."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_ui->showKeysCheckBox);
            m_ui->showKeysCheckBox->setChecked(false);
            return;
        }
    }
    for (QLineEdit *edit : keyEdits())
        edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
}

bool CredentialsDialog::isFilledIn(const Credentials &c)
{
    if (c.isComplete())
        return true;
    m_ui->testStatusLabel->setText(errorText(tr("Fill in the three keys first.")));
    return false;
}

void CredentialsDialog::testConnection()
{
    const Credentials c = credentials();
    if (!isFilledIn(c))
        return;
    m_check = std::make_unique<Preflight>(m_settings, c);
    connect(m_check.get(), &Preflight::finished, this, &CredentialsDialog::showResult);
    m_ui->omieResultLabel->clear();
    m_ui->ploomesResultLabel->clear();
    m_ui->preflightReportPushButton->setEnabled(false);
    setBusy(true, tr("Connecting to Omie and Ploomes, then reading what a sync relies on (nothing is written)…"));
    m_check->start();
}

void CredentialsDialog::showResult(const PreflightReport &report)
{
    const ApiError omie = report.omieConnection;
    const ApiError ploomes = report.ploomesConnection;
    auto show = [](QLabel *label, const ApiError &e) {
        label->setText(e.isError() ? errorText(e.userMessage()) : okText(tr("Connected: the keys were accepted.")));
    };
    show(m_ui->omieResultLabel, omie);
    show(m_ui->ploomesResultLabel, ploomes);
    m_reportText = report.describe();
    m_ui->preflightReportPushButton->setEnabled(true);
    const bool connected = !omie.isError() && !ploomes.isError();
    const int problems = int(report.problems().size());
    // A service that could not be reached has not judged the keys: asking to check them would mislead.
    const bool unreachable = (omie.isError() && omie.network != NetworkFailure::None)
                             || (ploomes.isError() && ploomes.network != NetworkFailure::None);
    if (!connected && unreachable)
        setBusy(false, errorText(tr("Ponte could not reach the service marked with ✗, so its keys were not tested. "
                                    "Follow the advice next to it, then test again.")));
    else if (!connected)
        setBusy(false, errorText(tr("Check the keys marked with ✗.")));
    else if (problems > 0)
        setBusy(false, errorText(tr("Both services accepted the keys, but %n thing(s) would stop or slow a sync: see "
                                    "\"What Ponte found\". The keys can be saved anyway.",
                                    nullptr, problems)));
    else
        setBusy(false, okText(tr("Both services accepted the keys and everything a sync relies on was found. Save "
                                 "them with \"Save\".")));
    m_check.release()->deleteLater(); // finished() is still being emitted by it
    emit tested(omie, ploomes);
}

void CredentialsDialog::showPreflightReport()
{
    QDialog dialog(this);
    dialog.setObjectName(u"preflightReportDialog"_s);
    dialog.setWindowTitle(tr("What Ponte found"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro =
        new QLabel(tr("What Ponte read from both accounts and what it will use. Nothing was written."), &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(m_reportText, &dialog);
    text->setObjectName(u"preflightReportPlainTextEdit"_s);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 460);
    dialog.exec();
}

void CredentialsDialog::save()
{
    const Credentials c = credentials();
    if (!isFilledIn(c))
        return;
    setBusy(true, tr("Saving in the system keychain…"));
    CredentialStore(*m_secrets, QProcessEnvironment())
        .save(c, [self = QPointer<CredentialsDialog>(this)](const SecretResult &result) {
            if (!self)
                return;
            if (!result.ok()) {
                self->setBusy(false, errorText(result.message));
                return;
            }
            self->setBusy(false, QString());
            self->accept();
        });
}

void CredentialsDialog::setBusy(bool busy, const QString &status)
{
    m_ui->testConnectionPushButton->setEnabled(!busy && !m_demo);
    m_ui->credentialsButtonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->testStatusLabel->setText(status);
}

} // namespace Ponte
