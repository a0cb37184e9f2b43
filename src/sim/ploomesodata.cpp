#include "ploomesodata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Ponte::Sim::OData {

namespace {

struct Value
{
    ValueType type = ValueType::Null;
    bool b = false;
    double n = 0;
    QString s;
    qint64 ms = 0;

    static Value boolean(bool v)
    {
        Value r;
        r.type = ValueType::Bool;
        r.b = v;
        return r;
    }
    static Value number(double v)
    {
        Value r;
        r.type = ValueType::Number;
        r.n = v;
        return r;
    }
    static Value string(const QString &v)
    {
        Value r;
        r.type = ValueType::String;
        r.s = v;
        return r;
    }
    static Value dateTime(qint64 v)
    {
        Value r;
        r.type = ValueType::DateTime;
        r.ms = v;
        return r;
    }
    bool isNull() const { return type == ValueType::Null; }
    QString text() const
    {
        switch (type) {
        case ValueType::String:
            return s;
        case ValueType::Number:
            return QString::number(n, 'g', 17);
        case ValueType::Bool:
            return b ? u"true"_s : u"false"_s;
        case ValueType::DateTime:
            return QString::number(ms);
        default:
            return {};
        }
    }
};

/** A JSON value read as the declared type; stored dates are strings and compare as instants. */
Value fromJson(const QJsonValue &json, ValueType declared)
{
    if (json.isNull() || json.isUndefined())
        return {};
    if (declared == ValueType::DateTime && json.isString()) {
        if (const auto ms = parseDateTime(json.toString()))
            return Value::dateTime(*ms);
        return {};
    }
    if (json.isBool())
        return Value::boolean(json.toBool());
    if (json.isDouble())
        return Value::number(json.toDouble());
    if (json.isString())
        return Value::string(json.toString());
    Value entity;
    entity.type = ValueType::Entity;
    return entity;
}

QString edmName(ValueType t)
{
    switch (t) {
    case ValueType::Bool:
        return u"Edm.Boolean"_s;
    case ValueType::Number:
        return u"Edm.Decimal"_s;
    case ValueType::String:
        return u"Edm.String"_s;
    case ValueType::DateTime:
        return u"Edm.DateTimeOffset"_s;
    case ValueType::Entity:
        return u"Entity"_s;
    case ValueType::Null:
        return u"null"_s;
    case ValueType::Any:
        break;
    }
    return u"Edm.Untyped"_s;
}

bool compatible(ValueType a, ValueType b)
{
    if (a == ValueType::Null || b == ValueType::Null || a == ValueType::Any || b == ValueType::Any)
        return true;
    return a == b;
}

/** -1, 0, 1; null sorts first (SQL Server order). Strings compare case-insensitively (CI collation). */
int compareValues(const Value &a, const Value &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() ? 0 : (a.isNull() ? -1 : 1);
    if (a.type != b.type) {
        // Only reachable through untyped (Any) properties: compare their text.
        const int c = QString::compare(a.text(), b.text(), Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    switch (a.type) {
    case ValueType::Bool:
        return a.b == b.b ? 0 : (a.b ? 1 : -1);
    case ValueType::Number:
        return a.n == b.n ? 0 : (a.n < b.n ? -1 : 1);
    case ValueType::DateTime:
        return a.ms == b.ms ? 0 : (a.ms < b.ms ? -1 : 1);
    case ValueType::String: {
        const int c = QString::compare(a.s, b.s, Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    default:
        return 0;
    }
}

} // namespace

struct Node
{
    enum Kind { Literal, Path, Lambda, And, Or, Not, Compare, Call };
    Kind kind = Literal;
    ValueType type = ValueType::Null;    ///< result type
    Value value;                         ///< Literal
    QString variable;                    ///< Path/Lambda: lambda variable the path starts from (empty: the record)
    QString startType;                   ///< Path/Lambda: type the path starts from
    QStringList segments;                ///< Path/Lambda
    ValueType leafType = ValueType::Any; ///< Path: declared type of the final scalar
    QString name;                        ///< Compare: operator; Call: function; Lambda: any/all and the bound variable
    QString lambdaVariable;
    QString lambdaType;
    QList<NodePtr> children;
};

namespace {

// ---------------------------------------------------------------------------------------------
// Tokenizer

struct Token
{
    enum Type { End, Ident, Literal, LParen, RParen, Comma, Colon, Slash };
    Type type = End;
    QString text;
    Value value;
    int pos = 0;
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString &text) : m_text(text) {}

    bool run(QList<Token> *out, QString *error)
    {
        static const QRegularExpression dateRe(
            u"\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?(Z|[+-]\\d{2}:\\d{2})?)?"_s);
        static const QRegularExpression numberRe(u"-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?[mMdDfFlL]?"_s);
        int i = 0;
        const int n = int(m_text.size());
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.pos = i;
            if (c == u'(' || c == u')' || c == u',' || c == u':' || c == u'/') {
                t.type = c == u'('   ? Token::LParen
                         : c == u')' ? Token::RParen
                         : c == u',' ? Token::Comma
                         : c == u':' ? Token::Colon
                                     : Token::Slash;
                t.text = c;
                ++i;
            } else if (c == u'\'') {
                QString s;
                ++i;
                bool closed = false;
                while (i < n) {
                    if (m_text.at(i) == u'\'') {
                        if (i + 1 < n && m_text.at(i + 1) == u'\'') {
                            s.append(u'\'');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    s.append(m_text.at(i));
                    ++i;
                }
                if (!closed) {
                    *error =
                        u"Syntax error: unterminated string literal at position %1 in '%2'."_s.arg(t.pos).arg(m_text);
                    return false;
                }
                t.type = Token::Literal;
                t.value = Value::string(s);
            } else if (c.isDigit() || (c == u'-' && i + 1 < n && m_text.at(i + 1).isDigit())) {
                const auto dm = dateRe.match(m_text, i, QRegularExpression::NormalMatch,
                                             QRegularExpression::AnchorAtOffsetMatchOption);
                const auto nm = numberRe.match(m_text, i, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
                if (c != u'-' && dm.hasMatch() && dm.capturedLength() >= nm.capturedLength()) {
                    const auto ms = parseDateTime(dm.captured());
                    if (!ms) {
                        *error = u"Syntax error: invalid date literal '%1'."_s.arg(dm.captured());
                        return false;
                    }
                    t.value = Value::dateTime(*ms);
                    i += int(dm.capturedLength());
                } else if (nm.hasMatch()) {
                    QString digits = nm.captured();
                    if (digits.back().isLetter())
                        digits.chop(1);
                    t.value = Value::number(digits.toDouble());
                    i += int(nm.capturedLength());
                } else {
                    *error = u"Syntax error at position %1 in '%2'."_s.arg(i).arg(m_text);
                    return false;
                }
                if (i < n && isIdentChar(m_text.at(i))) {
                    *error = u"Syntax error at position %1 in '%2'."_s.arg(i).arg(m_text);
                    return false;
                }
                t.type = Token::Literal;
            } else if (isIdentStart(c)) {
                int j = i + 1;
                while (j < n && isIdentChar(m_text.at(j)))
                    ++j;
                t.text = m_text.mid(i, j - i);
                i = j;
                if (i < n && m_text.at(i) == u'\'') {
                    // OData v3 typed literals: datetime'…', datetimeoffset'…'
                    if (t.text != u"datetime"_s && t.text != u"datetimeoffset"_s) {
                        *error = u"Syntax error: unrecognized literal prefix '%1'."_s.arg(t.text);
                        return false;
                    }
                    const int close = int(m_text.indexOf(u'\'', i + 1));
                    const auto ms = close > 0 ? parseDateTime(m_text.mid(i + 1, close - i - 1)) : std::nullopt;
                    if (!ms) {
                        *error = u"Syntax error: invalid date literal at position %1."_s.arg(t.pos);
                        return false;
                    }
                    t.type = Token::Literal;
                    t.value = Value::dateTime(*ms);
                    i = close + 1;
                } else {
                    t.type = Token::Ident;
                }
            } else {
                *error = u"Syntax error: unexpected character '%1' at position %2 in '%3'."_s.arg(c).arg(i).arg(m_text);
                return false;
            }
            out->append(t);
        }
        Token end;
        end.pos = n;
        out->append(end);
        return true;
    }

private:
    QString m_text;
};

// ---------------------------------------------------------------------------------------------
// Parser with type checking

const QStringList kComparisons = {u"eq"_s, u"ne"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
const QStringList kUnsupportedOperators = {u"has"_s, u"in"_s, u"add"_s, u"sub"_s, u"mul"_s, u"div"_s, u"mod"_s};

struct FunctionSignature
{
    QList<ValueType> args;
    ValueType result;
};

const QHash<QString, FunctionSignature> &functions()
{
    static const QHash<QString, FunctionSignature> table = {
        {u"contains"_s, {{ValueType::String, ValueType::String}, ValueType::Bool}},
        {u"startswith"_s, {{ValueType::String, ValueType::String}, ValueType::Bool}},
        {u"endswith"_s, {{ValueType::String, ValueType::String}, ValueType::Bool}},
        {u"tolower"_s, {{ValueType::String}, ValueType::String}},
        {u"toupper"_s, {{ValueType::String}, ValueType::String}},
        {u"trim"_s, {{ValueType::String}, ValueType::String}},
        {u"length"_s, {{ValueType::String}, ValueType::Number}},
        {u"indexof"_s, {{ValueType::String, ValueType::String}, ValueType::Number}},
        {u"concat"_s, {{ValueType::String, ValueType::String}, ValueType::String}},
        {u"year"_s, {{ValueType::DateTime}, ValueType::Number}},
        {u"month"_s, {{ValueType::DateTime}, ValueType::Number}},
        {u"day"_s, {{ValueType::DateTime}, ValueType::Number}},
    };
    return table;
}

class Parser
{
public:
    Parser(const Model &model, const QString &rootType, const QList<Token> &tokens, const QString &text)
        : m_model(model), m_rootType(rootType), m_tokens(tokens), m_text(text)
    {}

    NodePtr parse(QString *error)
    {
        NodePtr node = parseOr();
        if (node && peek().type != Token::End)
            fail(u"Syntax error at position %1 in '%2'."_s.arg(peek().pos).arg(m_text));
        if (node && m_error.isEmpty() && node->type != ValueType::Bool && node->type != ValueType::Any)
            fail(u"The $filter expression must evaluate to a single boolean value."_s);
        if (!m_error.isEmpty()) {
            *error = m_error;
            return {};
        }
        return node;
    }

private:
    const Token &peek(int ahead = 0) const
    {
        return m_tokens.at(std::min<qsizetype>(m_pos + ahead, m_tokens.size() - 1));
    }
    Token take() { return m_tokens.at(std::min<qsizetype>(m_pos++, m_tokens.size() - 1)); }
    bool peekIdent(const QString &word) const { return peek().type == Token::Ident && peek().text == word; }

    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return {};
    }

    bool expect(Token::Type type, const QString &what)
    {
        if (peek().type != type) {
            fail(u"Syntax error: expected %1 at position %2 in '%3'."_s.arg(what).arg(peek().pos).arg(m_text));
            return false;
        }
        take();
        return true;
    }

    bool requireBool(const NodePtr &n, const QString &op)
    {
        if (n->type == ValueType::Bool || n->type == ValueType::Any)
            return true;
        fail(u"The operand for the '%1' operator must be of type Edm.Boolean, found %2."_s.arg(op, edmName(n->type)));
        return false;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        while (left && peekIdent(u"or"_s)) {
            take();
            NodePtr right = parseAnd();
            if (!right || !requireBool(left, u"or"_s) || !requireBool(right, u"or"_s))
                return {};
            auto n = std::make_shared<Node>();
            n->kind = Node::Or;
            n->type = ValueType::Bool;
            n->children = {left, right};
            left = n;
        }
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseUnary();
        while (left && peekIdent(u"and"_s)) {
            take();
            NodePtr right = parseUnary();
            if (!right || !requireBool(left, u"and"_s) || !requireBool(right, u"and"_s))
                return {};
            auto n = std::make_shared<Node>();
            n->kind = Node::And;
            n->type = ValueType::Bool;
            n->children = {left, right};
            left = n;
        }
        return left;
    }

    NodePtr parseUnary()
    {
        if (peekIdent(u"not"_s)) {
            take();
            NodePtr operand = parseUnary();
            if (!operand || !requireBool(operand, u"not"_s))
                return {};
            auto n = std::make_shared<Node>();
            n->kind = Node::Not;
            n->type = ValueType::Bool;
            n->children = {operand};
            return n;
        }
        return parseComparison();
    }

    NodePtr parseComparison()
    {
        NodePtr left = parsePrimary();
        if (!left)
            return {};
        if (peek().type == Token::Ident && kUnsupportedOperators.contains(peek().text))
            return fail(u"The operator '%1' is not supported."_s.arg(peek().text));
        if (peek().type != Token::Ident || !kComparisons.contains(peek().text))
            return left;
        const QString op = take().text;
        NodePtr right = parsePrimary();
        if (!right)
            return {};
        if (!compatible(left->type, right->type)) {
            return fail(u"A binary operator with incompatible types was detected. Found operand types '%1' and '%2' "
                        "for operator kind '%3'."_s.arg(edmName(left->type), edmName(right->type), op));
        }
        if ((left->type == ValueType::Entity || right->type == ValueType::Entity)
            && (left->type != ValueType::Null && right->type != ValueType::Null))
            return fail(u"A navigation property can only be compared with null."_s);
        auto n = std::make_shared<Node>();
        n->kind = Node::Compare;
        n->type = ValueType::Bool;
        n->name = op;
        n->children = {left, right};
        return n;
    }

    NodePtr parsePrimary()
    {
        const Token t = peek();
        switch (t.type) {
        case Token::LParen: {
            take();
            NodePtr inner = parseOr();
            if (!inner || !expect(Token::RParen, u"')'"_s))
                return {};
            return inner;
        }
        case Token::Literal: {
            take();
            auto n = std::make_shared<Node>();
            n->kind = Node::Literal;
            n->value = t.value;
            n->type = t.value.type;
            return n;
        }
        case Token::Ident:
            break;
        default:
            return fail(u"Syntax error at position %1 in '%2'."_s.arg(t.pos).arg(m_text));
        }
        take();
        if (t.text == u"true"_s || t.text == u"false"_s || t.text == u"null"_s) {
            auto n = std::make_shared<Node>();
            n->kind = Node::Literal;
            if (t.text != u"null"_s)
                n->value = Value::boolean(t.text == u"true"_s);
            n->type = n->value.type;
            return n;
        }
        if (peek().type == Token::LParen && !m_variables.contains(t.text))
            return parseCall(t);
        return parsePath(t);
    }

    NodePtr parseCall(const Token &name)
    {
        const auto it = functions().constFind(name.text);
        if (it == functions().constEnd())
            return fail(u"An unknown function with name '%1' was found."_s.arg(name.text));
        take(); // (
        QList<NodePtr> args;
        if (peek().type != Token::RParen) {
            while (true) {
                NodePtr arg = parseOr();
                if (!arg)
                    return {};
                args.append(arg);
                if (peek().type == Token::Comma) {
                    take();
                    continue;
                }
                break;
            }
        }
        if (!expect(Token::RParen, u"')'"_s))
            return {};
        if (args.size() != it->args.size())
            return fail(u"No function signature for the function with name '%1' matches the specified arguments."_s.arg(
                name.text));
        for (int i = 0; i < args.size(); ++i) {
            if (!compatible(args.at(i)->type, it->args.at(i)) || args.at(i)->type == ValueType::Entity)
                return fail(u"No function signature for the function with name '%1' matches the specified "
                            "arguments (argument %2 is %3)."_s.arg(name.text)
                                .arg(i + 1)
                                .arg(edmName(args.at(i)->type)));
        }
        auto n = std::make_shared<Node>();
        n->kind = Node::Call;
        n->name = name.text;
        n->type = it->result;
        n->children = args;
        return n;
    }

    NodePtr parsePath(const Token &first)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Path;
        QString type = m_rootType;
        if (m_variables.contains(first.text)) {
            n->variable = first.text;
            type = m_variables.value(first.text);
        } else {
            n->segments.append(first.text);
        }
        n->startType = type;
        bool lambda = false;
        while (peek().type == Token::Slash) {
            take();
            if (peek().type != Token::Ident)
                return fail(
                    u"Syntax error: expected a property name at position %1 in '%2'."_s.arg(peek().pos).arg(m_text));
            const Token seg = take();
            if ((seg.text == u"any"_s || seg.text == u"all"_s) && peek().type == Token::LParen) {
                lambda = true;
                n->name = seg.text;
                break;
            }
            n->segments.append(seg.text);
        }
        // Resolve the segments against the schema.
        Member m;
        m.kind = Member::Single;
        m.target = type;
        for (int i = 0; i < n->segments.size(); ++i) {
            const QString &seg = n->segments.at(i);
            if (m.kind != Member::Single)
                return fail(u"The parent value for a property access of a property '%1' is not a single value. "
                            "Property access can only be applied to a single value."_s.arg(seg));
            const QString owner = m.target;
            m = m_model.member(owner, seg);
            if (m.kind == Member::Unknown)
                return fail(u"Could not find a property named '%1' on type 'Ploomes.%2'."_s.arg(seg, owner));
        }
        if (lambda) {
            if (m.kind != Member::Many)
                return fail(u"The '%1' operator can only be applied to a collection; '%2' is not one."_s.arg(
                    n->name, n->segments.join(u'/')));
            n->kind = Node::Lambda;
            n->type = ValueType::Bool;
            n->lambdaType = m.target;
            take(); // (
            if (peek().type == Token::RParen) {
                take();
                if (n->name == u"all"_s)
                    return fail(u"The 'all' operator requires a lambda expression."_s);
                return n;
            }
            if (peek().type != Token::Ident || peek(1).type != Token::Colon)
                return fail(
                    u"Syntax error: expected 'variable:' in the %1 expression at position %2."_s.arg(n->name).arg(
                        peek().pos));
            n->lambdaVariable = take().text;
            take(); // :
            if (m_variables.contains(n->lambdaVariable))
                return fail(u"The range variable '%1' has already been declared."_s.arg(n->lambdaVariable));
            m_variables.insert(n->lambdaVariable, m.target);
            NodePtr body = parseOr();
            m_variables.remove(n->lambdaVariable);
            if (!body || !expect(Token::RParen, u"')'"_s))
                return {};
            if (!requireBool(body, n->name))
                return {};
            n->children = {body};
            return n;
        }
        switch (m.kind) {
        case Member::Scalar:
            n->type = m.type;
            n->leafType = m.type;
            break;
        case Member::Single:
            n->type = ValueType::Entity;
            break;
        case Member::Many:
            return fail(u"The collection property '%1' can only be used with the any or all operators."_s.arg(
                n->segments.join(u'/')));
        case Member::Unknown:
            break;
        }
        return n;
    }

    const Model &m_model;
    QString m_rootType;
    QList<Token> m_tokens;
    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
    QHash<QString, QString> m_variables; ///< lambda variable -> its type
};

// ---------------------------------------------------------------------------------------------
// Evaluation

struct Scope
{
    const Model &model;
    QString rootType;
    QJsonObject root;
    QHash<QString, QPair<QString, QJsonObject>> variables;
};

/** Walks the single-valued navigations of @p segments except the last; false when one is missing. */
bool walk(const Scope &scope, const Node &n, int stopBefore, QString *type, QJsonObject *record)
{
    if (n.variable.isEmpty()) {
        *type = scope.rootType;
        *record = scope.root;
    } else {
        const auto v = scope.variables.value(n.variable);
        *type = v.first;
        *record = v.second;
    }
    for (int i = 0; i < stopBefore; ++i) {
        const QString &seg = n.segments.at(i);
        const Member m = scope.model.member(*type, seg);
        const auto next = scope.model.single(*type, *record, seg);
        if (!next)
            return false;
        *type = m.target;
        *record = *next;
    }
    return true;
}

Value evaluate(const NodePtr &node, Scope &scope)
{
    const Node &n = *node;
    switch (n.kind) {
    case Node::Literal:
        return n.value;
    case Node::Path: {
        QString type;
        QJsonObject record;
        if (n.segments.isEmpty()) {
            Value entity;
            entity.type = ValueType::Entity;
            return entity;
        }
        if (!walk(scope, n, int(n.segments.size()) - 1, &type, &record))
            return {};
        const QString &last = n.segments.constLast();
        if (n.type == ValueType::Entity) {
            if (!scope.model.single(type, record, last))
                return {};
            Value entity;
            entity.type = ValueType::Entity;
            return entity;
        }
        return fromJson(record.value(last), n.leafType);
    }
    case Node::Lambda: {
        QString type;
        QJsonObject record;
        if (!walk(scope, n, int(n.segments.size()) - 1, &type, &record))
            return Value::boolean(n.name == u"all"_s);
        const QList<QJsonObject> items = scope.model.many(type, record, n.segments.constLast());
        if (n.children.isEmpty())
            return Value::boolean(!items.isEmpty());
        const bool any = n.name == u"any"_s;
        for (const QJsonObject &item : items) {
            scope.variables.insert(n.lambdaVariable, {n.lambdaType, item});
            const Value v = evaluate(n.children.first(), scope);
            const bool hit = v.type == ValueType::Bool && v.b;
            if (any && hit) {
                scope.variables.remove(n.lambdaVariable);
                return Value::boolean(true);
            }
            if (!any && !hit) {
                scope.variables.remove(n.lambdaVariable);
                return Value::boolean(false);
            }
        }
        scope.variables.remove(n.lambdaVariable);
        return Value::boolean(!any);
    }
    case Node::And: {
        const Value l = evaluate(n.children.at(0), scope);
        if (!(l.type == ValueType::Bool && l.b))
            return Value::boolean(false);
        const Value r = evaluate(n.children.at(1), scope);
        return Value::boolean(r.type == ValueType::Bool && r.b);
    }
    case Node::Or: {
        const Value l = evaluate(n.children.at(0), scope);
        if (l.type == ValueType::Bool && l.b)
            return Value::boolean(true);
        const Value r = evaluate(n.children.at(1), scope);
        return Value::boolean(r.type == ValueType::Bool && r.b);
    }
    case Node::Not: {
        const Value v = evaluate(n.children.at(0), scope);
        if (v.isNull())
            return {}; // SQL three-valued logic: not(unknown) is unknown
        return Value::boolean(!(v.type == ValueType::Bool && v.b));
    }
    case Node::Compare: {
        const Value l = evaluate(n.children.at(0), scope);
        const Value r = evaluate(n.children.at(1), scope);
        if (n.name == u"eq"_s || n.name == u"ne"_s) {
            bool equal;
            if (l.isNull() || r.isNull())
                equal = l.isNull() && r.isNull();
            else if (l.type == ValueType::Entity || r.type == ValueType::Entity)
                equal = false;
            else
                equal = compareValues(l, r) == 0;
            return Value::boolean(n.name == u"eq"_s ? equal : !equal);
        }
        if (l.isNull() || r.isNull())
            return Value::boolean(false);
        const int c = compareValues(l, r);
        if (n.name == u"gt"_s)
            return Value::boolean(c > 0);
        if (n.name == u"ge"_s)
            return Value::boolean(c >= 0);
        if (n.name == u"lt"_s)
            return Value::boolean(c < 0);
        return Value::boolean(c <= 0);
    }
    case Node::Call: {
        QList<Value> args;
        for (const NodePtr &c : n.children)
            args.append(evaluate(c, scope));
        for (const Value &a : std::as_const(args)) {
            if (a.isNull())
                return n.type == ValueType::Bool ? Value::boolean(false) : Value();
        }
        const QString &f = n.name;
        if (f == u"contains"_s)
            return Value::boolean(args.at(0).text().contains(args.at(1).text(), Qt::CaseInsensitive));
        if (f == u"startswith"_s)
            return Value::boolean(args.at(0).text().startsWith(args.at(1).text(), Qt::CaseInsensitive));
        if (f == u"endswith"_s)
            return Value::boolean(args.at(0).text().endsWith(args.at(1).text(), Qt::CaseInsensitive));
        if (f == u"tolower"_s)
            return Value::string(args.at(0).text().toLower());
        if (f == u"toupper"_s)
            return Value::string(args.at(0).text().toUpper());
        if (f == u"trim"_s)
            return Value::string(args.at(0).text().trimmed());
        if (f == u"length"_s)
            return Value::number(double(args.at(0).text().size()));
        if (f == u"indexof"_s)
            return Value::number(double(args.at(0).text().indexOf(args.at(1).text(), 0, Qt::CaseInsensitive)));
        if (f == u"concat"_s)
            return Value::string(args.at(0).text() + args.at(1).text());
        const QDate date = QDateTime::fromMSecsSinceEpoch(args.at(0).ms, Qt::UTC).date();
        if (f == u"year"_s)
            return Value::number(date.year());
        if (f == u"month"_s)
            return Value::number(date.month());
        return Value::number(date.day());
    }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Query options

/** Splits at @p separator outside parentheses and string literals. */
QStringList splitTopLevel(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    int depth = 0;
    bool inString = false;
    for (QChar c : text) {
        if (c == u'\'')
            inString = !inString; // '' escapes toggle twice, which is harmless here
        else if (!inString && c == u'(')
            ++depth;
        else if (!inString && c == u')')
            --depth;
        if (!inString && depth == 0 && c == separator) {
            parts.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    parts.append(current);
    return parts;
}

bool parseNonNegative(const QString &key, const QString &value, int *out, QString *error)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    if (!ok || v < 0) {
        *error = u"Invalid value '%1' for %2 query option found. The %2 query option requires a non-negative "
                 "integer value."_s.arg(value, key);
        return false;
    }
    *out = v;
    return true;
}

bool parseExpand(
    const QString &text, const Model &model, const QString &type, QueryOptions *out, QString *error, int depth)
{
    if (depth + 1 > kMaxExpandDepth) {
        *error = u"The request includes a $expand path which is too deep. The maximum depth allowed is %1."_s.arg(
            kMaxExpandDepth);
        return false;
    }
    for (const QString &rawItem : splitTopLevel(text, u',')) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty()) {
            *error = u"Syntax error in $expand: empty item in '%1'."_s.arg(text);
            return false;
        }
        ExpandItem e;
        QString inner;
        const int paren = int(item.indexOf(u'('));
        if (paren >= 0) {
            if (!item.endsWith(u')')) {
                *error = u"Syntax error in $expand: unbalanced parentheses in '%1'."_s.arg(item);
                return false;
            }
            e.name = item.left(paren).trimmed();
            inner = item.mid(paren + 1, item.size() - paren - 2);
        } else {
            e.name = item;
        }
        e.member = model.member(type, e.name);
        if (e.member.kind == Member::Unknown) {
            *error = u"Could not find a property named '%1' on type 'Ploomes.%2'."_s.arg(e.name, type);
            return false;
        }
        if (e.member.kind == Member::Scalar) {
            *error = u"Property '%1' on type 'Ploomes.%2' is not a navigation property or complex property. Only "
                     "navigation properties can be expanded."_s.arg(e.name, type);
            return false;
        }
        QList<QPair<QString, QString>> nested;
        if (!inner.trimmed().isEmpty()) {
            for (const QString &part : splitTopLevel(inner, u';')) {
                const int eq = int(part.indexOf(u'='));
                if (eq <= 0) {
                    *error = u"Syntax error in the options of $expand item '%1'."_s.arg(e.name);
                    return false;
                }
                nested.append({part.left(eq).trimmed(), part.mid(eq + 1)});
            }
        }
        if (e.member.kind == Member::Single) {
            for (const auto &[key, value] : std::as_const(nested)) {
                const QString k = key.toLower();
                if (k == u"$filter"_s || k == u"$orderby"_s || k == u"$top"_s || k == u"$skip"_s) {
                    *error =
                        u"The query option %1 cannot be applied to the single-valued navigation property '%2'."_s.arg(
                            key, e.name);
                    return false;
                }
            }
        }
        if (!parseQueryOptions(nested, model, e.member.target, &e.options, error, depth + 1))
            return false;
        out->expand.push_back(std::move(e));
    }
    return true;
}

Member resolveScalarPath(const Model &model, const QString &type, const QStringList &path, QString *error)
{
    QString current = type;
    Member m;
    for (int i = 0; i < path.size(); ++i) {
        m = model.member(current, path.at(i));
        if (m.kind == Member::Unknown) {
            *error = u"Could not find a property named '%1' on type 'Ploomes.%2'."_s.arg(path.at(i), current);
            return {};
        }
        if (i + 1 < path.size()) {
            if (m.kind != Member::Single) {
                *error = u"The parent value for a property access of a property '%1' is not a single value."_s.arg(
                    path.at(i + 1));
                return {};
            }
            current = m.target;
        }
    }
    if (m.kind != Member::Scalar) {
        *error =
            u"The $orderby expression must evaluate to a single value of primitive type ('%1')."_s.arg(path.join(u'/'));
        return {};
    }
    return m;
}

Value sortValue(const Model &model, const QString &type, const QJsonObject &record, const OrderKey &key)
{
    QString current = type;
    QJsonObject rec = record;
    for (int i = 0; i + 1 < key.path.size(); ++i) {
        const Member m = model.member(current, key.path.at(i));
        const auto next = model.single(current, rec, key.path.at(i));
        if (!next)
            return {};
        current = m.target;
        rec = *next;
    }
    return fromJson(rec.value(key.path.constLast()), key.type);
}

} // namespace

NodePtr parseFilter(const QString &text, const Model &model, const QString &type, QString *error)
{
    QList<Token> tokens;
    Tokenizer tokenizer(text);
    if (!tokenizer.run(&tokens, error))
        return {};
    if (tokens.size() == 1) {
        *error = u"The $filter query option cannot be empty."_s;
        return {};
    }
    Parser parser(model, type, tokens, text);
    return parser.parse(error);
}

bool matches(const NodePtr &filter, const Model &model, const QString &type, const QJsonObject &record)
{
    if (!filter)
        return true;
    Scope scope{model, type, record, {}};
    const Value v = evaluate(filter, scope);
    return v.type == ValueType::Bool && v.b;
}

bool parseQueryOptions(const QList<QPair<QString, QString>> &options,
                       const Model &model,
                       const QString &type,
                       QueryOptions *out,
                       QString *error,
                       int depth)
{
    QStringList seen;
    for (const auto &[rawKey, value] : options) {
        if (!rawKey.startsWith(u'$'))
            continue;
        const QString key = rawKey.toLower();
        if (seen.contains(key)) {
            *error =
                u"Query option '%1' was specified more than once, but it must be specified at most once."_s.arg(rawKey);
            return false;
        }
        seen.append(key);
        if (key == u"$filter"_s) {
            out->filter = parseFilter(value, model, type, error);
            if (!out->filter)
                return false;
        } else if (key == u"$select"_s) {
            for (const QString &raw : value.split(u',')) {
                const QString name = raw.trimmed();
                if (name == u"*"_s) {
                    out->select.clear();
                    break;
                }
                const Member m = model.member(type, name);
                if (m.kind == Member::Unknown) {
                    *error = u"Could not find a property named '%1' on type 'Ploomes.%2'."_s.arg(name, type);
                    return false;
                }
                if (m.kind == Member::Scalar && !out->select.contains(name))
                    out->select.append(name);
            }
        } else if (key == u"$expand"_s) {
            if (!parseExpand(value, model, type, out, error, depth))
                return false;
        } else if (key == u"$orderby"_s) {
            for (const QString &raw : splitTopLevel(value, u',')) {
                const QStringList words = raw.simplified().split(u' ');
                if (words.isEmpty() || words.first().isEmpty() || words.size() > 2
                    || (words.size() == 2 && words.at(1) != u"asc"_s && words.at(1) != u"desc"_s)) {
                    *error = u"Syntax error in $orderby: '%1'."_s.arg(raw.trimmed());
                    return false;
                }
                OrderKey k;
                k.path = words.first().split(u'/');
                const Member m = resolveScalarPath(model, type, k.path, error);
                if (m.kind != Member::Scalar)
                    return false;
                k.type = m.type;
                k.descending = words.size() == 2 && words.at(1) == u"desc"_s;
                out->orderBy.append(k);
            }
        } else if (key == u"$top"_s) {
            if (!parseNonNegative(rawKey, value, &out->top, error))
                return false;
        } else if (key == u"$skip"_s) {
            if (!parseNonNegative(rawKey, value, &out->skip, error))
                return false;
        } else if (key == u"$count"_s) {
            if (value != u"true"_s && value != u"false"_s) {
                *error = u"'%1' is not a valid count option."_s.arg(value);
                return false;
            }
            out->count = value == u"true"_s;
        } else {
            *error = u"The query parameter '%1' is not supported."_s.arg(rawKey);
            return false;
        }
    }
    return true;
}

QList<QJsonObject>
filterAndSort(const QueryOptions &options, const Model &model, const QString &type, QList<QJsonObject> records)
{
    if (options.filter) {
        QList<QJsonObject> kept;
        for (const QJsonObject &r : std::as_const(records)) {
            if (matches(options.filter, model, type, r))
                kept.append(r);
        }
        records = std::move(kept);
    }
    if (!options.orderBy.isEmpty()) {
        // Precompute keys; the input is in Id order and the sort is stable, so Id breaks ties.
        QList<QPair<QList<Value>, int>> keyed;
        keyed.reserve(records.size());
        for (int i = 0; i < records.size(); ++i) {
            QList<Value> values;
            for (const OrderKey &k : options.orderBy)
                values.append(sortValue(model, type, records.at(i), k));
            keyed.append({values, i});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            for (int k = 0; k < options.orderBy.size(); ++k) {
                const int c = compareValues(a.first.at(k), b.first.at(k));
                if (c != 0)
                    return options.orderBy.at(k).descending ? c > 0 : c < 0;
            }
            return false;
        });
        QList<QJsonObject> sorted;
        sorted.reserve(records.size());
        for (const auto &k : std::as_const(keyed))
            sorted.append(records.at(k.second));
        records = std::move(sorted);
    }
    return records;
}

QJsonObject shape(const QueryOptions &options, const Model &model, const QString &type, const QJsonObject &record)
{
    QJsonObject out;
    const QStringList scalars = options.select.isEmpty() ? model.scalarNames(type) : options.select;
    for (const QString &name : scalars) {
        const QJsonValue v = record.value(name);
        out.insert(name, v.isUndefined() ? QJsonValue() : v);
    }
    for (const ExpandItem &e : options.expand) {
        if (e.member.kind == Member::Single) {
            const auto target = model.single(type, record, e.name);
            out.insert(e.name, target ? QJsonValue(shape(e.options, model, e.member.target, *target)) : QJsonValue());
            continue;
        }
        QList<QJsonObject> items = filterAndSort(e.options, model, e.member.target, model.many(type, record, e.name));
        if (e.options.count)
            out.insert(e.name + u"@odata.count"_s, double(items.size()));
        items = items.mid(std::min<qsizetype>(e.options.skip, items.size()));
        if (e.options.top >= 0)
            items = items.mid(0, e.options.top);
        QJsonArray array;
        for (const QJsonObject &item : std::as_const(items))
            array.append(shape(e.options, model, e.member.target, item));
        out.insert(e.name, array);
    }
    return out;
}

std::optional<qint64> parseDateTime(const QString &text)
{
    static const QRegularExpression re(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?(Z|[+-]\\d{2}:\\d{2})?)?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int msec = m.captured(7).isEmpty() ? 0 : (m.captured(7) + u"00"_s).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    qint64 offsetS = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z"_s) {
        offsetS = (zone.mid(1, 2).toInt() * 60 + zone.mid(4, 2).toInt()) * 60;
        if (zone.at(0) == u'-')
            offsetS = -offsetS;
    }
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - offsetS * 1000;
}

QList<QPair<QString, QString>> decodeQuery(const QUrl &url)
{
    QList<QPair<QString, QString>> out;
    const QByteArray raw = url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &part : raw.split('&')) {
        if (part.isEmpty())
            continue;
        const int eq = int(part.indexOf('='));
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        // ASP.NET decodes '+' as a space, so an unencoded "+03:00" offset breaks the filter there too.
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QStringList stringLiterals(const NodePtr &filter)
{
    QStringList out;
    if (!filter)
        return out;
    if (filter->kind == Node::Literal && filter->value.type == ValueType::String)
        out.append(filter->value.s);
    for (const NodePtr &child : filter->children)
        out += stringLiterals(child);
    return out;
}

} // namespace Ponte::Sim::OData
