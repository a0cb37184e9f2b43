#include "deletionsettings.h"

#include "settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ponte {

namespace {

QLabel *wrapped(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DeletionSettings::DeletionSettings(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(u"deletionSettings"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wrapped(tr("When a record is deleted in Omie or in Ploomes, Ponte notices it in a full sync or "
                                 "from a notice of Omie. Choose what it then does with the linked record on the "
                                 "other side:"),
                              u"deletionsIntroLabel"_s, this));
    layout->addWidget(wrapped(tr("• Unlink and report (recommended): the other record stays as it is, no longer "
                                 "linked, and the history says so.\n"
                                 "• Create again: the other record is sent again as new, so the deleted one comes "
                                 "back.\n"
                                 "• Delete on the other side too: the other record is deleted as well. These are "
                                 "real records of your company; Ponte cannot bring them back."),
                              u"deletionsChoicesLabel"_s, this));
    auto *form = new QFormLayout;
    const QList<std::tuple<QString, QString, QString>> rows{
        {SettingKey::DeletionClients, u"deletionClientsComboBox"_s, tr("&Clients:")},
        {SettingKey::DeletionProducts, u"deletionProductsComboBox"_s, tr("&Products and services:")},
        {SettingKey::DeletionOrders, u"deletionOrdersComboBox"_s, tr("&Orders and service orders:")}};
    for (const auto &[key, name, label] : rows) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const QString &policy : Settings::deletionPolicies())
            box->addItem(policyName(policy), policy);
        box->setCurrentIndex(std::max(0, box->findData(settings.stringValue(key))));
        form->addRow(label, box);
        connect(box, &QComboBox::activated, this, [this, box = box, key = key] { choose(box, key); });
    }
    layout->addLayout(form);
    layout->addWidget(wrapped(tr("Products and services only go from Omie to Ploomes: one deleted in Ploomes is never "
                                 "deleted in Omie. Of the records in Omie, only clients are ever deleted."),
                              u"deletionsFlowLabel"_s, this));
}

QString DeletionSettings::policyName(const QString &policy)
{
    if (policy == u"unlink"_s)
        return tr("Unlink and report");
    if (policy == u"recreate"_s)
        return tr("Create again");
    if (policy == u"mirror"_s)
        return tr("Delete on the other side too");
    return policy;
}

void DeletionSettings::choose(QComboBox *box, const QString &key)
{
    const QString chosen = box->currentData().toString();
    const QString stored = m_settings.stringValue(key);
    if (chosen == stored)
        return;
    auto restore = [box, stored] {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(std::max(0, box->findData(stored)));
    };
    if (chosen == u"mirror"_s) {
        const auto answer = QMessageBox::warning(
            this, tr("Delete on the other side too?"),
            tr("With this choice, a record deleted in Omie or in Ploomes is deleted in the other service as well. "
               "These are real records of your company, and Ponte cannot bring them back; a record deleted by "
               "mistake is then deleted twice.\n\n"
               "Delete on the other side too?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            restore();
            return;
        }
    }
    if (const Status s = m_settings.setValue(key, chosen); !s) {
        restore();
        QMessageBox::warning(this, tr("Not saved"), s.message());
    }
}

} // namespace Ponte
