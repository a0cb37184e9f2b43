#include "languagesettings.h"

#include "settings.h"
#include "store/settingsrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Ponte {

LanguageSettings::LanguageSettings(Settings &settings, const QProcessEnvironment &environment, QWidget *parent)
    : QGroupBox(tr("Language"), parent), m_settings(settings)
{
    setObjectName(u"languageGroupBox"_s);
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("Same as the system"), u"system"_s);
    // Each language in its own name: whoever cannot read the current one still finds theirs.
    m_language->addItem(u"Português (Brasil)"_s, u"pt_BR"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    form->addRow(tr("&Language:"), m_language);
    m_note = new QLabel(this);
    m_note->setObjectName(u"languageNoteLabel"_s);
    m_note->setWordWrap(true);
    form->addRow(m_note);
    // The stored choice, not the PONTE_LANG override that value() would give.
    const QString stored = settings.repository().value(SettingKey::Language).value_or(u"system"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(stored)));
    const QString override = environment.value(u"PONTE_LANG"_s);
    auto describe = [this, override](bool changed) {
        QString text = changed ? tr("Saved: Ponte will use it the next time it starts.")
                               : tr("The language of the menus and messages; a change applies the next time Ponte "
                                    "starts.");
        if (!override.isEmpty())
            text += u' ' + tr("PONTE_LANG=%1 is set on this computer and wins over this choice.").arg(override);
        m_note->setText(text);
    };
    describe(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, describe] {
        if (const Status s = m_settings.setValue(SettingKey::Language, m_language->currentData().toString()); !s) {
            m_note->setText(u"✗ "_s + s.message());
            return;
        }
        describe(true);
    });
}

} // namespace Ponte
