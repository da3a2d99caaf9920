#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace headroom::ui {

/// The recently opened scenario files (QSettings), newest first, and the File ▸ Open
/// Recent menu that lists them.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kMaximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    /// Puts `path` first (absolute), dropping older duplicates and the oldest beyond kMaximum.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    /// Fills `menu` with the files each time it is about to show.
    void attach(QMenu *menu);

signals:
    void openRequested(const QString &path);
    void filesChanged();

private:
    void store(const QStringList &files);
    void fill(QMenu *menu);
};

} // namespace headroom::ui
