#include "chatexportimporter.h"

#include "chatexportarchive.h"
#include "store/storeconnection.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hookline::ChatExportImporter {

namespace {

// An author shown as a number ("+91 98765 43210") is a contact the phone had not saved.
QString phoneOf(const QString &author)
{
    static const QRegularExpression phone(u"^\\+?[0-9][0-9 ()\\-]{5,}$"_s);
    if (!phone.match(author).hasMatch())
        return {};
    QString digits;
    for (QChar c : author) {
        if (c.isDigit())
            digits += c;
    }
    return u'+' + digits;
}

// "WhatsApp Chat with Priya.txt" → "Priya"; iOS's "_chat.txt" says nothing.
QString nameFromFileName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^WhatsApp Chat (?:with|-) (.+)\\.txt$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(fileName);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString hashHex(const QString &text, int length)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(length));
}

} // namespace

Report importFile(StoreConnection &store, const QString &path, const Options &options, qint64 nowMs)
{
    Report report;
    const QString accountPhone = options.accountPhone.trimmed();
    if (accountPhone.isEmpty()) {
        report.error = u"the account's phone number is required"_s;
        return report;
    }
    const QTimeZone zone(options.timeZone.toUtf8());
    if (!zone.isValid()) {
        report.error = u"time zone \"%1\" is not a known IANA time zone (like Asia/Kolkata)"_s.arg(
            options.timeZone.left(60));
        return report;
    }
    const ChatExportArchive::Result archive = ChatExportArchive::read(path);
    if (!archive.error.isEmpty()) {
        report.error = archive.error;
        return report;
    }
    report.skippedFiles = archive.skipped;
    const ChatExportParser::Result parsed = ChatExportParser::parse(archive.chatText);
    report.format = parsed.format.description;
    report.linesRead = parsed.linesRead;
    report.notUnderstood = parsed.notUnderstood;
    report.notUnderstoodCount = parsed.notUnderstoodCount;

    QStringList others;
    for (const auto &entry : parsed.entries) {
        if (entry.system)
            continue;
        if (!report.authors.contains(entry.author))
            report.authors.append(entry.author);
        if (entry.author != options.me && !others.contains(entry.author))
            others.append(entry.author);
    }
    if (report.authors.isEmpty()) {
        report.error = parsed.entries.isEmpty()
            ? u"%1 holds no WhatsApp messages (%2 lines read, %3 not understood)"_s
                  .arg(QFileInfo(path).fileName())
                  .arg(parsed.linesRead)
                  .arg(parsed.notUnderstoodCount)
            : u"%1 holds only system lines, no messages"_s.arg(QFileInfo(path).fileName());
        return report;
    }
    // A short export may hold only the other side; with two or more authors a "me" that wrote
    // nothing is a typo that would turn a direct chat into a group.
    if (!options.me.isEmpty() && !report.authors.contains(options.me)
        && report.authors.size() > 1) {
        report.error = u"\"%1\" wrote nothing in this chat; the authors are: %2"_s.arg(
            options.me.left(100), report.authors.join(u", "_s).left(500));
        return report;
    }

    IngestMessage::ChatRef chat;
    chat.isGroup = options.group || others.size() > 1;
    const QString fileChatName = nameFromFileName(archive.chatFileName);
    if (chat.isGroup) {
        chat.groupId = options.groupId.trimmed().isEmpty()
            ? u"import-"_s + hashHex(accountPhone + u'|' + archive.chatFileName, 16)
            : options.groupId.trimmed();
        chat.fullName = !options.chatName.isEmpty() ? options.chatName : fileChatName;
    } else {
        const QString peer = others.value(0);
        chat.phone
            = !options.peerPhone.trimmed().isEmpty() ? options.peerPhone.trimmed() : phoneOf(peer);
        if (chat.phone.isEmpty()) {
            report.error = u"the export names the other person only as \"%1\"; give their phone "
                           "number (--peer-phone, or peer_phone in the API)"_s.arg(peer.left(100));
            return report;
        }
        chat.fullName = !options.chatName.isEmpty() ? options.chatName
            : !peer.isEmpty()                       ? peer
                                                    : fileChatName;
    }
    const QString chatKey = chat.isGroup ? chat.groupId : chat.phone;

    QList<IngestMessage> batch;
    QList<int> lineOf; // batch index → line in the export, for error messages
    QList<bool> withoutFiles; // batch index → the message's media are not in the export
    batch.reserve(parsed.entries.size());
    QHash<QString, int> seen; // identical lines at the same minute are distinct messages
    QMimeDatabase mimes;
    for (const auto &entry : parsed.entries) {
        if (entry.system) {
            ++report.systemLines;
            continue;
        }
        IngestMessage m;
        m.account.phone = accountPhone;
        m.chat = chat;
        m.timestamp = QDateTime(entry.date, entry.time, zone);
        const bool sent = !options.me.isEmpty() && entry.author == options.me;
        m.direction = sent ? Direction::Sent : Direction::Received;
        if (sent) {
            m.sender = {entry.author, accountPhone};
            m.recipient = {chat.fullName, chat.isGroup ? QString() : chat.phone};
        } else {
            m.sender = {entry.author, chat.isGroup ? phoneOf(entry.author) : chat.phone};
            m.recipient = {QString(), accountPhone};
        }
        m.text = entry.text;
        m.source = u"import"_s;
        if (entry.attachmentName) {
            const auto file = archive.attachments.constFind(*entry.attachmentName);
            if (file != archive.attachments.constEnd()) {
                m.attachment = IngestMessage::File {
                    *entry.attachmentName,
                    mimes.mimeTypeForFileNameAndData(*entry.attachmentName, *file).name(), *file};
            } else if (m.text.isEmpty()) {
                m.text = entry.attachmentLine; // what the file was, since it is not here
            }
        }
        const bool withoutFile = entry.mediaOmitted || (entry.attachmentName && !m.attachment);
        if (const auto invalid = MessageStore::validate({m})) {
            report.skippedMessages.append({entry.lineNumber, invalid->message});
            continue;
        }
        const QString identity = chatKey + u'|' + m.timestamp->toString(Qt::ISODate) + u'|'
            + entry.author + u'|'
            + (entry.identityText.isEmpty() ? entry.text : entry.identityText);
        const int occurrence = seen[identity]++;
        m.externalId = u"import:"_s + hashHex(identity + u'|' + QString::number(occurrence), 40);
        batch.append(std::move(m));
        lineOf.append(entry.lineNumber);
        withoutFiles.append(withoutFile);
    }

    if (batch.isEmpty() && !report.skippedMessages.isEmpty()) {
        const SkippedMessage &first = report.skippedMessages.constFirst();
        report.error = u"none of its %1 messages could be stored (line %2: %3)"_s
                           .arg(report.skippedMessages.size())
                           .arg(first.lineNumber)
                           .arg(first.reason);
        return report;
    }
    try {
        Transaction transaction(*store.database);
        const auto stored = options.deliverToWebhooks
            ? store.messages->ingest(batch, store.outbox->hook(nowMs))
            : store.messages->ingest(batch);
        transaction.commit();
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const auto &s = stored.at(i);
            if (s.duplicate) {
                ++report.duplicates;
                continue;
            }
            ++report.messagesStored;
            if (s.message.attachment)
                ++report.attachmentsStored;
            if (withoutFiles.value(i))
                ++report.mediaNotIncluded;
            report.chatId = s.message.chatId;
        }
        if (!stored.isEmpty() && report.chatId == 0)
            report.chatId = stored.constFirst().message.chatId;
        report.deliveredToWebhooks = options.deliverToWebhooks && report.messagesStored > 0;
    } catch (const IngestRejected &e) {
        report.error = u"line %1: %2"_s.arg(lineOf.value(e.error().index)).arg(e.error().message);
        report.messagesStored = 0;
        report.mediaNotIncluded = 0;
    } catch (const StoreError &e) {
        report.error = e.message();
        report.messagesStored = 0;
        report.mediaNotIncluded = 0;
    }
    return report;
}

} // namespace hookline::ChatExportImporter
