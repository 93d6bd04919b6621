#include "aupayerrors.h"

#include "core/payload.h"

namespace crossma {

namespace {
const QString kWrongShopCode = QStringLiteral("CME0022");

QString causeText(AupayErrors::Cause cause)
{
    switch (cause) {
    case AupayErrors::Cause::WrongShop:
        return AupayErrors::tr("The member number is wrong, or the API key belongs to another "
                               "shop: copy the member number again from the top left of "
                               "Wow!manager.");
    case AupayErrors::Cause::KeyTypo:
        return AupayErrors::tr("The API key is wrong or incomplete: copy it again from "
                               "Wow!manager > 各種申し込み > API利用申請 > "
                               "APIキーの発行はこちら > <1.APIキーを発行>.");
    case AupayErrors::Cause::KeyExpired:
        return AupayErrors::tr("The API key is older than 90 days and has expired: issue a new "
                               "one in <1.APIキーを発行> and enter it here.");
    case AupayErrors::Cause::Address:
        break;
    }
    return AupayErrors::tr("This computer's internet address, or the service's addresses "
                           "listed on this page, are not registered in <2.接続元IPアドレス>. "
                           "The connection test runs from this computer, so its address must "
                           "be registered too; press 登録 after adding it.");
}
}  // namespace

MallError AupayErrors::read(const QByteArray &body)
{
    if (!Payload::isXml(body, QStringLiteral("response")))
        return {};
    const QString status = Payload::xmlText(body, QStringLiteral("status"));
    if (status.isEmpty() || status == QLatin1String("0"))
        return {};
    return {Payload::xmlText(body, QStringLiteral("code")),
            Payload::xmlText(body, QStringLiteral("message"))};
}

bool AupayErrors::namedCause(const MallError &error, Cause *cause)
{
    const QString &m = error.message;
    if (error.code == kWrongShopCode)
        *cause = Cause::WrongShop;
    else if (m.contains(QLatin1String("IP"), Qt::CaseInsensitive)
             || m.contains(QStringLiteral("ＩＰ")) || m.contains(QStringLiteral("接続元")))
        *cause = Cause::Address;
    else if (m.contains(QStringLiteral("有効期限")) || m.contains(QStringLiteral("期限切れ"))
             || m.contains(QLatin1String("expired"), Qt::CaseInsensitive))
        *cause = Cause::KeyExpired;
    else if (m.contains(QStringLiteral("店舗ID")) || m.contains(QStringLiteral("会員番号")))
        *cause = Cause::WrongShop;
    else
        return false;
    return true;
}

QStringList AupayErrors::causes(const Cause *first, bool keyLooksOld)
{
    QList<Cause> order = keyLooksOld ? QList<Cause>{Cause::KeyExpired, Cause::KeyTypo}
                                     : QList<Cause>{Cause::KeyTypo, Cause::KeyExpired};
    order << Cause::Address << Cause::WrongShop;
    if (first) {
        order.removeAll(*first);
        order.prepend(*first);
    }
    QStringList list;
    for (Cause c : order)
        list << causeText(c);
    return list;
}

VerifyResult AupayErrors::forError(const MallError &error, int httpStatus, bool keyLooksOld)
{
    const QString shown = error.code.isEmpty() ? QString::number(httpStatus) : error.code;
    Cause named = Cause::KeyTypo;
    const bool hasNamed = namedCause(error, &named);
    const char *code = Code::AuthRejected;
    QString message = tr("au PAY Market did not accept these values (error %1).").arg(shown);
    if (hasNamed && named == Cause::Address) {
        code = Code::IpNotAllowed;
        message = tr("au PAY Market refused the connection from this computer's internet address "
                     "(error %1).")
                      .arg(shown);
    } else if ((hasNamed && named == Cause::KeyExpired) || (!hasNamed && keyLooksOld)) {
        code = Code::KeyExpired;
    }
    return VerifyResult::failure(code, message, causes(hasNamed ? &named : nullptr, keyLooksOld))
        .withMall(error);
}

}  // namespace crossma
