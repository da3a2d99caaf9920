#pragma once

#include <QDialog>

class QLabel;

namespace headroom::ui {

/// Help → About Headroom: the icon, version, what the program does, Qt's version.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// The engine's measured accuracy on the host and GPU calibration sets.
    static QString accuracyText();

    QLabel *m_title;
    QLabel *m_text;
};

/// Help → User guide (F1): a short guide from the resources, in the current language
/// when there is one.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// The resource the guide was read from (":/help/userguide.html" or a translation).
    QString source() const { return m_source; }

private:
    QString m_source;
};

/// The application icon from the resources.
QIcon applicationIcon();

} // namespace headroom::ui
