#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ponte {

class SecretStore;
class Settings;

/**
 * The settings page's "Internet connection" box: the system's proxy (the default), none, or a manual
 * HTTP or SOCKS5 proxy with user and password. The password goes to the keychain, never to settings.
 */
class ProxySettings : public QGroupBox
{
    Q_OBJECT

public:
    ProxySettings(Settings &settings, SecretStore *secrets, QWidget *parent = nullptr);

    /** Checks and stores what is shown; false (with the reason shown) when a manual proxy is incomplete. */
    bool save();

signals:
    /** Settings and password are stored (the password asynchronously, before this fires). */
    void saved();

private:
    void load();
    void updateEnabled();

    Settings &m_settings;
    SecretStore *m_secrets;
    QComboBox *m_mode;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace Ponte
