#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ponte {

struct QuarantineEntry;

/**
 * Why a quarantined record waits, in words an office worker understands. @p errorClass is the
 * class the engine recorded; the recorded reason is kept when it is the service's own business
 * message (a refused field), and left to the tooltip when it is technical (HTTP, parsing).
 */
class QuarantineReasons
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::QuarantineReasons)

public:
    static QString plain(const QuarantineEntry &entry);
};

/** Where the user finds what a screen asks for, shared by the assistant and the dialogs. */
class HelpTexts
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::HelpTexts)

public:
    /** The full path to the Ploomes User-Key (ploomes-api.md §1.1). */
    static QString ploomesUserKeyWhere();
};

} // namespace Ponte
