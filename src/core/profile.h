#pragma once

#include "result.h"
#include "settings.h"
#include "store/database.h"
#include "store/settingsrepository.h"

#include <QProcessEnvironment>

#include <memory>

namespace Ponte {

/**
 * An opened data folder: its migrated database and its settings. Open one per thread that needs
 * the database (the GUI thread and the sync worker each have their own).
 */
class Profile
{
public:
    static Expected<std::shared_ptr<Profile>> open(const QString &dataDir,
                                                   const QProcessEnvironment &env =
                                                       QProcessEnvironment::systemEnvironment());

    const QString &dataDir() const { return m_dataDir; }
    Database &database() { return m_database; }
    Settings &settings() { return *m_settings; }
    const QProcessEnvironment &environment() const { return m_environment; }

private:
    Profile() = default;
    QString m_dataDir;
    QProcessEnvironment m_environment;
    Database m_database;
    std::unique_ptr<SettingsRepository> m_settingsRepository;
    std::unique_ptr<Settings> m_settings;
};

} // namespace Ponte
