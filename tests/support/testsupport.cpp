#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ponte::Test {

QStringList filesContaining(const QString &dir, const QString &needle)
{
    const QList<QByteArray> forms = {
        needle.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2),
        QUrl::toPercentEncoding(needle),
    };
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &form : forms) {
            if (!form.isEmpty() && bytes.contains(form)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

ProcessResult runCli(const QStringList &args, const QByteArray &input, const QStringList &extraEnv, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PONTE_CLI_PATH), args);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    ProcessResult r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.exitCode = -2;
    } else {
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace Ponte::Test
