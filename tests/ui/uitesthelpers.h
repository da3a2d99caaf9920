#pragma once
// Shared by the UI tests: an isolated home for settings and app data, typing into fields,
// writing files, and a way to answer the modal dialogs that the real code opens with exec().

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace testing {

/// Points HOME and the XDG folders at a fresh temporary folder and turns on
/// QStandardPaths' test mode, so settings, recent files and autosaves never touch the
/// user's own.
inline void isolateSettings(const QTemporaryDir &dir)
{
    qputenv("HOME", QFile::encodeName(dir.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.path() + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path() + QStringLiteral("/data")));
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("HeadroomTests"));
    QApplication::setApplicationName(QStringLiteral("headroom-ui-tests"));
}

/// Replaces the text of `edit` by typing, as a user does (select all, then keys).
inline void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

/// Writes `text` to `name` in `dir`; returns the file's path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

/// Calls `handle` with the next modal widget of type T that appears (polling, since
/// exec() starts its own event loop); gives up after `timeoutMs`.
template <typename T>
void whenModal(std::function<void(T *)> handle, int timeoutMs = 5000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, elapsed, timeoutMs] {
        *elapsed += 10;
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(w);
        } else if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

} // namespace testing
