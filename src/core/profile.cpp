#include "profile.h"

#include "datafolder.h"

namespace Ponte {

Expected<std::shared_ptr<Profile>> Profile::open(const QString &dataDir, const QProcessEnvironment &env)
{
    if (Status s = DataFolder::ensure(dataDir); !s)
        return s;
    std::shared_ptr<Profile> profile(new Profile);
    profile->m_dataDir = dataDir;
    profile->m_environment = env;
    if (Status s = profile->m_database.open(DataFolder::databasePath(dataDir)); !s)
        return s;
    profile->m_settingsRepository = std::make_unique<SettingsRepository>(profile->m_database);
    profile->m_settings = std::make_unique<Settings>(*profile->m_settingsRepository, env);
    if (Status s = profile->m_settings->migrate(); !s)
        return s;
    return profile;
}

} // namespace Ponte
