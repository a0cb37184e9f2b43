#pragma once

#include <QThread>

namespace Ponte {

/**
 * Starts @p thread as background work: below the priority of the thread that paints the window.
 *
 * The sync engine, the demo simulators and the history reader share the CPU with the main thread, and
 * so do the workers Qt's raster engine hands large fills to (QThreadPool::globalInstance()); the main
 * thread waits for those workers, so a busy engine thread delayed painting (bench_responsiveness). The
 * work of these threads waits on the services' rate limits, not on the CPU, so giving way costs nothing.
 * Windows and macOS honour QThread::LowPriority; Linux ignores it for ordinary threads, so the thread
 * also raises its own nice value there (a per-thread attribute on Linux).
 */
void startInBackground(QThread &thread);

/** The nice value of the calling thread on Linux, 0 elsewhere. */
int currentThreadNiceness();

} // namespace Ponte
