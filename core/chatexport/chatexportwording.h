#pragma once

#include <QStringView>

namespace hookline {

// What WhatsApp writes into chat exports in the phone's language, for the languages most used
// with it (English, Hindi, Spanish, Portuguese, Russian, Indonesian, Arabic, German, French,
// Italian, Turkish, Thai, and a few more where exports were at hand). The sources of each
// string are in docs/IMPORT.md. Every function takes text without direction marks and compares
// case-insensitively.
namespace ChatExportWording {

// A message whose media the export left out: Android's "<Media omitted>", iOS's "image
// omitted", "Some file.txt document omitted".
bool isMediaPlaceholder(QStringView text);

// Android's note after an attached file name: "file attached" in "IMG-….jpg (file attached)".
bool isAttachedNote(QStringView note);

// "This message was deleted", "You deleted this message": messages, though empty of content.
bool isDeletedNote(QStringView text);

// "Missed voice call", "Missed video call": iOS writes them under the caller's name like the
// system notices it writes there, yet they are the caller's messages.
bool isMissedCall(QStringView text);

// "Location: https://maps.google.com/…": a shared location, written like a notice on iOS.
bool isLocation(QStringView text);

} // namespace ChatExportWording

} // namespace hookline
