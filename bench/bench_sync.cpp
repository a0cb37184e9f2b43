// Backfill benchmark (issue: sync engine): ≥ 5,000 clients, 1,000 products, 200 services and
// 3,000 orders with 1–5 lines, against the simulators with limits scaled up. Reports the total time
// against the lower bound set by the API budgets, Ploomes requests per created record, limit
// violations and peak memory; then a no-op incremental run's writes and reads. To find where time
// above the bound goes it prints, per step, the wall time and each service's idle budget, the widest
// Ploomes gaps, and the CPU time of the engine and the machine's load.
// The SUMMARY line gives the ratio and the idle-gap breakdown with the load average sampled during the run;
// the latest figures are in docs/PERFORMANCE.md.
//
//   build/dev/bench/bench_sync [--clients 5000] [--products 1000] [--services 200] [--orders 3000]
//                              [--omie-rpm 12000] [--ploomes-rps 100]
#include "benchsupport.h"
#include "net/transport.h"
#include "omiesimulator.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "settings.h"
#include "sync/syncrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>

using namespace Ponte;
using namespace Qt::StringLiterals;

namespace {
/** When each request left and its answer came back, per service: where each budget stood idle. */
struct Timeline
{
    struct Call
    {
        qint64 sentMs;
        qint64 doneMs;
        QByteArray what; ///< Omie method, or Ploomes verb and collection
    };
    QList<Call> omie;
    QList<Call> ploomes;
    QHash<Entity, qint64> stepStartMs; ///< first progress report of each step
    QElapsedTimer clock;
};

/** NetworkTransport that stamps every call into a Timeline (Omie by its port, the rest is Ploomes). */
class TimelineTransport final : public Transport
{
public:
    TimelineTransport(Timeline *timeline, int omiePort) : m_timeline(timeline), m_omiePort(omiePort) {}
    Handle send(const HttpCall &call, std::function<void(const RawResponse &)> done) override
    {
        QList<Timeline::Call> *calls = call.url.port() == m_omiePort ? &m_timeline->omie : &m_timeline->ploomes;
        const qsizetype index = calls->size();
        const bool omie = calls == &m_timeline->omie;
        QByteArray what = call.verb + ' ';
        if (omie) {
            const qsizetype at = call.body.indexOf("\"call\"");
            what += at < 0 ? QByteArray() : call.body.mid(at + 6, 40).split('"').value(1);
        } else {
            what += call.url.path().toUtf8().split('(').value(0);
        }
        calls->append({m_timeline->clock.elapsed(), -1, what});
        return m_inner.send(call, [this, calls, index, done = std::move(done)](const RawResponse &r) {
            (*calls)[index].doneMs = m_timeline->clock.elapsed();
            done(r);
        });
    }
    void abort(Handle handle) override { m_inner.abort(handle); }

private:
    NetworkTransport m_inner;
    Timeline *m_timeline;
    int m_omiePort;
};

/**
 * Time in [fromMs, toMs) during which the budget of @p calls was not used: the gaps between departures
 * beyond one pacing step (@p stepMs, the limit's interval), so a budget used to the limit shows 0.
 */
double idleS(const QList<Timeline::Call> &calls, qint64 fromMs, qint64 toMs, double stepMs)
{
    double idle = 0;
    qint64 previous = fromMs;
    for (const Timeline::Call &c : calls) {
        if (c.sentMs < fromMs)
            continue;
        if (c.sentMs >= toMs)
            break;
        idle += std::max(0.0, double(c.sentMs - previous) - stepMs);
        previous = c.sentMs;
    }
    idle += std::max(0.0, double(toMs - previous) - stepMs);
    return idle / 1000.0;
}

int countIn(const QList<Timeline::Call> &calls, qint64 fromMs, qint64 toMs)
{
    return int(std::count_if(calls.cbegin(), calls.cend(),
                             [&](const Timeline::Call &c) { return c.sentMs >= fromMs && c.sentMs < toMs; }));
}

SyncSummary runSync(Profile &profile,
                    const Credentials &credentials,
                    const SyncOptions &options,
                    Timeline *timeline = nullptr,
                    int omiePort = -1)
{
    std::unique_ptr<Transport> transport;
    if (timeline)
        transport = std::make_unique<TimelineTransport>(timeline, omiePort);
    else
        transport = std::make_unique<NetworkTransport>();
    std::atomic_bool cancel{false};
    ProgressSink sink;
    if (timeline) {
        timeline->clock.start();
        sink.detailed = [timeline](const SyncProgress &p) {
            if (!timeline->stepStartMs.contains(p.entity))
                timeline->stepStartMs.insert(p.entity, timeline->clock.elapsed());
        };
    }
    SyncRun run(profile, credentials, options, Clock::system(), transport.get(), &cancel, sink);
    return run.execute();
}

/** Where the Ploomes budget stood idle over a whole run (the lead's summary line). */
struct IdleBreakdown
{
    double totalS = 0;
    double smallGapsS = 0; ///< gaps under 200 ms: the pipeline's own pace (engine thread, machine)
    double wideGapsS = 0;  ///< gaps of 200 ms or more: waits on reads, confirmations, set-up
    int wideGaps = 0;
};

/** Per step: wall time, requests and idle budget of each service (the instrument for the ratio). */
IdleBreakdown printSteps(const Timeline &t, qint64 endMs, double omieStepMs, double ploomesStepMs)
{
    std::printf("  per step: wall time; requests and idle time (gaps between departures beyond one step of the "
                "limit) of each service\n");
    QList<std::pair<qint64, Entity>> starts;
    for (auto it = t.stepStartMs.cbegin(); it != t.stepStartMs.cend(); ++it)
        starts.append({it.value(), it.key()});
    std::sort(starts.begin(), starts.end());
    const qint64 firstStepMs = starts.isEmpty() ? endMs : starts.first().first;
    std::printf("    %-15s %6.1f s; Ploomes %5d, idle %5.1f s; Omie %5d, idle %5.1f s\n", "set-up",
                firstStepMs / 1000.0, countIn(t.ploomes, 0, firstStepMs),
                idleS(t.ploomes, 0, firstStepMs, ploomesStepMs), countIn(t.omie, 0, firstStepMs),
                idleS(t.omie, 0, firstStepMs, omieStepMs));
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qint64 from = starts.at(i).first;
        const qint64 to = i + 1 < starts.size() ? starts.at(i + 1).first : endMs;
        std::printf("    %-15s %6.1f s; Ploomes %5d, idle %5.1f s; Omie %5d, idle %5.1f s\n",
                    qPrintable(entityName(starts.at(i).second)), (to - from) / 1000.0, countIn(t.ploomes, from, to),
                    idleS(t.ploomes, from, to, ploomesStepMs), countIn(t.omie, from, to),
                    idleS(t.omie, from, to, omieStepMs));
    }
    // The widest gaps say which wait held the Ploomes budget back: what went before and what came after.
    QList<qsizetype> gaps;
    for (qsizetype i = 1; i < t.ploomes.size(); ++i)
        gaps.append(i);
    auto gapMs = [&](qsizetype i) { return t.ploomes.at(i).sentMs - t.ploomes.at(i - 1).sentMs; };
    std::sort(gaps.begin(), gaps.end(), [&](qsizetype a, qsizetype b) { return gapMs(a) > gapMs(b); });
    std::printf("    widest Ploomes gaps (at, length, after, before):\n");
    for (qsizetype k = 0; k < std::min<qsizetype>(12, gaps.size()); ++k) {
        const Timeline::Call &a = t.ploomes.at(gaps.at(k) - 1);
        const Timeline::Call &b = t.ploomes.at(gaps.at(k));
        const int omieInGap = countIn(t.omie, a.sentMs, b.sentMs);
        std::printf("      %7.2f s %6lld ms  after %s (answered %+lld ms), before %s; %d Omie calls meanwhile\n",
                    a.sentMs / 1000.0, static_cast<long long>(b.sentMs - a.sentMs), a.what.constData(),
                    static_cast<long long>(a.doneMs - a.sentMs), b.what.constData(), omieInGap);
    }
    IdleBreakdown idle;
    qint64 small = 0;
    qint64 wide = 0;
    for (qsizetype i : gaps) {
        const qint64 beyond = std::max<qint64>(0, gapMs(i) - qint64(ploomesStepMs));
        if (gapMs(i) < 200) {
            small += beyond;
        } else {
            wide += beyond;
            ++idle.wideGaps;
        }
    }
    idle.smallGapsS = small / 1000.0;
    idle.wideGapsS = wide / 1000.0;
    idle.totalS = idleS(t.ploomes, 0, endMs, ploomesStepMs);
    std::printf("    Ploomes idle in gaps under 200 ms (the pipeline's own pace): %.1f s\n", idle.smallGapsS);
    std::printf("    whole run: Ploomes budget idle %.1f s of %.1f s\n", idle.totalS, endMs / 1000.0);
    return idle;
}

