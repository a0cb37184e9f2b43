// Responsiveness benchmark (desktop issue): during a demo sync of ≥ 2,000 records the main thread never
// stalls more than 50 ms. The real MainWindow in demo mode (DemoEnvironment, scaled up), the real "Sync
// now" action, and a user who switches pages, scrolls the history and opens and closes the progress view
// while the run goes on. A precise timer ticks every few milliseconds on the main thread; every gap
// between two ticks beyond the interval is a stall. Exits 1 when the largest stall exceeds the bound.
//
//   QT_QPA_PLATFORM=offscreen build/dev/bench/bench_responsiveness [--clients 1000] [--orders 600] …
#include "datafolder.h"
#include "demoenvironment.h"
#include "i18n.h"
#include "logging.h"
#include "mainwindow.h"
#include "profile.h"
#include "secrets/secretstore.h"
#include "settings.h"
#include "sync/syncengine.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {

/** CPU time this thread has run, in ns: tells a stall of our own work from one of a loaded machine. */
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/** CPU time of the whole process (sync engine, simulators, main thread), in ns. */
qint64 processCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/** Time this thread was ready but waited for a CPU (Linux schedstat), in ns; 0 where unknown. */
qint64 threadRunQueueWaitNs()
{
    std::FILE *file = std::fopen("/proc/thread-self/schedstat", "r");
    if (!file)
        return 0;
    unsigned long long onCpu = 0, waiting = 0;
    const int read = std::fscanf(file, "%llu %llu", &onCpu, &waiting);
    std::fclose(file);
    return read == 2 ? qint64(waiting) : 0;
}

/** Gaps of a timer on the main thread beyond its interval, with what the "user" had just done. */
class StallMeter
{
public:
    explicit StallMeter(int intervalMs) : m_intervalNs(qint64(intervalMs) * 1'000'000)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_lastWait = threadRunQueueWaitNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /** What the next stalls are attributed to, until the next call. */
    void setActivity(const QString &activity) { m_activity = activity; }

    qint64 ticks() const { return qint64(m_stallsMs.size()); }
    double maxMs() const { return m_maxMs; }
    QString maxActivity() const { return m_maxActivity; }
    /** CPU time of the main thread within the largest stall's gap. */
    double maxStallBusyMs() const { return m_maxBusyMs; }
    /** The largest CPU time the main thread spent between two ticks. */
    double maxBusyMs() const { return m_maxBusyAnyMs; }
    struct Worst
    {
        double stallMs = 0;
        double busyMs = 0; ///< CPU time of the main thread in that gap
        double waitMs = 0; ///< time the main thread was ready but other processes had the CPUs
    };
    /** Time the main thread waited for a CPU within the largest stall's gap. */
    double maxStallWaitMs() const { return m_maxWaitMs; }
    /** The largest stall less the time the main thread waited for a CPU: Ponte's share on a loaded machine. */
    double maxOwnMs() const
    {
        return m_ownStallsMs.isEmpty() ? 0 : *std::max_element(m_ownStallsMs.cbegin(), m_ownStallsMs.cend());
    }
    /** The longest time within a stall that the main thread was blocked (off the CPU, not waiting for one). */
    double maxBlockedMs() const { return m_maxBlockedMs; }
    QString maxBlockedActivity() const { return m_maxBlockedActivity; }
    int countOwnAbove(double ms) const
    {
        return int(std::count_if(m_ownStallsMs.cbegin(), m_ownStallsMs.cend(), [ms](double s) { return s > ms; }));
    }
    double percentileMs(double p) const
    {
        if (m_stallsMs.isEmpty())
            return 0;
        QList<double> sorted = m_stallsMs;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size()))) - 1;
        return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
    }
    int countAbove(double ms) const
    {
        return int(std::count_if(m_stallsMs.cbegin(), m_stallsMs.cend(), [ms](double s) { return s > ms; }));
    }
    /** The largest stalls per activity, to find where they come from. */
    QList<std::pair<QString, Worst>> worstByActivity() const
    {
        QList<std::pair<QString, Worst>> out;
        for (auto it = m_worst.cbegin(); it != m_worst.cend(); ++it)
            out.append({it.key(), it.value()});
        std::sort(out.begin(), out.end(),
                  [](const auto &a, const auto &b) { return a.second.stallMs > b.second.stallMs; });
        return out;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double stallMs = double(std::max<qint64>(0, now - m_last - m_intervalNs)) / 1e6;
        m_last = now;
        const qint64 cpu = threadCpuNs();
        const double busyMs = double(cpu - m_lastCpu) / 1e6;
        m_lastCpu = cpu;
        const qint64 wait = threadRunQueueWaitNs();
        const double waitMs = double(wait - m_lastWait) / 1e6;
        m_lastWait = wait;
        m_stallsMs.append(stallMs);
        m_ownStallsMs.append(std::max(0.0, stallMs - waitMs));
        if (stallMs > m_maxMs || m_maxActivity.isEmpty()) {
            m_maxMs = stallMs;
            m_maxBusyMs = busyMs;
            m_maxWaitMs = waitMs;
            m_maxActivity = m_activity;
        }
        // Neither running nor waiting for a CPU: asleep on a lock, a file or a database busy handler.
        const double blockedMs = std::max(0.0, stallMs - busyMs - waitMs);
        if (blockedMs > m_maxBlockedMs) {
            m_maxBlockedMs = blockedMs;
            m_maxBlockedActivity = m_activity;
        }
        Worst &worst = m_worst[m_activity];
        if (stallMs >= worst.stallMs)
            worst = {stallMs, busyMs, waitMs};
        m_maxBusyAnyMs = std::max(m_maxBusyAnyMs, busyMs);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    const qint64 m_intervalNs;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_lastWait = 0;
    QList<double> m_stallsMs;
    QList<double> m_ownStallsMs;
    double m_maxWaitMs = 0;
    double m_maxBlockedMs = 0;
    QString m_maxBlockedActivity;
    double m_maxMs = 0;
    double m_maxBusyMs = 0;
    double m_maxBusyAnyMs = 0;
    QString m_activity = u"sync"_s;
    QString m_maxActivity;
    QHash<QString, Worst> m_worst;
};

