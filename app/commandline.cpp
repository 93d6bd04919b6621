#include "commandline.h"

#include "clioutput.h"
#include "dispatch.h"
#include "registry.h"
#include "statuscommand.h"
#include "verifycommand.h"
#include "verifyreport.h"

#include <QCommandLineParser>

#include <cstdio>

namespace crossma {

namespace {
const QString kVerify = QStringLiteral("verify");
const QString kStatus = QStringLiteral("status");

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"), CommandLine::tr("Language of the messages: ja or en."),
            QStringLiteral("ja|en")};
}

QCommandLineOption sandboxOption()
{
    return {QStringLiteral("sandbox"),
            CommandLine::tr("Use the built-in sandbox malls, with their own keychain entries and "
                            "settings; real credentials are never touched.")};
}

QCommandLineOption endpointsOption()
{
    return {
        QStringLiteral("endpoints"),
        CommandLine::tr("Read the mall API addresses (and an extra trusted CA) from a JSON file."),
        CommandLine::tr("file")};
}

// Our own, so that its description is translated too (Qt has no Japanese for it).
QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Shows this help.")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), CommandLine::tr("Print one JSON object instead of text.")};
}

void addWizardOptions(QCommandLineParser &parser)
{
    parser.addOption(sandboxOption());
    parser.addOption(endpointsOption());
    parser.addOption(langOption());
    parser.addOption({QStringLiteral("screen-share"),
                      CommandLine::tr("Start in screen-share mode: secrets stay masked.")});
    parser.addOption({QStringLiteral("edit"),
                      CommandLine::tr("Open the settings of this mall (%1).")
                          .arg(mallIds().join(QStringLiteral(", "))),
                      QStringLiteral("id")});
    QCommandLineOption exitAfterFirstPage(QStringLiteral("exit-after-first-page"));
    exitAfterFirstPage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterFirstPage);
}

QString generalHelp()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Links your shop's mall accounts to %1.").arg(QStringLiteral("クロスマ")));
    parser.addOption(helpOption());
    parser.addVersionOption();
    addWizardOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CommandLine::tr("Without a command the setup wizard opens. Commands:\n"
                        "  verify  run the connection test of one mall\n"
                        "  status  show which malls are linked and what expires"),
        QStringLiteral("[verify|status]"));
    return parser.helpText();
}

// Usage errors: JSON callers still get their one object.
int usageError(const QString &message, bool json, const QString &mallId = {})
{
    CliOutput out(json);
    out.object(VerifyReport::problemJson(mallId, VerifyReport::kUsage, message));
    out.error(message + QLatin1Char('\n')
              + CommandLine::tr("Run \"%1 --help\" for the options.")
                    .arg(QCoreApplication::applicationName()));
    return int(ExitCode::Usage);
}

