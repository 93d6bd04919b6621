#pragma once

#include "fieldspec.h"

namespace crossma {

// Pure functions that clean what the seller pasted from a web page.
namespace Normalise {

// Removes surrounding white space of any width (ASCII, U+3000, NBSP, zero-width)
// and every line break inside the value.
QString trimPasted(const QString &value);

// NFKC-folds full-width letters, digits and symbols to half-width (Ａ→A, １→1, ＿→_).
QString toHalfWidth(const QString &value);

// Applies what `spec` asks for: trim for every field, half-width for ASCII and
// digit fields. Multiline fields keep their inner line breaks (a PEM block) but
// lose CRs and trailing spaces on each line.
QString field(const FieldSpec &spec, const QString &value);

// Whether `value` holds only printable ASCII without spaces.
bool isPrintableAsciiToken(const QString &value);

}  // namespace Normalise
}  // namespace crossma
