#include "chatexportparser.h"

#include "chatexportwording.h"
#include "store/messagestore.h"

#include <QStringView>

#include <utility>

#include <vector>

using namespace Qt::StringLiterals;

namespace hookline::ChatExportParser {

namespace {

// Direction marks and isolates WhatsApp scatters around names, dates and placeholders; they are
// invisible, so they must not decide whether a line matches or what a name is.
bool isMark(char16_t c)
{
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Newer Android and iOS put a narrow no-break space (U+202F) before AM/PM.
bool isSpaceLike(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Dates and times may be written in Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹) digits.
int dateDigit(char16_t c)
{
    if (isDigit(c))
        return c - u'0';
    if (c >= 0x0660 && c <= 0x0669)
        return c - 0x0660;
    if (c >= 0x06F0 && c <= 0x06F9)
        return c - 0x06F0;
    return -1;
}

QString withoutMarks(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (!isMark(c.unicode()))
            out.append(c);
    }
    return out;
}

// Marks only at the ends: inside a message they may be what the writer typed (RTL text).
QStringView trimMarks(QStringView s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isMark(s[begin].unicode()))
        ++begin;
    while (end > begin && isMark(s[end - 1].unicode()))
        --end;
    return s.sliced(begin, end - begin);
}

enum class AmPm { None, Am, Pm };

// The longest media placeholder WhatsApp writes is about 40 characters; notices are longer.
constexpr qsizetype maxPlaceholderLength = 60;

// No chat predates 2400; a Buddhist-era year is 543 ahead of the Gregorian one.
constexpr int buddhistYearsFrom = 2400;
constexpr int buddhistOffset = 543;

// One line's date-and-time prefix, as written; what the numbers mean is decided per file.
struct Header
{
    qsizetype lineIndex = 0;
    qsizetype restOffset = 0; // within the line: where "Author: text" begins
    int f1 = 0, f2 = 0, f3 = 0;
    int digits1 = 0, digits3 = 0;
    char16_t separator = 0;
    int hour = 0, minute = 0, second = 0;
    bool hasSeconds = false;
    AmPm ampm = AmPm::None;
    Platform platform = Platform::Android;
    bool markLed = false; // a direction mark before the date: iOS writes it on media messages
    char16_t era = 0; // 'R' (Reiwa) or 'H' (Heisei): a Japanese-calendar year
    bool buddhistEra = false; // "2565 BE"

