#pragma once

#include <QColor>

class QLabel;
class QString;
class QWidget;

namespace hookline::FeedbackLabel {

// How a message reads: plain, a success, or a problem the user has to act on.
enum class Tone { Neutral, Good, Bad };

// The one green and the one red of the app; invalid (the palette's own) for Neutral.
QColor color(Tone tone);

// A label for a message next to a field or a button: plain text (messages quote names and
// errors from outside, which must never render as markup), word-wrapped, hidden until shown.
QLabel *create(const QString &objectName, QWidget *parent, Tone tone = Tone::Bad);

// Shows the text in the tone's colour; an empty text hides the label.
void show(QLabel *label, const QString &text, Tone tone);

} // namespace hookline::FeedbackLabel
