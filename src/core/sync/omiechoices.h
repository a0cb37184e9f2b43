#pragma once

#include "omie/omierecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Ponte {

class Settings;

/** Omie's billing operations (cCodOperacao of ListarEtapasFaturamento). */
namespace OmieOperation {
inline const QString VendaProduto = QStringLiteral("11"); ///< pedidos de venda
inline const QString VendaServico = QStringLiteral("01"); ///< ordens de serviço
} // namespace OmieOperation

/** One entry of an Omie list an order default can come from; @c unusable says why it cannot be used. */
struct OmieOffer
{
    QString code;
    QString label;
    QString unusable; ///< empty when an order may use it (translated reason otherwise)
    bool usable() const { return unusable.isEmpty(); }
};

/** Which value of an order default Ponte uses and why, or what the administrator must fill. */
struct DefaultChoice
{
    QString value;         ///< empty when nothing can be used
    QString reason;        ///< why this value (translated); empty when @c problem is set
    QString problem;       ///< what keeps orders from being sent, naming the setting (translated)
    bool fromList = false; ///< the setting was empty and Omie offered exactly one usable choice
    bool ok() const { return problem.isEmpty() && !value.isEmpty(); }
};

/** The order-default settings as the administrator filled them (empty = let Ponte choose). */
struct OmieOrderSettings
{
    QString contaCorrente;
    QString categoria;
    QString parcela;
    QString etapa;

    static OmieOrderSettings fromSettings(const Settings &settings);
};

/** What Omie offers for each order default and what Ponte uses. */
struct OmieOrderDefaults
{
    QList<OmieOffer> contas, categorias, parcelas, etapasPedido, etapasOs;
    DefaultChoice contaCorrente, categoria, parcela;
    DefaultChoice etapaPedido; ///< among the stages of operation 11
    DefaultChoice etapaOs;     ///< among the stages of operation 01
};

/**
 * Pure decisions about the Omie lists order defaults come from (omie-api.md §7.3, §7.5, §7.6) and the
 * DESIGN.md §5 rule: an empty setting takes the only usable offer, otherwise the order is refused
 * with a message that names the setting.
 */
class OmieChoices
{
    Q_DECLARE_TR_FUNCTIONS(Ponte::OmieChoices)

public:
    /** Active, not a group (totalizadora) and a revenue account: what a sale may be posted to. */
    static bool isPostableRevenue(const Omie::Categoria &c);

    static QList<OmieOffer> contas(const QList<Omie::ContaCorrente> &contas);
    static QList<OmieOffer> categorias(const QList<Omie::Categoria> &categorias);
    static QList<OmieOffer> parcelas(const QList<Omie::FormaPagamento> &formas);
    /** Stages of @p operation only (the same code means other stages in other operations). */
    static QList<OmieOffer> etapas(const QList<Omie::Etapa> &etapas, const QString &operation);

    /**
     * The value for @p settingKey: the setting when it is set and not known to be unusable (a value
     * missing from the list is left for Omie to judge: an incomplete list proves nothing, unless
     * @p wholeList says the offers are all there are, as the stages of an operation), else the only
     * usable offer, else a problem naming the setting. @p what names the list ("conta corrente").
     */
    static DefaultChoice choose(const QString &setting,
                                const QString &settingKey,
                                const QString &what,
                                const QList<OmieOffer> &offers,
                                bool wholeList = false);

    /** Every offer and choice for @p settings, from the four lists as Omie returned them. */
    static OmieOrderDefaults orderDefaults(const OmieOrderSettings &settings,
                                           const QList<Omie::ContaCorrente> &contas,
                                           const QList<Omie::Categoria> &categorias,
                                           const QList<Omie::FormaPagamento> &formas,
                                           const QList<Omie::Etapa> &etapas);

    /** data_previsao of a new order: its own date (dd/mm/aaaa), or today in Brasília when earlier or missing. */
    static QString previsaoForNewOrder(const QString &orderDate, const QDate &todayBrasilia);
};

} // namespace Ponte
