#include "fitwidth.h"

#include <QAbstractSpinBox>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionSpinBox>
#include <QStyleOptionViewItem>

namespace Ponte::FitWidth {

namespace {

/** What a spin box's frame and buttons take of its width (the style's, constant with the width). */
int spinBoxOverhead(const QAbstractSpinBox *spin)
{
    // A date box with a calendar is drawn as a combo box (QDateTimeEdit::initStyleOption).
    if (const auto *date = qobject_cast<const QDateTimeEdit *>(spin); date && date->calendarPopup()) {
        QStyleOptionComboBox option;
        option.initFrom(spin);
        option.rect = QRect(0, 0, spin->sizeHint().width(), spin->sizeHint().height());
        option.subControls = QStyle::SC_ComboBoxFrame | QStyle::SC_ComboBoxEditField | QStyle::SC_ComboBoxArrow;
        option.editable = true;
        option.frame = spin->hasFrame();
        const QRect field =
            spin->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, spin);
        return option.rect.width() - field.width();
    }
    QStyleOptionSpinBox option;
    option.initFrom(spin);
    option.rect = QRect(0, 0, spin->sizeHint().width(), spin->sizeHint().height());
    option.subControls =
        QStyle::SC_SpinBoxFrame | QStyle::SC_SpinBoxEditField | QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    option.buttonSymbols = spin->buttonSymbols();
    option.frame = spin->hasFrame();
    const QRect field = spin->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, spin);
    return option.rect.width() - field.width();
}

// The line edit draws its text 2 px in from each side, and the cursor needs its own pixels.
constexpr int kEditMargins = 2 * 2 + 2;

} // namespace

void specialValueTexts(QWidget *root)
{
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>()) {
        if (spin->specialValueText().isEmpty())
            continue;
        const int needed =
            spin->fontMetrics().horizontalAdvance(spin->specialValueText()) + kEditMargins + spinBoxOverhead(spin);
        spin->setMinimumWidth(std::max(needed, spin->minimumSizeHint().width()));
    }
}

void listToLongestItem(QListWidget *list)
{
    int widest = 0;
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.font = list->font();
    option.decorationSize = list->iconSize();
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    // Asked of the delegate item by item: with uniform item sizes the view answers the first item's size for all.
    for (int row = 0; row < list->count(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        widest = std::max(widest, list->itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    // A vertical scroll bar appears with a very large font: its width is kept for it rather than cutting the text.
    const int width = widest + 2 * list->spacing() + 2 * list->frameWidth()
                      + list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list) + 2;
    list->setFixedWidth(width);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

} // namespace Ponte::FitWidth
