// libFuzzer target: the chat export parser must turn any byte string into entries and a report
// — never a crash, a hang, a sanitizer report, or entries that break its own promises.
#include "chatexport/chatexportparser.h"
#include "store/messagestore.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace Parser = hookline::ChatExportParser;
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parser::Result r = Parser::parse(text);
    if (r.linesRead < 0 || r.notUnderstoodCount < r.notUnderstood.size()
        || r.notUnderstood.size() > Parser::maxReportedLines
        || r.entries.size() + r.notUnderstoodCount > r.linesRead || r.format.description.isEmpty())
        std::abort();
    int previousLine = 0;
    for (const Parser::Entry &e : r.entries) {
        // Entries in file order, each on a line that exists, with a real date and time.
        if (e.lineNumber <= previousLine || e.lineNumber > r.linesRead || !e.date.isValid()
            || !e.time.isValid() || e.text.size() > hookline::MessageStore::maxTextLength
            || e.author.size() > hookline::MessageStore::maxNameLength
            || e.system != e.author.isEmpty() || (e.attachmentName && e.mediaOmitted))
            std::abort();
        previousLine = e.lineNumber;
    }
    for (const Parser::NotUnderstood &n : r.notUnderstood) {
        if (n.lineNumber < 1 || n.lineNumber > r.linesRead
            || n.text.size() > Parser::maxReportedLineLength)
            std::abort();
    }
    return 0;
}
