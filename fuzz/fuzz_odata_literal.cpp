// The OData builder's escaping, checked against the simulator's filter parser (written from the
// reference, not from the client): a filter built with any string literal, sent as a query string and
// decoded as the service decodes it, must parse back to exactly that literal and match only it.
#include "fuzzsupport.h"

#include "ploomes/odata.h"
#include "ploomesodata.h"

using namespace Ponte;

namespace {
/** One type with one string property, and one custom-field collection for the any() form. */
class TinyModel : public Sim::OData::Model
{
public:
    Sim::OData::Member member(const QString &type, const QString &name) const override
    {
        if (type == QStringLiteral("Contact") && name == QStringLiteral("Name"))
            return {Sim::OData::Member::Scalar, Sim::OData::ValueType::String, {}};
        if (type == QStringLiteral("Contact") && name == QStringLiteral("OtherProperties"))
            return {Sim::OData::Member::Many, Sim::OData::ValueType::Any, QStringLiteral("Other")};
        if (type == QStringLiteral("Other") && name == QStringLiteral("FieldId"))
            return {Sim::OData::Member::Scalar, Sim::OData::ValueType::Number, {}};
        if (type == QStringLiteral("Other") && name == QStringLiteral("StringValue"))
            return {Sim::OData::Member::Scalar, Sim::OData::ValueType::String, {}};
        return {};
    }
    QStringList scalarNames(const QString &type) const override
    {
        return type == QStringLiteral("Contact")
                   ? QStringList{QStringLiteral("Name")}
                   : QStringList{QStringLiteral("FieldId"), QStringLiteral("StringValue")};
    }
    std::optional<QJsonObject> single(const QString &, const QJsonObject &, const QString &) const override
    {
        return std::nullopt;
    }
    QList<QJsonObject> many(const QString &, const QJsonObject &, const QString &) const override { return {}; }
};

QStringList roundTrip(const QString &filter)
{
    // The client's own URL building, then the service's decoding of the query string.
    const QUrl url = Ploomes::Query().filter(filter).top(1).url(QUrl(QStringLiteral("https://api2.ploomes.com/")),
                                                                QStringLiteral("Contacts"));
    QString decoded;
    for (const auto &[key, value] : Sim::OData::decodeQuery(url)) {
        if (key == QStringLiteral("$filter"))
            decoded = value;
    }
    PONTE_FUZZ_CHECK(decoded == filter);
    const TinyModel model;
    QString error;
    const Sim::OData::NodePtr node = Sim::OData::parseFilter(decoded, model, QStringLiteral("Contact"), &error);
    if (!node) {
        std::fprintf(stderr, "filter refused: %s\n", qPrintable(error));
        PONTE_FUZZ_CHECK(node);
    }
    return Sim::OData::stringLiterals(node);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString literal = QString::fromUtf8(Fuzz::bytesOf(data, size));
    PONTE_FUZZ_CHECK(roundTrip(Ploomes::OData::eq(QStringLiteral("Name"), literal)) == QStringList{literal});
    // Split between code points: half a surrogate pair is not text, and no UTF-8 (the query's encoding)
    // can carry it.
    qsizetype half = literal.size() / 2;
    if (half > 0 && literal.at(half).isLowSurrogate() && literal.at(half - 1).isHighSurrogate())
        ++half;
    const QStringList two{literal.left(half), literal.mid(half)};
    PONTE_FUZZ_CHECK(roundTrip(Ploomes::OData::anyOfText(QStringLiteral("Name"), two)) == two);
    PONTE_FUZZ_CHECK(roundTrip(Ploomes::OData::otherPropertyEquals(7, literal)) == QStringList{literal});
    return 0;
}
