#include "settings/preferencesdialog.h"

#include "settings/preferences.h"
#include "settings/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::ui {
namespace {

QFormLayout *form(QGroupBox *box)
{
    auto *layout = new QFormLayout(box);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return layout;
}

template <typename E>
void selectData(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

template <typename E>
E selectedData(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_generalBox(new QGroupBox(this)), m_scenarioBox(new QGroupBox(this)),
      m_reportBox(new QGroupBox(this)), m_chartBox(new QGroupBox(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_unitsLabel(new QLabel(this)), m_units(new QComboBox(this)),
      m_headroomLabel(new QLabel(this)), m_headroom(new QDoubleSpinBox(this)), m_osReserveLabel(new QLabel(this)),
      m_osReserve(new QDoubleSpinBox(this)), m_paperLabel(new QLabel(this)), m_paper(new QComboBox(this)),
      m_authorLabel(new QLabel(this)), m_author(new QLineEdit(this)), m_organisationLabel(new QLabel(this)),
      m_organisation(new QLineEdit(this)), m_themeLabel(new QLabel(this)), m_theme(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("preferences"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_language->setObjectName(QStringLiteral("language"));
    m_units->setObjectName(QStringLiteral("units"));
    m_headroom->setObjectName(QStringLiteral("headroom"));
    m_osReserve->setObjectName(QStringLiteral("osReserve"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_author->setObjectName(QStringLiteral("author"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_theme->setObjectName(QStringLiteral("theme"));

    // Language names are shown in their own language, so they are not translated.
    m_language->addItem(QString(), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    for (int i = 0; i < 2; ++i)
        m_units->addItem(QString(), i);
    for (int i = 0; i < 3; ++i) {
        m_paper->addItem(QString(), i);
        m_theme->addItem(QString(), i);
    }

    m_headroom->setRange(prefs::defaultHeadroomFraction.minimum().value_or(0) * 100.0,
                         prefs::defaultHeadroomFraction.maximum().value_or(2) * 100.0);
    m_headroom->setDecimals(0);
    m_headroom->setSingleStep(5);
    m_osReserve->setRange(prefs::defaultOsReservedGib.minimum().value_or(0),
                          prefs::defaultOsReservedGib.maximum().value_or(1024));
    m_osReserve->setDecimals(1);
    m_osReserve->setSingleStep(0.5);

    QFormLayout *general = form(m_generalBox);
    general->addRow(m_languageLabel, m_language);
    general->addRow(m_unitsLabel, m_units);
    QFormLayout *scenario = form(m_scenarioBox);
    scenario->addRow(m_headroomLabel, m_headroom);
    scenario->addRow(m_osReserveLabel, m_osReserve);
    QFormLayout *report = form(m_reportBox);
    report->addRow(m_authorLabel, m_author);
    report->addRow(m_organisationLabel, m_organisation);
    report->addRow(m_paperLabel, m_paper);
    QFormLayout *chart = form(m_chartBox);
    chart->addRow(m_themeLabel, m_theme);
    m_languageLabel->setBuddy(m_language);
    m_unitsLabel->setBuddy(m_units);
    m_headroomLabel->setBuddy(m_headroom);
    m_osReserveLabel->setBuddy(m_osReserve);
    m_authorLabel->setBuddy(m_author);
    m_organisationLabel->setBuddy(m_organisation);
    m_paperLabel->setBuddy(m_paper);
    m_themeLabel->setBuddy(m_theme);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generalBox);
    layout->addWidget(m_scenarioBox);
    layout->addWidget(m_reportBox);
    layout->addWidget(m_chartBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    retranslateUi();
    load();
}

void PreferencesDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs::language.value())));
    selectData(m_units, prefs::units.value());
    m_headroom->setValue(prefs::defaultHeadroomFraction.value() * 100.0);
    m_osReserve->setValue(prefs::defaultOsReservedGib.value());
    selectData(m_paper, prefs::paperSize.value());
    m_author->setText(prefs::reportAuthor.value());
    m_organisation->setText(prefs::reportOrganisation.value());
    selectData(m_theme, prefs::chartTheme.value());
}

void PreferencesDialog::restoreDefaults()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs::language.defaultValue())));
    selectData(m_units, prefs::units.defaultValue());
    m_headroom->setValue(prefs::defaultHeadroomFraction.defaultValue() * 100.0);
    m_osReserve->setValue(prefs::defaultOsReservedGib.defaultValue());
    selectData(m_paper, prefs::paperSize.defaultValue());
    m_author->setText(prefs::reportAuthor.defaultValue());
    m_organisation->setText(prefs::reportOrganisation.defaultValue());
    selectData(m_theme, prefs::chartTheme.defaultValue());
}

void PreferencesDialog::apply()
{
    prefs::language.setValue(m_language->currentData().toString());
    prefs::units.setValue(selectedData<prefs::Units>(m_units));
    prefs::defaultHeadroomFraction.setValue(m_headroom->value() / 100.0);
    prefs::defaultOsReservedGib.setValue(m_osReserve->value());
    prefs::paperSize.setValue(selectedData<prefs::PaperSize>(m_paper));
    prefs::reportAuthor.setValue(m_author->text().trimmed());
    prefs::reportOrganisation.setValue(m_organisation->text().trimmed());
    prefs::chartTheme.setValue(selectedData<prefs::ChartTheme>(m_theme));
    applyPreferences();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_generalBox->setTitle(tr("General"));
    m_scenarioBox->setTitle(tr("New scenarios"));
    m_reportBox->setTitle(tr("Reports"));
    m_chartBox->setTitle(tr("Charts"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));
    m_language->setToolTip(tr("The language of menus, dialogs and reports."));
    m_unitsLabel->setText(tr("&Units:"));
    m_units->setItemText(0, tr("GiB (1 GiB = 1024³ bytes)"));
    m_units->setItemText(1, tr("GB (1 GB = 1000³ bytes)"));
    m_headroomLabel->setText(tr("Safety &margin:"));
    m_headroom->setSuffix(tr(" %"));
    m_headroom->setToolTip(tr("Added on top of the estimate when recommending memory."));
    m_osReserveLabel->setText(tr("&OS reserve:"));
    m_osReserve->setSuffix(tr(" GiB"));
    m_osReserve->setToolTip(tr("Memory the operating system and desktop keep for themselves."));
    m_authorLabel->setText(tr("&Author:"));
    m_author->setPlaceholderText(tr("Printed on the title page"));
    m_organisationLabel->setText(tr("O&rganisation:"));
    m_organisation->setPlaceholderText(tr("Printed on the title page"));
    m_paperLabel->setText(tr("&Paper size:"));
    m_paper->setItemText(0, tr("From the locale"));
    m_paper->setItemText(1, tr("A4"));
    m_paper->setItemText(2, tr("US Letter"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
}

} // namespace headroom::ui
