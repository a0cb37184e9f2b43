#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

/**
 * The OData subset the Ploomes simulator understands: $filter (comparison, logical operators,
 * string functions, navigation paths, any/all lambdas), $select, $expand with nested options,
 * $orderby, $top, $skip and $count. Queries are type-checked against a Model before they run, so a
 * property that does not exist or a literal of the wrong type gives 400 even on an empty collection,
 * as an OData server with a schema does.
 */
namespace Ponte::Sim::OData {

enum class ValueType { Null, Bool, Number, String, DateTime, Any, Entity };

struct Member
{
    enum Kind { Unknown, Scalar, Single, Many };
    Kind kind = Unknown;
    ValueType type = ValueType::Any; ///< for scalars
    QString target;                  ///< for navigations: the target type name
};

/** The schema and the navigation between records, supplied by the simulator. */
class Model
{
public:
    virtual ~Model() = default;
    virtual Member member(const QString &type, const QString &name) const = 0;
    /** Declared scalar properties in output order. */
    virtual QStringList scalarNames(const QString &type) const = 0;
    virtual std::optional<QJsonObject>
    single(const QString &type, const QJsonObject &record, const QString &name) const = 0;
    virtual QList<QJsonObject> many(const QString &type, const QJsonObject &record, const QString &name) const = 0;
};

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct OrderKey
{
    QStringList path;
    ValueType type = ValueType::Any;
    bool descending = false;
};

struct ExpandItem;

struct QueryOptions
{
    NodePtr filter;
    QStringList select; ///< empty: every scalar
    std::vector<ExpandItem> expand;
    QList<OrderKey> orderBy;
    int top = -1; ///< -1: not given
    int skip = 0;
    bool count = false;
};

struct ExpandItem
{
    QString name;
    Member member;
    QueryOptions options;
};

/** Parses @p text as a boolean filter on @p type. Returns null and sets @p error when invalid. */
NodePtr parseFilter(const QString &text, const Model &model, const QString &type, QString *error);
bool matches(const NodePtr &filter, const Model &model, const QString &type, const QJsonObject &record);

/**
 * Parses the query options of a request (keys with their '$', already percent-decoded). Unknown
 * '$' options are errors; other keys are ignored. @p depth counts $expand nesting.
 */
bool parseQueryOptions(const QList<QPair<QString, QString>> &options,
                       const Model &model,
                       const QString &type,
                       QueryOptions *out,
                       QString *error,
                       int depth = 0);

/** Filters and sorts (stable, by Id last); $skip/$top are left to the caller. */
QList<QJsonObject>
filterAndSort(const QueryOptions &options, const Model &model, const QString &type, QList<QJsonObject> records);
/** Applies $select and $expand to one record. */
QJsonObject shape(const QueryOptions &options, const Model &model, const QString &type, const QJsonObject &record);

/** The query items of @p url decoded as ASP.NET does: '+' is a space, then percent-decoding. */
QList<QPair<QString, QString>> decodeQuery(const QUrl &url);

/** The string literals of a parsed filter, depth first (lets tests check what the parser read). */
QStringList stringLiterals(const NodePtr &filter);

/** Milliseconds since the epoch of an ISO-8601 date or date-time; no offset means UTC. */
std::optional<qint64> parseDateTime(const QString &text);

/** The maximum $expand nesting the simulator accepts (the reference reports failures above 3 levels). */
constexpr int kMaxExpandDepth = 3;

} // namespace Ponte::Sim::OData
