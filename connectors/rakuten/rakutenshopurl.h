#pragma once

#include <QString>

namespace crossma::RakutenShopUrl {

// The shop code in https://www.rakuten.co.jp/<code>/ from whatever the seller
// pasted: the full URL, no scheme, a trailing path or query, or the bare code.
// Returns an empty string when no code can be read.
QString shopCode(const QString &input);

// The one form we store: https://www.rakuten.co.jp/<code>/
QString canonical(const QString &shopCode);

}  // namespace crossma::RakutenShopUrl
