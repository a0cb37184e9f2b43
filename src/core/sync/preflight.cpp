#include "preflight.h"

#include "settings.h"
#include "sync/connectioncheck.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
QJsonObject connectionJson(const ApiError &e)
{
    QJsonObject o{{u"ok"_s, !e.isError()}};
    if (e.isError()) {
        o.insert(u"kind"_s, e.kindName());
        o.insert(u"message"_s, e.userMessage());
    }
    return o;
}

void addDefaultProblem(QStringList &out, const DefaultChoice &choice)
{
    if (!choice.problem.isEmpty())
        out.append(u"Omie: "_s + choice.problem);
}
} // namespace

QStringList PreflightReport::problems() const
{
    QStringList out;
    if (omieConnection.isError())
        out.append(u"Omie: "_s + omieConnection.userMessage());
    if (ploomesConnection.isError())
        out.append(u"Ploomes: "_s + ploomesConnection.userMessage());
    if (omie) {
        if (omie->error.isError())
            out.append(u"Omie: "_s + omie->error.userMessage());
        const OmieOrderDefaults &d = omie->defaults;
        for (const DefaultChoice *c : {&d.contaCorrente, &d.categoria, &d.parcela, &d.etapaPedido, &d.etapaOs})
            addDefaultProblem(out, *c);
    }
    if (ploomes) {
        if (!ploomes->accountError.isEmpty())
            out.append(u"Ploomes: "_s + ploomes->accountError);
        for (const QString &p : ploomes->problems)
            out.append(u"Ploomes: "_s + p);
    }
    out.removeDuplicates();
    return out;
}

QJsonObject PreflightReport::toJson() const
{
    QJsonObject omieJson = omie ? omie->toJson() : QJsonObject();
    omieJson.insert(u"connection"_s, connectionJson(omieConnection));
    QJsonObject ploomesJson = ploomes ? ploomes->toJson() : QJsonObject();
    ploomesJson.insert(u"connection"_s, connectionJson(ploomesConnection));
    return QJsonObject{{u"ok"_s, ok()},
                       {u"read_only"_s, true},
                       {u"problems"_s, QJsonArray::fromStringList(problems())},
                       {u"omie"_s, omieJson},
                       {u"ploomes"_s, ploomesJson}};
}

Preflight::Preflight(const Settings &settings, const Credentials &credentials, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials)
{
}

Preflight::~Preflight() = default;

void Preflight::start()
{
    if (m_pending > 0)
        return;
    m_report = PreflightReport{};
    m_pending = 1;
    m_check = std::make_unique<ConnectionCheck>(m_settings, m_credentials);
    connect(m_check.get(), &ConnectionCheck::finished, this, &Preflight::connectionsChecked);
    m_check->start();
}

void Preflight::connectionsChecked(const ApiError &omie, const ApiError &ploomes)
{
    m_report.omieConnection = omie;
    m_report.ploomesConnection = ploomes;
    // The two halves read different services: they run side by side.
    if (!ploomes.isError()) {
        ++m_pending;
        m_check->runPloomesPreflight([this](const PloomesPreflightReport &r) {
            m_report.ploomes = r;
            partDone();
        });
    }
    if (!omie.isError()) {
        ++m_pending;
        m_omie = std::make_unique<OmiePreflight>(m_settings, m_credentials);
        connect(m_omie.get(), &OmiePreflight::finished, this, [this](const OmiePreflightReport &r) {
            m_report.omie = r;
            partDone();
        });
        m_omie->start();
    }
    partDone();
}

void Preflight::partDone()
{
    if (--m_pending > 0)
        return;
    emit finished(m_report);
}

} // namespace Ponte