    bool yearFirst() const { return digits1 == 4; }
};

class Cursor
{
public:
    explicit Cursor(QStringView s)
        : m_s(s)
    {
    }
    void skipMarks()
    {
        while (m_i < m_s.size() && isMark(m_s[m_i].unicode()))
            ++m_i;
    }
    char16_t peek() const { return m_i < m_s.size() ? m_s[m_i].unicode() : 0; }
    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    // At most `maxDigits` digits; the count read goes to `digits` (0 when none).
    int number(int maxDigits, int &digits)
    {
        int value = 0;
        digits = 0;
        while (digits < maxDigits && dateDigit(peek()) >= 0) {
            value = value * 10 + dateDigit(peek());
            ++m_i;
            ++digits;
        }
        return value;
    }
    bool spaces()
    {
        const qsizetype start = m_i;
        while (isSpaceLike(peek()))
            ++m_i;
        return m_i > start;
    }
    qsizetype pos() const { return m_i; }
    void setPos(qsizetype i) { m_i = i; }

private:
    QStringView m_s;
    qsizetype m_i = 0;
};

AmPm amPm(Cursor &c)
{
    const qsizetype start = c.pos();
    c.spaces();
    const char16_t first = c.peek();
    AmPm result = AmPm::None;
    // Arabic: ص (morning) and م (evening).
    if (first == 0x0635 || first == 0x0645) {
        c.setPos(c.pos() + 1);
        if (!QChar(c.peek()).isLetter())
            return first == 0x0635 ? AmPm::Am : AmPm::Pm;
        c.setPos(start);
        return AmPm::None;
    }
    if (first == u'a' || first == u'A')
        result = AmPm::Am;
    else if (first == u'p' || first == u'P')
        result = AmPm::Pm;
    if (result != AmPm::None) {
        c.setPos(c.pos() + 1);
        c.take(u'.'); // "a.m.", "p. m."
        c.spaces();
        if (c.take(u'm') || c.take(u'M')) {
            c.take(u'.');
            return result;
        }
    }
    c.setPos(start);
    return AmPm::None;
}

// "31/01/2024, 14:05 - ", "1/31/24, 2:05 PM - ", "[31.01.24, 14:05:09] ", "2024-01-31 14:05 - "
// and the old iOS "31/01/2024, 14:05:09: ". Reads only the prefix, so it costs a few dozen
// characters per line however long the line is.
bool parseHeader(QStringView line, Header &h)
{
    Cursor c(line);
    c.skipMarks();
    h.markLed = c.pos() > 0;
    const bool bracket = c.take(u'[');
    // Right-to-left locales put marks between the date's fields too: "[‏27‏/3‏/2022،
    // 21:41:55]".
    c.skipMarks();
    h.f1 = c.number(4, h.digits1);
    if (h.digits1 == 0)
        return false;
    c.skipMarks();
    h.separator = c.peek();
    if (h.separator != u'/' && h.separator != u'.' && h.separator != u'-')
        return false;
    c.take(h.separator);
    c.skipMarks();
    int digits2 = 0;
    h.f2 = c.number(2, digits2);
    c.skipMarks();
    if (digits2 == 0 || !c.take(h.separator))
        return false;
    c.skipMarks();
    if (!h.yearFirst() && (c.peek() == u'R' || c.peek() == u'H')) {
        h.era = c.peek();
        c.setPos(c.pos() + 1);
    }
    h.f3 = c.number(4, h.digits3);
    if (h.yearFirst()) {
        if (h.digits3 < 1 || h.digits3 > 2)
            return false;
    } else if (h.era ? (h.digits3 < 1 || h.digits3 > 2)
                     : (h.digits1 > 2 || (h.digits3 != 2 && h.digits3 != 4))) {
        return false;
    }
    if (dateDigit(c.peek()) >= 0)
        return false;
    c.skipMarks();
    {
        // iOS in the Buddhist calendar: "[3/27/2565 BE, 21:41:35]".
        const qsizetype beforeEra = c.pos();
        c.spaces();
        if (c.take(u'B') && c.take(u'E'))
            h.buddhistEra = true;
        else
            c.setPos(beforeEra);
    }
    c.skipMarks();
    const bool comma = c.take(u',') || c.take(u'\u060C'); // Arabic comma
    if (!c.spaces() && !comma)
        return false;
    c.skipMarks();

    int hourDigits = 0;
    h.hour = c.number(2, hourDigits);
    const char16_t timeSeparator = c.peek();
    if (hourDigits == 0 || (timeSeparator != u':' && timeSeparator != u'.'))
        return false;
    c.take(timeSeparator);
    int minuteDigits = 0;
    h.minute = c.number(2, minuteDigits);
    if (minuteDigits != 2)
        return false;
    if (c.peek() == timeSeparator) {
        const qsizetype beforeSeconds = c.pos();
        c.take(timeSeparator);
        int secondDigits = 0;
        h.second = c.number(2, secondDigits);
        if (secondDigits == 2) {
            h.hasSeconds = true;
        } else {
            // Old iOS: "14:05:09: Alice" — only a ':' that is not seconds; put it back.
            c.setPos(beforeSeconds);
            h.second = 0;
        }
    }
    if (dateDigit(c.peek()) >= 0)
        return false;
    c.skipMarks();
    h.ampm = amPm(c);
    c.skipMarks();
    if (h.ampm == AmPm::None ? h.hour > 23 : h.hour > 12)
        return false;
    if (h.minute > 59 || h.second > 59)
        return false;

    if (bracket) {
        if (!c.take(u']'))
            return false;
        h.platform = Platform::Ios;
        c.spaces();
    } else if (c.take(u':')) {
        // The old iOS layout: no brackets, a colon after the time.
        if (!c.spaces())
            return false;
        h.platform = Platform::Ios;
    } else {
        c.spaces();
        if (!c.take(u'-') && !c.take(u'\u2013'))
            return false;
        h.platform = Platform::Android;
        c.spaces();
    }
    h.restOffset = c.pos();
    return true;
}

// The Gregorian year of a header's year field. Phones set to the Buddhist calendar write years
// 543 ahead (2565 for 2022); the Japanese one writes the era and its year (R4 for 2022).
int yearOf(int value, int digits, char16_t era = 0)
{
    if (era == u'R')
        return 2018 + value;
    if (era == u'H')
        return 1988 + value;
    if (digits <= 2)
        return 2000 + value;
    return value >= buddhistYearsFrom ? value - buddhistOffset : value;
}

QDate dateOf(const Header &h, DateOrder order)
{
    if (h.yearFirst())
        return QDate(yearOf(h.f1, 4), h.f2, h.f3);
    const int year = yearOf(h.f3, h.digits3, h.era);
    return order == DateOrder::MonthDayYear ? QDate(year, h.f1, h.f2) : QDate(year, h.f2, h.f1);
}

QTime timeOf(const Header &h)
{
    int hour = h.hour;
    if (h.ampm == AmPm::Am && hour == 12)
        hour = 0;
    else if (h.ampm == AmPm::Pm && hour < 12)
        hour += 12;
    return QTime(hour, h.minute, h.second);
}

// A sortable number for a date read one way or the other, without building a QDate: only the
// order of consecutive lines matters here.
int sortKey(const Header &h, bool dayFirst)
{
    const int year = yearOf(h.f3, h.digits3, h.era);
    const int month = dayFirst ? h.f2 : h.f1;
    const int day = dayFirst ? h.f1 : h.f2;
    return year * 10000 + month * 100 + day;
}

Format detectFormat(const std::vector<Header> &headers)
{
    Format f;
    if (headers.empty()) {
        f.description = u"not a WhatsApp chat export"_s;
        return f;
    }
    qsizetype ios = 0;
    qsizetype yearFirst = 0;
    bool firstOver12 = false;
    bool secondOver12 = false;
    bool twelveHour = false;
    bool orderFromSequence = false;
    for (const Header &h : headers) {
        if (h.era)
            f.calendar = Calendar::Japanese;
        else if (h.buddhistEra || (h.yearFirst() ? h.f1 : h.f3) >= buddhistYearsFrom)
            f.calendar = Calendar::Buddhist;
        ios += h.platform == Platform::Ios;
        yearFirst += h.yearFirst();
        if (!h.yearFirst()) {
            firstOver12 = firstOver12 || h.f1 > 12;
            secondOver12 = secondOver12 || h.f2 > 12;
        }
        twelveHour = twelveHour || h.ampm != AmPm::None;
    }
    const Header &first = headers.front();
    f.platform = ios * 2 > qsizetype(headers.size()) ? Platform::Ios : Platform::Android;
    f.clockHours = twelveHour ? 12 : 24;
    f.seconds = first.hasSeconds;
    f.separator = QChar(first.separator);

    if (firstOver12 != secondOver12) {
        f.dayFirst = firstOver12;
    } else {
        // No field decides (or the file contradicts itself): take the reading under which the
        // messages more often stay in order, which a chat spanning a month boundary reveals.
        qsizetype inOrderDayFirst = 0;
        qsizetype inOrderMonthFirst = 0;
        const Header *previous = nullptr;
        for (const Header &h : headers) {
            if (h.yearFirst())
                continue;
            if (previous) {
                inOrderDayFirst += sortKey(*previous, true) <= sortKey(h, true);
                inOrderMonthFirst += sortKey(*previous, false) <= sortKey(h, false);
            }
            previous = &h;
        }
        f.dayFirst = inOrderDayFirst >= inOrderMonthFirst;
        f.orderAmbiguous = true;
        orderFromSequence = inOrderDayFirst != inOrderMonthFirst;
    }

    if (yearFirst * 2 > qsizetype(headers.size())) {
        f.order = DateOrder::YearMonthDay;
        f.dayFirst = true;
        f.orderAmbiguous = false;
        f.yearDigits = 4;
    } else {
        f.order = f.dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
        f.yearDigits = first.yearFirst() ? 4 : (first.digits3 == 2 ? 2 : 4);
    }

    const QString sep(f.separator);
    const QString year = f.yearDigits == 2 ? u"YY"_s : u"YYYY"_s;
    QString pattern;
    switch (f.order) {
    case DateOrder::DayMonthYear:
        pattern = u"DD"_s + sep + u"MM"_s + sep + year;
        break;
    case DateOrder::MonthDayYear:
        pattern = u"MM"_s + sep + u"DD"_s + sep + year;
        break;
    case DateOrder::YearMonthDay:
        pattern = u"YYYY"_s + sep + u"MM"_s + sep + u"DD"_s;
        break;
    }
    f.description = u"%1, %2, %3-hour"_s.arg(platformName(f.platform), pattern).arg(f.clockHours);
    if (f.calendar == Calendar::Buddhist)
        f.description += u", Buddhist calendar (years read 543 less: 2565 is 2022)"_s;
    else if (f.calendar == Calendar::Japanese)
        f.description += u", Japanese calendar (era years: R4 is 2022)"_s;
    if (f.orderAmbiguous) {
        const QString read = f.dayFirst ? u"day first"_s : u"month first"_s;
        f.description += orderFromSequence
            ? u", day/month order ambiguous (read %1: message order fits)"_s.arg(read)
            : u", day/month order ambiguous (read day first by default)"_s;
    }
    return f;
}

bool isMediaPlaceholder(QStringView raw)
{
    if (raw.size() > 300 || raw.contains(u'\n'))
        return false;
    // iOS puts marks inside: "report.pdf • ‎3 pages ‎document omitted"; iOS of 2016 wrote
    // "<‎image omitted>".
    const QString text = withoutMarks(raw);
    if (ChatExportWording::isMediaPlaceholder(text))
        return true;
    return text.size() > 2 && text.startsWith(u'<') && text.endsWith(u'>')
        && ChatExportWording::isMediaPlaceholder(QStringView(text).sliced(1, text.size() - 2));
}

bool plausibleFileName(QStringView name)
{
    if (name.isEmpty() || name.size() > 255 || name.contains(u'/') || name.contains(u'\\'))
        return false;
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 && dot < name.size() - 1;
}

// WhatsApp's own media names: IMG-20240101-WA0001.jpg, PTT-20240101-WA0002.opus, ...
bool whatsAppMediaName(QStringView name)
{
    if (name.size() < 20 || name[3] != u'-' || name[12] != u'-'
        || !name.sliced(13).startsWith(u"WA"))
        return false;
    for (int i = 0; i < 3; ++i) {
        if (name[i] < u'A' || name[i] > u'Z')
            return false;
    }
    for (int i = 4; i < 12; ++i) {
        if (!isDigit(name[i].unicode()))
            return false;
    }
    return plausibleFileName(name);
}

struct NamedFile
{
    QString name;
    QStringView caption; // what precedes the file's tag on its line
    QStringView line; // the tag, as written
};

// The file a message names: iOS "<attached: 00000012-PHOTO-2024-01-01-10-00-00.jpg>" (any
// language's word before the colon, with the document's name or a caption before it), Android
// "IMG-20240101-WA0001.jpg (file attached)" in the phone's language.
std::optional<NamedFile> attachmentIn(QStringView firstLine)
{
    if (firstLine.size() > 400)
        return std::nullopt;
    if (firstLine.endsWith(u'>')) {
        const qsizetype open = firstLine.lastIndexOf(u'<');
        // Text before the tag is a caption only where WhatsApp put a mark before the tag: a
        // message that merely ends in "<time: 10.30>" is text.
        if (open < 0 || (open > 0 && !isMark(firstLine[open - 1].unicode())))
            return std::nullopt;
        const QStringView inner = firstLine.sliced(open + 1, firstLine.size() - open - 2);
        // French writes "<pièce jointe : …>".
        const qsizetype colon = inner.indexOf(u':');
        if (colon > 0 && colon <= 30 && colon + 1 < inner.size() && inner[colon + 1].isSpace()
            && !inner.contains(u'<') && !inner.contains(u'>')) {
            const QStringView name = trimMarks(trimMarks(inner.sliced(colon + 1)).trimmed());
            if (plausibleFileName(name))
                return NamedFile {name.toString(), trimMarks(firstLine.first(open).trimmed()),
                                  firstLine.sliced(open)};
        }
        return std::nullopt;
    }
    if (firstLine.endsWith(u')')) {
        const qsizetype open = firstLine.lastIndexOf(u" (");
        if (open <= 0)
            return std::nullopt;
        const QStringView name = trimMarks(firstLine.first(open)).trimmed();
        const QStringView note = firstLine.sliced(open + 2, firstLine.size() - open - 3);
        if (ChatExportWording::isAttachedNote(note) ? plausibleFileName(name)
                                                    : whatsAppMediaName(name))
            return NamedFile {name.toString(), {}, trimMarks(firstLine)};
    }
    return std::nullopt;
}

class Builder
{
public:
    explicit Builder(Result &result)
        : m_result(result)
    {
    }

