#include "orderdefaults.h"

#include "settings.h"
#include "sync/omiepreflight.h"

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {
/** The usable offers, as the administrator picks from them. */
QList<OmieChoice> usable(const QList<OmieOffer> &offers, bool withCode)
{
    QList<OmieChoice> out;
    for (const OmieOffer &o : offers) {
        if (o.usable())
            out.append({o.code, withCode ? u"%1 — %2"_s.arg(o.code, o.label) : o.label});
    }
    return out;
}
} // namespace

OrderDefaultsLoader::OrderDefaultsLoader(const Settings &settings, const Credentials &credentials, QObject *parent)
    : QObject(parent), m_preflight(std::make_unique<OmiePreflight>(settings, credentials))
{
    // The lists are the read-only pre-flight's: one reading of Omie, one set of rules.
    connect(m_preflight.get(), &OmiePreflight::finished, this, [this](const OmiePreflightReport &report) {
        const OmieOrderDefaults &d = report.defaults;
        // The etapa setting serves pedidos first: the stages of operation 11 (venda de produto).
        emit loaded(OmieOrderChoices{usable(d.contas, false), usable(d.categorias, true), usable(d.parcelas, true),
                                     usable(d.etapasPedido, true)},
                    report.error);
    });
}

OrderDefaultsLoader::~OrderDefaultsLoader() = default;

void OrderDefaultsLoader::start()
{
    m_preflight->start();
}

} // namespace Ponte
