#pragma once

#include "result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Ponte {

class Database;

/** Key/value rows of the settings table. Values are text; typing is Settings' job. */
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }
    std::optional<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);
    QMap<QString, QString> all() const;
    /** The database the rows are in (its path names the profile). */
    Database &database() const { return m_db; }

private:
    Database &m_db;
};

} // namespace Ponte
