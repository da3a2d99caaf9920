#include "help/aboutdialog.h"

#include "report/calibration.h"
#include "settings/translations.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace headroom::ui {

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/org.headroom.Headroom.svg"));
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_title(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("about"));
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    m_title->setTextFormat(Qt::RichText);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_text, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(460);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Headroom"));
    m_title->setText(QStringLiteral("<h2>Headroom %1</h2>").arg(QStringLiteral(HEADROOM_VERSION)));
    m_text->setText(tr("<p>How much memory does a machine-learning job need, why, and which machine should you "
                       "buy? Headroom estimates host RAM and memory per GPU component by component, compares "
                       "candidate machines and writes a report for procurement.</p>"
                       "<p>Built with Qt %1 and QCustomPlot.</p>")
                        .arg(QString::fromLatin1(qVersion()))
                    + accuracyText());
}

QString AboutDialog::accuracyText()
{
    // Computed by this build's engine from the calibration sets in the resources, never typed.
    const auto &host = report::calibrationFigures();
    const auto &gpu = report::gpuCalibrationFigures();
    if (host.cases == 0 || gpu.cases == 0)
        return {};
    const auto pct = [](double f) { return QLocale().toString(100.0 * f, 'f', 1) + QStringLiteral(" %"); };
    return tr("<p>Measured accuracy of this version: host RAM within a median %1 (worst %2) of %n measured CPU "
              "run(s); memory per GPU within a median %3 (90th percentile %4, worst %5) of %6 published GPU runs.</p>",
              nullptr, host.cases)
        .arg(pct(host.median), pct(host.worst), pct(gpu.median), pct(gpu.p90), pct(gpu.worst), QLocale().toString(gpu.cases));
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Headroom User Guide"));
    m_source = QStringLiteral(":/help/userguide_%1.html").arg(currentLanguage());
    if (!QFile::exists(m_source))
        m_source = QStringLiteral(":/help/userguide.html");
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("guide"));
    browser->setOpenExternalLinks(true);
    QFile file(m_source);
    if (file.open(QIODevice::ReadOnly))
        browser->setHtml(QString::fromUtf8(file.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace headroom::ui
