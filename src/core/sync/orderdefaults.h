#pragma once

#include "net/apierror.h"
#include "secrets/credentials.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Ponte {

class OmiePreflight;
class Settings;

/** One entry of an Omie list the administrator picks from: the code Omie expects and its name. */
struct OmieChoice
{
    QString code;
    QString label;
};

/** The lists the order defaults come from, as Omie has them now. */
struct OmieOrderChoices
{
    QList<OmieChoice> contasCorrentes; ///< usable (active) ones only
    QList<OmieChoice> categorias;      ///< postable revenue ones only (active, not a group)
    QList<OmieChoice> parcelas;        ///< formas de pagamento (parcela codes)
    QList<OmieChoice> etapas;          ///< active etapas de faturamento of operation 11 (pedidos)
};

/**
 * Reads from Omie the conta corrente, categoria, parcela and etapa lists that orders sent to Omie
 * need a default from (DESIGN.md §1), so that the administrator picks instead of typing codes.
 */
class OrderDefaultsLoader : public QObject
{
    Q_OBJECT

public:
    OrderDefaultsLoader(const Settings &settings, const Credentials &credentials, QObject *parent = nullptr);
    ~OrderDefaultsLoader() override;

    void start();

signals:
    /** @p error is set when a list could not be read; the lists read so far are still given. */
    void loaded(const Ponte::OmieOrderChoices &choices, const Ponte::ApiError &error);

private:
    std::unique_ptr<OmiePreflight> m_preflight;
};

} // namespace Ponte
