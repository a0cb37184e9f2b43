// Fault soak (issue: the engine heals itself within a run): the same sample data synchronised twice,
// once against calm simulators and once with --faults of all requests failing, evenly spread over
// every kind (HTML 500, 502, 503, connection resets, slow replies past the timeout, writes applied
// whose reply is lost) on both services, both directions. Prints what ONE run under faults left missing and duplicated
// compared with the calm run, the limit violations, and the retries and look-ups the engine used.
//
//   build/dev/bench/bench_faults [--faults 0.05] [--clients 150] [--products 40] [--services 10]
//                                [--orders 80] [--service-orders 10] [--seed 5]
#include "net/transport.h"
#include "omiesimulator.h"
#include "ploomessimulator.h"
#include "profile.h"
#include "scaledlimits.h"
#include "settings.h"
#include "sync/syncrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Ponte;
using namespace Qt::StringLiterals;
using Kind = Sim::OmieSimulator::Kind;

namespace {
const Credentials kCredentials{u"bench-key"_s, u"bench-secret"_s, u"bench-user"_s};

/** Both simulators and a data folder, with the limits scaled up as in the end-to-end tests. */
struct World
{
    Sim::OmieSimulator omie;
    Sim::PloomesSimulator ploomes;
    QTemporaryDir dir;
    std::shared_ptr<Profile> profile;

    bool open(const Sim::SampleData &data)
    {
        omie.setCredentials(kCredentials.omieAppKey, kCredentials.omieAppSecret);
        ploomes.setUserKey(kCredentials.ploomesUserKey);
        Sim::applyScaledLimits(omie, ploomes);
        omie.seed(data);
        ploomes.seed(data);
        if (!omie.listen() || !ploomes.listen())
            return false;
        QProcessEnvironment env;
        Sim::addScaledEnvironment(env, omie, ploomes);
        auto opened = Profile::open(dir.path(), env);
        if (!opened)
            return false;
        profile = opened.value();
        Settings &s = profile->settings();
        for (const QJsonObject &cc : omie.records(Kind::ContaCorrente)) {
            if (cc.value(u"inativo"_s).toString() != u"S"_s) {
                (void)s.setValue(SettingKey::OrderContaCorrente, QString::number(cc.value(u"nCodCC"_s).toInteger()));
                break;
            }
        }
        (void)s.setValue(SettingKey::OrderCategoria, u"1.01.01"_s);
        (void)s.setValue(SettingKey::OrderParcela, u"000"_s);
        (void)s.setValue(SettingKey::CursorOverlapS, u"2"_s);
        // A slow reply must outlast the timeout for the fault to be a timeout.
        (void)s.setValue(SettingKey::NetTimeoutS, u"1"_s);
        return true;
    }

    SyncSummary sync()
    {
        SyncOptions options;
        options.backfillOmieOrdersSince = QDate(2000, 1, 1);
        options.backfillPloomesOrdersSince = QDate(2000, 1, 1); // the CRM-only orders go to Omie too
        NetworkTransport transport;
        std::atomic_bool cancel{false};
        SyncRun run(*profile, kCredentials, options, Clock::system(), &transport, &cancel);
        return run.execute();
    }

