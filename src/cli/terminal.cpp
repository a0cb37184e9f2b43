#include "terminal.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Ponte::Terminal {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

QString readLine(bool hidden)
{
#ifdef Q_OS_WIN
    HANDLE handle = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(handle, &mode);
    if (hidden)
        SetConsoleMode(handle, mode & ~ENABLE_ECHO_INPUT);
#else
    termios old {};
    const bool restore = hidden && tcgetattr(STDIN_FILENO, &old) == 0;
    if (restore) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine().trimmed();
#ifdef Q_OS_WIN
    if (hidden)
        SetConsoleMode(handle, mode);
#else
    if (restore)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    return line;
}

} // namespace Ponte::Terminal
