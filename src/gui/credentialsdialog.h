#pragma once

#include "net/apierror.h"
#include "secrets/credentials.h"

#include <QDialog>
#include <QList>
#include <QProcessEnvironment>

#include <memory>

class QLineEdit;

namespace Ui {
class CredentialsDialog;
}

namespace Ponte {

class Preflight;
struct PreflightReport;
class SecretStore;
class Settings;

/**
 * Enter the Omie App Key/App Secret and the Ploomes User-Key once: "Test connection" proves them
 * against both services, "Save" puts them in the system keychain (and nowhere else).
 */
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(const Settings &settings,
                      SecretStore *secrets,
                      QProcessEnvironment environment,
                      QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    /** What will be saved: what was typed here, else what the keychain already holds. */
    Credentials credentials() const;
    /** In the demonstration the keys are kept for later and cannot be tested against the simulators. */
    void setDemoMode(bool demo);
    /** Removes what pasting brings along with a key: spaces, tabs, line breaks. */
    static QString cleanKey(const QString &pasted);

signals:
    /** A connection test (with its read-only pre-flight) ended, for tests and for the main window's status. */
    void tested(const Ponte::ApiError &omie, const Ponte::ApiError &ploomes);

private:
    void load();
    /** False, with the reason shown, while a key is missing. */
    bool isFilledIn(const Credentials &c);
    void testConnection();
    void save();
    void showResult(const PreflightReport &report);
    /** The read-only pre-flight of the last test, for a person: each choice Ponte will make and why. */
    void showPreflightReport();
    void setBusy(bool busy, const QString &status);
    /** "Show the keys": after a confirmation, and only what was typed in this dialog. */
    void showKeys(bool show);
    QList<QLineEdit *> keyEdits() const;

    const std::unique_ptr<Ui::CredentialsDialog> m_ui;
    const Settings &m_settings;
    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    std::unique_ptr<Preflight> m_check;
    QString m_reportText; ///< describe() of the last test's pre-flight
    Credentials m_stored; ///< what the keychain holds; never put in a field, so it is never shown
    bool m_demo = false;
};

} // namespace Ponte
