#pragma once

#include <QDialog>

namespace Ponte {

/** "About Ponte": version, the MIT licence and the notices of the libraries Ponte ships with. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** A text embedded in the program (":/legal/LICENSE", ":/help/guia-do-usuario.md"). */
    static QString embeddedText(const QString &resource);
};

} // namespace Ponte