    void notUnderstood(qsizetype lineIndex, QStringView line)
    {
        ++m_result.notUnderstoodCount;
        if (m_result.notUnderstood.size() < maxReportedLines) {
            m_result.notUnderstood.append(
                {int(lineIndex + 1),
                 withoutMarks(line.first(qMin(line.size(), maxReportedLineLength)))});
        }
        // Lines after one that was not understood must not join an earlier message.
        finish();
    }

    void start(const Header &h, QStringView line, const QDate &date, const QTime &time)
    {
        finish();
        Entry e;
        e.lineNumber = int(h.lineIndex + 1);
        e.date = date;
        e.time = time;
        const QStringView rest = line.sliced(h.restOffset);
        qsizetype colon = rest.indexOf(u": ");
        if (colon < 0 && rest.endsWith(u':'))
            colon = rest.size() - 1;
        // A name is short; a colon far into the line is in a system sentence.
        if (colon > MessageStore::maxNameLength)
            colon = -1;
        QStringView text = rest;
        bool authorMarked = false; // a right-to-left name, wrapped in marks
        if (colon >= 0) {
            e.author = withoutMarks(rest.first(colon)).trimmed();
            authorMarked = e.author.size() != rest.first(colon).trimmed().size();
            if (!e.author.isEmpty())
                text = rest.sliced(qMin(colon + 2, rest.size()));
        }
        // iOS writes notices as "Contact or group name: ‎notice", the text led by a mark (a
        // right-to-left one in Arabic), and media as "‎[date] Author: ‎placeholder", a mark
        // before the date too. The text of a right-to-left name may start with a mark of its own.
        const bool markLed = !text.isEmpty()
            && (text.front() == QChar(0x200E) || (!authorMarked && isMark(text.front().unicode())));
        e.system = e.author.isEmpty();
        setText(e, trimMarks(text));
        if (const auto file = attachmentIn(e.text)) {
            e.attachmentName = file->name;
            e.attachmentLine = withoutMarks(file->line);
            const QString caption = file->caption.toString();
            e.identityText = std::exchange(e.text, caption);
        }
        e.mediaOmitted = !e.attachmentName && isMediaPlaceholder(e.text);
        if (h.platform == Platform::Ios && !e.system && !e.attachmentName && !e.mediaOmitted) {
            if (h.markLed && markLed && e.text.size() <= maxPlaceholderLength) {
                // Media in a language whose placeholders are not listed: still a message.
                e.mediaOmitted = true;
            } else if (markLed) {
                const QString plain = withoutMarks(e.text);
                if (!ChatExportWording::isDeletedNote(plain)
                    && !ChatExportWording::isMissedCall(plain)
                    && !ChatExportWording::isLocation(plain)) {
                    e.system = true;
                    e.author.clear();
                }
            }
        }
        m_result.entries.append(std::move(e));
        m_current = m_result.entries.size() - 1;
    }