/** A user during the run: one step every @p stepMs, through the pages, the history and the progress view. */
class User
{
public:
    User(MainWindow &window, StallMeter &meter, int stepMs) : m_window(window), m_meter(meter)
    {
        m_timer.setInterval(stepMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { step(); });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    int steps() const { return m_steps; }

private:
    void act(const QString &name, const std::function<void()> &action)
    {
        m_meter.setActivity(name);
        action();
        ++m_steps;
    }
    void scroll(const QString &viewName, QAbstractSlider::SliderAction how)
    {
        auto *view = m_window.findChild<QAbstractItemView *>(viewName);
        act(u"scroll "_s + viewName, [view, how] {
            if (view && view->isVisible())
                view->verticalScrollBar()->triggerAction(how);
        });
    }
    void step()
    {
        auto *pages = m_window.findChild<QListWidget *>(u"pageListWidget"_s);
        switch (m_steps % 10) {
        case 0: // the overview holds the progress view: opening the page shows it
            act(u"open the progress view (overview)"_s, [pages] { pages->setCurrentRow(MainWindow::OverviewPage); });
            break;
        case 1:
            act(u"history page"_s, [pages] { pages->setCurrentRow(MainWindow::HistoryPage); });
            break;
        case 2:
            act(u"open the latest run in the history"_s, [this] {
                auto *history = m_window.findChild<QTableView *>(u"historyTableView"_s);
                history->clearSelection(); // a click on the run shown already would load nothing
                if (history->model()->rowCount() > 0)
                    history->selectRow(0);
            });
            break;
        case 3:
            scroll(u"runItemsTableView"_s, QAbstractSlider::SliderPageStepAdd);
            break;
        case 4:
            scroll(u"runItemsTableView"_s, QAbstractSlider::SliderToMaximum);
            break;
        case 5:
            scroll(u"historyTableView"_s, QAbstractSlider::SliderPageStepAdd);
            break;
        case 6:
            scroll(u"runItemsTableView"_s, QAbstractSlider::SliderToMinimum);
            break;
        case 7:
            act(u"open the progress view (overview)"_s, [pages] { pages->setCurrentRow(MainWindow::OverviewPage); });
            break;
        case 8: // away from the overview closes the progress view
            act(u"close the progress view (quarantine page)"_s,
                [pages] { pages->setCurrentRow(MainWindow::QuarantinePage); });
            break;
        case 9:
            act(u"options page"_s, [pages] { pages->setCurrentRow(MainWindow::OptionsPage); });
            break;
        }
        // The repaint and layout an action causes run in the next turns of the event loop: they are its cost too.
        const int step = m_steps;
        QTimer::singleShot(100, &m_timer, [this, step] {
            if (m_steps == step)
                m_meter.setActivity(u"sync"_s);
        });
    }

    MainWindow &m_window;
    StallMeter &m_meter;
    QTimer m_timer;
    int m_steps = 0;
};

int touched(const SyncSummary &s)
{
    int n = 0;
    for (const RunCounters &c : s.counters)
        n += c.created + c.updated + c.unchanged + c.skipped + c.failed;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Ponte"_s);
    QApplication::setApplicationName(u"Ponte"_s);
    QCommandLineParser parser;
    parser.addOptions({{u"clients"_s, u"Omie clients"_s, u"n"_s, u"1000"_s},
                       {u"crm-contacts"_s, u"contacts only in Ploomes"_s, u"n"_s, u"50"_s},
                       {u"products"_s, u"Omie products"_s, u"n"_s, u"300"_s},
                       {u"services"_s, u"Omie services"_s, u"n"_s, u"50"_s},
                       {u"orders"_s, u"Omie sales orders (backfilled)"_s, u"n"_s, u"600"_s},
                       {u"service-orders"_s, u"Omie service orders (backfilled)"_s, u"n"_s, u"60"_s},
                       {u"interval-ms"_s, u"interval of the main-thread timer"_s, u"ms"_s, u"5"_s},
                       {u"step-ms"_s, u"time between two user actions"_s, u"ms"_s, u"300"_s},
                       {u"settle-ms"_s, u"measuring after the run finished"_s, u"ms"_s, u"3500"_s},
                       {u"bound-ms"_s, u"largest stall allowed"_s, u"ms"_s, u"50"_s}});
    parser.addHelpOption();
    parser.process(app);
    const int intervalMs = parser.value(u"interval-ms"_s).toInt();
    const double boundMs = parser.value(u"bound-ms"_s).toDouble();
    Sim::SampleSizes sizes = Sim::DemoEnvironment::demoSizes();
    sizes.clients = parser.value(u"clients"_s).toInt();
    sizes.ploomesOnlyContacts = parser.value(u"crm-contacts"_s).toInt();
    sizes.products = parser.value(u"products"_s).toInt();
    sizes.services = parser.value(u"services"_s).toInt();
    sizes.orders = parser.value(u"orders"_s).toInt();
    sizes.serviceOrders = parser.value(u"service-orders"_s).toInt();

    // As `ponte --demo` starts: its own data folder, log, simulators, and the administrator's order defaults.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    installTranslators(app, chooseLanguage(env.value(u"PONTE_LANG"_s), QString(), QLocale::system().uiLanguages()));
    if (Status s = DataFolder::ensure(dir.path()); !s) {
        std::fprintf(stderr, "data folder: %s\n", qPrintable(s.message()));
        return 2;
    }
    Logging::install(DataFolder::logDir(dir.path()));
    Sim::DemoEnvironment simulators(dir.filePath(u"demo-simulators.json"_s));
    simulators.setSampleSizes(sizes);
    if (Status s = simulators.start(); !s) {
        std::fprintf(stderr, "simulators: %s\n", qPrintable(s.message()));
        return 2;
    }
    env = simulators.applyTo(env);
    auto profile = Profile::open(dir.path(), env);
    if (!profile) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(profile.message()));
        return 2;
    }
    Settings &settings = profile.value()->settings();
    // What the user ticks on the options page so that the run carries the orders too; no business hours,
    // so that "Sync now" asks nothing (the question is a modal box, not the sync).
    const QList<QPair<QString, QString>> choices{{SettingKey::BackfillOmieOrders, u"true"_s},
                                                 {SettingKey::BackfillOmieOrdersSince, u"2000-01-01"_s},
                                                 {SettingKey::BusinessHoursStart, u"00:00"_s},
                                                 {SettingKey::BusinessHoursEnd, u"00:00"_s}};
    for (const auto &[key, value] : choices) {
        if (Status s = settings.setValue(key, value); !s) {
            std::fprintf(stderr, "setting %s: %s\n", qPrintable(key), qPrintable(s.message()));
            return 2;
        }
    }
    if (Status s = settings.fillEmpty(simulators.orderDefaults()); !s) {
        std::fprintf(stderr, "order defaults: %s\n", qPrintable(s.message()));
        return 2;
    }

    MemorySecretStore secrets;
    MainWindow window(profile.value(), &secrets, env, simulators.credentials());
    window.resize(1200, 740);
    window.show();
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();

    StallMeter meter(intervalMs);
    User user(window, meter, parser.value(u"step-ms"_s).toInt());
    SyncSummary summary;
    QElapsedTimer runTime;
    qint64 processCpuAtStart = 0, mainCpuAtStart = 0, processCpuOfRun = 0, mainCpuOfRun = 0;
    qint64 runMs = 0;
    QEventLoop loop;
    QObject::connect(window.controller(), &SyncController::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        runMs = runTime.elapsed();
        processCpuOfRun = processCpuNs() - processCpuAtStart;
        mainCpuOfRun = threadCpuNs() - mainCpuAtStart;
        meter.setActivity(u"the run finished (history, overview, quarantine refreshed)"_s);
        QTimer::singleShot(parser.value(u"settle-ms"_s).toInt(), &loop, &QEventLoop::quit);
    });
    // What the engine sends the window while it runs: each one is work for the main thread.
    qint64 progressSignals = 0;
    QObject::connect(window.controller(), &SyncController::progress, &loop, [&progressSignals] { ++progressSignals; });
    QObject::connect(window.controller(), &SyncController::progressDetail, &loop,
                     [&progressSignals] { ++progressSignals; });
    meter.start();
    user.start();
    runTime.start();
    processCpuAtStart = processCpuNs();
    mainCpuAtStart = threadCpuNs();
    meter.setActivity(u"Sync now"_s);
    window.action(u"syncNowAction"_s)->trigger();
    meter.setActivity(u"sync"_s);
    loop.exec();
    user.stop();
    meter.stop();

    const int records = touched(summary);
    std::printf("Responsiveness of the main thread during a demo sync (%s, %d ms timer)\n",
                qPrintable(QString::fromLatin1(qgetenv("QT_QPA_PLATFORM"))), intervalMs);
    std::printf("run: %s, %d records touched (%d written, %d failed), %.1f s\n", qPrintable(toName(summary.status)),
                records, summary.totalWrites(), summary.totalFailed(), double(runMs) / 1000.0);
    // Whether the waits for a CPU are this process's own threads or other processes: 2 cores is 2.0.
    std::printf("CPU during the run: the process %.1f s (%.2f cores on average), the main thread %.1f s\n",
                double(processCpuOfRun) / 1e9, runMs > 0 ? double(processCpuOfRun) / 1e6 / double(runMs) : 0.0,
                double(mainCpuOfRun) / 1e9);
    std::printf("progress signals from the engine: %lld (%.0f per second)\n", static_cast<long long>(progressSignals),
                runMs > 0 ? double(progressSignals) * 1000.0 / double(runMs) : 0.0);
    std::printf("measured: %lld ticks over the run and %s ms after it, %d user actions\n",
                static_cast<long long>(meter.ticks()), qPrintable(parser.value(u"settle-ms"_s)), user.steps());
    std::printf("stall: max %.1f ms (during: %s; of it %.1f ms on the CPU, %.1f ms waiting for one), p99 %.1f ms, "
                "p99.9 %.1f ms\n",
                meter.maxMs(), qPrintable(meter.maxActivity()), meter.maxStallBusyMs(), meter.maxStallWaitMs(),
                meter.percentileMs(0.99), meter.percentileMs(0.999));
    std::printf(
        "without the time spent waiting for a CPU (other threads and processes): max %.1f ms, %d stalls > %g ms\n",
        meter.maxOwnMs(), meter.countOwnAbove(boundMs), boundMs);
    std::printf("longest time the main thread was blocked within a stall (a lock, a file, a busy database): %.1f ms "
                "(during: %s)\n",
                meter.maxBlockedMs(), qPrintable(meter.maxBlockedActivity()));
    std::printf("longest work of the main thread between two ticks: %.1f ms of CPU\n", meter.maxBusyMs());
    std::printf("stalls > 16 ms: %d, > %g ms: %d\n", meter.countAbove(16), boundMs, meter.countAbove(boundMs));
    std::printf("worst stall per activity (main thread on the CPU / waiting for a CPU in that gap):\n");
    for (const auto &[activity, worst] : meter.worstByActivity())
        std::printf("  %7.1f ms (%5.1f / %5.1f ms)  %s\n", worst.stallMs, worst.busyMs, worst.waitMs,
                    qPrintable(activity));
    std::printf("max stall %.2f × the %g ms bound\n", meter.maxMs() / boundMs, boundMs);
    if (summary.status != RunStatus::Succeeded) {
        std::fprintf(stderr, "the sync did not succeed: %s\n", qPrintable(summary.error));
        return 2;
    }
    if (records < 2000)
        std::fprintf(stderr, "warning: fewer than 2,000 records touched; the issue's figure needs at least 2,000\n");
    return meter.maxMs() > boundMs ? 1 : 0;
}
