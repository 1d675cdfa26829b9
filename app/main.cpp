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

// Widgets need a display; help, version and headless mode must work without one, so the kind
// of application object is chosen before Qt parses anything.
bool needsWidgets(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "-h" || arg == "--help" || arg == "--help-all"
            || arg == "-v" || arg == "--version")
            return false;
    }
    return true;
}

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
    std::unique_ptr<QCoreApplication> app;
    const bool widgets = needsWidgets(argc, argv);
    if (widgets)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"hookline"_s);
    QCoreApplication::setOrganizationName(u"Hookline"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(HOOKLINE_VERSION));
    qSetMessagePattern(
        u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Hookline forwards every WhatsApp message of a workspace to outbound webhooks."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        u"Workspace folder (default: %1)."_s.arg(hookline::DataDirectory::defaultPath()), u"DIR"_s);
    const QCommandLineOption headlessOption(u"headless"_s,
                                            u"Run without windows until SIGTERM or SIGINT."_s);
    parser.addOption(dataDirOption);
    parser.addOption(headlessOption);
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText() + u" (see hookline --help)"_s);
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(ExitOk);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"unexpected argument \"%1\" (see hookline --help)"_s.arg(
            parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

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
