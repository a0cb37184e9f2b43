#pragma once

#include "secrets/credentials.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Ponte {

class Settings;
class SecretStore;

/**
 * The first-run assistant: what Ponte does (or the demonstration instead), the Omie keys, the
 * Ploomes User-Key, each tested against its service, the defaults of the orders sent to Omie
 * picked from Omie's own lists, older orders, the conflict policy and the off-hours schedule; a
 * summary, then the offer of a preview before the first real sync. Nothing is saved before Finish.
 */
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePage, OmiePage, PloomesPage, OrderDefaultsPage, OptionsPage, SchedulePage, SummaryPage };

    SetupWizard(Settings &settings, SecretStore *secrets, QProcessEnvironment environment, QWidget *parent = nullptr);
    ~SetupWizard() override;

    /** The user chose the demonstration on the first page. */
    bool demoChosen() const;
    /** The user wants a preview (which writes nothing) before the first real sync. */
    bool previewChosen() const;
    int nextId() const override;
    /** The order defaults chosen, by setting key, with the names Omie gives them. */
    QMap<QString, std::pair<QString, QString>> orderDefaults() const;
    /** The three conflict policies, as the assistant and the options page offer them. */
    static void fillConflictPolicies(QComboBox *box);

signals:
    /** Everything was saved (keys in the keychain, choices in the settings). */
    void saved();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *makeWelcomePage();
    QWizardPage *makeOmiePage();
    QWizardPage *makePloomesPage();
    QWizardPage *makeOrderDefaultsPage();
    QWizardPage *makeOptionsPage();
    QWizardPage *makeSchedulePage();
    QWizardPage *makeSummaryPage();
    Credentials credentials() const;
    /** Tests the keys; @p forOmie tells which service's answer this page shows. */
    void testConnection(bool forOmie);
    void loadOrderDefaults();
    QString summary() const;
    void saveAll();

    Settings &m_settings;
    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    bool m_saving = false;
    bool m_savedAll = false;
    QRadioButton *m_setUpRadio = nullptr;
    QRadioButton *m_demoRadio = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLineEdit *m_appSecret = nullptr;
    QLineEdit *m_userKey = nullptr;
    QPushButton *m_testOmie = nullptr;
    QPushButton *m_testPloomes = nullptr;
    QLabel *m_omieResult = nullptr;
    QLabel *m_ploomesResult = nullptr;
    QLabel *m_orderDefaultsStatus = nullptr;
    QList<std::pair<QComboBox *, QString>> m_orderBoxes;
    QCheckBox *m_backfillOmie = nullptr;
    QDateEdit *m_backfillOmieSince = nullptr;
    QCheckBox *m_backfillPloomes = nullptr;
    QDateEdit *m_backfillPloomesSince = nullptr;
    QComboBox *m_conflictPolicy = nullptr;
    QCheckBox *m_schedule = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_preview = nullptr;
};

} // namespace Ponte
