#pragma once

#include <QString>

namespace Ponte::Text {

/** Lower-case with accents removed, for tolerant matching: "Não Existem" → "nao existem". */
QString fold(const QString &text);
/** Only the digits of @p text: "57.351.558/0001-39" → "57351558000139". */
QString digits(const QString &text);
/** CNPJ (14 digits) or CPF (11 digits) with valid check digits, mask ignored. */
bool isValidDocument(const QString &text);
/** Trimmed, inner whitespace collapsed. */
QString tidy(const QString &text);

} // namespace Ponte::Text
