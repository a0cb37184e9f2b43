#pragma once

#include <QString>

namespace Ponte::Terminal {

bool stdinIsTerminal();
bool stderrIsTerminal();
/** Reads one line from standard input; with @p hidden the typed characters are not echoed. */
QString readLine(bool hidden);

} // namespace Ponte::Terminal
