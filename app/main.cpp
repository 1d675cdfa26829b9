// Command line and start-up only: everything else lives in hookline_core and hookline_ui.
#include "hookline/version.h"
#include "logcategories.h"
#include "mainwindow.h"
#include "runtime/instance.h"
#include "runtime/unixsignalwatcher.h"
#include "store/datadirectory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "hookline: %s\n", qPrintable(message));
}

int runHeadless(hookline::Instance &instance)
{
    hookline::UnixSignalWatcher watcher({SIGTERM, SIGINT});
    QObject::connect(&watcher, &hookline::UnixSignalWatcher::received, QCoreApplication::instance(),
                     [](int number) {
                         qCInfo(lcRuntime) << "signal" << number << "received, stopping";
                         QCoreApplication::quit();
                     });
    qCInfo(lcRuntime) << "headless, ready on" << instance.dataDirectory().path();
    const int code = QCoreApplication::exec();
    qCInfo(lcRuntime) << "stopped";
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(u"hookline"_s);
    QCoreApplication::setOrganizationName(u"Hookline"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(HOOKLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Hookline forwards every WhatsApp message of a workspace to outbound webhooks."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        u"Workspace folder (default: %1)."_s.arg(hookline::DataDirectory::defaultPath()), u"DIR"_s);
    const QCommandLineOption headlessOption(u"headless"_s,
                                            u"Run without windows until SIGTERM or SIGINT."_s);
    parser.addOption(dataDirOption);
    parser.addOption(headlessOption);

    // Parsed before any application object exists: a usage error, --help, --version and
    // headless mode must all work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u" (see hookline --help)"_s);
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"unexpected argument \"%1\" (see hookline --help)"_s.arg(
            parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    const bool widgets = !parser.isSet(headlessOption) && !parser.isSet(helpOption)
        && !parser.isSet(versionOption);
    std::unique_ptr<QCoreApplication> app;
    if (widgets)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    qSetMessagePattern(
        u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"_s);
    if (parser.isSet(helpOption))
        parser.showHelp(ExitOk);
    if (parser.isSet(versionOption))
        parser.showVersion();

    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                        : hookline::DataDirectory::defaultPath();
    hookline::Instance instance(dataDir);
    QString error;
    if (!instance.start(&error)) {
        printError(error);
        if (widgets)
            QMessageBox::critical(nullptr, QObject::tr("Hookline cannot start"), error);
        return ExitFailure;
    }

    if (!widgets)
        return runHeadless(instance);

    hookline::MainWindow window(instance.dataDirectory().path());
    window.show();
    return QApplication::exec();
}
