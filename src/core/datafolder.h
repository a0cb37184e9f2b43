#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Ponte {

/** Where a profile keeps its database, logs and exports. */
class DataFolder
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::DataFolder)

public:
    /**
     * --data-dir wins, then PONTE_DATA_DIR, then the platform's application data folder. Demo mode
     * without an explicit folder uses a "demo" subfolder so that it never touches real data.
     */
    static QString resolve(const QString &option, bool demo,
                           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /** Creates the folder if missing (owner-only), leaves an existing one as it is; checks that it is writable. */
    static Status ensure(const QString &dir);
    static QString databasePath(const QString &dir);
    static QString logDir(const QString &dir);
    /** Keychain profile name of a data folder, so that two folders never share credentials. */
    static QString secretProfile(const QString &dir);
};

} // namespace Ponte
