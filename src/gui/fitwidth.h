#pragma once

class QListWidget;
class QWidget;

namespace Ponte {

/**
 * Widths from the texts a widget shows, in the font it shows them in, so that nothing is shortened at
 * 1024×600 or with a larger font (the screenshot tour checks it, tools/screenshot-tour).
 */
namespace FitWidth {

/** Every spin and date box under @p root is at least as wide as its special value text ("any date", "off"). */
void specialValueTexts(QWidget *root);

/** A fixed-width list (the page list) as wide as its longest entry, without a horizontal scroll bar. */
void listToLongestItem(QListWidget *list);

} // namespace FitWidth
} // namespace Ponte
