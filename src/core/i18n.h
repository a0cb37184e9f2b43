#pragma once

#include <QString>

class QCoreApplication;

namespace Ponte {

/**
 * Installs Ponte's translator (and Qt's own, when available) for @p language ("pt_BR" or "en").
 * pt-BR is the default. Returns false when Ponte's catalogue for that language is missing.
 */
bool installTranslators(QCoreApplication &app, const QString &language);

} // namespace Ponte
