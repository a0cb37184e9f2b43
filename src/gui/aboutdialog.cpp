#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static void initGuiResources()
{
    Q_INIT_RESOURCE(gui); // ponte_gui is a static library: its resources are not registered by themselves
}

namespace Ponte {

QString AboutDialog::embeddedText(const QString &resource)
{
    initGuiResources();
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Ponte"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"aboutTabWidget"_s);

    auto *about = new QLabel(this);
    about->setObjectName(u"aboutLabel"_s);
    about->setWordWrap(true);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setTextFormat(Qt::RichText);
    about->setText(u"<h2>Ponte %1</h2><p>%2</p><p>%3</p>"_s.arg(
        QApplication::applicationVersion().toHtmlEscaped(),
        tr("Ponte keeps the Omie ERP and the Ploomes CRM of your company in step: clients, products and orders "
           "go from one to the other without typing them twice.")
            .toHtmlEscaped(),
        tr("Free software under the MIT licence. Built with Qt, QtKeychain and SQLite.").toHtmlEscaped()));
    tabs->addTab(about, tr("Ponte"));

    auto addText = [&](const QString &name, const QString &resource, const QString &title) {
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(name);
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(embeddedText(resource));
        tabs->addTab(text, title);
    };
    addText(u"licensePlainTextEdit"_s, u":/legal/LICENSE"_s, tr("Licence"));
    addText(u"noticesPlainTextEdit"_s, u":/legal/THIRD-PARTY-NOTICES"_s, tr("Third-party software"));
    layout->addWidget(tabs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace Ponte
