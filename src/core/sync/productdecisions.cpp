#include "sync/productdecisions.h"

namespace Ponte::ProductDecisions {

Match matchProduct(bool coupled, bool productWithOmieId, bool productWithCode)
{
    if (coupled)
        return Match::Coupled;
    if (productWithOmieId)
        return Match::ByOmieId;
    return productWithCode ? Match::ByCode : Match::None;
}

ProductAction decideProduct(const ProductInput &in)
{
    if (in.name.trimmed().isEmpty())
        return ProductAction::Refuse;
    switch (in.match) {
    case Match::Coupled:
        return in.mapped != in.stored ? ProductAction::Update : ProductAction::Unchanged;
    case Match::ByOmieId:
    case Match::ByCode:
        return !in.candidateHasOmieId || in.mapped != in.candidateAsIs ? ProductAction::LinkAndUpdate
                                                                       : ProductAction::Link;
    case Match::None:
        break;
    }
    return ProductAction::Create;
}

} // namespace Ponte::ProductDecisions
