#include "chatexportarchive.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace hookline::ChatExportArchive {

namespace {

constexpr qsizetype chunkSize = 64 * 1024;

QString mib(qint64 bytes)
{
    return u"%1 MiB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f',
                           bytes % (1024 * 1024) ? 1 : 0);
}

QString baseName(const QString &path)
{
    const qsizetype slash = qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return path.mid(slash + 1);
}

bool isChatName(const QString &base)
{
    return base.compare(u"_chat.txt"_s, Qt::CaseInsensitive) == 0
        || (base.startsWith(u"WhatsApp Chat"_s, Qt::CaseInsensitive)
            && base.endsWith(u".txt"_s, Qt::CaseInsensitive));
}

Result failure(const QString &message)
{
    Result r;
    r.error = message;
    return r;
}

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString libarchiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : u"unknown error"_s;
}

Result readText(QFile &file, const QString &shown, const Limits &limits)
{
    if (file.size() > limits.maxChatBytes)
        return failure(u"%1 is larger than %2; a chat export is far smaller"_s.arg(
            shown, mib(limits.maxChatBytes)));
    Result r;
    // Read one byte past the limit: a file that grows while being read is still refused.
    r.chatText = file.read(limits.maxChatBytes + 1);
    if (r.chatText.size() > limits.maxChatBytes)
        return failure(u"%1 is larger than %2; a chat export is far smaller"_s.arg(
            shown, mib(limits.maxChatBytes)));
    if (file.error() != QFileDevice::NoError)
        return failure(u"Cannot read %1: %2"_s.arg(shown, file.errorString()));
    r.chatFileName = shown;
    return r;
}

Result readZip(const QString &path, const QString &shown, const Limits &limits)
{
    const QString damaged = u"%1 is damaged or incomplete (%2)"_s;
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    if (!a)
        return failure(u"Cannot read %1: out of memory"_s.arg(shown));
    // Zip only: an export is never anything else, and fewer formats are less to attack.
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), chunkSize)
        != ARCHIVE_OK)
        return failure(damaged.arg(shown, libarchiveError(a.get())));

    Result r;
    QStringList texts; // base names of the .txt entries kept, in archive order
    qint64 inflated = 0; // every byte decompressed, kept or not
    int entries = 0;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return failure(damaged.arg(shown, libarchiveError(a.get())));
        if (++entries > limits.maxEntries)
            return failure(
                u"%1 holds more than %2 files; a chat export holds far fewer"_s.arg(shown).arg(
                    limits.maxEntries));
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue; // folders; links and devices carry no data worth keeping
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const char *local = archive_entry_pathname(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8)
            : local               ? QFile::decodeName(local)
                                  : QString();
        const QString base = baseName(name);
        if (base.isEmpty())
            continue;
        if (name.startsWith(u"__MACOSX/"_s) || base.startsWith(u"._"_s)) {
            r.skipped.append(u"%1: macOS metadata, not part of the chat"_s.arg(name));
            continue;
        }
        if (archive_entry_is_encrypted(entry)) {
            r.skipped.append(u"%1: encrypted"_s.arg(name));
            continue;
        }
        const bool text = base.endsWith(u".txt"_s, Qt::CaseInsensitive);
        const qint64 limit = text ? qMax(limits.maxChatBytes, limits.maxAttachmentBytes)
                                  : limits.maxAttachmentBytes;
        const QString tooLarge = u"%1: larger than %2, refused"_s.arg(name, mib(limit));
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > limit) {
            if (isChatName(base))
                return failure(
                    u"The chat %1 in %2 is larger than %3"_s.arg(name, shown, mib(limit)));
            r.skipped.append(tooLarge);
            continue; // libarchive skips the entry's compressed bytes without inflating them
        }
        if (r.attachments.contains(base)) {
            r.skipped.append(u"%1: another file in the archive has the same name"_s.arg(name));
            continue;
        }

        // The declared size may lie: count what actually comes out.
        QByteArray data;
        bool refused = false;
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), chunk.data(), size_t(chunk.size()));
            if (n == 0)
                break;
            if (n < 0)
                return failure(damaged.arg(shown, libarchiveError(a.get())));
            inflated += n;
            if (inflated > limits.maxTotalBytes)
                return failure(
                    u"%1 expands to more than %2; refused"_s.arg(shown, mib(limits.maxTotalBytes)));
            if (data.size() + n > limit) {
                refused = true;
                break;
            }
            data.append(chunk.constData(), n);
        }
        if (refused) {
            if (isChatName(base))
                return failure(
                    u"The chat %1 in %2 is larger than %3"_s.arg(name, shown, mib(limit)));
            r.skipped.append(tooLarge);
            continue;
        }
        if (text)
            texts.append(base);
        r.attachments.insert(base, std::move(data));
    }

    // iOS names the chat "_chat.txt", Android "WhatsApp Chat with <name>.txt"; a lone .txt is
    // taken whatever its name (renamed by hand). Other .txt files are attachments.
    QString chat;
    for (const QString &t : std::as_const(texts)) {
        if (t.compare(u"_chat.txt"_s, Qt::CaseInsensitive) == 0) {
            chat = t;
            break;
        }
        if (chat.isEmpty() && isChatName(t))
            chat = t;
    }
    if (chat.isEmpty() && texts.size() == 1)
        chat = texts.front();
    if (chat.isEmpty()) {
        if (texts.isEmpty())
            return failure(u"%1 holds no chat: there is no .txt file in it"_s.arg(shown));
        return failure(u"%1 holds several .txt files and none is named like a WhatsApp chat "
                       "(\"_chat.txt\" or \"WhatsApp Chat with ….txt\")"_s.arg(shown));
    }
    r.chatText = r.attachments.take(chat);
    r.chatFileName = chat;
    if (r.chatText.size() > limits.maxChatBytes)
        return failure(
            u"The chat %1 in %2 is larger than %3"_s.arg(chat, shown, mib(limits.maxChatBytes)));
    for (const QString &t : std::as_const(texts)) {
        if (t != chat && r.attachments.value(t).size() > limits.maxAttachmentBytes) {
            r.attachments.remove(t);
            r.skipped.append(
                u"%1: larger than %2, refused"_s.arg(t, mib(limits.maxAttachmentBytes)));
        }
    }
    return r;
}

} // namespace

Result read(const QString &path, const Limits &limits)
{
    const QString shown = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return failure(u"%1 is a folder, not a chat export"_s.arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"Cannot open %1: %2"_s.arg(shown, file.errorString()));
    const QByteArray magic = file.peek(4);
    if (file.size() == 0 && magic.isEmpty())
        return failure(u"%1 is empty"_s.arg(shown));
    // "PK\3\4" starts a zip with entries; "PK\5\6" an empty one.
    if (magic == QByteArrayView("PK\x03\x04") || magic == QByteArrayView("PK\x05\x06")) {
        file.close();
        return readZip(path, shown, limits);
    }
    if (shown.endsWith(u".zip"_s, Qt::CaseInsensitive))
        return failure(u"%1 is not a zip archive: it does not begin like one"_s.arg(shown));
    return readText(file, shown, limits);
}

} // namespace hookline::ChatExportArchive
