#include "preflight.h"

#include "settings.h"
#include "sync/connectioncheck.h"

#include <QJsonArray>
#include <QStringList>

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

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Ponte::Preflight", text);
}

QString choiceLine(const QString &what, const Ploomes::Choice &c)
{
    if (!c.found())
        return tr("%1: not found — %2").arg(what, c.reason);
    return tr("%1: %2 (id %3) — %4").arg(what, c.name).arg(c.id).arg(c.reason);
}

QString defaultLine(const QString &what, const DefaultChoice &c)
{
    if (!c.problem.isEmpty())
        return tr("%1: %2").arg(what, c.problem);
    return tr("%1: %2 — %3").arg(what, c.value, c.reason);
}
} // namespace

QString PreflightReport::describe() const
{
    QStringList lines;
    lines << tr("Nothing was written to either service.");
    if (ploomes) {
        const PloomesPreflightReport &p = *ploomes;
        lines << QString() << tr("Ploomes (account %1)").arg(p.accountName);
        lines << choiceLine(tr("Clients are"), p.entities.value(u"contact"_s))
              << choiceLine(tr("Products are"), p.entities.value(u"product"_s))
              << choiceLine(tr("Orders are"), p.entities.value(u"order"_s))
              << choiceLine(tr("Text field type"), p.textFieldType)
              << choiceLine(tr("Currency"), p.currency)
              << choiceLine(tr("Work phone"), p.phoneTypes.value(u"work"_s))
              << choiceLine(tr("Mobile phone"), p.phoneTypes.value(u"mobile"_s))
              << choiceLine(tr("Fax"), p.phoneTypes.value(u"fax"_s))
              << choiceLine(tr("Active status"), p.statuses.value(u"active"_s))
              << choiceLine(tr("Inactive status"), p.statuses.value(u"inactive"_s));
        for (const QString &which : {u"contact"_s, u"product"_s, u"order"_s}) {
            const PloomesPreflightReport::OmieIdField f = p.omieIdFields.value(which);
            lines << (f.found ? tr("Field \"Id (Omie)\" on entity %1: found (%2)").arg(f.entityId).arg(f.key)
                              : tr("Field \"Id (Omie)\" on entity %1: will be created by the first sync")
                                    .arg(f.entityId));
        }
        for (auto it = p.families.cbegin(); it != p.families.cend(); ++it) {
            lines << (it->action == u"use"_s ? tr("Product family \"%1\": found (id %2)").arg(it.key()).arg(it->id)
                                            : tr("Product family \"%1\": will be created by the first sync")
                                                  .arg(it.key()));
        }
        QStringList stages;
        for (const PloomesPreflightReport::Named &n : p.orderStages)
            stages << n.name;
        lines << tr("Order stages: %1").arg(stages.isEmpty() ? tr("none") : stages.join(u", "_s));
        lines << tr("Limit in force: %1 requests per second (configured %2)")
                     .arg(p.requestsPerSecond)
                     .arg(p.configuredRequestsPerSecond);
    }
    if (omie) {
        const OmieOrderDefaults &d = omie->defaults;
        lines << QString() << tr("Omie (orders sent to Omie)");
        lines << defaultLine(tr("Conta corrente"), d.contaCorrente) << defaultLine(tr("Categoria"), d.categoria)
              << defaultLine(tr("Parcela"), d.parcela) << defaultLine(tr("Stage of sales orders"), d.etapaPedido)
              << defaultLine(tr("Stage of service orders"), d.etapaOs);
        lines << tr("Limits in force: %1 requests per minute per method, %2 in all, %3 reads at once per method, "
                    "one write at a time, no identical request within %4 s")
                     .arg(omie->limits.perMethodPerMinute)
                     .arg(omie->limits.totalPerMinute)
                     .arg(omie->limits.concurrentPerMethod)
                     .arg(omie->limits.redundantWindowS);
    }
    const QStringList found = problems();
    lines << QString();
    if (found.isEmpty()) {
        lines << tr("Everything a sync relies on was found.");
    } else {
        lines << tr("What would stop or slow a sync:");
        for (const QString &problem : found)
            lines << u"  - "_s + problem;
    }
    return lines.join(u'\n');
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
