#include "demoenvironment.h"

#include <QDebug>

#include "omiesimulator.h"
#include "platform/backgroundthread.h"
#include "ploomessimulator.h"
#include "savefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponte::Sim {

namespace {
const QString kAppKey = u"demo-app-key"_s;
const QString kAppSecret = u"demo-app-secret"_s;
const QString kUserKey = u"demo-user-key"_s;
constexpr int kOmieRpm = 2400;
constexpr int kOmieTotalRpm = 9600;
constexpr int kRedundantWindowS = 5;
constexpr double kPloomesRps = 60;
// Limits are ten times the real ones, so the pause before an empty page is believed is a tenth.
constexpr int kEmptyPagePauseMs = 100;
} // namespace

DemoEnvironment::DemoEnvironment(QString stateFile) : m_stateFile(std::move(stateFile))
{
    m_thread.setObjectName(u"ponte-demo-simulators"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

DemoEnvironment::~DemoEnvironment()
{
    if (m_thread.isRunning()) {
        // A destructor cannot report: the demo state is only a convenience, so a failed save is logged.
        if (Status s = save(); !s)
            qWarning() << "demo state not saved:" << s.message() << s.detail();
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_omie;
                delete m_ploomes;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_context;
    }
}

SampleSizes DemoEnvironment::demoSizes()
{
    SampleSizes s;
    s.sellers = 6;
    s.clients = 60;
    s.products = 30;
    s.services = 8;
    s.orders = 40;
    s.serviceOrders = 12;
    s.ploomesOnlyContacts = 6;
    s.ploomesOnlyOrders = 3; // what "older Ploomes orders into Omie" brings in the demonstration
    return s;
}

Status DemoEnvironment::start()
{
    startInBackground(m_thread);
    QJsonObject saved;
    QFile file(m_stateFile);
    if (file.open(QIODevice::ReadOnly))
        saved = QJsonDocument::fromJson(file.readAll()).object();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, saved, &ok] {
            m_omie = new OmieSimulator(nullptr);
            m_ploomes = new PloomesSimulator(nullptr);
            m_omie->setCredentials(kAppKey, kAppSecret);
            m_ploomes->setUserKey(kUserKey);
            OmieLimitsConfig omieLimits;
            omieLimits.perMethodPerMinute = kOmieRpm;
            omieLimits.totalPerMinute = kOmieTotalRpm;
            omieLimits.redundantWindowMs = kRedundantWindowS * 1000;
            m_omie->setLimits(omieLimits);
            PloomesLimitsConfig ploomesLimits;
            ploomesLimits.requestsPerSecond = kPloomesRps;
            ploomesLimits.maxInFlight = 3;
            m_ploomes->setLimits(ploomesLimits);
            m_omie->setLatencyMs(5);
            m_ploomes->setLatencyMs(5);
            if (saved.contains(u"omie"_s) && saved.contains(u"ploomes"_s)) {
                m_omie->restore(saved.value(u"omie"_s).toObject());
                m_ploomes->restore(saved.value(u"ploomes"_s).toObject());
            } else {
                const SampleData data = SampleData::generate(m_sizes);
                m_omie->seed(data);
                m_ploomes->seed(data);
            }
            ok = m_omie->listen() && m_ploomes->listen();
            m_omieUrl = m_omie->baseUrl();
            m_ploomesUrl = m_ploomes->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        return Status::error(tr("The demo simulators could not start on this computer."));
    return Status::ok();
}

Status DemoEnvironment::save()
{
    if (!m_omie || m_stateFile.isEmpty())
        return Status::ok();
    QJsonObject state;
    QMetaObject::invokeMethod(
        m_context,
        [this, &state] {
            state.insert(u"omie"_s, m_omie->snapshot());
            state.insert(u"ploomes"_s, m_ploomes->snapshot());
        },
        Qt::BlockingQueuedConnection);
    return SaveFile::write(m_stateFile, QJsonDocument(state).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> DemoEnvironment::orderDefaults() const
{
    QList<QPair<QString, QString>> out;
    if (!m_omie)
        return out;
    QString conta;
    QMetaObject::invokeMethod(
        m_context,
        [this, &conta] {
            for (const QJsonObject &cc : m_omie->records(OmieSimulator::Kind::ContaCorrente)) {
                if (cc.value(u"inativo"_s).toString() != u"S"_s) {
                    conta = QString::number(cc.value(u"nCodCC"_s).toInteger());
                    break;
                }
            }
        },
        Qt::BlockingQueuedConnection);
    if (!conta.isEmpty())
        out.append({u"orders.conta_corrente"_s, conta});
    // The demo company sells products on "Vendas de produtos", paid at sight.
    out.append({u"orders.categoria"_s, u"1.01.01"_s});
    out.append({u"orders.parcela"_s, u"000"_s});
    return out;
}

Credentials DemoEnvironment::credentials() const
{
    return {kAppKey, kAppSecret, kUserKey};
}

QProcessEnvironment DemoEnvironment::applyTo(QProcessEnvironment env) const
{
    env.insert(u"PONTE_OMIE_URL"_s, m_omieUrl.toString());
    env.insert(u"PONTE_PLOOMES_URL"_s, m_ploomesUrl.toString());
    env.insert(u"PONTE_OMIE_RPM"_s, QString::number(kOmieRpm));
    env.insert(u"PONTE_OMIE_TOTAL_RPM"_s, QString::number(kOmieTotalRpm));
    env.insert(u"PONTE_OMIE_REDUNDANT_WINDOW_S"_s, QString::number(kRedundantWindowS));
    env.insert(u"PONTE_PLOOMES_RPS"_s, QString::number(kPloomesRps));
    env.insert(u"PONTE_PLOOMES_EMPTY_PAGE_PAUSE_MS"_s, QString::number(kEmptyPagePauseMs));
    return env;
}

} // namespace Ponte::Sim
