#include "mainwindow.h"

#include "profile.h"
#include "secrets/credentials.h"
#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

namespace Ponte {

MainWindow::MainWindow(std::shared_ptr<Profile> profile, SecretStore *secrets, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_demo(demo)
{
    m_ui->setupUi(this);
    setWindowTitle(m_demo ? tr("Ponte — demo") : tr("Ponte"));
    m_ui->dataFolderValueLabel->setText(m_profile->dataDir());
    m_ui->databaseValueLabel->setText(tr("schema version %1").arg(m_profile->database().schemaVersion()));
    m_ui->modeValueLabel->setText(m_demo ? tr("Demo (built-in simulators, separate data folder)")
                                         : tr("Connected to the real Omie and Ploomes services"));
    m_ui->omieValueLabel->setText(tr("checking…"));
    m_ui->ploomesValueLabel->setText(tr("checking…"));
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshStatus()
{
    auto *store = new CredentialStore(*m_secrets);
    store->load([this, store](const Credentials &c, const SecretResult &error) {
        auto state = [](bool present) { return present ? tr("stored in the system keychain") : tr("not set up yet"); };
        m_ui->omieValueLabel->setText(state(c.hasOmie()));
        m_ui->ploomesValueLabel->setText(state(c.hasPloomes()));
        if (!error.ok())
            statusBar()->showMessage(error.message);
        delete store;
    });
}

} // namespace Ponte
