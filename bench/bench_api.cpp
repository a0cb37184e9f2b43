// Drives 2,000 mixed Omie calls and 2,000 Ploomes calls through Ponte's request scheduler against
// the simulators with scaled limits, and reports the achieved throughput as a fraction of the
// configured limit (1.0 = every window full), plus every limit violation the simulators counted.
//
//   build/dev/bench/bench_api [--omie-rpm 240] [--ploomes-rps 50] [--calls 2000]
#include "benchsupport.h"
#include "net/clock.h"
#include "net/transport.h"
#include "omie/omieclient.h"
#include "omiesimulator.h"
#include "ploomes/ploomesclient.h"
#include "ploomessimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace Ponte;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"omie-rpm"_s, u"Omie requests per minute per method"_s, u"n"_s, u"240"_s},
                       {u"ploomes-rps"_s, u"Ploomes requests per second"_s, u"n"_s, u"50"_s},
                       {u"calls"_s, u"calls per service"_s, u"n"_s, u"2000"_s},
                       {u"latency-ms"_s, u"simulated service latency"_s, u"ms"_s, u"20"_s}});
    parser.addHelpOption();
    parser.process(app);
    const int omieRpm = parser.value(u"omie-rpm"_s).toInt();
    const int omieTotalRpm = omieRpm * 4;
    const double ploomesRps = parser.value(u"ploomes-rps"_s).toDouble();
    const int calls = parser.value(u"calls"_s).toInt();
    const int latency = parser.value(u"latency-ms"_s).toInt();
    const int methods = 4;

    // One thread per simulator: like the real services, neither slows the other down.
    Bench::SimulatorThread sims;
    Bench::SimulatorThread ploomesThread;
    Sim::OmieSimulator *omieSim = nullptr;
    Sim::PloomesSimulator *ploomesSim = nullptr;
    Sim::SampleSizes sizes;
    sizes.clients = calls / methods + 10;
    sizes.products = calls / methods + 10;
    sizes.services = 20;
    sizes.orders = 0;
    sizes.serviceOrders = 0;
    sizes.ploomesOnlyContacts = 300;
    const Sim::SampleData data = Sim::SampleData::generate(sizes, 42);
    sims.run([&] {
        omieSim = new Sim::OmieSimulator();
        omieSim->setCredentials(u"bench-key"_s, u"bench-secret"_s);
        Sim::OmieLimitsConfig ol;
        ol.perMethodPerMinute = omieRpm;
        ol.totalPerMinute = omieTotalRpm;
        omieSim->setLimits(ol);
        omieSim->setLatencyMs(latency);
        omieSim->seed(data);
        omieSim->listen();
    });
    ploomesThread.run([&] {
        ploomesSim = new Sim::PloomesSimulator();
        ploomesSim->setUserKey(u"bench-user"_s);
        Sim::PloomesLimitsConfig pl;
        pl.requestsPerSecond = ploomesRps;
        pl.maxInFlight = 8;
        ploomesSim->setLimits(pl);
        ploomesSim->setLatencyMs(latency);
        ploomesSim->seed(data);
        ploomesSim->listen();
    });

    NetworkTransport transport;
    Omie::ClientConfig oc;
    oc.baseUrl = omieSim->baseUrl();
    oc.appKey = u"bench-key"_s;
    oc.appSecret = u"bench-secret"_s;
    oc.perMethodPerMinute = omieRpm;
    oc.totalPerMinute = omieTotalRpm;
    Omie::Client omie(Clock::system(), &transport, oc);
    Ploomes::ClientConfig pc;
    pc.baseUrl = ploomesSim->baseUrl();
    pc.userKey = u"bench-user"_s;
    pc.requestsPerSecond = ploomesRps;
    pc.maxInFlight = 8;
    Ploomes::Client ploomes(Clock::system(), &transport, pc);

    QList<qint64> clientIds;
    QList<qint64> productIds;
    sims.run([&] {
        for (const QJsonObject &c : omieSim->records(Sim::OmieSimulator::Kind::Client))
            clientIds.append(c.value(u"codigo_cliente_omie"_s).toInteger());
        for (const QJsonObject &p : omieSim->records(Sim::OmieSimulator::Kind::Product))
            productIds.append(p.value(u"codigo_produto"_s).toInteger());
    });

    int pendingOmie = 0;
    int pendingPloomes = 0;
    int omieFailures = 0;
    int ploomesFailures = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 omieDoneMs = 0;
    qint64 ploomesDoneMs = 0;
    QEventLoop loop;
    auto omieDone = [&](bool ok) {
        omieFailures += ok ? 0 : 1;
        if (--pendingOmie == 0) {
            omieDoneMs = timer.elapsed();
            if (pendingPloomes == 0)
                loop.quit();
        }
    };
    auto ploomesDone = [&](bool ok) {
        ploomesFailures += ok ? 0 : 1;
        if (--pendingPloomes == 0) {
            ploomesDoneMs = timer.elapsed();
            if (pendingOmie == 0)
                loop.quit();
        }
    };
    // Omie: four methods, distinct bodies (no cache hit, no redundancy).
    for (int i = 0; i < calls; ++i) {
        ++pendingOmie;
        const int k = i / methods;
        switch (i % methods) {
        case 0:
            omie.consultarCliente(clientIds.value(k % clientIds.size()), QString(),
                                  [&](const Omie::Cliente &, const ApiError &e) { omieDone(!e.isError()); });
            break;
        case 1:
            omie.consultarProduto(productIds.value(k % productIds.size()), QString(),
                                  [&](const Omie::Produto &, const ApiError &e) { omieDone(!e.isError()); });
            break;
        case 2:
            omie.call(u"geral/clientes/"_s, u"ListarClientesResumido"_s,
                      QJsonObject{{u"pagina"_s, 1},
                                  {u"registros_por_pagina"_s, 1 + k % 400},
                                  {u"apenas_importado_api"_s, u"N"_s},
                                  {u"filtrar_por_data_de"_s, u"01/01/2000"_s},
                                  {u"filtrar_por_hora_de"_s, QTime(0, 0).addSecs(k).toString(u"HH:mm:ss"_s)}},
                      [&](const Omie::Client::Reply &r) { omieDone(r.ok() || r.error.endOfList); });
            break;
        default:
            omie.call(u"geral/produtos/"_s, u"ListarProdutos"_s,
                      QJsonObject{{u"pagina"_s, 1},
                                  {u"registros_por_pagina"_s, 1 + k % 400},
                                  {u"apenas_importado_api"_s, u"N"_s},
                                  {u"filtrar_apenas_omiepdv"_s, u"N"_s},
                                  {u"filtrar_por_data_de"_s, u"01/01/2000"_s},
                                  {u"filtrar_por_hora_de"_s, QTime(0, 0).addSecs(k).toString(u"HH:mm:ss"_s)}},
                      [&](const Omie::Client::Reply &r) { omieDone(r.ok() || r.error.endOfList); });
            break;
        }
    }
    // Ploomes: reads of different pages and collections.
    const QStringList collections = {u"Contacts"_s, u"Users"_s, u"Cities"_s, u"PhoneTypes"_s};
    for (int i = 0; i < calls; ++i) {
        ++pendingPloomes;
        ploomes.get(collections.at(i % collections.size()), Ploomes::Query().top(5).skip(i / 4 % 50),
                    [&](const QList<QJsonObject> &, const ApiError &e) { ploomesDone(!e.isError()); });
    }
    loop.exec();

    const double omieS = omieDoneMs / 1000.0;
    const double ploomesS = ploomesDoneMs / 1000.0;
    const double omieBound = std::max(Bench::slidingWindowLowerBoundS(calls / methods, omieRpm, 60.0),
                                      Bench::slidingWindowLowerBoundS(calls, omieTotalRpm, 60.0));
    const double ploomesBound = Bench::slidingWindowLowerBoundS(calls, int(ploomesRps), 1.0);
    Sim::ViolationCounters ov;
    Sim::ViolationCounters pv;
    sims.run([&] { ov = omieSim->violations(); });
    ploomesThread.run([&] { pv = ploomesSim->violations(); });
    std::printf("bench_api: %d Omie calls over %d methods (limit %d/min per method, %d/min total), "
                "%d Ploomes calls (limit %.0f/s), simulated latency %d ms\n",
                calls, methods, omieRpm, omieTotalRpm, calls, ploomesRps, latency);
    std::printf("  Omie:    %.1f s, lower bound %.1f s -> throughput %.3f of the limit; failures %d; violations %d\n",
                omieS, omieBound, omieBound > 0 ? omieBound / omieS : 1.0, omieFailures, ov.total());
    std::printf("  Ploomes: %.1f s, lower bound %.1f s -> throughput %.3f of the limit; failures %d; violations %d\n",
                ploomesS, ploomesBound, ploomesBound > 0 ? ploomesBound / ploomesS : 1.0, ploomesFailures, pv.total());
    std::printf("  requests sent: Omie %lld, Ploomes %lld; throttled answers %lld; peak memory %.0f MiB\n",
                static_cast<long long>(omie.requestsSent()), static_cast<long long>(ploomes.requestsSent()),
                static_cast<long long>(omie.throttledResponses() + ploomes.throttledResponses()),
                Bench::peakMemoryMiB());
    sims.run([&] { delete omieSim; });
    ploomesThread.run([&] { delete ploomesSim; });
    std::fflush(stdout);
    return (ov.total() + pv.total() + omieFailures + ploomesFailures) == 0 ? 0 : 1;
}