    // Returns false when there is no message for the line to continue.
    bool continueWith(QStringView line)
    {
        if (m_current < 0)
            return false;
        Entry *current = &m_result.entries[m_current];
        if (!current->identityText.isEmpty()
            && current->identityText.size() < MessageStore::maxTextLength)
            current->identityText.append(u'\n').append(line);
        if (current->truncated)
            return true;
        // An attachment's caption starts on the next line (Android).
        const bool first = current->text.isEmpty() && current->attachmentName;
        const qsizetype room = MessageStore::maxTextLength - current->text.size() - (first ? 0 : 1);
        if (room < 0) {
            current->truncated = true;
            return true;
        }
        if (!first)
            current->text.append(u'\n');
        if (line.size() > room) {
            current->text.append(line.first(room));
            current->truncated = true;
        } else {
            current->text.append(line);
        }
        return true;
    }

    // Trailing blank lines are indistinguishable from the export's own line breaks.
    void finish()
    {
        if (m_current < 0)
            return;
        Entry *current = &m_result.entries[m_current];
        trimTrailingSpace(current->identityText);
        QString &text = current->text;
        qsizetype end = text.size();
        while (end > 0 && (text[end - 1] == u'\n' || text[end - 1].isSpace()))
            --end;
        if (end < text.size()) {
            text.truncate(end);
            // A placeholder or attachment line may have been followed by blank lines only.
            if (!current->attachmentName && isMediaPlaceholder(text))
                current->mediaOmitted = true;
        }
        m_current = -1;
    }

private:
    static void trimTrailingSpace(QString &text)
    {
        qsizetype end = text.size();
        while (end > 0 && text[end - 1].isSpace())
            --end;
        text.truncate(end);
    }

