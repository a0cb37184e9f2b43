#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Ponte {

/**
 * Replaces @p path with @p data atomically (QSaveFile): on any failure, a full disk included, the old
 * file is left untouched and the error says what happened in plain words.
 */
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::SaveFile)

public:
    static Status write(const QString &path, const QByteArray &data);
};

} // namespace Ponte
