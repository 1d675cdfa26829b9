#include "activitytext.h"

#include <QLocale>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

using Wording = std::function<QString(const QRegularExpressionMatch &)>;

struct Form
{
    QRegularExpression pattern;
    Wording wording;
};

// The first form whose pattern matches the whole text says it again; null when none does.
QString reword(const QList<Form> &forms, const QString &stored)
{
    for (const Form &form : forms) {
        const QRegularExpressionMatch match = form.pattern.match(stored);
        if (match.hasMatch())
            return form.wording(match);
    }
    return {};
}

Form form(const char *pattern, Wording wording)
{
    return {QRegularExpression(u"^"_s + QString::fromLatin1(pattern) + u"$"_s,
                               QRegularExpression::DotMatchesEverythingOption),
            std::move(wording)};
}

int number(const QRegularExpressionMatch &match, int group)
{
    return match.captured(group).toInt();
}

} // namespace

QString ActivityText::error(const QString &stored)
{
    // As Dispatcher, Engine::test and the notifier write them.
    static const QList<Form> forms {
        form("connection refused", [](auto &) { return tr("connection refused"); }),
        form("unknown host", [](auto &) { return tr("unknown host"); }),
        form("network unavailable", [](auto &) { return tr("network unavailable"); }),
        // Why the owner was not e-mailed about a webhook of replays.
        form("it only sends replays", [](auto &) { return tr("it only sends replays"); }),
        form("connection closed by the receiver before a response",
             [](auto &) { return tr("connection closed by the receiver before a response"); }),
        form("TLS handshake failed: (.*)",
             [](auto &m) { return tr("TLS handshake failed: %1").arg(m.captured(1)); }),
        form("timeout: no complete response within (\\d+) ms",
             [](auto &m) {
                 return tr("timeout: no complete response within %1 ms").arg(m.captured(1));
             }),
        form("redirect (\\d+) to (.*) \\(redirects are not followed; update the webhook URL\\)",
             [](auto &m) {
                 return tr("redirect %1 to %2 (redirects are not followed; update the webhook URL)")
                     .arg(m.captured(1), m.captured(2));
             }),
        form("HTTP (\\d+) but the response broke off after (\\d+) of (\\d+) bytes",
             [](auto &m) {
                 return tr("HTTP %1, but the response broke off after %2 of %3 bytes")
                     .arg(m.captured(1), m.captured(2), m.captured(3));
             }),
        form("HTTP (\\d+) but the response broke off: (.*)",
             [](auto &m) {
                 return tr("HTTP %1, but the response broke off: %2")
                     .arg(m.captured(1), error(m.captured(2)));
             }),
        form("(HTTP \\d+.*) \\(this webhook accepts only 200\\)",
             [](auto &m) { return tr("%1 (this webhook accepts only 200)").arg(m.captured(1)); }),
        form("HTTP (\\d+) in (\\d+) ms",
             [](auto &m) { return tr("HTTP %1 in %2 ms").arg(m.captured(1), m.captured(2)); }),
        form("invalid URL: the scheme must be http or https",
             [](auto &) { return tr("invalid URL: it must start with http:// or https://"); }),
        form("invalid URL: no host", [](auto &) { return tr("invalid URL: it names no host"); }),
        form("invalid URL: (.*)", [](auto &m) { return tr("invalid URL: %1").arg(m.captured(1)); }),
        form("the engine is not running",
             [](auto &) { return tr("delivery is not running; restart Hookline"); }),
        form("no webhook with id (\\d+)",
             [](auto &) { return tr("this webhook no longer exists"); }),
        form("nothing to send yet: the workspace has no message",
             [](auto &) {
                 return tr("nothing to send yet: the workspace has no message (create one in "
                           "Compose)");
             }),
        form("no SMTP server is set in the workspace settings",
             [](auto &) { return tr("no SMTP server is set in Settings"); }),
        form("sent to (.*)", [](auto &m) { return tr("sent to %1").arg(m.captured(1)); }),
        form("the workspace owner has no e-mail address",
             [](auto &) { return tr("the workspace owner has no e-mail address"); }),
        // As LinkBase::problems words them.
        form("links point at (\\S+), this computer, but a webhook sends them to (\\S+), which "
             "cannot open them: set a public base URL that \\S+ can reach \\(a tunnel or a "
             "reverse proxy\\)",
             [](auto &m) {
                 return tr("links point at %1, this computer, but a webhook sends them to %2, "
                           "which cannot open them: set a public base URL that %2 can reach (a "
                           "tunnel or a reverse proxy)")
                     .arg(m.captured(1), m.captured(2));
             }),
        form("links point at port (\\d+) of this computer, where nothing listens \\(Hookline "
             "listens on port (\\d+)\\): they cannot open",
             [](auto &m) {
                 return tr("links point at port %1 of this computer, where nothing listens "
                           "(Hookline listens on port %2): they cannot open")
                     .arg(m.captured(1), m.captured(2));
             }),
        form("no sender address \\(SMTP \"from\"\\) is set",
             [](auto &) { return tr("no sender address (SMTP “from”) is set"); }),
    };
    const QString said = reword(forms, stored);
    return said.isNull() ? stored : said;
}

