#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Ponte {

class Profile;
class SecretStore;

/** The application window: profile status, and (as they land) setup, mapping, schedule and history. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<Profile> profile, SecretStore *secrets, bool demo, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Re-reads the credential state from the keychain. */
    void refreshStatus();

private:
    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<Profile> m_profile;
    SecretStore *m_secrets;
    bool m_demo;
};

} // namespace Ponte
