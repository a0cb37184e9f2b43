#include "textutil.h"

namespace Ponte::Text {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

QString digits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

namespace {
int checkDigit(const QString &d, int length, int startWeight, int wrapAt)
{
    int sum = 0;
    int weight = startWeight;
    for (int i = 0; i < length; ++i) {
        sum += d.at(i).digitValue() * weight;
        weight = weight == 2 ? wrapAt : weight - 1;
    }
    const int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
}
} // namespace

bool isValidDocument(const QString &text)
{
    const QString d = digits(text);
    if ((d.size() != 11 && d.size() != 14) || d.count(d.at(0)) == d.size())
        return false;
    if (d.size() == 11)
        return checkDigit(d, 9, 10, 10) == d.at(9).digitValue() && checkDigit(d, 10, 11, 11) == d.at(10).digitValue();
    return checkDigit(d, 12, 5, 9) == d.at(12).digitValue() && checkDigit(d, 13, 6, 9) == d.at(13).digitValue();
}

QString tidy(const QString &text)
{
    return text.simplified();
}

} // namespace Ponte::Text
