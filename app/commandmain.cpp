#include "commandmain.h"

#include "appprofile.h"
#include "commandline.h"
#include "instancelock.h"
#include "languages.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace crossma {

namespace {

// `verify` records its result in the profile unless it tests a credentials
// file; `status` and the help only read.
bool commandWrites(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("verify"))
           && !arguments.contains(QStringLiteral("--credentials"))
           && !arguments.contains(QStringLiteral("--help"))
           && !arguments.contains(QStringLiteral("-h"));
}

}  // namespace

void printError(const QString &text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

bool setUpLanguage(QCoreApplication &app)
{
    QString requested;
    const bool hasRequest = requestedLanguage(QCoreApplication::arguments(), &requested);
    QLocale locale;
    if (!chooseLocale(hasRequest, requested, &locale)) {
        chooseLocale(false, {}, &locale);
        installTranslations(app, locale);
        printError(CommandLine::tr("--lang must be ja or en."));
        return false;
    }
    QLocale::setDefault(locale);
    installTranslations(app, locale);
    return true;
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppProfile::setApplicationIdentity();
    if (!setUpLanguage(app))
        return 2;
    const QStringList arguments = QCoreApplication::arguments();
    InstanceLock lock(arguments.contains(QStringLiteral("--sandbox")));
    if (commandWrites(arguments) && !lock.tryLock(3000)) {
        printError(
            CommandLine::tr(
                "Another window or command of this app is changing the same settings right now, so "
                "this command cannot record its result. Finish or close the other one, then try "
                "again. (Lock file: %1)")
                .arg(QDir::toNativeSeparators(lock.lockFileName())));
        return 3;
    }
    return CommandLine::run(arguments);
}

}  // namespace crossma