QString ActivityText::aggregation(const QString &name)
{
    if (name == u"none"_s)
        return tr("each message at once");
    if (name == u"1h"_s)
        return tr("hourly bundles");
    if (name == u"6h"_s)
        return tr("bundles every 6 hours");
    if (name == u"12h"_s)
        return tr("bundles every 12 hours");
    if (name == u"24h"_s)
        return tr("daily bundles");
    return name;
}

QString ActivityText::importError(const QString &stored)
{
    // As ChatExportImporter and ChatExportArchive word them (the account is checked before, by
    // ChatImportService); the file name comes first.
    static const QList<Form> forms {
        form("time zone \"(.*)\" is not a known IANA time zone \\(like Asia/Kolkata\\)",
             [](auto &m) {
                 return tr("“%1” is not a known time zone (like Asia/Kolkata).").arg(m.captured(1));
             }),
        form("(.*) holds no WhatsApp messages \\((\\d+) lines read, (\\d+) not understood\\)",
             [](auto &m) {
                 return tr("%1 holds no WhatsApp messages (%2 lines read, %3 not understood).")
                     .arg(m.captured(1), m.captured(2), m.captured(3));
             }),
        form("(.*) holds only system lines, no messages",
             [](auto &m) {
                 return tr("%1 holds only system lines, no messages.").arg(m.captured(1));
             }),
        form("\"(.*)\" wrote nothing in this chat; the authors are: (.*)",
             [](auto &m) {
                 return tr("“%1” wrote nothing in this chat; its authors are: %2")
                     .arg(m.captured(1), m.captured(2));
             }),
        form("the export names the other person only as \"(.*)\"; give their phone number "
             "\\(--peer-phone, or peer_phone in the API\\)",
             [](auto &m) {
                 return tr("The export names the other person only as “%1”: give their phone "
                           "number.")
                     .arg(m.captured(1));
             }),
        form("none of its (\\d+) messages could be stored \\(line (\\d+): (.*)\\)",
             [](auto &m) {
                 return tr("None of its %1 messages could be stored (line %2: %3).")
                     .arg(m.captured(1), m.captured(2), m.captured(3));
             }),
        form("(.*) is larger than (.*); a chat export is far smaller",
             [](auto &m) {
                 return tr("%1 is larger than %2; a chat export is far smaller.")
                     .arg(m.captured(1), m.captured(2));
             }),
        form("Cannot read (.*): out of memory",
             [](auto &m) { return tr("%1 cannot be read: out of memory.").arg(m.captured(1)); }),
        form("Cannot read (.*): (.*)",
             [](auto &m) { return tr("%1 cannot be read: %2").arg(m.captured(1), m.captured(2)); }),
        form("Cannot open (.*): (.*)",
             [](auto &m) {
                 return tr("%1 cannot be opened: %2").arg(m.captured(1), m.captured(2));
             }),
        form("(.*) is damaged or incomplete \\((.*)\\)",
             [](auto &m) {
                 return tr("%1 is damaged or incomplete (%2).").arg(m.captured(1), m.captured(2));
             }),
        form("(.*) holds more than (\\d+) files; a chat export holds far fewer",
             [](auto &m) {
                 return tr("%1 holds more than %2 files; a chat export holds far fewer.")
                     .arg(m.captured(1), m.captured(2));
             }),
        form("The chat (.*) in (.*) is larger than (.*)",
             [](auto &m) {
                 return tr("The chat %1 in %2 is larger than %3.")
                     .arg(m.captured(1), m.captured(2), m.captured(3));
             }),
        form("(.*) expands to more than (.*); refused",
             [](auto &m) {
                 return tr("%1 expands to more than %2, so it was refused.")
                     .arg(m.captured(1), m.captured(2));
             }),
        form("(.*) holds no chat: there is no \\.txt file in it",
             [](auto &m) {
                 return tr("%1 holds no chat: there is no .txt file in it.").arg(m.captured(1));
             }),
        form("(.*) holds several \\.txt files and none is named like a WhatsApp chat .*",
             [](auto &m) {
                 return tr("%1 holds several .txt files and none is named like a WhatsApp chat "
                           "(“_chat.txt” or “WhatsApp Chat with ….txt”).")
                     .arg(m.captured(1));
             }),
        form("(.*) is a folder, not a chat export",
             [](auto &m) { return tr("%1 is a folder, not a chat export.").arg(m.captured(1)); }),
        form("(.*) is not a zip archive: it does not begin like one",
             [](auto &m) {
                 return tr("%1 is not a zip archive: it does not begin like one.")
                     .arg(m.captured(1));
             }),
        form("(.*) is empty", [](auto &m) { return tr("%1 is empty.").arg(m.captured(1)); }),
        form("line (\\d+): (.*)",
             [](auto &m) { return tr("Line %1: %2").arg(m.captured(1), m.captured(2)); }),
    };
    const QString said = reword(forms, stored);
    return said.isNull() ? stored : said;
}

