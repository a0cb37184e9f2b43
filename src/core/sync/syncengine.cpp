#include "syncengine.h"

#include "logging.h"
#include "net/clock.h"
#include "net/transport.h"
#include "platform/backgroundthread.h"
#include "profile.h"
#include "settings.h"
#include "sync/syncrun.h"

#include <QEventLoop>
#include <QLockFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<Ponte::SyncOptions>();
        qRegisterMetaType<Ponte::SyncSummary>();
        qRegisterMetaType<Ponte::Credentials>();
        qRegisterMetaType<Ponte::SyncProgress>();
        qRegisterMetaType<Ponte::Entity>();
        qRegisterMetaType<Ponte::Direction>();
        return true;
    }();
    Q_UNUSED(done)
}
} // namespace

SyncEngine::SyncEngine(QString dataDir, QProcessEnvironment environment, Clock *clock)
    : m_dataDir(std::move(dataDir)), m_environment(std::move(environment)), m_clock(clock ? clock : Clock::system())
{
    registerTypes();
}

void SyncEngine::run(const SyncOptions &options, const Credentials &credentials)
{
    m_cancel.store(false);
    m_stepStarted.clear();
    m_elapsed.start();
    emit started();
    auto profile = Profile::open(m_dataDir, m_environment);
    if (!profile) {
        SyncSummary failed;
        failed.status = RunStatus::Failed;
        failed.error = profile.message();
        failed.failureKind = u"configuration"_s;
        emit finished(failed);
        return;
    }
    // One sync per data folder at a time, across processes (the GUI, a scheduled CLI run, the daemon).
    QLockFile lock(m_dataDir + u"/sync.lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        SyncSummary busy;
        busy.status = RunStatus::Failed;
        busy.error = tr("Another synchronisation is already running for this data folder.");
        busy.failureKind = u"configuration"_s;
        emit finished(busy);
        return;
    }
    NetworkTransport transport; // created here so that its QNetworkAccessManager lives in this thread
    transport.setProxy(ProxyConfig::fromSettings(profile.value()->settings(), credentials.proxyPassword));
    ProgressSink sink;
    sink.progress = [this](Entity e, Direction d, int done, int total) {
        const QPair<int, int> key{int(e), int(d)};
        if (!m_stepStarted.contains(key))
            m_stepStarted.insert(key, m_elapsed.elapsed());
        const qint64 spent = m_elapsed.elapsed() - m_stepStarted.value(key);
        const qint64 eta = done > 0 && total >= done ? spent * (total - done) / done : -1;
        emit progress(e, d, done, total, eta);
    };
    sink.message = [this](const QString &text) { emit message(text); };
    const Settings &limits = profile.value()->settings();
    const double omieWritesPerMinute = limits.value(SettingKey::OmieRequestsPerMinute).toDouble();
    const double ploomesRps = limits.value(SettingKey::PloomesRequestsPerSecond).toDouble();
    sink.detailed = [this, omieWritesPerMinute, ploomesRps, share = options.budgetShare](const SyncProgress &p) {
        // A preview writes nothing: what is left is reading, not the write budget.
        const qint64 eta = p.dryRun ? -1
                                    : progressEtaMs(p.remaining(), p.direction, omieWritesPerMinute, ploomesRps, share);
        emit progressDetail(p, eta);
    };
    SyncRun run(*profile.value(), credentials, options, m_clock, &transport, &m_cancel, sink);
    const SyncSummary summary = run.execute();
    emit finished(summary);
}

SyncController::SyncController(QString dataDir, QProcessEnvironment environment, QObject *parent)
    : QObject(parent), m_engine(new SyncEngine(std::move(dataDir), std::move(environment)))
{
    registerTypes();
    m_thread.setObjectName(u"ponte-sync"_s);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::started, this, &SyncController::started, Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::progress, this, &SyncController::progress, Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::progressDetail, this, &SyncController::progressDetail, Qt::QueuedConnection);
    connect(m_engine, &SyncEngine::message, this, &SyncController::message, Qt::QueuedConnection);
    connect(
        m_engine, &SyncEngine::finished, this,
        [this](const SyncSummary &summary) {
            m_running = false;
            emit finished(summary);
        },
        Qt::QueuedConnection);
    startInBackground(m_thread);
}

SyncController::~SyncController()
{
    if (m_running) {
        // Quitting the thread under a running sync would abort its waits mid-record: let it stop cleanly.
        m_engine->requestCancel();
        QEventLoop loop;
        connect(this, &SyncController::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(180'000, &loop, &QEventLoop::quit);
        if (m_running)
            loop.exec();
    }
    m_thread.quit();
    m_thread.wait();
}

bool SyncController::start(const SyncOptions &options, const Credentials &credentials)
{
    if (m_running)
        return false;
    m_running = true;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, options, credentials] { engine->run(options, credentials); },
        Qt::QueuedConnection);
    return true;
}

void SyncController::cancel()
{
    m_engine->requestCancel();
}

} // namespace Ponte
