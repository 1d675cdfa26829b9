#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace hookline {

// Reads the text file that WhatsApp's "Export chat" writes (Android and iOS, any locale's
// date order, 12- or 24-hour clock) into entries. Pure: no I/O, no store, no time zone — the
// export only knows the phone's wall-clock time, so the importer applies the zone the user picks.
// Any byte string gives a result in linear time; what is not understood is reported by line.
namespace ChatExportParser {

enum class Platform { Unknown, Android, Ios };
enum class DateOrder { DayMonthYear, MonthDayYear, YearMonthDay };
// The phone's calendar; dates are converted to Gregorian ones either way.
enum class Calendar { Gregorian, Buddhist, Japanese };

struct Format
{
    Platform platform = Platform::Unknown;
    DateOrder order = DateOrder::DayMonthYear;
    bool dayFirst = true; // false for MonthDayYear; true for the others
    // Neither field ever passed 12 (or both did): the order was chosen by which reading keeps
    // the dates in sequence, and day first when that did not decide either. The description
    // says which.
    bool orderAmbiguous = false;
    int yearDigits = 0; // 2 or 4
    QChar separator; // '/', '.' or '-'
    int clockHours = 24; // 12 when AM/PM was seen
    bool seconds = false; // iOS writes HH:MM:SS
    Calendar calendar = Calendar::Gregorian;
    QString description; // "Android, DD/MM/YYYY, 24-hour"; "not a WhatsApp chat export" when none
};

struct Entry
{
    int lineNumber = 0; // 1-based line where the message starts
    QDate date; // as written: the phone's local wall time
    QTime time;
    QString author; // empty for system lines; a plain name, never markup
    QString text; // continuation lines joined with '\n'
    bool system = false; // "Messages and calls are end-to-end encrypted", "X added Y", ...
    // A file the export names (and a zip may hold). The text is then only its caption, and
    // `attachmentLine` what named the file ("<attached: 00000012-PHOTO-….jpg>"), to show in its
    // place when the file is not in the export.
    std::optional<QString> attachmentName;
    QString attachmentLine;
    // What identified the message before captions were split from their file (the whole text
    // as written), so a re-import finds what an earlier one stored; empty when it is `text`.
    QString identityText;
    // The export left the media out ("<Media omitted>", "image omitted", and on iOS any line
    // marked as media): the text is the placeholder.
    bool mediaOmitted = false;
    bool truncated = false; // longer than MessageStore::maxTextLength; the rest was dropped
};

struct NotUnderstood
{
    int lineNumber = 0;
    QString text; // at most maxReportedLineLength characters
};

constexpr qsizetype maxReportedLineLength = 200;
// A file of junk would otherwise give a report as large as itself.
constexpr qsizetype maxReportedLines = 1000;

struct Result
{
    QList<Entry> entries;
    QList<NotUnderstood> notUnderstood; // the first maxReportedLines of them
    int notUnderstoodCount = 0; // all of them
    int linesRead = 0;
    Format format;
};

Result parse(const QByteArray &utf8Text);

// "Android", "iOS" or "unknown", for reports.
QString platformName(Platform platform);

} // namespace ChatExportParser

} // namespace hookline
