#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcOmie)
Q_DECLARE_LOGGING_CATEGORY(lcPloomes)
Q_DECLARE_LOGGING_CATEGORY(lcMapping)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSchedule)
Q_DECLARE_LOGGING_CATEGORY(lcWebhook)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

namespace Ponte::Logging {

/** Where log lines go besides the file. */
enum class Console { Off, WarningsOnly, All };

/**
 * Installs the process-wide message handler: every line is redacted, then appended to
 * <logDir>/ponte.log, which rotates at @p maxBytes keeping @p keepFiles older files.
 */
void install(const QString &logDir, Console console = Console::WarningsOnly, qint64 maxBytes = 5 * 1024 * 1024,
             int keepFiles = 5);
/** Restores Qt's default handler and closes the file. */
void uninstall();
/** Path of the current log file, or empty when not installed. */
QString logFilePath();

/** Registers a secret value: from now on it is replaced in every log line. Values under 4 characters are ignored. */
void addSecret(const QString &secret);
/** Forgets every registered secret (tests). */
void clearSecrets();
/** Returns @p text with registered secrets and credential-looking fields (app_secret, app_key, User-Key) masked. */
QString redact(const QString &text);

} // namespace Ponte::Logging
