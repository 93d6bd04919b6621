#include "mallpages.h"

#include "aupay/ui/aupaypageextra.h"
#include "aupay/ui/aupaywelcomenote.h"
#include "pageextras.h"
#include "welcomeextras.h"
#include "yahoo/ui/yahoopageextra.h"

namespace crossma {

void registerMallPages()
{
    registerPageExtra(QStringLiteral("yahoo"), createYahooPageExtra);
    registerPageExtra(QStringLiteral("aupay"), createAupayPageExtra);
    registerPageExtra(welcomeExtraId(QStringLiteral("aupay")), createAupayWelcomeNote);
}

}  // namespace crossma
