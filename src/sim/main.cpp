// ponte-sim: runs the Omie and Ploomes simulators side by side on loopback, seeded with the same
// sample data, so that Ponte (or a person with curl) can run a full sync without real accounts.

#include "omiesimulator.h"
#include "ploomessimulator.h"
#include "sampledata.h"
#include "savefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

#include <cmath>
#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Ponte;
using namespace Ponte::Sim;
using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the socket pair.
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}
#else
void onSignal(int)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}
#endif

void installSignalHandlers()
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
        QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [notifier] {
            notifier->setEnabled(false);
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
            QCoreApplication::quit();
        });
    }
#endif
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

QString describe(const ViolationCounters &v)
{
    return u"rateLimit=%1 totalRateLimit=%2 concurrency=%3 redundant=%4 writeOverlap=%5 whileBlocked=%6 (total %7)"_s
        .arg(v.rateLimit)
        .arg(v.totalRateLimit)
        .arg(v.concurrency)
        .arg(v.redundant)
        .arg(v.writeOverlap)
        .arg(v.whileBlocked)
        .arg(v.total());
}

QString describe(const TrafficCounters &t)
{
    return u"requests=%1 writes=%2 throttled=%3 faultsInjected=%4"_s.arg(t.requests)
        .arg(t.writes)
        .arg(t.throttled)
        .arg(t.faultsInjected);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ponte-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PONTE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs local simulators of the Omie and Ploomes APIs seeded with the same sample data."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption omiePort(u"omie-port"_s, u"Omie simulator port (0 = any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption ploomesPort(u"ploomes-port"_s, u"Ploomes simulator port (0 = any free port)."_s, u"port"_s,
                                         u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Sample data seed."_s, u"n"_s, u"20261128"_s);
    const QCommandLineOption clients(u"clients"_s, u"Number of Omie clients."_s, u"n"_s, u"40"_s);
    const QCommandLineOption products(u"products"_s, u"Number of Omie products."_s, u"n"_s, u"25"_s);
    const QCommandLineOption services(u"services"_s, u"Number of Omie services."_s, u"n"_s, u"8"_s);
    const QCommandLineOption orders(u"orders"_s, u"Number of Omie sales orders."_s, u"n"_s, u"30"_s);
    const QCommandLineOption serviceOrders(u"service-orders"_s, u"Number of Omie service orders."_s, u"n"_s, u"10"_s);
    const QCommandLineOption sellers(u"sellers"_s, u"Number of sellers (users on both sides)."_s, u"n"_s, u"6"_s);
    const QCommandLineOption crmContacts(u"ploomes-only-contacts"_s, u"Number of contacts only in Ploomes."_s, u"n"_s,
                                         u"5"_s);
    const QCommandLineOption crmOrders(u"ploomes-only-orders"_s, u"Number of orders only in Ploomes."_s, u"n"_s,
                                       u"4"_s);
    const QCommandLineOption omieRpm(u"omie-rpm"_s, u"Omie requests per minute per method (total = 4x)."_s, u"n"_s,
                                     u"240"_s);
    const QCommandLineOption omieRedundant(u"omie-redundant-s"_s,
                                           u"Seconds within which Omie refuses an identical request as redundant."_s,
                                           u"s"_s, u"60"_s);
    const QCommandLineOption ploomesRps(u"ploomes-rps"_s, u"Ploomes requests per second per User-Key."_s, u"n"_s,
                                        u"6"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Processing time of every request."_s, u"ms"_s, u"0"_s);
    const QCommandLineOption faultRate(
        u"fault-rate"_s, u"Probability (0..1) of an injected fault per request (HTML 500, reset, slow reply)."_s,
        u"p"_s, u"0"_s);
    const QCommandLineOption appKey(u"app-key"_s, u"Omie app_key accepted by the simulator."_s, u"key"_s,
                                    u"demo-app-key"_s);
    const QCommandLineOption appSecret(u"app-secret"_s, u"Omie app_secret accepted by the simulator."_s, u"secret"_s,
                                       u"demo-app-secret"_s);
    const QCommandLineOption userKey(u"user-key"_s, u"Ploomes User-Key accepted by the simulator."_s, u"key"_s,
                                     u"demo-user-key"_s);
    const QCommandLineOption state(
        u"state"_s,
        u"State file: read at start when it exists (instead of the sample data), written when stopped (SIGINT/SIGTERM)."_s,
        u"file"_s);
    parser.addOptions({omiePort,      ploomesPort, seed,        clients,   products, services,     orders,
                       serviceOrders, sellers,     crmContacts, crmOrders, omieRpm,  ploomesRps,   latency,
                       faultRate,     appKey,      appSecret,   userKey,   state,    omieRedundant});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool allOk = true;
    auto number = [&](const QCommandLineOption &o, double min, double max) {
        bool ok = false;
        const double v = parser.value(o).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < min || v > max) {
            err << u"ponte-sim: invalid value '%1' for --%2 (expected %3..%4)"_s.arg(parser.value(o), o.names().first())
                       .arg(min)
                       .arg(max)
                << Qt::endl;
            allOk = false;
        }
        return v;
    };
    SampleSizes sizes;
    sizes.clients = int(number(clients, 0, 1e6));
    sizes.products = int(number(products, 0, 1e6));
    sizes.services = int(number(services, 0, 1e6));
    sizes.orders = int(number(orders, 0, 1e6));
    sizes.serviceOrders = int(number(serviceOrders, 0, 1e6));
    sizes.sellers = int(number(sellers, 1, 1000));
    sizes.ploomesOnlyContacts = int(number(crmContacts, 0, 1e6));
    sizes.ploomesOnlyOrders = int(number(crmOrders, 0, 1e6));
    const quint32 seedValue = quint32(number(seed, 0, 4294967295.0));
    const auto omiePortValue = quint16(number(omiePort, 0, 65535));
    const auto ploomesPortValue = quint16(number(ploomesPort, 0, 65535));
    const int rpm = int(number(omieRpm, 1, 1e6));
    const int redundantS = int(number(omieRedundant, 0, 3600));
    const double rps = number(ploomesRps, 0.01, 1e6);
    const int latencyMs = int(number(latency, 0, 600000));
    const double rate = number(faultRate, 0, 1);
    if (!allOk)
        return 2;

    const SampleData data = SampleData::generate(sizes, seedValue);
    FaultConfig faults;
    faults.seed = seedValue;
    faults.html500 = rate / 2;
    faults.connectionReset = rate / 4;
    faults.slowReply = rate / 4;

    OmieSimulator omie;
    omie.setCredentials(parser.value(appKey), parser.value(appSecret));
    OmieLimitsConfig omieLimits;
    omieLimits.perMethodPerMinute = rpm;
    omieLimits.totalPerMinute = rpm * 4; // the published 240/960 ratio
    omieLimits.redundantWindowMs = redundantS * 1000;
    omie.setLimits(omieLimits);
    omie.setLatencyMs(latencyMs);
    omie.setFaults(faults);
    omie.seed(data);

    PloomesSimulator ploomes;
    ploomes.setUserKey(parser.value(userKey));
    PloomesLimitsConfig ploomesLimits;
    ploomesLimits.requestsPerSecond = rps;
    ploomesLimits.maxInFlight = 3; // "at most about 3 in flight" (ploomes-api.md §0)
    ploomes.setLimits(ploomesLimits);
    ploomes.setLatencyMs(latencyMs);
    ploomes.setFaults(faults);
    ploomes.seed(data);

    const QString stateFile = parser.value(state);
    const bool restored = !stateFile.isEmpty() && QFile::exists(stateFile);
    if (restored) {
        QFile f(stateFile);
        const QJsonObject saved =
            f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        if (saved.isEmpty()) {
            err << u"ponte-sim: cannot read the state file %1"_s.arg(stateFile) << Qt::endl;
            return 1;
        }
        omie.restore(saved.value(u"omie"_s).toObject());
        ploomes.restore(saved.value(u"ploomes"_s).toObject());
    }

    if (!omie.listen(omiePortValue)) {
        err << u"ponte-sim: cannot listen on port %1 for Omie"_s.arg(omiePortValue) << Qt::endl;
        return 1;
    }
    if (!ploomes.listen(ploomesPortValue)) {
        err << u"ponte-sim: cannot listen on port %1 for Ploomes"_s.arg(ploomesPortValue) << Qt::endl;
        return 1;
    }

    out << u"Omie simulator:    %1"_s.arg(omie.baseUrl().toString()) << Qt::endl
        << u"  app_key:         %1"_s.arg(parser.value(appKey)) << Qt::endl
        << u"  app_secret:      %1"_s.arg(parser.value(appSecret)) << Qt::endl
        << u"Ploomes simulator: %1"_s.arg(ploomes.baseUrl().toString()) << Qt::endl
        << u"  User-Key:        %1"_s.arg(parser.value(userKey))
        << Qt::endl
        // What the simulators hold: the sample data, or the saved state that replaced it.
        << (restored ? u"Saved state %1"_s.arg(stateFile) : u"Sample data seed %1"_s.arg(seedValue))
        << u": Omie %1 clients, %2 products, %3 services, %4 orders, %5 service orders; Ploomes %6 contacts, "
           u"%7 products, %8 orders"_s.arg(omie.count(OmieSimulator::Kind::Client))
               .arg(omie.count(OmieSimulator::Kind::Product))
               .arg(omie.count(OmieSimulator::Kind::Service))
               .arg(omie.count(OmieSimulator::Kind::Order))
               .arg(omie.count(OmieSimulator::Kind::ServiceOrder))
               .arg(ploomes.count(u"Contacts"_s))
               .arg(ploomes.count(u"Products"_s))
               .arg(ploomes.count(u"Orders"_s))
        << Qt::endl
        << u"Limits: Omie %1/min per method, Ploomes %2/s; latency %3 ms; fault rate %4"_s.arg(rpm)
               .arg(rps)
               .arg(latencyMs)
               .arg(rate)
        << Qt::endl
        << u"Press Ctrl+C to stop."_s << Qt::endl;

    installSignalHandlers();
    const int rc = app.exec();
    if (!stateFile.isEmpty()) {
        const QJsonObject snapshot{{u"omie"_s, omie.snapshot()}, {u"ploomes"_s, ploomes.snapshot()}};
        if (Status s = SaveFile::write(stateFile, QJsonDocument(snapshot).toJson(QJsonDocument::Compact)); !s) {
            err << u"ponte-sim: cannot write the state file %1: %2"_s.arg(stateFile, s.message()) << Qt::endl;
            return 1;
        }
    }

    out << Qt::endl
        << u"Omie violations:    %1"_s.arg(describe(omie.violations())) << Qt::endl
        << u"Omie traffic:       %1"_s.arg(describe(omie.traffic())) << Qt::endl
        << u"Ploomes violations: %1"_s.arg(describe(ploomes.violations())) << Qt::endl
        << u"Ploomes traffic:    %1"_s.arg(describe(ploomes.traffic())) << Qt::endl;
    return rc;
}
