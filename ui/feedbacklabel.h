#pragma once

#include <QColor>

class QLabel;
class QString;
class QWidget;

namespace hookline::FeedbackLabel {

// How a message reads: plain, a success, something still going wrong that may mend itself
// (a webhook failing but retrying), or a problem the user has to act on.
enum class Tone { Neutral, Good, Warn, Bad };

// The one green, amber and red of the app, lighter on a dark palette so they stay readable;
// invalid (the palette's own text colour) for Neutral.
QColor color(Tone tone);

// A label for a message next to a field or a button: plain text (messages quote names and
// errors from outside, which must never render as markup), word-wrapped, hidden until shown.
QLabel *create(const QString &objectName, QWidget *parent, Tone tone = Tone::Bad);

// A secondary line (a hint, a count, a note on retention): dimmer than text, still readable.
void makeHint(QLabel *label);

// Shows the text in the tone's colour; an empty text hides the label.
void show(QLabel *label, const QString &text, Tone tone);

} // namespace hookline::FeedbackLabel
