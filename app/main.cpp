// Command line and start-up only: everything else lives in hookline_core and hookline_ui.
#include "desktopcontext.h"
#include "export/logexporter.h"
#include "hookline/version.h"
#include "logcategories.h"
#include "mainwindow.h"
#include "runtime/instance.h"
#include "server/localserver.h"
#include "service/chatimportservice.h"
#include "store/attemptlog.h"
#include "store/database.h"
#include "store/datadirectory.h"
#include "store/storechoice.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/storelocation.h"
#include "store/webhookstore.h"
#include "theme.h"
#include "translationloader.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

#include <csignal>
#include <cstdio>
#include <memory>

#include <malloc.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "hookline: %s\n", qPrintable(message));
}

// `hookline export-log`: reads the store without locking it, so it works beside a running
// instance.
int exportLog(const QString &dataDir, const QString &database, const QString &webhookText,
              const QString &formatName, const QString &output, bool force)
{
    using namespace hookline;
    bool ok = false;
    const qint64 webhookId = webhookText.toLongLong(&ok);
    if (!ok || webhookId <= 0) {
        printError(u"export-log needs --webhook ID (a number; see GET /api/v1/webhooks)"_s);
        return ExitUsage;
    }
    const auto format = LogExporter::formatFromName(formatName);
    if (!format) {
        printError(u"--format must be json, har or csv, not \"%1\""_s.arg(formatName));
        return ExitUsage;
    }
    const DataDirectory directory(dataDir, database);
    StoreChoice::usePassword(directory);
    QString error;
    auto store = Database::open(directory.storeLocation(), Database::Mode::ReadOnly, &error);
    if (!store) {
        printError(error);
        return ExitFailure;
    }
    try {
        WebhookStore webhooks(*store);
        const auto webhook = webhooks.webhook(webhookId);
        if (!webhook) {
            printError(u"no webhook with id %1 in %2"_s.arg(webhookId).arg(store->location()));
            return ExitFailure;
        }
        const QByteArray data
            = LogExporter::write(*format, {webhook->id, webhook->name, webhook->url},
                                 AttemptLog(*store).recent(webhookId, webhook->logLimit),
                                 QDateTime::currentDateTimeUtc());
        if (output.isEmpty() || output == u"-"_s) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
                return ExitFailure;
            return ExitOk;
        }
        // The log holds messages: never written through a link someone else planted, and never
        // over a file unless asked.
        const QFileInfo target(output);
        if (target.isSymLink()) {
            printError(u"%1 is a symbolic link; give the path of a real file"_s.arg(output));
            return ExitFailure;
        }
        if (target.exists() && !force) {
            printError(u"%1 exists already; add --force to replace it"_s.arg(output));
            return ExitFailure;
        }
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            printError(u"cannot write %1: %2"_s.arg(output, file.errorString()));
            return ExitFailure;
        }
    } catch (const StoreError &e) {
        printError(e.message());
        return ExitFailure;
    }
    return ExitOk;
}

int runHeadless(hookline::Instance &instance)
{
    hookline::UnixSignalWatcher watcher({SIGTERM, SIGINT});
    QObject::connect(&watcher, &hookline::UnixSignalWatcher::received, QCoreApplication::instance(),
                     [](int number) {
                         qCInfo(lcRuntime) << "signal" << number << "received, stopping";
                         QCoreApplication::quit();
                     });
    qCInfo(lcRuntime).noquote() << "headless, ready on" << instance.dataDirectory().path() << "at"
                                << QStringLiteral("http://%1:%2")
                                       .arg(instance.server()->host())
                                       .arg(instance.server()->port());
    const int code = QCoreApplication::exec();
    qCInfo(lcRuntime) << "stopped";
    return code;
}

