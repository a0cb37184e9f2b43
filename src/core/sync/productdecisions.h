#pragma once

// Pure decisions of the product/service step (Omie → Ploomes products of the family "Produtos" / "Serviços").
#include <QString>

namespace Ponte::ProductDecisions {

/** How an Omie item found its Ploomes product. */
enum class Match {
    Coupled,  ///< a stored coupling
    ByOmieId, ///< an uncoupled product of the family whose "Id (Omie)" is the item's id
    ByCode,   ///< an uncoupled product of the family with the item's code
    None,     ///< nothing: the item is created
};

/** Coupling first, then "Id (Omie)", then the code (only a first or full run reads the family for the last two). */
Match matchProduct(bool coupled, bool productWithOmieId, bool productWithCode);

/** What the decision needs of one item. */
struct ProductInput
{
    Match match = Match::None;
    QString mapped;                  ///< hash of the item mapped to Ploomes
    QString stored;                  ///< coupled: the hash the last sync wrote
    QString candidateAsIs;           ///< matched now: the Ploomes product's own hash
    bool candidateHasOmieId = false; ///< matched now: its "Id (Omie)" already is the item's id
    QString name;                    ///< the name that would be sent (description, else code)
};

enum class ProductAction {
    Create,        ///< new product in the family's group, with "Id (Omie)"
    Update,        ///< coupled and changed
    LinkAndUpdate, ///< matched now, and its data or "Id (Omie)" differ: written, then linked
    Link,          ///< matched now and already equal: only the coupling is saved
    Unchanged,     ///< coupled and equal
    Refuse,        ///< no description and no code: refused before any write
};
ProductAction decideProduct(const ProductInput &in);

} // namespace Ponte::ProductDecisions
