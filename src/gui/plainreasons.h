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

} // namespace Ponte