QString ActivityText::sentence(const QString &stored)
{
    // As Engine, WebhookStore, OwnerNotifier, the pages and the API write them.
    static const QList<Form> forms {
        form("delivered: (.*)", [](auto &m) { return error(m.captured(1)); }),
        // A replayed delivery's outcome: the same sentences, marked.
        form("replay ((?:delivered|failed|throttled).*)",
             [](auto &m) { return tr("replay: %1").arg(sentence(m.captured(1))); }),
        form("test delivered: (.*)",
             [](auto &m) { return tr("test delivered: %1").arg(error(m.captured(1))); }),
        form("test failed: (.*)",
             [](auto &m) { return tr("test failed: %1").arg(error(m.captured(1))); }),
        form("failed \\((\\d+) in a row\\): (.*)",
             [](auto &m) {
                 return tr("error %1 in a row: %2").arg(m.captured(1), error(m.captured(2)));
             }),
        form("throttled, paused ([0-9.]+) s as the receiver asked: (.*)",
             [](auto &m) {
                 return tr("slowed down: waiting %1 s as the receiver asked (not counted as an "
                           "error): %2")
                     .arg(QLocale().toString(m.captured(1).toDouble(), 'f', 1),
                          error(m.captured(2)));
             }),
        form("disabled automatically after (\\d+) consecutive errors; last: (.*)",
             [](auto &m) {
                 return tr("switched off automatically after %1 errors in a row; the last: %2")
                     .arg(m.captured(1), error(m.captured(2)));
             }),
        form("enabled; (\\d+) waiting message\\(s\\) discarded",
             [](auto &m) {
                 return tr("switched on; %n waiting message(s) discarded", "", number(m, 1));
             }),
        form("enabled; (\\d+) waiting message\\(s\\) will be delivered",
             [](auto &m) {
                 return tr("switched on; %n waiting message(s) will be delivered", "",
                           number(m, 1));
             }),
        form("enabled", [](auto &) { return tr("switched on"); }),
        form("paused by the user; new messages wait",
             [](auto &) { return tr("paused by hand; new messages wait"); }),
        form("(\\d+) bundle\\(s\\) sent on request",
             [](auto &m) { return tr("%n bundle(s) sent on request", "", number(m, 1)); }),
        form("window ending (.+): (\\d+) bundle\\(s\\)",
             [](auto &m) {
                 return tr("window ending %1: %n bundle(s)", "", number(m, 2)).arg(m.captured(1));
             }),
        // On the replayed webhook, the webhook of replays that sends it when it goes elsewhere.
        form("replay of (\\d+) message\\(s\\) from (\\S+) to (\\S+): (\\d+) request\\(s\\) queued,"
             " deliveries (\\d+) to (\\d+)(?: for webhook \\d+ \\(\"(.*)\"\\))?",
             [](auto &m) {
                 if (m.captured(7).isNull())
                     return tr("replay of %n message(s) from %1 to %2: deliveries %3 to %4", "",
                               number(m, 1))
                         .arg(m.captured(2), m.captured(3), m.captured(5), m.captured(6));
                 return tr("replay of %n message(s) from %1 to %2 for “%3”: deliveries %4 to %5",
                           "", number(m, 1))
                     .arg(m.captured(2), m.captured(3), m.captured(7), m.captured(5),
                          m.captured(6));
             }),
        form("taken by the feed: (\\d+) delivery\\(ies\\) up to cursor (\\d+)",
             [](auto &m) {
                 return tr("taken by the feed: %n delivery(ies) up to cursor %1", "", number(m, 1))
                     .arg(m.captured(2));
             }),
        form("delivery (\\d+) resent as delivery (\\d+)",
             [](auto &m) {
                 return tr("delivery %1 resent as delivery %2").arg(m.captured(1), m.captured(2));
             }),
        form("webhook created \\((\\w+)\\)",
             [](auto &m) { return tr("created: %1").arg(aggregation(m.captured(1))); }),
        form("settings changed: (.*)",
             [](auto &m) {
                 QStringList fields;
                 static const QRegularExpression change(u"^aggregation (\\w+) → (\\w+)$"_s);
                 static const QRegularExpression mode(u"^mode (\\w+) → (\\w+)$"_s);
                 for (const QString &field : m.captured(1).split(u", "_s)) {
                     const QRegularExpressionMatch c = change.match(field);
                     const QRegularExpressionMatch d = mode.match(field);
                     fields << (c.hasMatch() ? tr("aggregation from %1 to %2")
                                                   .arg(aggregation(c.captured(1)),
                                                        aggregation(c.captured(2)))
                                    : d.hasMatch() ? tr("delivery from %1 to %2")
                                                         .arg(deliveryMode(d.captured(1)),
                                                              deliveryMode(d.captured(2)))
                                    : field == u"name"_s             ? tr("name")
                                    : field == u"URL"_s              ? tr("URL")
                                    : field == u"secret"_s           ? tr("signing secret")
                                    : field == u"timeout"_s          ? tr("timeout")
                                    : field == u"success rule"_s     ? tr("success rule")
                                    : field == u"retry schedule"_s   ? tr("retry schedule")
                                    : field == u"log size"_s         ? tr("detailed log size")
                                    : field == u"headers"_s          ? tr("request headers")
                                    : field == u"filter"_s           ? tr("filter")
                                    : field == u"throttle"_s         ? tr("throttle")
                                    : field == u"events"_s           ? tr("events")
                                    : field == u"replays only"_s     ? tr("replays only")
                                    : field == u"new messages too"_s ? tr("new messages too")
                                                                     : field);
                 }
                 return tr("changed: %1").arg(fields.join(tr(", ")));
             }),
        form("owner not e-mailed: (.*)",
             [](auto &m) { return tr("owner not e-mailed: %1").arg(error(m.captured(1))); }),
        form("owner e-mailed at (.*)",
             [](auto &m) { return tr("owner e-mailed at %1").arg(m.captured(1)); }),
        form("owner e-mail failed, giving up: (.*)",
             [](auto &m) { return tr("owner e-mail failed, giving up: %1").arg(m.captured(1)); }),
        form("owner e-mail failed, will retry: (.*)",
             [](auto &m) {
                 return tr("owner e-mail failed, will try again: %1").arg(m.captured(1));
             }),
    };
    const QString said = reword(forms, stored);
    return said.isNull() ? error(stored) : said;
}

QString ActivityText::deliveryMode(const QString &name)
{
    if (name == u"push"_s)
        return tr("push");
    if (name == u"pull"_s)
        return tr("pull feed");
    if (name == u"both"_s)
        return tr("push and pull feed");
    return name;
}

QString ActivityText::filterReason(const QString &field)
{
    if (field == u"direction"_s)
        return tr("direction");
    if (field == u"accounts"_s)
        return tr("another account");
    if (field == u"chat_kind"_s)
        return tr("kind of chat");
    if (field == u"attachment"_s)
        return tr("attachment");
    if (field == u"text"_s)
        return tr("text does not match");
    return field;
}

} // namespace hookline
