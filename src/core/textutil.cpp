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

QString tidy(const QString &text)
{
    return text.simplified();
}

} // namespace Ponte::Text