    static void setText(Entry &e, QStringView text)
    {
        if (text.size() > MessageStore::maxTextLength) {
            e.text = text.first(MessageStore::maxTextLength).toString();
            e.truncated = true;
        } else {
            e.text = text.toString();
        }
    }

    Result &m_result;
    qsizetype m_current = -1; // index, not pointer: appending may move the entries
};

// Calls `f(lineIndex, line)` for every line, '\r' of CRLF removed; a final '\n' ends the last
// line rather than starting an empty one.
template<typename F> void forEachLine(QStringView all, F f)
{
    qsizetype start = 0;
    qsizetype index = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        const qsizetype next = end < 0 ? all.size() : end + 1;
        if (end < 0)
            end = all.size();
        QStringView line = all.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        f(index++, line);
        start = next;
    }
}

bool blank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace() && !isMark(c.unicode()))
            return false;
    }
    return true;
}

} // namespace

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::Android:
        return u"Android"_s;
    case Platform::Ios:
        return u"iOS"_s;
    case Platform::Unknown:
        break;
    }
    return u"unknown"_s;
}

Result parse(const QByteArray &utf8Text)
{
    Result result;
    QString all = QString::fromUtf8(utf8Text); // invalid bytes become U+FFFD
    if (all.startsWith(QChar(0xFEFF)))
        all.remove(0, 1);

    // First every dated line, so that day/month order is decided by the whole file.
    std::vector<Header> headers;
    forEachLine(all, [&](qsizetype index, QStringView line) {
        Header h;
        if (parseHeader(line, h)) {
            h.lineIndex = index;
            headers.push_back(h);
        }
        result.linesRead = int(index + 1);
    });
    result.format = detectFormat(headers);

    Builder builder(result);
    std::size_t next = 0;
    forEachLine(all, [&](qsizetype index, QStringView line) {
        if (next < headers.size() && headers[next].lineIndex == index) {
            const Header &h = headers[next++];
            const QDate date
                = dateOf(h, h.yearFirst() ? DateOrder::YearMonthDay : result.format.order);
            const QTime time = timeOf(h);
            if (date.isValid() && time.isValid())
                builder.start(h, line, date, time);
            else
                builder.notUnderstood(index, line);
            return;
        }
        if (builder.continueWith(line))
            return;
        if (!blank(line))
            builder.notUnderstood(index, line);
    });
    builder.finish();
    return result;
}

} // namespace hookline::ChatExportParser