/** The machine's load average sampled every few seconds while the backfill runs (a shared machine skews it). */
class LoadSampler
{
public:
    LoadSampler()
        : m_thread([this] {
              while (!m_stop.load()) {
                  const double load = Bench::loadAverage();
                  {
                      std::lock_guard<std::mutex> lock(m_mutex);
                      m_min = std::min(m_min, load);
                      m_max = std::max(m_max, load);
                  }
                  for (int i = 0; i < 50 && !m_stop.load(); ++i)
                      std::this_thread::sleep_for(std::chrono::milliseconds(100));
              }
          })
    {}
    ~LoadSampler() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    double min() const { return m_min; }
    double max() const { return m_max; }

private:
    std::atomic_bool m_stop{false};
    std::mutex m_mutex;
    double m_min = 1e9;
    double m_max = 0;
    std::thread m_thread;
};

int sum(const SyncSummary &s, int RunCounters::*field, std::optional<Direction> d = std::nullopt)
{
    int n = 0;
    for (const RunCounters &c : s.counters) {
        if (!d || c.direction == *d)
            n += c.*field;
    }
    return n;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"clients"_s, u"Omie clients"_s, u"n"_s, u"5000"_s},
                       {u"products"_s, u"Omie products"_s, u"n"_s, u"1000"_s},
                       {u"services"_s, u"Omie services"_s, u"n"_s, u"200"_s},
                       {u"orders"_s, u"Omie sales orders"_s, u"n"_s, u"3000"_s},
                       {u"service-orders"_s, u"Omie service orders"_s, u"n"_s, u"300"_s},
                       {u"omie-rpm"_s, u"Omie requests per minute per method"_s, u"n"_s, u"12000"_s},
                       {u"ploomes-rps"_s, u"Ploomes requests per second"_s, u"n"_s, u"100"_s},
                       {u"latency-ms"_s, u"simulated service latency"_s, u"ms"_s, u"2"_s}});
    parser.addHelpOption();
    parser.process(app);
    const int omieRpm = parser.value(u"omie-rpm"_s).toInt();
    const double ploomesRps = parser.value(u"ploomes-rps"_s).toDouble();
    Sim::SampleSizes sizes;
    sizes.sellers = 10;
    sizes.clients = parser.value(u"clients"_s).toInt();
    sizes.products = parser.value(u"products"_s).toInt();
    sizes.services = parser.value(u"services"_s).toInt();
    sizes.orders = parser.value(u"orders"_s).toInt();
    sizes.serviceOrders = parser.value(u"service-orders"_s).toInt();
    sizes.ploomesOnlyContacts = 0;
    const Credentials credentials{u"bench-key"_s, u"bench-secret"_s, u"bench-user"_s};

    // One thread per simulator, as the real services run elsewhere and independently.
    Bench::SimulatorThread omieThread;
    Bench::SimulatorThread ploomesThread;
    Sim::OmieSimulator *omie = nullptr;
    Sim::PloomesSimulator *ploomes = nullptr;
    QElapsedTimer seedTimer;
    seedTimer.start();
    const Sim::SampleData data = Sim::SampleData::generate(sizes, 2026);
    const int latencyMs = parser.value(u"latency-ms"_s).toInt();
    omieThread.run([&] {
        omie = new Sim::OmieSimulator();
        omie->setCredentials(credentials.omieAppKey, credentials.omieAppSecret);
        Sim::OmieLimitsConfig ol;
        ol.perMethodPerMinute = omieRpm;
        ol.totalPerMinute = omieRpm * 4;
        ol.redundantWindowMs = 1000;
        omie->setLimits(ol);
        omie->setLatencyMs(latencyMs);
        omie->seed(data);
        omie->listen();
    });
    ploomesThread.run([&] {
        ploomes = new Sim::PloomesSimulator();
        ploomes->setUserKey(credentials.ploomesUserKey);
        Sim::PloomesLimitsConfig pl;
        pl.requestsPerSecond = ploomesRps;
        pl.maxInFlight = 3;
        ploomes->setLimits(pl);
        ploomes->setLatencyMs(latencyMs);
        ploomes->seed(data);
        ploomes->listen();
    });
    // Read the counters of both simulators, each in its own thread.
    auto readCounters = [&](Sim::TrafficCounters *omieTraffic, Sim::TrafficCounters *ploomesTraffic,
                            Sim::ViolationCounters *omieViolations, Sim::ViolationCounters *ploomesViolations) {
        omieThread.run([&] {
            *omieTraffic = omie->traffic();
            if (omieViolations)
                *omieViolations = omie->violations();
        });
        ploomesThread.run([&] {
            *ploomesTraffic = ploomes->traffic();
            if (ploomesViolations)
                *ploomesViolations = ploomes->violations();
        });
    };
    std::printf("bench_sync: seeded %d clients, %d products, %d services, %d orders, %d service orders in %.1f s\n",
                sizes.clients, sizes.products, sizes.services, sizes.orders, sizes.serviceOrders,
                seedTimer.elapsed() / 1000.0);

    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(u"PONTE_OMIE_URL"_s, omie->baseUrl().toString());
    env.insert(u"PONTE_PLOOMES_URL"_s, ploomes->baseUrl().toString());
    env.insert(u"PONTE_OMIE_RPM"_s, QString::number(omieRpm));
    env.insert(u"PONTE_OMIE_TOTAL_RPM"_s, QString::number(omieRpm * 4));
    env.insert(u"PONTE_OMIE_REDUNDANT_WINDOW_S"_s, u"1"_s);
    env.insert(u"PONTE_PLOOMES_RPS"_s, QString::number(ploomesRps));
    auto profile = Profile::open(dir.path(), env);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.message()));
        return 2;
    }
    Settings &settings = profile.value()->settings();
    (void)settings.setValue(SettingKey::OrderCategoria, u"1.01.01"_s);
    (void)settings.setValue(SettingKey::OrderParcela, u"000"_s);
    (void)settings.setValue(SettingKey::CursorOverlapS, u"2"_s);
    QString contaCorrente;
    omieThread.run([&] {
        for (const QJsonObject &cc : omie->records(Sim::OmieSimulator::Kind::ContaCorrente)) {
            if (cc.value(u"inativo"_s).toString() != u"S"_s) {
                contaCorrente = QString::number(cc.value(u"nCodCC"_s).toInteger());
                break;
            }
        }
    });
    (void) // The database belongs to this thread: settings are written here, not in the simulator's.
        settings.setValue(SettingKey::OrderContaCorrente, contaCorrente);

    const double baselineMiB = Bench::currentMemoryMiB();
    SyncOptions backfill;
    backfill.backfillOmieOrdersSince = QDate(2000, 1, 1);
    Sim::TrafficCounters omieBefore;
    Sim::TrafficCounters ploomesBefore;
    const double loadBefore = Bench::loadAverage();
    const double engineCpuBefore = Bench::cpuSeconds(true);
    const double processCpuBefore = Bench::cpuSeconds(false);
    QElapsedTimer timer;
    timer.start();
    Timeline timeline;
    LoadSampler load;
    const SyncSummary first = runSync(*profile.value(), credentials, backfill, &timeline, omie->baseUrl().port());
    const double seconds = timer.elapsed() / 1000.0;
    load.stop();
    const qint64 runEndMs = timeline.clock.elapsed();
    const double engineCpu = Bench::cpuSeconds(true) - engineCpuBefore;
    const double processCpu = Bench::cpuSeconds(false) - processCpuBefore;
    Sim::TrafficCounters omieAfter;
    Sim::TrafficCounters ploomesAfter;
    Sim::ViolationCounters ov;
    Sim::ViolationCounters pv;
    readCounters(&omieAfter, &ploomesAfter, &ov, &pv);
    const qint64 ploomesWrites = ploomesAfter.writes;
    const qint64 omieWrites = omieAfter.writes;
    // Writes of one Omie method queue behind that method's budget; all Ploomes requests share one budget.
    double omieBound = 0;
    for (auto it = omieAfter.byMethod.cbegin(); it != omieAfter.byMethod.cend(); ++it)
        omieBound = std::max(omieBound, Bench::slidingWindowLowerBoundS(int(*it), omieRpm, 60.0));
    const double ploomesBound = Bench::slidingWindowLowerBoundS(int(ploomesAfter.requests), int(ploomesRps), 1.0);
    const double bound = std::max(omieBound, ploomesBound);
    const int created = sum(first, &RunCounters::created, Direction::OmieToPloomes);
    std::printf("  backfill: status %s in %.1f s; lower bound %.1f s (%s) -> %.3f x the bound\n",
                qPrintable(toName(first.status)), seconds, bound,
                ploomesBound >= omieBound ? "Ploomes budget" : "Omie budget", bound > 0 ? seconds / bound : 0.0);
    std::printf("  created in Ploomes %d; Ploomes requests %lld (%lld writes) -> %.3f requests per created record\n",
                created, static_cast<long long>(ploomesAfter.requests), static_cast<long long>(ploomesWrites),
                created > 0 ? double(ploomesAfter.requests) / created : 0.0);
    std::printf("  Omie requests %lld (%lld writes); failed records %d; limit violations Omie %d, Ploomes %d\n",
                static_cast<long long>(omieAfter.requests), static_cast<long long>(omieWrites), first.totalFailed(),
                ov.total(), pv.total());
    for (const RunCounters &c : first.counters) {
        if (c.direction == Direction::OmieToPloomes)
            std::printf("    %-15s created %5d, updated %4d, unchanged %4d, skipped %3d, failed %3d\n",
                        qPrintable(entityName(c.entity)), c.created, c.updated, c.unchanged, c.skipped, c.failed);
    }
    for (auto it = omieAfter.byMethod.cbegin(); it != omieAfter.byMethod.cend(); ++it)
        std::printf("    Omie %s: %lld\n", qPrintable(it.key()), static_cast<long long>(*it));
    const IdleBreakdown idle = printSteps(timeline, runEndMs, 60'000.0 / omieRpm, 1000.0 / ploomesRps);
    // The engine runs in this thread, the simulators in theirs: on 2 shared cores, a run whose CPU time
    // nears (cores free × wall time) is bound by the machine, not by the budgets.
    std::printf("  CPU: engine thread %.1f s, whole process (engine and both simulators) %.1f s in %.1f s; load "
                "average %.1f before, %.1f after (2 cores)\n",
                engineCpu, processCpu, seconds, loadBefore, Bench::loadAverage());
    // One line to compare runs by: the ratio, and where the time above the bound went.
    std::printf("  SUMMARY: %.3f x the bound (%.1f s for %.1f s at %.0f req/s); above the bound %.1f s; Ploomes idle "
                "%.1f s = %.1f s in gaps < 200 ms (engine pace, machine) + %.1f s in %d gaps >= 200 ms (waits on "
                "reads, confirmations, set-up); engine CPU %.1f s; load average %.1f-%.1f during the run (2 cores)\n",
                bound > 0 ? seconds / bound : 0.0, seconds, bound, ploomesRps, seconds - bound, idle.totalS,
                idle.smallGapsS, idle.wideGapsS, idle.wideGaps, engineCpu, load.min(), load.max());
    int unknownTags = 0;
    omieThread.run([&] { unknownTags = omie->unknownTagRefusals(); });
    std::printf("  Omie calls refused for an unknown tag: %d\n", unknownTags);
    std::printf("  peak memory %.0f MiB for the whole process (Ponte and both simulators); %.0f MiB above the seeded "
                "simulators before the sync\n",
                Bench::peakMemoryMiB(), Bench::peakMemoryMiB() - baselineMiB);

    const SyncSummary echo = runSync(*profile.value(), credentials, {});
    std::printf("  second run (reads back its own writes): %s, %d writes, %.1f s\n", qPrintable(toName(echo.status)),
                echo.totalWrites(), echo.durationS);
    QThread::msleep(3000); // past the cursor overlap
    readCounters(&omieBefore, &ploomesBefore, nullptr, nullptr);
    const SyncSummary noop = runSync(*profile.value(), credentials, {});
    readCounters(&omieAfter, &ploomesAfter, &ov, &pv);
    std::printf("  no-op incremental run: %s, %d writes, Omie reads %lld, Ploomes reads %lld, %.2f s\n",
                qPrintable(toName(noop.status)), noop.totalWrites(),
                static_cast<long long>(omieAfter.requests - omieBefore.requests),
                static_cast<long long>(ploomesAfter.requests - ploomesBefore.requests), noop.durationS);
    for (auto it = omieAfter.byMethod.cbegin(); it != omieAfter.byMethod.cend(); ++it) {
        const qint64 n = *it - omieBefore.byMethod.value(it.key());
        if (n > 0)
            std::printf("    Omie %s: %lld\n", qPrintable(it.key()), static_cast<long long>(n));
    }
    for (auto it = ploomesAfter.byMethod.cbegin(); it != ploomesAfter.byMethod.cend(); ++it) {
        const qint64 n = *it - ploomesBefore.byMethod.value(it.key());
        if (n > 0)
            std::printf("    Ploomes %s: %lld\n", qPrintable(it.key()), static_cast<long long>(n));
    }
    std::printf("  violations after all runs: Omie %d, Ploomes %d\n", ov.total(), pv.total());
    omieThread.run([&] { delete omie; });
    ploomesThread.run([&] { delete ploomes; });
    std::fflush(stdout);
    return ov.total() + pv.total() == 0 && noop.totalWrites() == 0 ? 0 : 1;
}
