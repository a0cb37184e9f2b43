#include "settingsrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Ponte {

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, u"save setting"_s);
    return Status::ok();
}

Status SettingsRepository::remove(const QString &key)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return Database::queryError(query, u"remove setting"_s);
    return Status::ok();
}

QMap<QString, QString> SettingsRepository::all() const
{
    QMap<QString, QString> result;
    QSqlQuery query(m_db.connection());
    if (query.exec(u"SELECT key, value FROM settings ORDER BY key"_s)) {
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
    }
    return result;
}

} // namespace Ponte
