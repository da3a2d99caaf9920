#pragma once

#include "hardware/catalog.h"

#include <QObject>
#include <QString>

#include <optional>

namespace headroom::ui {

class ScenarioModel;

/// The user's hardware catalogue (a JSON file in the application data folder) over the
/// built-in one: entries to add, edit, duplicate and delete, prices included, and catalogue
/// files to import and export. A user entry with a built-in id replaces that entry (a
/// built-in GPU with the user's price). A malformed user file is refused with a message
/// naming the file and the JSON path, kept aside rather than overwritten, and the built-in
/// catalogue stays usable.
class CatalogStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogStore)

public:
    /// The store at `path`; empty: `hardware-catalog.json` in QStandardPaths::AppDataLocation.
    explicit CatalogStore(const QString &path = {}, QObject *parent = nullptr);
    ~CatalogStore() override;

    static QString defaultPath();
    QString path() const { return m_path; }

    /// Reads the user's file (a missing file is an empty catalogue). On a refusal the
    /// user catalogue is empty, loadError() says why, and false is returned.
    bool load();
    /// Why the user's file was not read, naming the file and the JSON path; empty when it was.
    QString loadError() const { return m_loadError; }

    const Catalog &userCatalog() const { return m_user; }
    /// The built-in catalogue with the user's entries over it.
    const Catalog &merged() const { return m_merged; }
    bool isUserEntry(const QString &id) const;
    bool isBuiltinEntry(const QString &id) const;

    /// Adds or replaces (by id) a user entry and saves; a message when it cannot.
    std::optional<QString> put(const CatalogEntry &entry);
    /// Copies an entry under a new id ("…-copy", "…-copy-2") and saves; returns the new id.
    std::optional<QString> duplicate(const QString &id, QString *newId = nullptr);
    /// Deletes a user entry (a built-in entry reverts to its built-in values) and saves.
    std::optional<QString> remove(const QString &id);

    /// Adds the entries of a catalogue file to the user catalogue (same ids replaced).
    /// A malformed file is refused whole, with its path and the JSON path.
    std::optional<QString> importFile(const QString &path, int *imported = nullptr);
    /// Writes the user's entries (or all, merged) to a catalogue file.
    std::optional<QString> exportFile(const QString &path, bool userEntriesOnly = true) const;

    /// A message for a catalogue file refusal: "FILE: entries[3].gpu.memory.unit: ...".
    static QString refusalMessage(const QString &file, const Error &error);

signals:
    void catalogChanged();

private:
    std::optional<QString> save();
    /// Saves the user's entries as they now are and shows them merged; if saving fails,
    /// puts back `before` and returns why.
    std::optional<QString> commit(const Catalog &before);
    void remerge();

    QString m_path;
    QString m_loadError;
    Catalog m_user;
    Catalog m_merged;
};

/// Adds catalogue entry `entry` to the scenario's candidates as one undo step: the one way
/// both candidate editors (the Hardware page and the comparison) add one, by core's rule
/// (catalogPick). Returns what the user should be told (the host RAM a bare GPU was given),
/// else an empty string.
QString addCatalogCandidate(ScenarioModel *model, const CatalogStore &store, const CatalogEntry &entry);

/// The user's note for a candidate copied from a bare GPU entry.
QString sizedHostRamNote(const HardwareCandidate &candidate);

} // namespace headroom::ui
