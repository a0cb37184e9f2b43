#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStore, "ponte.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "ponte.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "ponte.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "ponte.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOmie, "ponte.omie", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPloomes, "ponte.ploomes", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMapping, "ponte.mapping", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "ponte.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "ponte.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "ponte.webhook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatform, "ponte.platform", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Ponte::Logging {
namespace {

const QString kMask = u"«redacted»"_s;

struct Redactor
{
    QReadWriteLock lock;
    QSet<QString> secrets;
};

Redactor &redactor()
{
    static Redactor r;
    return r;
}

struct Sink
{
    QMutex mutex;
    QFile file;
    QString dir;
    qint64 maxBytes = 0;
    int keepFiles = 0;
    Console console = Console::WarningsOnly;
    bool installed = false;
};

Sink &sink()
{
    static Sink s;
    return s;
}

QString fileName(const QString &dir, int index)
{
    return index == 0 ? dir + u"/ponte.log"_s : dir + u"/ponte.%1.log"_s.arg(index);
}

void rotateLocked(Sink &s)
{
    s.file.close();
    QFile::remove(fileName(s.dir, s.keepFiles));
    for (int i = s.keepFiles - 1; i >= 0; --i)
        QFile::rename(fileName(s.dir, i), fileName(s.dir, i + 1));
    s.file.setFileName(fileName(s.dir, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'E';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = context.category ? QString::fromLatin1(context.category) : u"default"_s;
    const QString line = u"%1 %2 %3: %4\n"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                                 QString(QLatin1Char(levelLetter(type))), category, redact(message));
    const QByteArray bytes = line.toUtf8();
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.maxBytes > 0 && s.file.size() + bytes.size() > s.maxBytes)
                rotateLocked(s);
            s.file.write(bytes);
            s.file.flush();
        }
    }
    const bool toConsole = s.console == Console::All || (s.console == Console::WarningsOnly && type != QtDebugMsg
                                                         && type != QtInfoMsg);
    if (toConsole) {
        std::fputs(bytes.constData(), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void install(const QString &logDir, Console console, qint64 maxBytes, int keepFiles)
{
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(logDir);
        s.dir = logDir;
        s.maxBytes = maxBytes;
        s.keepFiles = std::max(1, keepFiles);
        s.console = console;
        s.file.close();
        s.file.setFileName(fileName(logDir, 0));
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        s.installed = true;
    }
    qInstallMessageHandler(handler);
}

void uninstall()
{
    qInstallMessageHandler(nullptr);
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.installed = false;
}

QString logFilePath()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.installed ? s.file.fileName() : QString();
}

void addSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < 4)
        return;
    Redactor &r = redactor();
    QWriteLocker lock(&r.lock);
    r.secrets.insert(trimmed);
}

void clearSecrets()
{
    Redactor &r = redactor();
    QWriteLocker lock(&r.lock);
    r.secrets.clear();
}

QString redact(const QString &text)
{
    // Field-shaped credentials are masked even when the value was never registered (e.g. a key typed by hand).
    static const QRegularExpression jsonField(
        uR"re(("(?:app_secret|app_key|appKey|appHash|User-Key|user_key|password)"\s*:\s*")[^"]*("))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression header(uR"re((User-Key\s*[:=]\s*)[^\s,;&"']+)re"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    {
        Redactor &r = redactor();
        QReadLocker lock(&r.lock);
        for (const QString &secret : std::as_const(r.secrets))
            out.replace(secret, kMask);
    }
    out.replace(jsonField, u"\\1"_s + kMask + u"\\2"_s);
    out.replace(header, u"\\1"_s + kMask);
    return out;
}

} // namespace Ponte::Logging
