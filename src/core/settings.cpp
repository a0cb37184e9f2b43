#include "settings.h"

#include "logging.h"
#include "store/settingsrepository.h"

using namespace Qt::StringLiterals;

namespace Ponte {

const QString Settings::VersionKey = u"meta.settings_version"_s;

const QList<Settings::Definition> &Settings::definitions()
{
    using T = Type;
    static const QList<Definition> defs = {
        {SettingKey::OmieUrl, T::Url, u"https://app.omie.com.br/api/v1/"_s, u"PONTE_OMIE_URL"_s},
        {SettingKey::OmieRequestsPerMinute, T::Int, 240, u"PONTE_OMIE_RPM"_s, 1, 1'000'000},
        {SettingKey::OmieTotalRequestsPerMinute, T::Int, 960, u"PONTE_OMIE_TOTAL_RPM"_s, 1, 4'000'000},
        {SettingKey::OmieConcurrency, T::Int, 4, u"PONTE_OMIE_CONCURRENCY"_s, 1, 64},
        {SettingKey::OmieRedundantWindowS, T::Int, 60, u"PONTE_OMIE_REDUNDANT_WINDOW_S"_s, 0, 3600},
        {SettingKey::OmiePageSize, T::Int, 500, {}, 1, 500},
        {SettingKey::PloomesUrl, T::Url, u"https://public-api2.ploomes.com/"_s, u"PONTE_PLOOMES_URL"_s},
        {SettingKey::PloomesRequestsPerSecond, T::Double, 6.0, u"PONTE_PLOOMES_RPS"_s, 0.01, 100'000},
        {SettingKey::PloomesMaxInFlight, T::Int, 4, {}, 1, 64},
        {SettingKey::PloomesPageSize, T::Int, 300, {}, 1, 300},
        {SettingKey::PloomesLearnedRps, T::Double, 0.0, {}, 0, 100'000, {}, true},
        {SettingKey::NetTimeoutS, T::Int, 60, {}, 1, 600},
        {SettingKey::NetMaxRetries, T::Int, 4, {}, 0, 10},
        {SettingKey::BusinessHoursShare, T::Int, 50, {}, 1, 100},
        {SettingKey::BusinessHoursStart, T::Time, QTime(8, 0)},
        {SettingKey::BusinessHoursEnd, T::Time, QTime(18, 0)},
        {SettingKey::BusinessHoursDays, T::String, u"1,2,3,4,5"_s},
        {SettingKey::ConflictPolicy, T::Choice, u"omie-wins"_s, {}, 0, 0,
         {u"omie-wins"_s, u"ploomes-wins"_s, u"newest-wins"_s}},
        {SettingKey::PollIntervalMin, T::Int, 15, {}, 1, 1440},
        {SettingKey::CursorOverlapS, T::Int, 60, {}, 0, 3600},
        {SettingKey::BackfillOmieOrders, T::Bool, false},
        {SettingKey::BackfillOmieOrdersSince, T::Date, QDate()},
        {SettingKey::BackfillPloomesOrders, T::Bool, false},
        {SettingKey::BackfillPloomesOrdersSince, T::Date, QDate()},
        {SettingKey::OrderContaCorrente, T::String, QString()},
        {SettingKey::OrderCategoria, T::String, QString()},
        {SettingKey::OrderParcela, T::String, QString()},
        {SettingKey::OrderEtapa, T::String, u"10"_s},
        {SettingKey::Language, T::Choice, u"pt_BR"_s, u"PONTE_LANG"_s, 0, 0, {u"pt_BR"_s, u"en"_s}},
        {SettingKey::ScheduleEnabled, T::Bool, false},
        {SettingKey::ScheduleTime, T::Time, QTime(20, 0)},
        {SettingKey::ScheduleDays, T::String, u"1,2,3,4,5,6,7"_s},
        {SettingKey::WebhookPort, T::Int, 0, {}, 0, 65535},
    };
    return defs;
}

const Settings::Definition *Settings::definition(const QString &key)
{
    for (const Definition &d : definitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

Settings::Settings(SettingsRepository &repository, QProcessEnvironment environment)
    : m_repository(repository)
    , m_environment(std::move(environment))
{
}

int Settings::storedVersion() const
{
    return m_repository.value(VersionKey).value_or(u"0"_s).toInt();
}

Status Settings::migrate()
{
    const int stored = storedVersion();
    if (stored > CurrentVersion)
        return Status::error(tr("These settings were written by a newer version of Ponte (version %1). Update Ponte.")
                                 .arg(stored));
    // Step i brings version i to i + 1. Renamed or re-typed keys are converted here, never silently dropped.
    const QList<std::function<Status()>> steps = {
        [this]() {
            // 0 → 1: first versioned layout. Drop values that no longer parse so the default applies.
            const QMap<QString, QString> stored = m_repository.all();
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                const Definition *def = definition(it.key());
                QString error;
                if (def && !parse(*def, it.value(), &error)) {
                    qCWarning(lcSettings) << "dropping invalid stored value for" << it.key() << ":" << error;
                    if (Status s = m_repository.remove(it.key()); !s)
                        return s;
                }
            }
            return Status::ok();
        },
    };
    for (int version = stored; version < CurrentVersion; ++version) {
        if (Status s = steps.at(version)(); !s)
            return s;
        if (Status s = m_repository.setValue(VersionKey, QString::number(version + 1)); !s)
            return s;
        qCInfo(lcSettings) << "settings migrated to version" << version + 1;
    }
    return Status::ok();
}

std::optional<QVariant> Settings::parse(const Definition &def, const QString &input, QString *error)
{
    const QString text = input.trimmed();
    auto fail = [&](const QString &message) -> std::optional<QVariant> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    switch (def.type) {
    case Type::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok || v < def.minimum || v > def.maximum)
            return fail(tr("%1 must be a whole number from %2 to %3.").arg(def.key).arg(def.minimum).arg(def.maximum));
        return QVariant(int(v));
    }
    case Type::Double: {
        bool ok = false;
        const double v = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || v < def.minimum || v > def.maximum)
            return fail(tr("%1 must be a number from %2 to %3.").arg(def.key).arg(def.minimum).arg(def.maximum));
        return QVariant(v);
    }
    case Type::Bool: {
        const QString t = text.toLower();
        if (t == u"true"_s || t == u"1"_s || t == u"yes"_s || t == u"sim"_s || t == u"on"_s)
            return QVariant(true);
        if (t == u"false"_s || t == u"0"_s || t == u"no"_s || t == u"não"_s || t == u"nao"_s || t == u"off"_s)
            return QVariant(false);
        return fail(tr("%1 must be true or false.").arg(def.key));
    }
    case Type::String:
        return QVariant(text);
    case Type::Url: {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            return fail(tr("%1 must be an http:// or https:// address.").arg(def.key));
        return QVariant(url);
    }
    case Type::Date: {
        if (text.isEmpty())
            return QVariant(QDate());
        QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(text, u"dd/MM/yyyy"_s);
        if (!d.isValid())
            return fail(tr("%1 must be a date as YYYY-MM-DD.").arg(def.key));
        return QVariant(d);
    }
    case Type::Time: {
        QTime t = QTime::fromString(text, u"HH:mm"_s);
        if (!t.isValid())
            t = QTime::fromString(text, u"HH:mm:ss"_s);
        if (!t.isValid())
            return fail(tr("%1 must be a time as HH:MM.").arg(def.key));
        return QVariant(t);
    }
    case Type::Choice:
        if (!def.choices.contains(text))
            return fail(tr("%1 must be one of: %2.").arg(def.key, def.choices.join(u", "_s)));
        return QVariant(text);
    }
    return fail(tr("Unknown setting type."));
}

QString Settings::toText(const Definition &def, const QVariant &value)
{
    switch (def.type) {
    case Type::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case Type::Date:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    case Type::Time:
        return value.toTime().toString(u"HH:mm"_s);
    case Type::Url:
        return value.toUrl().toString();
    case Type::Double:
        return QString::number(value.toDouble(), 'g', 10);
    default:
        return value.toString();
    }
}

std::optional<QString> Settings::overriddenBy(const QString &key) const
{
    const Definition *def = definition(key);
    if (!def || def->envVar.isEmpty() || !m_environment.contains(def->envVar))
        return std::nullopt;
    QString error;
    if (!parse(*def, m_environment.value(def->envVar), &error))
        return std::nullopt;
    return def->envVar;
}

QVariant Settings::value(const QString &key) const
{
    const Definition *def = definition(key);
    if (!def) {
        qCWarning(lcSettings) << "unknown setting" << key;
        return {};
    }
    if (!def->envVar.isEmpty() && m_environment.contains(def->envVar)) {
        QString error;
        if (std::optional<QVariant> v = parse(*def, m_environment.value(def->envVar), &error))
            return *v;
        qCWarning(lcSettings) << "ignoring" << def->envVar << ":" << error;
    }
    if (std::optional<QString> stored = m_repository.value(key)) {
        if (std::optional<QVariant> v = parse(*def, *stored, nullptr))
            return *v;
    }
    return def->defaultValue;
}

Status Settings::setValue(const QString &key, const QString &text)
{
    const Definition *def = definition(key);
    if (!def)
        return Status::error(tr("There is no setting called %1.").arg(key));
    QString error;
    const std::optional<QVariant> parsed = parse(*def, text, &error);
    if (!parsed)
        return Status::error(error);
    return m_repository.setValue(key, toText(*def, *parsed));
}

Status Settings::reset(const QString &key)
{
    if (!definition(key))
        return Status::error(tr("There is no setting called %1.").arg(key));
    return m_repository.remove(key);
}

} // namespace Ponte