// `hookline import`: stores a WhatsApp chat export beside a running instance or without one;
// a running engine finds any deliveries it created within a second.
int importChat(const QString &dataDir, const QString &database, const QString &file,
               const hookline::ChatExportImporter::Options &options)
{
    using namespace hookline;
    if (ChatImportService::check(options)) {
        printError(u"import needs --account PHONE (the WhatsApp number the chat belongs to)"_s);
        return ExitUsage;
    }
    DataDirectory directory(dataDir, database);
    QString error;
    if (!directory.prepare(&error)) {
        printError(error);
        return ExitFailure;
    }
    StoreChoice::usePassword(directory);
    const auto store
        = StoreConnection::open(directory.storeLocation(), directory.attachmentsPath(), &error);
    if (!store) {
        printError(error);
        return ExitFailure;
    }
    const auto imported = ChatImportService(*store, nullptr)
                              .importFile(file, options, QDateTime::currentMSecsSinceEpoch());
    if (!imported.ok()) {
        printError(imported.error().message);
        return ExitUsage;
    }
    const ChatExportImporter::Report &report = imported.value();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ExitFailure;
    QString text = u"format: %1\nlines read: %2\n"_s.arg(report.format).arg(report.linesRead);
    if (report.error.isEmpty()) {
        text += u"messages stored: %1\nalready stored (skipped): %2\nattachments stored: %3\n"
                "media not in the export (stored as text): %4\nsystem lines (skipped): %5\n"_s
                    .arg(report.messagesStored)
                    .arg(report.duplicates)
                    .arg(report.attachmentsStored)
                    .arg(report.mediaNotIncluded)
                    .arg(report.systemLines);
        text += report.deliveredToWebhooks
            ? u"webhooks: the new messages are queued for every webhook\n"_s
            : u"webhooks: not notified (add --deliver to send imported messages)\n"_s;
    }
    text += u"lines not understood: %1\n"_s.arg(report.notUnderstoodCount);
    for (const auto &line : report.notUnderstood)
        text += u"  line %1: %2\n"_s.arg(line.lineNumber).arg(line.text);
    text += u"messages skipped: %1\n"_s.arg(report.skippedMessages.size());
    for (const auto &skipped : report.skippedMessages)
        text += u"  line %1: %2\n"_s.arg(skipped.lineNumber).arg(skipped.reason);
    for (const QString &skipped : report.skippedFiles)
        text += u"file skipped: %1\n"_s.arg(skipped);
    out.write(text.toUtf8());
    out.flush();
    if (!report.error.isEmpty()) {
        printError(u"%1: %2"_s.arg(file, report.error));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

int main(int argc, char **argv)
{
    // Everything Hookline writes (store, attachments, exports, secrets) is its user's alone.
    umask(077);
    // Request bodies up to 16 MiB are allocated in the server's I/O thread and freed in others:
    // with glibc's sliding threshold they would stay in that thread's heap after use. Large
    // blocks come from and go back to the system instead.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    // Fixing the threshold above also fixes glibc's trim threshold at 128 KiB: every thread's
    // heap was then shrunk (madvise, a TLB flush) and grown again many times a second under
    // load. A few MiB kept per heap cost little and end that.
    mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
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
    const QCommandLineOption databaseOption(
        u"database"_s,
        u"Keep the workspace's store in PostgreSQL instead of DIR/hookline.sqlite, as "
        "postgresql://USER@HOST:PORT/DB (the password comes from PGPASSWORD or ~/.pgpass)."_s,
        u"URL"_s);
    const QCommandLineOption headlessOption(u"headless"_s,
                                            u"Run without windows until SIGTERM or SIGINT."_s);
    const QCommandLineOption listenOption(
        u"listen"_s,
        u"Address of the local server and API (default 127.0.0.1:8787; port 0 picks a free one, written to DIR/server.port)."_s,
        u"HOST:PORT"_s, u"127.0.0.1:8787"_s);
    const QCommandLineOption webhookOption(u"webhook"_s, u"export-log: the webhook's id."_s,
                                           u"ID"_s);
    const QCommandLineOption formatOption(u"format"_s, u"export-log: json, har or csv."_s,
                                          u"FORMAT"_s, u"json"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, u"export-log: file to write (default: standard output)."_s,
        u"FILE"_s);
    const QCommandLineOption forceOption(u"force"_s,
                                         u"export-log: replace the --output file if it exists."_s);
    const QCommandLineOption inspectorOption(
        u"inspector-memory"_s,
        u"Memory the Inspector (/inspect/NAME, no token) may hold, in MiB (default 64; 0 switches "
        "it off)."_s,
        u"MIB"_s, u"64"_s);
    parser.addOption(dataDirOption);
    parser.addOption(databaseOption);
    parser.addOption(headlessOption);
    parser.addOption(listenOption);
    parser.addOption(webhookOption);
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(forceOption);
    parser.addOption(inspectorOption);
    const QCommandLineOption themeOption(
        u"theme"_s, u"The window's look: system (the default), light or dark."_s, u"THEME"_s,
        u"system"_s);
    parser.addOption(themeOption);
    const QCommandLineOption accountOption(
        u"account"_s, u"import: the WhatsApp number the chat belongs to."_s, u"PHONE"_s);
    const QCommandLineOption meOption(
        u"me"_s, u"import: your name in the export; your lines become sent messages."_s, u"NAME"_s);
    const QCommandLineOption peerPhoneOption(
        u"peer-phone"_s, u"import: the other person's number when the export shows a name."_s,
        u"PHONE"_s);
    const QCommandLineOption groupOption(u"group"_s, u"import: the chat is a group."_s);
    const QCommandLineOption chatNameOption(u"chat-name"_s, u"import: the chat's name."_s,
                                            u"NAME"_s);
    const QCommandLineOption timeZoneOption(
        u"time-zone"_s, u"import: the phone's time zone, like Asia/Kolkata (default UTC)."_s,
        u"ZONE"_s, u"UTC"_s);
    const QCommandLineOption deliverOption(
        u"deliver"_s, u"import: send the imported messages to the webhooks too."_s);
    for (const auto &option : {accountOption, meOption, peerPhoneOption, groupOption,
                               chatNameOption, timeZoneOption, deliverOption})
        parser.addOption(option);
    parser.addPositionalArgument(
        u"command"_s,
        u"Optional: export-log (write a webhook's detailed log and exit) or import FILE (store "
        "a WhatsApp chat export, .txt or .zip, and exit)."_s,
        u"[export-log | import FILE]"_s);

    // Parsed before any application object exists: a usage error, --help, --version and
    // headless mode must all work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u" (see hookline --help)"_s);
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const bool exporting = !positional.isEmpty() && positional.constFirst() == u"export-log"_s;
    const bool importing = !positional.isEmpty() && positional.constFirst() == u"import"_s;
    if (importing && positional.size() != 2) {
        printError(u"import takes one file: hookline import --account PHONE FILE"_s);
        return ExitUsage;
    }
    const qsizetype expected = exporting ? 1 : importing ? 2 : 0;
    if (positional.size() > expected) {
        printError(
            u"unexpected argument \"%1\" (see hookline --help)"_s.arg(positional.at(expected)));
        return ExitUsage;
    }
    QString listenHost;
    int listenPort = 0;
    if (!hookline::LocalServer::parseListen(parser.value(listenOption), &listenHost, &listenPort)) {
        printError(
            u"--listen takes HOST:PORT with an IP address or localhost, like 127.0.0.1:8787"_s);
        return ExitUsage;
    }

    bool inspectorOk = false;
    const qint64 inspectorMegabytes = parser.value(inspectorOption).toLongLong(&inspectorOk);
    if (!inspectorOk || inspectorMegabytes < 0 || inspectorMegabytes > 4096) {
        printError(u"--inspector-memory takes a number of MiB from 0 (off) to 4096"_s);
        return ExitUsage;
    }

    const QString database = parser.value(databaseOption);
    if (parser.isSet(databaseOption)) {
        QString error;
        const auto location = hookline::StoreLocation::parse(database, &error);
        if (!location.isValid()
            || location.backend() != hookline::StoreLocation::Backend::Postgres) {
            printError(error.isEmpty() ? u"--database takes a postgresql://USER@HOST:PORT/DB URL "
                                         "(without it the store is DIR/hookline.sqlite)"_s
                                       : error);
            return ExitUsage;
        }
    }

    const auto theme = hookline::Theme::fromName(parser.value(themeOption));
    if (!theme) {
        printError(
            u"--theme must be system, light or dark, not “%1”."_s.arg(parser.value(themeOption)));
        return ExitUsage;
    }
    const bool askedForHelp = parser.isSet(helpOption) || parser.isSet(u"help-all"_s);
    const bool widgets = !parser.isSet(headlessOption) && !askedForHelp
        && !parser.isSet(versionOption) && !exporting && !importing;
    std::unique_ptr<QCoreApplication> app;
    if (widgets) {
        app = std::make_unique<QApplication>(argc, argv);
        hookline::installTranslations(*app);
        hookline::Theme::apply(static_cast<QApplication &>(*app), *theme);
        // Wayland compositors match the window to its menu entry by this name.
        QGuiApplication::setDesktopFileName(u"app.hookline.Hookline"_s);
    } else
        app = std::make_unique<QCoreApplication>(argc, argv);
    qSetMessagePattern(
        u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"_s);
    // Qt 6.4 prints the help with Qt's own options only from process(), which exits after it.
    if (parser.isSet(u"help-all"_s))
        parser.process(*app);
    if (parser.isSet(helpOption))
        parser.showHelp(ExitOk);
    if (parser.isSet(versionOption))
        parser.showVersion();

    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                        : hookline::DataDirectory::defaultPath();
    if (importing) {
        hookline::ChatExportImporter::Options options;
        options.accountPhone = parser.value(accountOption);
        options.me = parser.value(meOption);
        options.peerPhone = parser.value(peerPhoneOption);
        options.group = parser.isSet(groupOption);
        options.chatName = parser.value(chatNameOption);
        options.timeZone = parser.value(timeZoneOption);
        options.deliverToWebhooks = parser.isSet(deliverOption);
        return importChat(dataDir, database, positional.at(1), options);
    }
    if (exporting) {
        return exportLog(dataDir, database, parser.value(webhookOption), parser.value(formatOption),
                         parser.value(outputOption), parser.isSet(forceOption));
    }
    hookline::Instance instance({dataDir, listenHost, listenPort, database, inspectorMegabytes});
    QString error;
    if (!instance.start(&error)) {
        printError(error);
        if (widgets)
            QMessageBox::critical(nullptr, QObject::tr("Hookline cannot start"), error);
        return ExitFailure;
    }

    if (!widgets)
        return runHeadless(instance);

    hookline::DesktopContext desktop(instance);
    hookline::MainWindow window(desktop);
    window.show();
    return QApplication::exec();
}
