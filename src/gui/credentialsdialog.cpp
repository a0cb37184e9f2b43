#include "credentialsdialog.h"

#include "secrets/secretstore.h"
#include "settings.h"
#include "sync/connectioncheck.h"
#include "ui_credentialsdialog.h"

#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
const QString kOkStyle = u"color: #2e7d32;"_s;
const QString kErrorStyle = u"color: #c62828;"_s;
} // namespace

CredentialsDialog::CredentialsDialog(const Settings &settings,
                                     SecretStore *secrets,
                                     QProcessEnvironment environment,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CredentialsDialog>()), m_settings(settings), m_secrets(secrets),
      m_environment(std::move(environment))
{
    m_ui->setupUi(this);
    connect(m_ui->showKeysCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        for (QLineEdit *edit : {m_ui->omieAppKeyLineEdit, m_ui->omieAppSecretLineEdit, m_ui->ploomesUserKeyLineEdit})
            edit->setEchoMode(mode);
    });
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_ui->credentialsButtonBox, &QDialogButtonBox::accepted, this, &CredentialsDialog::save);
    connect(m_ui->credentialsButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A result shown for other keys would mislead: editing clears it.
    for (QLineEdit *edit : {m_ui->omieAppKeyLineEdit, m_ui->omieAppSecretLineEdit, m_ui->ploomesUserKeyLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_ui->omieResultLabel->clear();
            m_ui->ploomesResultLabel->clear();
            m_ui->testStatusLabel->clear();
        });
    }
    load();
}

CredentialsDialog::~CredentialsDialog() = default;

Credentials CredentialsDialog::credentials() const
{
    return {m_ui->omieAppKeyLineEdit->text().trimmed(), m_ui->omieAppSecretLineEdit->text().trimmed(),
            m_ui->ploomesUserKeyLineEdit->text().trimmed()};
}

void CredentialsDialog::load()
{
    setBusy(true, tr("Reading the keychain…"));
    // Only what is stored: values given through the environment belong to that process, not here.
    auto *store = new CredentialStore(*m_secrets, QProcessEnvironment());
    store->load([self = QPointer<CredentialsDialog>(this), store](const Credentials &c, const SecretResult &error) {
        delete store;
        if (!self)
            return; // closed while the keychain answered
        CredentialsDialog *const d = self;
        d->m_ui->omieAppKeyLineEdit->setText(c.omieAppKey);
        d->m_ui->omieAppSecretLineEdit->setText(c.omieAppSecret);
        d->m_ui->ploomesUserKeyLineEdit->setText(c.ploomesUserKey);
        d->setBusy(false, error.ok() ? QString() : error.message);
    });
}

bool CredentialsDialog::isFilledIn(const Credentials &c)
{
    if (c.isComplete())
        return true;
    m_ui->testStatusLabel->setStyleSheet(kErrorStyle);
    m_ui->testStatusLabel->setText(tr("Fill in the three keys first."));
    return false;
}

void CredentialsDialog::testConnection()
{
    const Credentials c = credentials();
    if (!isFilledIn(c))
        return;
    m_check = std::make_unique<ConnectionCheck>(m_settings, c);
    connect(m_check.get(), &ConnectionCheck::finished, this, &CredentialsDialog::showResult);
    m_ui->omieResultLabel->clear();
    m_ui->ploomesResultLabel->clear();
    setBusy(true, tr("Connecting to Omie and Ploomes…"));
    m_check->start();
}

void CredentialsDialog::showResult(const ApiError &omie, const ApiError &ploomes)
{
    auto show = [](QLabel *label, const ApiError &e) {
        label->setStyleSheet(e.isError() ? kErrorStyle : kOkStyle);
        label->setText(e.isError() ? e.userMessage() : tr("Connected: the keys were accepted."));
    };
    show(m_ui->omieResultLabel, omie);
    show(m_ui->ploomesResultLabel, ploomes);
    const bool ok = !omie.isError() && !ploomes.isError();
    setBusy(false, ok ? tr("Both services accepted the keys.") : tr("Check the keys marked in red."));
    m_ui->testStatusLabel->setStyleSheet(ok ? kOkStyle : kErrorStyle);
    m_check.release()->deleteLater(); // finished() is still being emitted by it
    emit tested(omie, ploomes);
}

void CredentialsDialog::save()
{
    const Credentials c = credentials();
    if (!isFilledIn(c))
        return;
    setBusy(true, tr("Saving in the system keychain…"));
    auto *store = new CredentialStore(*m_secrets, QProcessEnvironment());
    store->save(c, [self = QPointer<CredentialsDialog>(this), store](const SecretResult &result) {
        delete store;
        if (!self)
            return;
        if (!result.ok()) {
            self->setBusy(false, result.message);
            self->m_ui->testStatusLabel->setStyleSheet(kErrorStyle);
            return;
        }
        self->setBusy(false, QString());
        self->accept();
    });
}

void CredentialsDialog::setBusy(bool busy, const QString &status)
{
    m_ui->testConnectionPushButton->setEnabled(!busy);
    m_ui->credentialsButtonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->testStatusLabel->setStyleSheet(QString());
    m_ui->testStatusLabel->setText(status);
}

} // namespace Ponte
