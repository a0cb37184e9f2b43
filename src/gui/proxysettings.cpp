#include "proxysettings.h"

#include "logging.h"
#include "net/proxyconfig.h"
#include "secrets/credentials.h"
#include "secrets/secretstore.h"
#include "settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Ponte {

ProxySettings::ProxySettings(Settings &settings, SecretStore *secrets, QWidget *parent)
    : QGroupBox(tr("Internet connection"), parent), m_settings(settings), m_secrets(secrets)
{
    setObjectName(u"proxyGroupBox"_s);
    auto *form = new QFormLayout(this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"proxyModeComboBox"_s);
    m_mode->addItem(tr("Use the system's proxy settings"), u"system"_s);
    m_mode->addItem(tr("No proxy"), u"none"_s);
    m_mode->addItem(tr("This proxy:"), u"manual"_s);
    form->addRow(tr("&Proxy:"), m_mode);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"proxyTypeComboBox"_s);
    m_type->addItem(tr("HTTP"), u"http"_s);
    m_type->addItem(tr("SOCKS5"), u"socks5"_s);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"proxyHostLineEdit"_s);
    m_host->setPlaceholderText(tr("proxy.company.com.br"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"proxyPortSpinBox"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("port"));
    auto *address = new QHBoxLayout;
    address->addWidget(m_type);
    address->addWidget(m_host, 1);
    address->addWidget(m_port);
    form->addRow(tr("&Address:"), address);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"proxyUserLineEdit"_s);
    m_user->setPlaceholderText(tr("only if the proxy asks for one"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"proxyPasswordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_password);
    m_save = new QPushButton(tr("Save the connection settings"), this);
    m_save->setObjectName(u"proxySavePushButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"proxyStatusLabel"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    form->addRow(buttons);
    for (QLabel *buddy : findChildren<QLabel *>()) {
        if (buddy != m_status)
            buddy->setWordWrap(true);
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        m_status->clear();
    });
    connect(m_save, &QPushButton::clicked, this, &ProxySettings::save);
    load();
}

void ProxySettings::load()
{
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(m_settings.stringValue(SettingKey::ProxyMode))));
    m_type->setCurrentIndex(std::max(0, m_type->findData(m_settings.stringValue(SettingKey::ProxyType))));
    m_host->setText(m_settings.stringValue(SettingKey::ProxyHost));
    m_port->setValue(m_settings.intValue(SettingKey::ProxyPort));
    m_user->setText(m_settings.stringValue(SettingKey::ProxyUser));
    // A saved password stays in the keychain: the field only says that there is one.
    m_password->setPlaceholderText(tr("type to set or replace the saved password"));
    updateEnabled();
}

void ProxySettings::updateEnabled()
{
    const bool manual = m_mode->currentData().toString() == u"manual"_s;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_host, m_port, m_user, m_password})
        w->setEnabled(manual);
}

bool ProxySettings::save()
{
    ProxyConfig candidate;
    candidate.mode = m_mode->currentData().toString() == u"manual"_s ? ProxyConfig::Mode::Manual
                     : m_mode->currentData().toString() == u"none"_s ? ProxyConfig::Mode::None
                                                                      : ProxyConfig::Mode::System;
    candidate.host = m_host->text().trimmed();
    candidate.port = quint16(m_port->value());
    if (const QString problem = candidate.problem(); !problem.isEmpty()) {
        m_status->setText(u"✗ "_s + problem);
        (candidate.host.isEmpty() ? static_cast<QWidget *>(m_host) : m_port)->setFocus();
        return false;
    }
    const QList<std::pair<QString, QString>> values{{SettingKey::ProxyMode, m_mode->currentData().toString()},
                                                    {SettingKey::ProxyType, m_type->currentData().toString()},
                                                    {SettingKey::ProxyHost, candidate.host},
                                                    {SettingKey::ProxyPort, QString::number(candidate.port)},
                                                    {SettingKey::ProxyUser, m_user->text().trimmed()}};
    for (const auto &[key, value] : values) {
        if (const Status s = m_settings.setValue(key, value); !s) {
            m_status->setText(u"✗ "_s + s.message());
            return false;
        }
    }
    const QString password = m_password->text();
    if (password.isEmpty() || !m_secrets) {
        m_status->setText(u"✓ "_s + tr("Saved. The next connection uses it."));
        emit saved();
        return true;
    }
    Logging::addSecret(password);
    m_save->setEnabled(false);
    m_secrets->write(SecretKey::ProxyPassword, password, [self = QPointer<ProxySettings>(this)](const SecretResult &r) {
        if (!self)
            return;
        self->m_save->setEnabled(true);
        if (!r.ok()) {
            self->m_status->setText(u"✗ "_s + r.message);
            return;
        }
        self->m_password->clear();
        self->m_status->setText(u"✓ "_s + tr("Saved; the password is in the system keychain. The next connection "
                                             "uses it."));
        emit self->saved();
    });
    return true;
}

} // namespace Ponte