    /** Records per foreign id, by collection: "Id (Omie)" in Ploomes, the PL<id> code of Omie clients. */
    QHash<QString, QHash<QString, int>> landed() const
    {
        QHash<QString, QHash<QString, int>> out;
        for (const auto &[collection, entityId] :
             {std::pair{u"Contacts"_s, 1}, std::pair{u"Products"_s, 10}, std::pair{u"Orders"_s, 4}}) {
            QString key;
            for (const QJsonObject &f : ploomes.records(u"Fields"_s)) {
                if (f.value(u"Name"_s).toString() == u"Id (Omie)"_s && f.value(u"EntityId"_s).toInteger() == entityId)
                    key = f.value(u"Key"_s).toString();
            }
            for (const QJsonObject &r : ploomes.records(collection)) {
                for (const QJsonValue &v : r.value(u"OtherProperties"_s).toArray()) {
                    const QJsonObject o = v.toObject();
                    if (!key.isEmpty() && o.value(u"FieldKey"_s).toString() == key
                        && !o.value(u"StringValue"_s).toString().isEmpty())
                        ++out[collection][o.value(u"StringValue"_s).toString()];
                }
            }
        }
        for (const QJsonObject &c : omie.records(Kind::Client)) {
            const QString code = c.value(u"codigo_cliente_integracao"_s).toString();
            if (code.startsWith(u"PL"_s))
                ++out[u"Omie clients"_s][code];
        }
        // CRM orders carry PL<id> as their integration code (Omie's own ids differ between the two worlds).
        for (const QJsonObject &o : omie.records(Kind::Order)) {
            const QString code = o.value(u"cabecalho"_s).toObject().value(u"codigo_pedido_integracao"_s).toString();
            if (code.startsWith(u"PL"_s))
                ++out[u"Omie pedidos"_s][code];
        }
        for (const QJsonObject &o : omie.records(Kind::ServiceOrder)) {
            const QString code = o.value(u"Cabecalho"_s).toObject().value(u"cCodIntOS"_s).toString();
            if (code.startsWith(u"PL"_s))
                ++out[u"Omie OS"_s][code];
        }
        return out;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"faults"_s, u"share of all requests that fail, over six fault kinds"_s, u"p"_s, u"0.05"_s},
                       {u"clients"_s, u"Omie clients"_s, u"n"_s, u"150"_s},
                       {u"products"_s, u"Omie products"_s, u"n"_s, u"40"_s},
                       {u"services"_s, u"Omie services"_s, u"n"_s, u"10"_s},
                       {u"orders"_s, u"Omie sales orders"_s, u"n"_s, u"80"_s},
                       {u"service-orders"_s, u"Omie service orders"_s, u"n"_s, u"10"_s},
                       {u"seed"_s, u"fault seed"_s, u"n"_s, u"5"_s}});
    parser.addHelpOption();
    parser.process(app);
    Sim::SampleSizes sizes;
    sizes.sellers = 6;
    sizes.clients = parser.value(u"clients"_s).toInt();
    sizes.products = parser.value(u"products"_s).toInt();
    sizes.services = parser.value(u"services"_s).toInt();
    sizes.orders = parser.value(u"orders"_s).toInt();
    sizes.serviceOrders = parser.value(u"service-orders"_s).toInt();
    sizes.ploomesOnlyContacts = 20;
    sizes.ploomesOnlyOrders = 10;
    const double share = parser.value(u"faults"_s).toDouble();
    const quint32 seed = parser.value(u"seed"_s).toUInt();
    const Sim::SampleData data = Sim::SampleData::generate(sizes, 2026);

    World calm;
    World faulty;
    if (!calm.open(data) || !faulty.open(data)) {
        std::fprintf(stderr, "bench_faults: could not start the simulators or open the data folders\n");
        return 2;
    }
    const SyncSummary reference = calm.sync();
    Sim::FaultConfig faults;
    // --faults is the share of all requests that fail, spread evenly over the six kinds.
    const double each = share / 6;
    faults.html500 = faults.badGateway = faults.unavailable = faults.connectionReset = each;
    faults.slowReply = faults.lostWriteReply = each;
    faults.slowReplyMs = 1500;
    faults.seed = seed;
    faulty.omie.setFaults(faults);
    faults.seed = seed + 1;
    faulty.ploomes.setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    const SyncSummary s = faulty.sync();
    const double seconds = timer.elapsed() / 1000.0;
    faulty.omie.setFaults({});
    faulty.ploomes.setFaults({});

    std::printf("bench_faults: %d clients (+%d CRM-only), %d products, %d services, %d orders (+%d CRM-only), %d "
                "service orders; %.0f %% of requests fail (six kinds) on both services\n",
                sizes.clients, sizes.ploomesOnlyContacts, sizes.products, sizes.services, sizes.orders,
                sizes.ploomesOnlyOrders, sizes.serviceOrders, share * 100);
    std::printf("  calm run: %s, %d failed; run under faults: %s, %d failed, %.1f s\n",
                qPrintable(toName(reference.status)), reference.totalFailed(), qPrintable(toName(s.status)),
                s.totalFailed(), seconds);
    if (!s.error.isEmpty())
        std::printf("  error: %s\n", qPrintable(s.error));
    const auto expected = calm.landed();
    const auto got = faulty.landed();
    int missing = 0;
    int duplicates = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QHash<QString, int> have = got.value(it.key());
        // By count: records made in this run get ids of their own in each world.
        const int m = std::max(0, int(it->size()) - int(have.size()));
        int d = 0;
        for (int n : have)
            d += n - 1;
        missing += m;
        duplicates += d;
        std::printf("    %-13s expected %4lld, missing %3d, duplicates %3d\n", qPrintable(it.key()),
                    static_cast<long long>(it->size()), m, d);
    }
    const int violations = faulty.omie.violations().total() + faulty.ploomes.violations().total();
    std::printf("  records missing after ONE run: %d; duplicates: %d; limit violations: %d\n", missing, duplicates,
                violations);
    std::printf("  faults injected: Omie %lld, Ploomes %lld; writes sent again in the run: %lld; look-ups of writes "
                "of unknown outcome: %lld; requests Omie %lld, Ploomes %lld\n",
                static_cast<long long>(faulty.omie.traffic().faultsInjected),
                static_cast<long long>(faulty.ploomes.traffic().faultsInjected), static_cast<long long>(s.writeRetries),
                static_cast<long long>(s.lookUps), static_cast<long long>(s.omieRequests),
                static_cast<long long>(s.ploomesRequests));
    return missing == 0 && duplicates == 0 && violations == 0 ? 0 : 1;
}
