#pragma once

#include <QGroupBox>
#include <QProcessEnvironment>

class QComboBox;
class QLabel;

namespace Ponte {

class Settings;

/**
 * The settings page's language choice: the system's (the default), Português (Brasil) or English.
 * Stored in ui.language and applied at the next start; PONTE_LANG still wins, and the box says so.
 */
class LanguageSettings : public QGroupBox
{
    Q_OBJECT

public:
    LanguageSettings(Settings &settings, const QProcessEnvironment &environment, QWidget *parent = nullptr);

private:
    Settings &m_settings;
    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace Ponte