// --timeout in seconds (fractions allowed), at most ten minutes.
bool readTimeout(const QString &text, int *ms)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return false;
    *ms = qMax(1, int(seconds * 1000));
    return true;
}

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Runs the connection test of one mall and prints the result. Exit codes: 0 connected, "
        "1 rejected by the mall, 2 wrong input or usage, 3 no answer (network, TLS, timeout, "
        "mall error)."));
    parser.addOption(helpOption());
    parser.addPositionalArgument(kVerify, CommandLine::tr("Run the connection test."), kVerify);
    const QCommandLineOption mall(
        QStringLiteral("mall"),
        CommandLine::tr("The mall: %1.").arg(mallIds().join(QStringLiteral(", "))),
        QStringLiteral("id"));
    const QCommandLineOption credentials(
        QStringLiteral("credentials"),
        CommandLine::tr("A JSON object of the mall's field values; \"-\" reads standard input. "
                        "Without it the saved values are tested."),
        CommandLine::tr("file"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), CommandLine::tr("Give up after this many seconds (default 20)."),
        CommandLine::tr("seconds"));
    parser.addOption(mall);
    parser.addOption(credentials);
    parser.addOption(endpointsOption());
    parser.addOption(jsonOption());
    parser.addOption(timeout);
    parser.addOption(sandboxOption());
    parser.addOption(langOption());

    const bool json = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), json);
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(CommandLine::tr("verify takes no other arguments."), json);
    if (!parser.isSet(mall))
        return usageError(CommandLine::tr("Name the mall to test with --mall."), json);

    VerifyCommand::Options options;
    options.mallId = parser.value(mall).trimmed().toLower();
    options.hasCredentials = parser.isSet(credentials);
    options.credentialsPath = parser.value(credentials);
    options.endpointsPath = parser.value(QStringLiteral("endpoints"));
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(timeout) && !readTimeout(parser.value(timeout), &options.timeoutMs))
        return usageError(
            CommandLine::tr("--timeout needs a number of seconds above 0 and at most 600."), json,
            options.mallId);
    if (options.hasCredentials && options.credentialsPath.isEmpty())
        return usageError(
            CommandLine::tr("--credentials needs a file name, or - for standard input."), json,
            options.mallId);

    CliOutput out(json);
    VerifyCommand command(options, out);
    return command.exec();
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Shows which malls are linked, when they were last tested and what expires. Reads the "
        "settings only; never shows a secret."));
    parser.addOption(helpOption());
    parser.addPositionalArgument(kStatus, CommandLine::tr("Show the status."), kStatus);
    parser.addOption(jsonOption());
    parser.addOption(sandboxOption());
    parser.addOption(langOption());
    parser.addOption({QStringLiteral("notify"),
                      CommandLine::tr("Also show a desktop notification for each expiry within its "
                                      "warning days, at most once a day each (the daily check).")});

    const bool json = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), json);
    if (parser.isSet(QStringLiteral("help"))) {
        printTo(stdout, parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(CommandLine::tr("status takes no other arguments."), json);
    CliOutput out(parser.isSet(QStringLiteral("json")));
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("notify")))
        return StatusCommand::runWithNotify(sandbox, out);
    return StatusCommand::run(sandbox, out);
}
}  // namespace

bool CommandLine::wantsWizard(int argc, char **argv)
{
    return dispatch::wantsWizard(argc, argv);
}

bool CommandLine::parseWizardOptions(const QStringList &arguments, WizardOptions *out, QString *error)
{
    QCommandLineParser parser;
    addWizardOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // Not echoed: a value pasted in the wrong place could be a secret.
        *error = tr("Unknown command. Use verify or status, or no command for the wizard.");
        return false;
    }
    out->sandbox = parser.isSet(QStringLiteral("sandbox"));
    out->screenShare = parser.isSet(QStringLiteral("screen-share"));
    out->exitAfterFirstPage = parser.isSet(QStringLiteral("exit-after-first-page"));
    out->endpointsFile = parser.value(QStringLiteral("endpoints"));
    out->editMall = parser.value(QStringLiteral("edit")).trimmed().toLower();
    if (!out->editMall.isEmpty() && !mallIds().contains(out->editMall)) {
        *error = tr("--edit takes one of: %1.").arg(mallIds().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

int CommandLine::run(const QStringList &arguments)
{
    // The command word is the first argument that is not an option (or the
    // value of a wizard option); verify and status parse the rest themselves.
    QString command;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (dispatch::takesValue(arg.toUtf8().constData())) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            command = arg;
            break;
        }
    }
    if (command == kVerify)
        return runVerify(arguments);
    if (command == kStatus)
        return runStatus(arguments);
    if (command.isEmpty()) {
        if (arguments.contains(QStringLiteral("-v"))
            || arguments.contains(QStringLiteral("--version"))) {
            printTo(stdout, QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                          QCoreApplication::applicationVersion()));
            return 0;
        }
        printTo(stdout, generalHelp());
        return 0;
    }
    // Not echoed: a value pasted in the wrong place could be a secret.
    return usageError(tr("Unknown command. Use verify or status, or no command for the wizard."),
                      arguments.contains(QStringLiteral("--json")));
}

}  // namespace crossma
