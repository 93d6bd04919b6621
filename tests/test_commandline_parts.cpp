// The command line's pure parts: masking, the wizard-or-command decision,
// the language choice and the expiry wording of `status`.
#include <catch2/catch.hpp>

#include "commandline.h"
#include "core/secretredactor.h"
#include "languages.h"
#include "statuscommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <vector>

using namespace crossma;

namespace {
bool wantsWizard(std::vector<const char *> args)
{
    args.insert(args.begin(), "crossma-setup");
    return CommandLine::wantsWizard(int(args.size()), const_cast<char **>(args.data()));
}
}  // namespace

TEST_CASE("the redactor masks a secret, its URL and form encodings, in text and JSON", "[cli]")
{
    SecretRedactor redactor;
    const QString secret = QStringLiteral("SL338500_a+b/c=d e");
    redactor.add(secret);
    redactor.add(QStringLiteral("abc"));  // too short to be a key: left alone

    CHECK(redactor.apply(QStringLiteral("key ") + secret + QStringLiteral(" end"))
          == QStringLiteral("key ") + SecretRedactor::mask() + QStringLiteral(" end"));
    const QString inUrl = QStringLiteral("https://h/p?licenseKey=")
                          + QString::fromLatin1(QUrl::toPercentEncoding(secret))
                          + QStringLiteral("&x=1");
    CHECK_FALSE(redactor.apply(inUrl).contains(QStringLiteral("SL338500")));
    const QString inForm = QStringLiteral("token=")
                           + QString::fromLatin1(QUrl::toPercentEncoding(secret, " "))
                                 .replace(QLatin1Char(' '), QLatin1Char('+'));
    CHECK_FALSE(redactor.apply(inForm).contains(QStringLiteral("SL338500")));
    CHECK(redactor.apply(QStringLiteral("abc")) == QStringLiteral("abc"));

    const QJsonObject obj{{QStringLiteral("message"), secret},
                          {QStringLiteral("list"), QJsonArray{QStringLiteral("x ") + secret}},
                          {secret, 1}};
    const QJsonObject clean = redactor.apply(QJsonValue(obj)).toObject();
    CHECK(clean.value(QStringLiteral("message")).toString() == SecretRedactor::mask());
    CHECK(clean.value(QStringLiteral("list")).toArray().at(0).toString()
          == QStringLiteral("x ") + SecretRedactor::mask());
    CHECK_FALSE(clean.contains(secret));
}

TEST_CASE("the wizard opens only without a command word or help", "[cli]")
{
    CHECK(wantsWizard({}));
    CHECK(wantsWizard({"--sandbox", "--screen-share"}));
    CHECK(wantsWizard({"--lang", "ja", "--endpoints", "e.json"}));
    CHECK_FALSE(wantsWizard({"verify", "--mall", "rakuten"}));
    CHECK_FALSE(wantsWizard({"--lang", "en", "status"}));
    CHECK_FALSE(wantsWizard({"--help"}));
    CHECK_FALSE(wantsWizard({"--version"}));
    // A stray word goes to the command line, which reports it without a display.
    CHECK_FALSE(wantsWizard({"stauts"}));
}

TEST_CASE("the language: --lang, then CROSSMA_LANG, then the system", "[cli]")
{
    QString value;
    CHECK(requestedLanguage({QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("en")},
                            &value));
    CHECK(value == QStringLiteral("en"));
    CHECK(requestedLanguage(
        {QStringLiteral("x"), QStringLiteral("status"), QStringLiteral("--lang=ja")}, &value));
    CHECK(value == QStringLiteral("ja"));
    CHECK_FALSE(requestedLanguage({QStringLiteral("x"), QStringLiteral("status")}, &value));

    QLocale locale;
    CHECK(chooseLocale(true, QStringLiteral("ja"), &locale));
    CHECK(locale.language() == QLocale::Japanese);
    CHECK(chooseLocale(true, QStringLiteral("EN"), &locale));
    CHECK(locale.language() == QLocale::English);
    CHECK_FALSE(chooseLocale(true, QStringLiteral("fr"), &locale));

    const QByteArray saved = qgetenv("CROSSMA_LANG");
    qputenv("CROSSMA_LANG", "ja");
    CHECK(chooseLocale(false, {}, &locale));
    CHECK(locale.language() == QLocale::Japanese);
    qputenv("CROSSMA_LANG", "en");
    CHECK(chooseLocale(false, {}, &locale));
    CHECK(locale.language() == QLocale::English);
    if (saved.isNull())
        qunsetenv("CROSSMA_LANG");
    else
        qputenv("CROSSMA_LANG", saved);
}

TEST_CASE("status reads expiry facts and counts the days left", "[cli]")
{
    CHECK(StatusCommand::expiryDate(QStringLiteral("licenseExpiry"),
                                    QStringLiteral("2027-02-25T23:59:59+09:00"))
          == QDate(2027, 2, 25));
    CHECK(StatusCommand::expiryDate(QStringLiteral("certificateExpiresOn"),
                                    QStringLiteral("2027-03-01"))
          == QDate(2027, 3, 1));
    CHECK_FALSE(StatusCommand::expiryDate(QStringLiteral("licenseDaysLeft"), 41).isValid());
    CHECK_FALSE(
        StatusCommand::expiryDate(QStringLiteral("shopName"), QStringLiteral("2027-03-01")).isValid());

    // This process runs in Japanese (tests/main.cpp).
    const QDate today(2026, 11, 28);
    CHECK(StatusCommand::daysLeftText(QDate(2027, 1, 8), today) == QStringLiteral("残り 41 日"));
    CHECK(StatusCommand::daysLeftText(today, today) == QStringLiteral("残り 0 日"));
    CHECK(StatusCommand::daysLeftText(QDate(2026, 11, 27), today) == QStringLiteral("期限切れ"));
}
