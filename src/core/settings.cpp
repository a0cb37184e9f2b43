#include "settings.h"

#include "logging.h"
#include "store/settingsrepository.h"

#include <QHostAddress>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte {

const QString Settings::VersionKey = u"meta.settings_version"_s;

namespace {
constexpr int kMaxStringLength = 200;
} // namespace

QStringList Settings::deletionPolicies()
{
    return {u"unlink"_s, u"recreate"_s, u"mirror"_s};
}

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
        {SettingKey::PloomesMaxInFlight, T::Int, 3, {}, 1, 64}, // "at most about 3 in flight" (ref §0)
        {SettingKey::PloomesPageSize, T::Int, 300, {}, 1, 300},
        {SettingKey::PloomesLearnedRps, T::Double, 0.0, {}, 0, 100'000, {}, true},
        {SettingKey::PloomesEmptyPagePauseMs, T::Int, 1000, u"PONTE_PLOOMES_EMPTY_PAGE_PAUSE_MS"_s, 1, 60'000},
        {SettingKey::NetTimeoutS, T::Int, 60, {}, 1, 600},
        {SettingKey::NetMaxRetries, T::Int, 4, {}, 0, 10},
        {SettingKey::NetRetryBaseMs, T::Int, 1000, u"PONTE_NET_RETRY_BASE_MS"_s, 1, 60'000},
        {SettingKey::BusinessHoursShare, T::Int, 50, {}, 1, 100},
        {SettingKey::BusinessHoursStart, T::Time, QTime(8, 0)},
        {SettingKey::BusinessHoursEnd, T::Time, QTime(18, 0)},
        {SettingKey::BusinessHoursDays, T::Weekdays, u"1,2,3,4,5"_s},
        {SettingKey::ConflictPolicy,
         T::Choice,
         u"omie-wins"_s,
         {},
         0,
         0,
         {u"omie-wins"_s, u"ploomes-wins"_s, u"newest-wins"_s}},
        // Never mirror a deletion by default: undo the pair and report it.
        {SettingKey::DeletionClients, T::Choice, u"unlink"_s, {}, 0, 0, deletionPolicies()},
        {SettingKey::DeletionProducts, T::Choice, u"unlink"_s, {}, 0, 0, deletionPolicies()},
        {SettingKey::DeletionOrders, T::Choice, u"unlink"_s, {}, 0, 0, deletionPolicies()},
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
        // "system": the computer's language when Ponte speaks it, else pt-BR; read at start-up.
        {SettingKey::Language, T::Choice, u"system"_s, u"PONTE_LANG"_s, 0, 0, {u"system"_s, u"pt_BR"_s, u"en"_s}},
        {SettingKey::ScheduleEnabled, T::Bool, false},
        {SettingKey::ScheduleTime, T::Time, QTime(20, 0)},
        {SettingKey::ScheduleDays, T::Weekdays, u"1,2,3,4,5,6,7"_s},
        {SettingKey::WebhookPort, T::Int, 0, {}, 0, 65535},
        // Loopback unless the user decides to expose the receiver (or puts a proxy in front of it).
        {SettingKey::WebhookListen, T::Address, u"127.0.0.1"_s, u"PONTE_WEBHOOK_LISTEN"_s},
        // The system's proxy unless the settings page says otherwise; the password is in the keychain.
        {SettingKey::ProxyMode, T::Choice, u"system"_s, {}, 0, 0, {u"system"_s, u"none"_s, u"manual"_s}},
        {SettingKey::ProxyType, T::Choice, u"http"_s, {}, 0, 0, {u"http"_s, u"socks5"_s}},
        {SettingKey::ProxyHost, T::String, QString()},
        {SettingKey::ProxyPort, T::Int, 0, {}, 0, 65535},
        {SettingKey::ProxyUser, T::String, QString()},
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
    // Control characters end up in ERP/CRM fields, logs and terminals; no setting needs them.
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(tr("%1 must not contain control characters.").arg(def.key));
    }
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
        // NaN compares false with both bounds, so it must be refused on its own.
        if (!ok || !std::isfinite(v) || v < def.minimum || v > def.maximum)
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
        if (text.size() > kMaxStringLength)
            return fail(tr("%1 is too long (at most %2 characters).").arg(def.key).arg(kMaxStringLength));
        return QVariant(text);
    case Type::Address: {
        const QHostAddress address(text);
        if (address.isNull())
            return fail(tr("%1 must be an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every "
                           "network).")
                            .arg(def.key));
        return QVariant(address.toString());
    }
    case Type::Weekdays: {
        // 1 = Monday … 7 = Sunday, as in QDate::dayOfWeek().
        QStringList days;
        for (const QString &part : text.split(u',')) {
            bool ok = false;
            const int day = part.trimmed().toInt(&ok);
            if (!ok || day < 1 || day > 7)
                return fail(tr("%1 must list weekdays from 1 (Monday) to 7 (Sunday), separated by commas, such as "
                               "1,2,3,4,5.")
                                .arg(def.key));
            if (!days.contains(QString::number(day)))
                days.append(QString::number(day));
        }
        std::sort(days.begin(), days.end());
        return QVariant(days.join(u','));
    }
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
        // Neither ERP nor CRM holds records from before 1990 or dated decades ahead.
        if (d < QDate(1990, 1, 1) || d > QDate(2100, 12, 31))
            return fail(tr("%1 must be a date from 1990-01-01 to 2100-12-31.").arg(def.key));
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
    if (Status s = checkCombination(key, *parsed); !s)
        return s;
    return m_repository.setValue(key, toText(*def, *parsed));
}

Status Settings::checkCombination(const QString &key, const QVariant &candidate) const
{
    // Business hours run inside one day: an end before the start would make every hour "outside". The same time
    // for both means "no business hours".
    if (key == SettingKey::BusinessHoursStart || key == SettingKey::BusinessHoursEnd) {
        const QTime start =
            key == SettingKey::BusinessHoursStart ? candidate.toTime() : timeValue(SettingKey::BusinessHoursStart);
        const QTime end =
            key == SettingKey::BusinessHoursEnd ? candidate.toTime() : timeValue(SettingKey::BusinessHoursEnd);
        if (start > end)
            return Status::error(tr("Business hours must end after they start (start %1, end %2); the same time for "
                                    "both means no business hours.")
                                     .arg(start.toString(u"HH:mm"_s), end.toString(u"HH:mm"_s)));
    }
    return Status::ok();
}

Status Settings::fillEmpty(const QList<QPair<QString, QString>> &values)
{
    for (const auto &[key, text] : values) {
        if (!stringValue(key).isEmpty())
            continue;
        if (Status s = setValue(key, text); !s)
            return s;
    }
    return Status::ok();
}

Status Settings::reset(const QString &key)
{
    if (!definition(key))
        return Status::error(tr("There is no setting called %1.").arg(key));
    return m_repository.remove(key);
}

} // namespace Ponte
