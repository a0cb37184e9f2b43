#include "savefile.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace Ponte {

namespace {
Status failed(const QString &path, const QSaveFile &file, qint64 needed)
{
    // QSaveFile only reports "No space left on device" in English (or not at all after a short write),
    // so look at the disk itself before blaming anything else.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed + 4096)
        return Status::error(
            SaveFile::tr("The disk is full: %1 was not saved (the previous file, if any, is unchanged).").arg(path),
            file.errorString());
    return Status::error(SaveFile::tr("Could not save %1: %2").arg(path, file.errorString()));
}
} // namespace

Status SaveFile::write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file, data.size());
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return failed(path, file, data.size());
    }
    if (!file.commit())
        return failed(path, file, data.size());
    return Status::ok();
}

} // namespace Ponte
